"""`timeline add --quote "..." [--document ID]` cites a document of the timeline as the event's evidence.

The quote is found in the document's text (any spaces, case, curly or straight quotes and dashes) and
recorded with its offsets; `show`, the exports and re-extraction treat it as the evidence it is.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import cli
from timeline.models import Timeline
from timeline.quotes import quote_evidence

DOCK = (
    "---\ndate: 2026-05-04\ntitle: Dock strike\n---\n"
    "The dockers\u2019 union said the strike would end on Friday. Its leader said the "
    "ballot was \u201cclear\u201d \u2013 and final.\nThe port reopened on Saturday.\n"
)
MILL = "---\ndate: 2026-05-06\ntitle: Mill closure\n---\nThe union said the mill would close in June.\n"


def run(*args: str, code: int = 0):
    result = CliRunner().invoke(cli.main, [str(a) for a in args])
    assert result.exit_code == code, result.output
    return result


@pytest.fixture
def target(tmp_path: Path) -> Path:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "dock.md").write_text(DOCK, encoding="utf-8")
    (tmp_path / "a" / "mill.md").write_text(MILL, encoding="utf-8")
    path = tmp_path / "t.json"
    run("extract", tmp_path / "a", "-o", path)
    return path


def loaded(path: Path) -> Timeline:
    return Timeline.model_validate_json(path.read_text(encoding="utf-8"))


# (id, --quote as typed, --document, the text found)
FOUND = [
    ("as-written", "the strike would end", None, "the strike would end"),
    ("any-case", "THE STRIKE would END", None, "the strike would end"),
    ("line-break-and-spaces", "reopened\n  on   Saturday", "dock", "reopened on Saturday"),
    ("straight-for-curly-apostrophe", "The dockers' union", None, "The dockers\u2019 union"),
    ("straight-quotes-and-hyphen", 'was "clear" - and final', None, "was \u201cclear\u201d \u2013 and final"),
    ("across-lines", "and final. The port", None, "and final.\nThe port"),
    ("document-narrows", "The union said", "mill", "The union said"),
]


@pytest.mark.parametrize(("quote", "document", "found"), [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_the_quote_is_found_and_kept_with_its_offsets(target: Path, quote: str, document, found: str) -> None:
    options = ["--document", document] if document else []
    added = run("add", target, "--date", "8 May 2026", "--title", "Strike ends", "--quote", quote, *options)
    event_id = added.stdout.strip()
    after = loaded(target)
    event = next(e for e in after.events if e.id == event_id)
    (evidence,) = event.evidence
    text = next(d.text for d in after.documents if d.id == evidence.document)
    assert evidence.text == found == text[evidence.start : evidence.end]
    assert event.origin == "manual" and event.description == " ".join(found.split())
    assert f"citing {evidence.document} {evidence.start}-{evidence.end}" in added.output


# (id, --quote, --document, the message)
REFUSED = [
    ("not-there", "the strike was called off", None, "is not in any document of"),
    ("not-in-that-document", "the strike would end", "mill", "is not in the document mill"),
    ("inside-a-word", "ike would", None, "is not in any document"),
    ("in-two-documents", "union said", None, "is in 2 places (dock at "),
    ("two-in-the-document", "said", "dock", "is in 2 places (dock at"),
    ("empty", "  ", None, "--quote is empty"),
    ("unknown-document", "the strike", "harbour", "no document of"),
]


@pytest.mark.parametrize(("quote", "document", "message"), [c[1:] for c in REFUSED],
                         ids=[c[0] for c in REFUSED])
def test_a_quote_that_cannot_be_placed_is_refused(target: Path, quote: str, document, message: str) -> None:
    before = target.read_bytes()
    options = ["--document", document] if document else []
    result = run("add", target, "--date", "8 May 2026", "--title", "Strike ends", "--quote", quote, *options,
                 code=1)
    assert message in result.output and "Traceback" not in result.output
    assert target.read_bytes() == before


def test_two_places_in_two_documents_suggest_document(target: Path) -> None:
    result = run("add", target, "--date", "2026", "--title", "x", "--quote", "union said", code=1)
    assert "quote more words, or give --document" in result.output


def test_document_without_quote_is_a_usage_error(target: Path) -> None:
    result = run("add", target, "--date", "2026", "--title", "x", "--document", "dock", code=2)
    assert "give --quote too" in result.output


def test_a_document_without_its_text_is_named(target: Path) -> None:
    data = json.loads(target.read_text(encoding="utf-8"))
    for document in data["documents"]:
        document["text"] = ""
    data["events"] = []
    target.write_text(json.dumps(data), encoding="utf-8")
    result = run("add", target, "--date", "2026", "--title", "x", "--quote", "strike", "--document", "dock",
                 code=1)
    assert "the document dock keeps no text" in result.output


def test_a_quoted_event_is_shown_exported_and_survives_extraction(target: Path, tmp_path: Path) -> None:
    event_id = run("add", target, "--date", "8 May 2026", "--title", "Strike ends", "--quote",
                   "the strike would end", "--description", "The union ends the strike.").stdout.strip()
    shown = run("show", target, event_id).stdout
    assert "evidence:" in shown and "the strike would end" in shown and "Dock strike" in shown
    markdown = run("export", target, "--format", "markdown", "--query", "Strike ends").stdout
    assert "Strike ends" in markdown and "Dock strike" in markdown
    listed = run("list", target, "--query", "Strike ends").stdout
    assert "manual, 1 source" in listed
    run("extract", tmp_path / "a", "--into", target)
    event = next(e for e in loaded(target).events if e.id == event_id)
    assert "the strike would end" in [e.text for e in event.evidence]  # the article's twin sentence joins it
    assert event.description == "The union ends the strike."


def test_quote_evidence_from_python() -> None:
    from timeline.models import Document

    timeline = Timeline(documents=[Document(id="d", text="Crews \u201cfinished\u201d the deck.")])
    evidence = quote_evidence(timeline, 'crews "finished"')
    assert (evidence.start, evidence.end, evidence.text) == (0, 16, "Crews \u201cfinished\u201d")


def test_edit_quote_adds_evidence_once_and_pins_an_extracted_event(target: Path) -> None:
    event_id = run("add", target, "--date", "8 May 2026", "--title", "Strike ends").stdout.strip()
    first = run("edit", target, event_id, "--quote", "the strike would end", "--document", "dock")
    assert first.stderr.startswith(f"edited {event_id}: Strike ends (8 May 2026), citing dock ")
    again = run("edit", target, event_id, "--quote", "strike would", "--document", "dock")
    assert "unchanged" in again.stderr and "it cites that passage already" in again.stderr
    event = next(e for e in loaded(target).events if e.id == event_id)
    assert [e.text for e in event.evidence] == ["the strike would end"] and event.description == ""
    extracted = next(e for e in loaded(target).events if e.origin == "extracted" and "port" in e.title)
    run("edit", target, extracted.id[:8], "--quote", "the ballot was \u201cclear\u201d")
    edited = next(e for e in loaded(target).events if e.id == extracted.id)
    assert edited.pinned and edited.evidence[-1].text == "the ballot was \u201cclear\u201d"
    refused = run("edit", target, event_id, "--document", "dock", code=2)
    assert "give --quote too" in refused.output


def test_a_quote_into_a_missing_file_says_to_extract_first(tmp_path: Path) -> None:
    missing = tmp_path / "none.json"
    result = run("add", missing, "--date", "2026", "--title", "x", "--quote", "the strike", code=1)
    assert "no such timeline file, and --quote cites one of its documents" in result.output
    assert not missing.exists()
