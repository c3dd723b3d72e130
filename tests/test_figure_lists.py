"""A later figure of a list ("2% in 2027 and 2.5% in 2028") gives no copy of the first figure's title."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.figure_lists import LISTED
from timeline.models import Document
from timeline.temporal import tag

DCT = date(2031, 3, 14)

# (id, sentence, the values and titles of its events)
CASES = [
    ("two-forecast-figures", "Analysts expect inflation of 3% in 2032 and 2.4% in 2033.",
     [("2032", "Analysts expect inflation of 3% and 2.4%")]),
    ("three-figures-in-a-list",
     "The board sees the shortfall shrinking to 4.2 percent of sales in 2032, 3.5 percent in 2033"
     " and 3 percent in 2034.",
     [("2032", "The board sees the shortfall shrinking to 4.2 percent of sales, 3.5 percent")]),
    ("a-verb-of-its-own-stays", "Rents climbed 6% in 2029 and dipped in 2030.",
     [("2029", "Rents climbed 6%"), ("2030", "Rents dipped")]),
    ("a-list-of-years-with-one-figure-stays", "Rents climbed 6% in 2026, 2027 and 2029.",
     [("2026", "Rents climbed 6%"), ("2027", "Rents climbed 6%"), ("2029", "Rents climbed 6%")]),
]


@pytest.mark.parametrize(("text", "events"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_later_figure_gives_no_copy(text: str, events: list[tuple[str, str]]) -> None:
    found = extract(Document(id="d", text=text, date=DCT), tag(text, dct=DCT))
    assert [(e.when.value, e.title) for e in found] == events


@pytest.mark.parametrize("example", [e for _, e in LISTED])
def test_every_join_keeps_one_event(example: str) -> None:
    head, tail = example.split("(")[0], example.split(")")[1]
    text = f"Analysts expect growth of {head}{example.split('(')[1].split(')')[0]}{tail}."
    found = extract(Document(id="d", text=text, date=DCT), tag(text, dct=DCT))
    assert len(found) == 1
