"""Tests for age_dates.py and the period-edge adjective of references.is_modifier: dates of no event."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import events
from timeline.models import Document
from timeline.temporal import tag

DCT = date(2025, 9, 17)  # a Wednesday

# (id, text, the dates of the events extracted)
CASES = [
    ("a test's own year stays, the age goes", "Laboratory tests in 1991 dated the parchment to between 1150"
     " and 1230.", ["1991"]),
    ("carbon-dated to a year", "The charred beams were carbon-dated to 1480.", []),
    ("traced back to a year", "The recipe was traced back to 1702 by two historians.", []),
    ("dated to about a year, the finding's year stays", "The wreck was dated to about 1610 by divers in"
     " 2022.", ["2022"]),
    ("moved to a day is no age", "The hearing was moved to Friday.", ["2025-09-19"]),
    ("a year-end rally beside a day", "Bank shares jumped in a year-end rally on Monday.", ["2025-09-15"]),
    ("by year-end is a time, not an adjective", "The plant will reopen by year-end.", ["2025"]),
]


def _dates(text: str) -> list[str]:
    document = Document(id="d", text=text, date=DCT)
    return sorted(e.when.value for e in events.extract(document, tag(text, dct=DCT)))


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_undated_ages(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected
