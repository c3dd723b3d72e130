"""Table-driven tests of a year joined to "pre-"/"post-": tagged whole with its mod, and dating no event.

Every sentence is invented. TIMEX3 keeps the prefix inside the extent and writes it as a mod ("post-1959"
-> 1959, mod AFTER); the phrase is an adjective of the noun after it, so it dates nothing on a timeline and
stays in the titles of the sentence's other events.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows
from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

DCT = dt.date(2026, 10, 19)

TAGS = [
    ("Cuba's post-1959 politics have changed little.", [("post-1959", "DATE", "1959", "AFTER")]),
    ("Prices are back to pre-2008 levels.", [("pre-2008", "DATE", "2008", "BEFORE")]),
    ("Its post-1990s reforms stalled.", [("post-1990s", "DATE", "199", "AFTER")]),
    ("Sales of Pre-1990 cars are rising.", [("Pre-1990", "DATE", "1990", "BEFORE")]),
    # no year after the prefix: nothing to tag
    ("The post-war order is fraying.", []),
]


@pytest.mark.parametrize(("text", "expected"), TAGS, ids=ids(TAGS))
def test_prefixed_year_tags(text, expected):
    assert rows(text, DCT) == expected


# (text, [(value, title), ...] of the events in text order)
EVENTS = [
    (
        "Prices fell to pre-2008 levels on Monday.",
        [("2026-10-19", "Prices fell to pre-2008 levels")],
    ),
    ("Cuba's post-1959 politics have changed little.", []),
    (
        "Sales of pre-1990 cars rose last year.",
        [("2025", "Sales of pre-1990 cars rose")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EVENTS, ids=[row[0][:40] for row in EVENTS])
def test_prefixed_year_dates_nothing(text, expected):
    document = Document(id="d", text=text, date=DCT)
    found = extract(document, tag(text, dct=DCT))
    assert [(e.when.value, e.title) for e in found] == expected
