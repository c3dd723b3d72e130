"""The CLI as a fact-checker uses it: where each event is stated, named without looking ids up."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

import cli
from timeline import store
from timeline.dates import parse_when
from timeline.models import Document, Event, Evidence, Timeline

SENTENCE = "A jury found Marlow Dunne guilty on May 21, 2026."
LEDGER = Document(id="ledger-verdict", text=SENTENCE, title="Dunne found guilty", outlet="Riverside Ledger",
                  date=dt.date(2026, 5, 22))
GAZETTE = Document(id="gazette/verdict", text=SENTENCE, title="Guilty: jury convicts former treasurer",
                   outlet="Greyhaven Gazette", date=dt.date(2026, 5, 22), url="https://gazette.example/guilty")
FEED = Document(id="feed-3", text=SENTENCE)

# (id, documents stating the event, the `stated in:` lines of `timeline show`)
SHOW_CASES = [
    ("outlet-and-date-without-address", [LEDGER],
     ["stated in:   [ledger-verdict] Dunne found guilty, Riverside Ledger, 22 May 2026"]),
    ("with-its-address", [GAZETTE],
     ["stated in:   [gazette/verdict] Guilty: jury convicts former treasurer, Greyhaven Gazette, 22 May 2026 "
      "<https://gazette.example/guilty>"]),
    ("two-outlets-in-evidence-order", [LEDGER, GAZETTE],
     ["stated in:   [ledger-verdict] Dunne found guilty, Riverside Ledger, 22 May 2026",
      "stated in:   [gazette/verdict] Guilty: jury convicts former treasurer, Greyhaven Gazette, 22 May 2026 "
      "<https://gazette.example/guilty>"]),
    ("a-feed-line-without-title", [FEED], ["stated in:   [feed-3] feed-3"]),
    ("added-by-hand-cites-nothing", [], []),
]  # fmt: skip


@pytest.mark.parametrize(("documents", "lines"), [c[1:] for c in SHOW_CASES], ids=[c[0] for c in SHOW_CASES])
def test_show_names_the_documents_that_state_an_event(tmp_path, documents, lines):
    evidence = [Evidence(document=d.id, start=0, end=len(SENTENCE), text=SENTENCE) for d in documents]
    event = Event(id="v1", title="Dunne found guilty", when=parse_when("2026-05-21"), evidence=evidence,
                  origin="extracted" if documents else "manual")
    path = tmp_path / "t.json"
    store.save(Timeline(documents=[LEDGER, GAZETTE, FEED], events=[event]), path)
    result = CliRunner().invoke(cli.main, ["show", str(path), "v1"])
    assert result.exit_code == 0, result.output
    assert [line for line in result.stdout.splitlines() if line.startswith("stated in:")] == lines
    evidence_at = [i for i, line in enumerate(result.stdout.splitlines()) if line.startswith("evidence:")]
    assert len(evidence_at) == len(documents)


# (id, document texts, the CORRECTED column of `timeline documents` in id order, or None when it is left out)
CORRECTED_CASES = [
    ("none-corrected", ["Bail was set on March 11.", "Corrections officers said on Monday: no visits."],
     None),
    ("correction-line", ["Bail was set on March 11.\n\nCorrection: An earlier version gave March 10.",
                         "Bail was set on March 11."], ["yes", "-"]),
    ("earlier-version", ["Bail was set on March 11.",
                         "An earlier version of this article misstated the date of the hearing."],
     ["-", "yes"]),
]  # fmt: skip


@pytest.mark.parametrize(("texts", "column"), [c[1:] for c in CORRECTED_CASES],
                         ids=[c[0] for c in CORRECTED_CASES])  # fmt: skip
def test_documents_says_which_articles_carry_a_correction(tmp_path, texts, column):
    documents = [Document(id=f"d{i}", text=text, title=f"Article {i}") for i, text in enumerate(texts)]
    path = tmp_path / "t.json"
    store.save(Timeline(documents=documents), path)
    result = CliRunner().invoke(cli.main, ["documents", str(path)])
    assert result.exit_code == 0, result.output
    rows = [line.split() for line in result.stdout.splitlines()]
    if column is None:
        assert "CORRECTED" not in rows[0]
        return
    at = rows[0].index("CORRECTED") - 1  # "DATE SOURCE" is two words in the header, one cell in a row
    assert [row[at] for row in rows[1:]] == column


COPY = LEDGER.model_copy(update={"id": "wire/ledger-copy", "outlet": "Northern Wire"})
# (id, documents stating the event, origin, the ORIGIN cell of `timeline list`)
ORIGIN_CASES = [
    ("one-source", [LEDGER], "extracted", "extracted"),
    ("two-outlets", [LEDGER, GAZETTE.model_copy(update={"text": "Jurors convicted Dunne on May 21, 2026."})],
     "extracted", "extracted, 2 sources"),
    ("a-word-for-word-copy-is-one-source", [LEDGER, COPY], "extracted", "extracted"),
    ("hand-event-citing-one", [LEDGER], "manual", "manual, 1 source"),
    ("hand-event-citing-none", [], "manual", "manual"),
]  # fmt: skip


@pytest.mark.parametrize(("documents", "origin", "cell"), [c[1:] for c in ORIGIN_CASES],
                         ids=[c[0] for c in ORIGIN_CASES])  # fmt: skip
def test_list_counts_the_sources_of_an_event(tmp_path, documents, origin, cell):
    evidence = [Evidence(document=d.id, start=0, end=10, text=d.text[:10]) for d in documents]
    event = Event(id="v1", title="Dunne found guilty", when=parse_when("2026-05-21"), evidence=evidence,
                  origin=origin)
    path = tmp_path / "t.json"
    store.save(Timeline(documents=documents or [LEDGER], events=[event]), path)
    result = CliRunner().invoke(cli.main, ["list", str(path)])
    assert result.exit_code == 0, result.output
    row = result.stdout.splitlines()[1]
    assert row.split("  ")[0] == "v1" and f"  {cell}  " in row and "Dunne found guilty" in row
