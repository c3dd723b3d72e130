"""The period a dated change is counted from ("rose 14 percent in August over July") dates no event."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.change_bases import BASES
from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

DCT = date(2031, 12, 2)

# (id, sentence, the values of its events' dates)
CASES = [
    ("over-a-month", "Bus fares climbed by 6 percent in October over September.", ["2031-10"]),
    ("from-the-figure-for", "Rents eased by 0.4 percent in March from the level for February.", ["2031-03"]),
    ("compared-with", "Ticket sales grew 9 percent in July, compared with June.", ["2031-07"]),
    ("on-the-previous-year", "Harvests rose 5 percent in 2030, up 2 percent on the previous year.", ["2030"]),
    ("two-happenings-stay", "Bus fares climbed 6 percent in October and fell in September.",
     ["2031-10", "2031-09"]),
    ("a-day-after-a-day-stays", "The index gained 1 percent on Tuesday after slipping on Monday.",
     ["2031-12-02", "2031-12-01"]),
]


@pytest.mark.parametrize(("text", "values"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_change_baseline_dates_nothing(text: str, values: list[str]) -> None:
    found = extract(Document(id="d", text=text, date=DCT), tag(text, dct=DCT))
    assert [e.when.value for e in found] == values


@pytest.mark.parametrize("example", [e for _, e in BASES])
def test_every_row_example_drops_its_baseline(example: str) -> None:
    text = "Car sales " + example.replace("(", "").replace(")", "") + "."
    found = extract(Document(id="d", text=text, date=DCT), tag(text, dct=DCT))
    assert len(found) == 1
