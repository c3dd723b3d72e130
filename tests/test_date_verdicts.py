"""Tests for date_verdicts.py: a date judged ("The spring was dismal") dates nothing; what happened does."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import events
from timeline.models import Document
from timeline.temporal import tag

DCT = date(2025, 9, 17)  # a Wednesday

# (id, text, the dates of the events it gives)
CASES = [
    ("a quarter judged", "The quarter was grim for grocers.", []),
    ("a day that belonged to someone", "But Sunday belonged to the home side.", []),
    ("a year judged", "Last winter was dreadful for the ski resorts.", []),
    ("a record", "Last winter was the mildest on record.", ["2024-WI"]),
    ("an end", "The year is over.", ["2025"]),
    ("a day marked by a happening", "Tuesday was marked by strikes at two ports.", ["2025-09-16"]),
    ("a day of what happened", "Friday was the day the old dam gave way.", ["2025-09-12"]),
    ("a fronted date, no subject", "This week the river rose by a metre.", ["2025-W38"]),
    ("a date before its noun", "The 2019 flood was the worst in memory.", ["2019"]),
    ("a state of a thing on a date", "Sales were weak in the third quarter.", ["2025-Q3"]),
]

# (id, text, the dates of the events it gives): a condition of what would follow dates nothing
CONDITIONS = [
    ("what would follow", "The judge jailed him on Monday. If he does not appeal, the earliest he could go"
     " free would be ten days later.", ["2025-09-15"]),
    ("a plan with its condition", "If the talks fail, the drivers will strike on October 2.", ["2025-10-02"]),
]


def _dates(text: str) -> list[str]:
    document = Document(id="d", text=text, date=DCT)
    return [e.when.value for e in events.extract(document, tag(text, dct=DCT))]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_date_verdicts(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CONDITIONS], ids=[c[0] for c in CONDITIONS])
def test_conditions(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected
