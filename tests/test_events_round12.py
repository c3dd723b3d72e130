"""Round 12 (invented text): datelines of any outlet, and dates that belong to another clause or phrase."""

import datetime as dt

import pytest

from timeline import events, pipeline, segment, temporal
from timeline.models import Document

DCT = dt.date(2024, 10, 3)

# (id, article, its dateline as segment.sentences cuts it off, the titles of its events).
DATELINE_CASES = [
    (
        "a local paper's dateline with a year",
        "FENWICK, Oct. 3, 2024 (Valley Post) -- Crews began clearing the coast road on Tuesday.",
        "FENWICK, Oct. 3, 2024 (Valley Post) --",
        ["Crews began clearing the coast road"],
    ),
    (
        "a place in title case, a region, an em dash",
        "Port Ellis, Maine, Oct. 3 (Harbor Gazette) — The ferry resumed service on Tuesday.",
        "Port Ellis, Maine, Oct. 3 (Harbor Gazette) —",
        ["The ferry resumed service"],
    ),
    (
        "a day before the month, no outlet, a hyphen",
        "Fenwick, 3 October 2024 - The library reopened on Tuesday after repairs.",
        "Fenwick, 3 October 2024 -",
        ["The library reopened after repairs"],
    ),
    (
        "the outlet before the date",
        "FENWICK (Valley Post), Oct. 3, 2024 -- The town council approved the budget on Tuesday.",
        "FENWICK (Valley Post), Oct. 3, 2024 --",
        ["The town council approved the budget"],
    ),
    (
        "no space before the outlet",
        "FENWICK, Oct. 3(Valley Post)-- The town council approved the budget on Tuesday.",
        "FENWICK, Oct. 3(Valley Post)--",
        ["The town council approved the budget"],
    ),
    (
        "a dateline after a headline line",
        "Council approves budget\nFENWICK, Oct. 3, 2024 (Valley Post)—The town council approved the budget "
        "on Tuesday.",
        "FENWICK, Oct. 3, 2024 (Valley Post)—",
        ["The town council approved the budget"],
    ),
]


@pytest.mark.parametrize(
    "text, line, titles", [c[1:] for c in DATELINE_CASES], ids=[c[0] for c in DATELINE_CASES]
)
def test_dateline_of_any_outlet(text, line, titles):
    document = Document(id="doc", text=text, date=DCT)
    found = events.extract(document, temporal.tag(text, dct=DCT))
    assert line in [text[s:e] for s, e in segment.sentences(text)]
    assert [e.title for e in found] == titles
    assert [e.when.value for e in found] == ["2024-10-01"]  # Tuesday, not the dateline's day
    # the pipeline's own dateline check finds nothing more to do
    assert [e.model_dump() for e in pipeline.events_of(document)] == [e.model_dump() for e in found]


# (id, text that opens with no dateline).
NO_DATELINE_CASES = [
    ("a weekday opens a live entry, no dateline", "Tuesday, Oct. 1 - The council voted to close the pool."),
    ("a day range is no dash", "The pool was shut Oct. 1-3 for repairs."),
    ("a dash inside a sentence", "Sales rose sharply, the shop said - a record for October."),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_DATELINE_CASES], ids=[c[0] for c in NO_DATELINE_CASES])
def test_no_dateline(text):
    assert segment.dateline(text, 0, len(text)) is None
