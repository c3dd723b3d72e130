"""The events and documents of one outlet: --outlet on list, export and documents (edit.documents_chosen)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

import cli
from timeline import edit, store
from timeline.dates import parse_when
from timeline.errors import NotFoundError
from timeline.export import document_table
from timeline.models import Document, Event, Evidence, Timeline


def _event(id: str, title: str, date: str, *documents: str) -> Event:
    return Event(id=id, title=title, when=parse_when(date),
                 evidence=[Evidence(document=d, start=0, end=len(title), text=title) for d in documents])


TIMELINE = Timeline(
    documents=[
        Document(id="herald-1", text="...", date=dt.date(2026, 3, 2), title="Trial opens",
                 outlet="Harbour Herald"),
        Document(id="herald-2", text="...", date=dt.date(2026, 3, 9), title="Verdict due",
                 outlet="Harbour Herald"),
        Document(id="small-herald", text="...", date=dt.date(2026, 3, 3), title="Jury sworn in",
                 outlet="Herald"),
        Document(id="ledger", text="...", date=dt.date(2026, 3, 4), title="Witness recants",
                 url="https://www.ledger.example/witness"),
        Document(id="wire", text="KESTREL BAY, March 5 (Meridian Wire) - The judge adjourned the trial.",
                 date=dt.date(2026, 3, 5), title="Trial adjourned"),
        Document(id="notes", text="...", title="Notes"),
    ],
    events=[
        _event("e1", "The trial opened", "2026-03-02", "herald-1"),
        _event("e2", "The jury was sworn in", "2026-03-03", "small-herald"),
        _event("e3", "A witness recanted", "2026-03-04", "ledger", "herald-2"),
        _event("e4", "The trial was adjourned", "2026-03-05", "wire"),
        _event("e5", "The verdict is due", "2026-03-09", "herald-2"),
    ],
)  # fmt: skip

# (id, --outlet, ids of the events listed, documents of `timeline documents --outlet`, exit code)
OUTLET_CASES = [
    ("named-outlet-any-case", "harbour herald", ["e1", "e3", "e5"], ["herald-1", "herald-2"], 0),
    ("spaces-do-not-matter", "  Harbour   Herald ", ["e1", "e3", "e5"], ["herald-1", "herald-2"], 0),
    ("part-of-a-name-is-another-outlet", "Herald", ["e2"], ["small-herald"], 0),
    ("web-host-without-a-named-outlet", "LEDGER.EXAMPLE", ["e3"], ["ledger"], 0),
    ("dateline-outlet", "meridian wire", ["e4"], ["wire"], 0),
    ("unknown-outlet", "Harbour", [], [], 1),
]  # fmt: skip


@pytest.mark.parametrize(("outlet", "listed", "published", "code"), [c[1:] for c in OUTLET_CASES],
                         ids=[c[0] for c in OUTLET_CASES])  # fmt: skip
def test_list_export_and_documents_of_one_outlet(tmp_path, outlet, listed, published, code):
    path = str(tmp_path / "t.json")
    store.save(TIMELINE, path)
    runner = CliRunner()
    result = runner.invoke(cli.main, ["list", path, "--outlet", outlet, "--json"])
    assert result.exit_code == code, result.output
    if code:
        assert "Harbour Herald, Herald, ledger.example, Meridian Wire" in result.stderr, "known outlets named"
        return
    assert [e["id"] for e in json.loads(result.stdout)] == listed
    exported = runner.invoke(cli.main, ["export", path, "--format", "jsonl", "--outlet", outlet])
    assert [json.loads(line)["id"] for line in exported.stdout.splitlines()] == listed
    documents = runner.invoke(cli.main, ["documents", path, "--json", "--outlet", outlet])
    assert [d["id"] for d in json.loads(documents.stdout)] == published


def test_outlet_and_document_both_hold():
    chosen = edit.documents_chosen(TIMELINE, document="verdict", outlet="Harbour Herald")
    assert [d.id for d in chosen] == ["herald-2"]
    assert edit.documents_chosen(TIMELINE) is None
    with pytest.raises(NotFoundError, match="matching 'jury' comes from the outlet 'Harbour Herald'"):
        edit.documents_chosen(TIMELINE, document="jury", outlet="Harbour Herald")


def test_the_documents_table_shows_the_outlet_the_filter_knows():
    rows = {line.split()[0]: line for line in document_table(TIMELINE).splitlines()[1:]}
    assert "ledger.example" in rows["ledger"] and "Meridian Wire" in rows["wire"]
    assert " - " in rows["notes"].split("Notes")[0], "a document of no known outlet shows a dash"
