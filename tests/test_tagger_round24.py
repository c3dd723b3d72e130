"""Table-driven tests of tagger round 24: deictic seasons after a stated year, "N years ago" after a quarter.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, document date, expected
[(extent, type, value, mod), ...] in text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

NOV_3 = dt.date(2026, 11, 3)  # a Tuesday
OCT_27 = dt.date(2026, 10, 27)  # a Tuesday

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

# 2. After a quarter, "a year ago" in a comparison of figures is that quarter a year back (results
# reporting, as TimeBank annotates it); outside a comparison "N years ago" is a year.
QUARTER_AGO = [
    (
        "Profit fell in the third quarter. The company moved its headquarters to Chicago two years ago.",
        OCT_27,
        [("the third quarter", "DATE", "2026-Q3", None), ("two years ago", "DATE", "2024", None)],
    ),
    (
        "Profit fell in the third quarter. Two years ago, the company moved to Chicago.",
        OCT_27,
        [("the third quarter", "DATE", "2026-Q3", None), ("Two years ago", "DATE", "2024", None)],
    ),
    (
        "Profit fell in the second half. The firm was founded three years ago.",
        OCT_27,
        [("the second half", "DATE", "2026-H2", None), ("three years ago", "DATE", "2023", None)],
    ),
    (
        "Profit fell in the third quarter. Sales fell 12% from a year ago.",
        OCT_27,
        [("the third quarter", "DATE", "2026-Q3", None), ("a year ago", "DATE", "2025-Q3", None)],
    ),
    (
        "Profit fell in the third quarter. Costs were lower than a year earlier.",
        OCT_27,
        [("the third quarter", "DATE", "2026-Q3", None), ("a year earlier", "DATE", "2025-Q3", None)],
    ),
    (
        "Third-quarter net rose to $8 million, up from $6 million a year ago.",
        OCT_27,
        [("Third-quarter", "DATE", "2026-Q3", None), ("a year ago", "DATE", "2025-Q3", None)],
    ),
    (
        "Profit fell in the third quarter. A year earlier, net income was $2.1 million.",
        OCT_27,
        [("the third quarter", "DATE", "2026-Q3", None), ("A year earlier", "DATE", "2025-Q3", None)],
    ),
    (
        "Profit fell in the third quarter. The firm had net income of $1.3 million, or three cents a share, a"
        " year ago.",
        OCT_27,
        [("the third quarter", "DATE", "2026-Q3", None), ("a year ago", "DATE", "2025-Q3", None)],
    ),
    (
        "Profit rose in the third quarter. Two years ago it plunged.",
        OCT_27,
        [("the third quarter", "DATE", "2026-Q3", None), ("Two years ago", "DATE", "2024-Q3", None)],
    ),
]

CASES = SEASONS + QUARTER_AGO


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round24(text, dct, expected):
    assert rows(text, dct) == expected
