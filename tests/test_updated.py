"""A document's "last updated" date: read from every kind of input, kept out of files that have none."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import cli
from timeline import sources, store
from timeline.htmltext import UPDATED, updated_date
from timeline.models import Document, Timeline
from timeline.textmeta import UPDATED_KEYS

ROOT = Path(__file__).resolve().parent.parent
D = dt.date
OUT = D(2025, 10, 25)  # the publication date of every case
BODY = "The new bridge over the river opened to traffic on Saturday after three years of work, the city said."
ARTICLE = (
    f"<article><h1>River bridge opens</h1><p>{BODY}</p><p>The council approved the plan in March 2022 and "
    "building began that autumn, two months later than planned.</p></article>"
)


def page(head: str) -> str:
    return f"<!DOCTYPE html><html><head><title>River bridge opens</title>{head}</head>" \
           f"<body>{ARTICLE}</body></html>"  # fmt: skip


LD = (
    '<script type="application/ld+json">'
    '{{"@type": "NewsArticle", "datePublished": "2025-10-25", {}}}</script>'
)
PUBLISHED = '<meta property="article:published_time" content="2025-10-25T08:30:00+07:00">'
# (id, files to write {name: content}, expected date, expected updated)
CASES = [
    ("html-json-ld", {"a.html": page(LD.format('"dateModified": "2025-11-02T10:00:00Z"'))},
     D(2025, 10, 25), D(2025, 11, 2)),
    ("html-meta-modified-time", {"a.html": page(
        PUBLISHED + '<meta property="article:modified_time" content="2025-11-01T09:00:00+07:00">')},
     D(2025, 10, 25), D(2025, 11, 1)),
    ("html-meta-content-first", {"a.html": page(
        PUBLISHED + '<meta content="2025-11-03" name="article:modified_time">')}, OUT, D(2025, 11, 3)),
    ("html-without-update", {"a.html": page(PUBLISHED)}, D(2025, 10, 25), None),
    ("html-sidecar-corrects-the-page", {"a.html": page(LD.format('"dateModified": "2025-11-02"')),
                                        "a.meta.json": '{"updated": "2025-11-05"}'}, OUT, D(2025, 11, 5)),
    ("front-matter-updated", {"a.md": f"---\ndate: 2025-10-25\nupdated: 2025-10-27\n---\n{BODY}\n"},
     D(2025, 10, 25), D(2025, 10, 27)),
    ("front-matter-modified", {"a.txt": f"---\ndate: 2025-10-25\nmodified: 27 October 2025\n---\n{BODY}\n"},
     D(2025, 10, 25), D(2025, 10, 27)),
    ("sidecar-of-a-text", {"a.txt": BODY, "a.meta.json": '{"date": "2025-10-25", "modified": "2025-10-28"}'},
     D(2025, 10, 25), D(2025, 10, 28)),
    ("jsonl-updated-field",
     {"a.jsonl": json.dumps({"text": BODY, "date": "2025-10-25", "updated": "2025-10-29"})},
     OUT, D(2025, 10, 29)),
    ("jsonl-without-update", {"a.jsonl": json.dumps({"text": BODY, "date": "2025-10-25"})}, OUT, None),
]  # fmt: skip


@pytest.mark.parametrize(("files", "date", "updated"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_updated_date_is_read_from_each_kind_of_input(tmp_path: Path, files, date, updated) -> None:
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    problems: list[sources.Problem] = []
    main = next(n for n in files if not n.endswith(".meta.json"))
    (document,) = sources.read([str(tmp_path / main)], on_problem=problems.append)
    assert problems == []
    assert (document.date, document.updated) == (date, updated)


def test_an_unreadable_updated_date_is_reported_and_left_out(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(f"---\ndate: 2025-10-25\nupdated: soon\n---\n{BODY}\n", encoding="utf-8")
    problems: list[sources.Problem] = []
    (document,) = sources.read([str(tmp_path / "a.md")], on_problem=problems.append)
    assert document.updated is None
    assert [p.message for p in problems] == ["cannot read its updated date 'soon'; left out"]


@pytest.mark.parametrize(
    ("where", "example"), [(w, e) for w, _, e in UPDATED],
    ids=[f"{w}-{i}" for i, (w, _, _) in enumerate(UPDATED)],
)
def test_every_updated_pattern_matches_its_example(where: str, example: str) -> None:
    html = f'<script type="application/ld+json">{example}</script>' if where == "json-ld" else example
    assert updated_date(html) == D(2025, 10, 26)


def test_a_date_modified_outside_linked_data_is_not_read() -> None:
    assert updated_date('<p>"dateModified": "2025-10-26"</p>') is None


@pytest.mark.parametrize(("key", "example"), UPDATED_KEYS, ids=[k for k, _ in UPDATED_KEYS])
def test_every_updated_key_is_read_from_front_matter(tmp_path: Path, key: str, example: str) -> None:
    (tmp_path / "a.md").write_text(f"---\n{key}: 2025-10-26\n---\n{BODY}\n", encoding="utf-8")
    (document,) = sources.read([str(tmp_path / "a.md")])
    assert document.updated == D(2025, 10, 26)


def test_a_file_without_updates_keeps_its_bytes_and_one_with_them_round_trips(tmp_path: Path) -> None:
    demo = ROOT / "output" / "timeline.json"
    store.save(store.load(demo), tmp_path / "demo.json")
    assert (tmp_path / "demo.json").read_bytes() == demo.read_bytes()
    assert '"updated"' not in demo.read_text(encoding="utf-8")
    dated = Timeline(documents=[Document(id="a", text="x", date=D(2025, 10, 25), updated=D(2025, 10, 27))])
    store.save(dated, tmp_path / "dated.json")
    assert '"updated": "2025-10-27"' in (tmp_path / "dated.json").read_text(encoding="utf-8")
    assert store.load(tmp_path / "dated.json") == dated


@pytest.mark.parametrize(("updated", "header", "row"), [
    (None, ["ID", "DATE", "DATE", "SOURCE", "EVENTS", "TITLE"],
     ["a", "2025-10-25", "metadata", "0", "Bridge"]),
    (D(2025, 10, 27), ["ID", "DATE", "DATE", "SOURCE", "UPDATED", "EVENTS", "TITLE"],
     ["a", "2025-10-25", "metadata", "2025-10-27", "0", "Bridge"]),
], ids=["no-update-no-column", "update-shown"])  # fmt: skip
def test_documents_shows_the_updated_date(tmp_path: Path, updated, header, row) -> None:
    document = Document(id="a", text="x", date=D(2025, 10, 25), date_source="metadata", updated=updated,
                        title="Bridge")
    store.save(Timeline(documents=[document]), tmp_path / "t.json")
    result = CliRunner().invoke(cli.main, ["documents", str(tmp_path / "t.json")])
    assert result.exit_code == 0, result.output
    assert [line.split() for line in result.stdout.splitlines()] == [header, row]
    shown = json.loads(CliRunner().invoke(cli.main, ["documents", str(tmp_path / "t.json"), "--json"]).stdout)
    assert shown[0].get("updated") == (updated.isoformat() if updated else None)
