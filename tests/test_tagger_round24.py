"""Table-driven tests of tagger round 24: deictic seasons after a stated year.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, document date, expected
[(extent, type, value, mod), ...] in text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

NOV_3 = dt.date(2026, 11, 3)  # a Tuesday

# 1. "last spring", "this past summer", "next winter" count from the document date, as "last March" does,
# even after a year the text just stated, and inside a news story told with near dates; "the previous
# spring", "the following winter" and a bare "in the spring" still follow the story.
SEASONS = [
    (
        "The warehouse had failed a safety inspection in 2021 and again last spring.",
        NOV_3,
        [("2021", "DATE", "2021", None), ("last spring", "DATE", "2026-SP", None)],
    ),
    (
        "The plant opened in 2019 and closed last summer.",
        NOV_3,
        [("2019", "DATE", "2019", None), ("last summer", "DATE", "2026-SU", None)],
    ),
    (
        "Fire broke out at 2 a.m. on Sunday at a warehouse. That evening crews were still there. The"
        " following day the owner said it had failed an inspection in 2021 and again last spring.",
        NOV_3,
        [
            ("2 a.m. on Sunday", "TIME", "2026-11-01T02:00", None),
            ("That evening", "TIME", "2026-11-01TEV", None),
            ("The following day", "DATE", "2026-11-02", None),
            ("2021", "DATE", "2021", None),
            ("last spring", "DATE", "2026-SP", None),
        ],
    ),
    (
        "The mill opened in 2018 and shut this past spring.",
        NOV_3,
        [("2018", "DATE", "2018", None), ("this past spring", "DATE", "2026-SP", None)],
    ),
    (
        "The mill opened in 2018 and will reopen next spring.",
        NOV_3,
        [("2018", "DATE", "2018", None), ("next spring", "DATE", "2027-SP", None)],
    ),
    (
        "The mill opened in 2018 and will close this winter.",
        NOV_3,
        [("2018", "DATE", "2018", None), ("this winter", "DATE", "2026-WI", None)],
    ),
    ("The mill shut last summer.", NOV_3, [("last summer", "DATE", "2026-SU", None)]),
    (
        "The mill opened in 2018 and shut the previous spring.",
        NOV_3,
        [("2018", "DATE", "2018", None), ("the previous spring", "DATE", "2017-SP", None)],
    ),
    (
        "The mill opened in 2018 and shut in the spring.",
        NOV_3,
        [("2018", "DATE", "2018", None), ("the spring", "DATE", "2018-SP", None)],
    ),
    (
        "The army crossed the river in May 1812. It reached the city in June 1812 and retreated the following"
        " winter.",
        NOV_3,
        [
            ("May 1812", "DATE", "1812-05", None),
            ("June 1812", "DATE", "1812-06", None),
            ("the following winter", "DATE", "1812-WI", None),
        ],
    ),
]

CASES = SEASONS


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round24(text, dct, expected):
    assert rows(text, dct) == expected
