"""Table-driven tests of tagger round 32: a speed "an hour", a possessive before a duration.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

NOV_26 = dt.date(2026, 11, 26)  # a Thursday

# 1. A distance (or count) unit and "a"/"an" + hour, minute or second is a rate, as with "per": no SET.
SPEEDS = [
    ("He drove 60 miles an hour.", NOV_26, []),
    ("The car reached 300 km an hour.", NOV_26, []),
    ("She types 90 words a minute.", NOV_26, []),
    ("It has a top speed of 300 km per hour.", NOV_26, []),
    # controls: a price per hour stays a SET, a length stays a duration
    ("She earns 20 dollars an hour.", NOV_26, [("an hour", "SET", "PT1H", None)]),
    ("The drive took an hour.", NOV_26, [("an hour", "DURATION", "PT1H", None)]),
]

# 2. A possessive before a counted span stays out of it, as the gold corpora write it.
POSSESSIVE = [
    ("He praised his 38 years in office.", NOV_26, [("38 years", "DURATION", "P38Y", None)]),
    ("She left after her 12 years as mayor.", NOV_26, [("12 years", "DURATION", "P12Y", None)]),
    ("The firm doubled in its first 100 days.", NOV_26, [("first 100 days", "DURATION", "P100D", None)]),
    ("Its two-year term ended.", NOV_26, [("two-year", "DURATION", "P2Y", None)]),
    # control: an article stays in
    ("He served the three years.", NOV_26, [("the three years", "DURATION", "P3Y", None)]),
]

CASES = SPEEDS + POSSESSIVE


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round32(text, dct, expected):
    assert rows(text, dct) == expected
