"""A date on the object of a verb of mention ("recalled the 1998 treaty") dates nothing."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.mention_objects import MENTIONS
from timeline.models import Document
from timeline.temporal import tag

DCT = date(2031, 3, 14)  # a Friday

# (id, sentence, the values and titles of its events)
CASES = [
    ("recalled-with-a-day", "The premier recalled the 1987 accord on Wednesday.",
     [("2031-03-12", "The premier recalled the accord")]),
    ("referred-to-a-month-year", "On Monday the mayor referred to the June 2009 flood in a speech.",
     [("2031-03-10", "The mayor referred to the flood in a speech")]),
    ("mentioned-alone-dates-nothing", "The coach mentioned the 2012 final.", []),
    ("the-object-titled-keeps-its-year", "The accord was signed in 1987.",
     [("1987", "The accord was signed")]),
    ("a-doing-verb-keeps-its-year", "The rebels recalled their envoys in 1987.",
     [("1987", "The rebels recalled their envoys")]),
]


@pytest.mark.parametrize(("text", "events"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_mentioned_thing_s_date_dates_nothing(text: str, events: list[tuple[str, str]]) -> None:
    found = extract(Document(id="d", text=text, date=DCT), tag(text, dct=DCT))
    assert [(e.when.value, e.title) for e in found] == events


@pytest.mark.parametrize("example", [e for _, e in MENTIONS])
def test_every_row_example_dates_no_event_by_its_year(example: str) -> None:
    text = f"{example[0].upper()}{example[1:]}."
    found = extract(Document(id="d", text=text, date=DCT), tag(text, dct=DCT))
    assert all(len(e.when.value) != 4 for e in found)
