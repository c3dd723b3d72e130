"""A re-build says what changed in its documents, even with the same events (run_notes.documents_note)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import cli
from timeline import run_notes
from timeline.models import Document, Timeline

ARTICLES = {
    "appeal.md": "---\ntitle: Dunne files notice of appeal\ndate: 2026-07-28\noutlet: Riverside Ledger\n---\n"
                 "Marlow Dunne filed a notice of appeal on July 24, 2026.\n",
    "verdict.md": "---\ntitle: Dunne found guilty\ndate: 2026-05-22\n---\n"
                  "A jury found Marlow Dunne guilty of fraud on May 21, 2026.\n",
}


def _edit(name: str, old: str, new: str):
    def edit(folder):
        path = folder / name
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return edit


def _remove(name: str):
    return lambda folder: (folder / name).unlink()


def _add(name: str, text: str):
    return lambda folder: (folder / name).write_text(text, encoding="utf-8")


# (id, what the user changes between two builds, the documents line of the second build or None)
REBUILD_CASES = [
    ("nothing", lambda folder: None, None),
    ("outlet-changed", _edit("appeal.md", "Riverside Ledger", "Riverside Daily Ledger"),
     "documents compared with the file before: 1 changed (appeal: outlet)"),
    ("outlet-added", _edit("verdict.md", "date: 2026-05-22\n",
                           "date: 2026-05-22\noutlet: Greyhaven Gazette\n"),
     "documents compared with the file before: 1 changed (verdict: outlet)"),
    ("title-and-date", _edit("verdict.md", "title: Dunne found guilty\ndate: 2026-05-22",
                             "title: Guilty on nine counts\ndate: 2026-05-23"),
     "documents compared with the file before: 1 changed (verdict: title, date)"),
    ("article-added", _add("bail.md", "---\ndate: 2026-03-12\n---\nBail was set on March 11, 2026.\n"),
     "documents compared with the file before: 1 new (bail)"),
    ("article-not-read-again-is-kept", _remove("verdict.md"),
     "documents compared with the file before: 1 not read again, kept with their events (verdict)"),
]  # fmt: skip


@pytest.mark.parametrize(("change", "said"), [c[1:] for c in REBUILD_CASES],
                         ids=[c[0] for c in REBUILD_CASES])
def test_a_rebuild_says_which_documents_changed(tmp_path, change, said):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    runner, output = CliRunner(), str(tmp_path / "out")
    first = runner.invoke(cli.main, ["build", str(folder), "-o", output])
    assert first.exit_code == 0 and "documents compared" not in first.stderr, first.output
    change(folder)
    second = runner.invoke(cli.main, ["build", str(folder), "-o", output])
    assert second.exit_code == 0, second.output
    lines = [line for line in second.stderr.splitlines() if line.startswith("documents compared")]
    assert lines == ([said] if said else [])


def test_many_changed_documents_are_counted_and_a_few_named():
    before = Timeline(documents=[Document(id=f"d{i}", text="x", title="Old") for i in range(5)])
    after = Timeline(documents=[d.model_copy(update={"title": "New"}) for d in before.documents])
    assert run_notes.documents_note(before, after) == (
        "documents compared with the file before: 5 changed (d0: title; d1: title; d2: title; 2 more)")
    assert run_notes.documents_note(Timeline(), after) is None, "a new file has nothing to compare with"
    moved = [d.model_copy(update={"source": f"elsewhere/{d.id}.md"}) for d in before.documents]
    assert run_notes.documents_note(before, Timeline(documents=moved)) is None, "a moved folder is no change"


def test_the_same_folder_named_another_way_is_read_again(tmp_path, monkeypatch):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli.main, ["build", str(folder), "-o", str(tmp_path / "out")]).exit_code == 0
    monkeypatch.chdir(tmp_path)
    again = runner.invoke(cli.main, ["build", "./articles/", "-o", "out"])
    assert again.exit_code == 0, again.output
    assert "documents compared" not in again.stderr and "no event added or gone" in again.stderr
