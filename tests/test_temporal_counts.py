"""Table-driven tests: a number after a comparison and before the people it counts is no year.

Every sentence is invented. Each row: (text, expected [(extent, type, value, mod), ...] in text order); the
whole list must match. The document date is Saturday 9 August 2025.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

DCT = dt.date(2025, 8, 9)

COUNTS = [
    ("The valley had fewer than two thousand people.", []),
    ("More than 1500 workers struck.", []),
    ("Some 2000 troops arrived in 2001.", [("2001", "DATE", "2001", None)]),
    ("About 1800 residents were moved.", []),
    # a year after a comparison stays a year when no counted noun follows
    ("Output was higher than 2019 levels.", [("2019", "DATE", "2019", None)]),
    ("She has walked over 1000 Miles for charity.", []),
    ("The parish had about 1850 inhabitants.", []),
    # ... and an approximator makes it approximate (circa.py)
    ("The plant was built around 1920 by the city.", [("1920", "DATE", "1920", "APPROX")]),
    # a range of years before a counted noun stays two years
    ("Between 2010 and 2015 people left.", [("2010", "DATE", "2010", None), ("2015", "DATE", "2015", None)]),
]


@pytest.mark.parametrize("text, expected", COUNTS, ids=ids(COUNTS))
def test_a_count_after_a_comparison_is_no_year(text, expected):
    assert rows(text, DCT) == expected
