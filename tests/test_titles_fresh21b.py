"""Titles of 2020s forecasts: a "with" phrase after the main clause is absolute even when a bound on a count
("up to", "as many as") stands before its noun, so no reduced clause "12 inches were expected" is cut from it;
the title keeps the main clause, as round 26 settled for "..., with hearings expected in March".

Every sentence is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

MAR_12 = dt.date(2025, 3, 12)  # a Wednesday

# (sentence, [(date value, title), ...] in order)
TITLES = [
    ("Snow began falling Tuesday, with up to 12 inches expected by Friday morning.",
     [("2025-03-11", "Snow began falling"),
      ("2025-03-14TMO", "Snow began falling, with up to 12 inches expected by Friday morning")]),
    # control: "with" after a verb is a preposition, and the participle after it a reduced clause
    ("Fares climbed 4.1 percent in October, tying with the record rise set in the same month of 2007.",
     [("2024-10", "Fares climbed 4.1 percent, tying with the record rise"),
      ("2007-10", "The record rise was set")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TITLES, ids=[t[0][:48] for t in TITLES])
def test_with_phrase_titles(text: str, expected: list) -> None:
    document = Document(id="d", text=text, date=MAR_12)
    events = extract(document, tag(text, dct=MAR_12))
    assert [(e.when.value, e.title) for e in events] == expected
