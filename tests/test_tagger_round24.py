"""Table-driven tests of tagger round 24: deictic seasons, "N years ago" after a quarter, years before nouns,
"mid-morning" and "late afternoon" on the day being told.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, document date, expected
[(extent, type, value, mod), ...] in text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

NOV_3 = dt.date(2026, 11, 3)  # a Tuesday
OCT_27 = dt.date(2026, 10, 27)  # a Tuesday
NOV_19 = dt.date(2006, 11, 19)  # a Sunday

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
        "Profit fell in the third quarter. A year earlier, it earned $4.7 million.",
        OCT_27,
        [("the third quarter", "DATE", "2026-Q3", None), ("A year earlier", "DATE", "2025-Q3", None)],
    ),
    (
        "Profit fell in the third quarter. The firm had net income of $9.4 million, or 11 cents a share,"
        " a year ago.",
        OCT_27,
        [("the third quarter", "DATE", "2026-Q3", None), ("a year ago", "DATE", "2025-Q3", None)],
    ),
    (
        "Profit rose in the third quarter. Two years ago it plunged.",
        OCT_27,
        [("the third quarter", "DATE", "2026-Q3", None), ("Two years ago", "DATE", "2024-Q3", None)],
    ),
]

# 3. A year before a noun of figures, plans or events ("expects 2026 revenue", "2028 Olympics") is a year;
# a number before a noun it counts ("2000 troops", "1500 sales", "1500 production workers") is not. A year
# after the document's that qualifies a plan leaves the text in the news year.
YEAR_NOUNS = [
    (
        "The company now expects 2026 revenue of $4.1 billion.",
        OCT_27,
        [("now", "DATE", "PRESENT_REF", None), ("2026", "DATE", "2026", None)],
    ),
    ("Analysts expect 2027 sales to rise.", OCT_27, [("2027", "DATE", "2027", None)]),
    ("It raised 2026 operating profit guidance.", OCT_27, [("2026", "DATE", "2026", None)]),
    ("She cut 2027 forecasts.", OCT_27, [("2027", "DATE", "2027", None)]),
    ("Parties plan 2026 election ads.", OCT_27, [("2026", "DATE", "2026", None)]),
    ("Officials released 2024 election results.", OCT_27, [("2024", "DATE", "2024", None)]),
    ("LA readies 2028 Olympics.", OCT_27, [("2028", "DATE", "2028", None)]),
    ("Britain names 2026 Games squad.", OCT_27, [("2026", "DATE", "2026", None)]),
    ("Qatar built 2022 World Cup stadiums.", OCT_27, [("2022", "DATE", "2022", None)]),
    ("The army sent 2000 troops.", OCT_27, []),
    ("The firm cut 1500 jobs.", OCT_27, []),
    ("The firm recorded 1500 sales.", OCT_27, []),
    ("He played 2000 games.", OCT_27, []),
    ("The plant employs 1500 production workers.", OCT_27, []),
    ("They sold 2000 season tickets.", OCT_27, []),
    (
        "The lower house approved the 2007 budget. The Senate must approve it before the end of the year.",
        NOV_19,
        [("2007", "DATE", "2007", None), ("the end of the year", "DATE", "2006", "END")],
    ),
    (
        "The firm reported 2005 sales of 6 million euros, up from 5 million euros the previous year.",
        NOV_19,
        [("2005", "DATE", "2005", None), ("the previous year", "DATE", "2004", None)],
    ),
]

# 4. "mid-morning", "mid-afternoon", "late morning", "early evening" alone are the part of the day being
# told, as "that evening" is ("mid" gives mod MID, as in "mid-afternoon yesterday"); a day right after
# them says which day ("late evening March 29"); "later this evening" stays the writer's evening.
DAY_PARTS = [
    (
        "Fire broke out at 2 a.m. on Sunday. Crews brought it under control by mid-morning.",
        NOV_3,
        [
            ("2 a.m. on Sunday", "TIME", "2026-11-01T02:00", None),
            ("mid-morning", "TIME", "2026-11-01TMO", "MID"),
        ],
    ),
    (
        "Crews brought the fire under control by mid-morning.",
        NOV_3,
        [("mid-morning", "TIME", "2026-11-03TMO", "MID")],
    ),
    ("The fire was out by mid afternoon.", NOV_3, [("mid afternoon", "TIME", "2026-11-03TAF", "MID")]),
    ("The fire was out by the mid-morning.", NOV_3, [("the mid-morning", "TIME", "2026-11-03TMO", "MID")]),
    ("It was out by the mid-afternoon.", NOV_3, [("the mid-afternoon", "TIME", "2026-11-03TAF", "MID")]),
    ("He came at midday.", NOV_3, [("midday", "TIME", "2026-11-03T12:00", None)]),
    (
        "The fire was out by mid-afternoon yesterday.",
        NOV_3,
        [("mid-afternoon yesterday", "TIME", "2026-11-02TAF", "MID")],
    ),
    (
        "Fire broke out on Sunday. By late afternoon it was out.",
        NOV_3,
        [("Sunday", "DATE", "2026-11-01", None), ("late afternoon", "TIME", "2026-11-01TAF", None)],
    ),
    (
        "Fire broke out on Sunday. It was out by early evening.",
        NOV_3,
        [("Sunday", "DATE", "2026-11-01", None), ("early evening", "TIME", "2026-11-01TEV", None)],
    ),
    (
        "Fire broke out on Sunday. Later this evening crews will return.",
        NOV_3,
        [("Sunday", "DATE", "2026-11-01", None), ("Later this evening", "TIME", "2026-11-03TEV", None)],
    ),
    (
        "Crews worked through the late evening May 14 and left early morning of May 15.",
        NOV_3,
        [
            ("late evening", "TIME", "2026-05-14TEV", None),
            ("May 14", "DATE", "2026-05-14", None),
            ("early morning", "TIME", "2026-05-15TMO", None),
            ("May 15", "DATE", "2026-05-15", None),
        ],
    ),
    (
        "night Monday night",
        NOV_3,
        [("night", "TIME", "2026-11-03TNI", None), ("Monday night", "DATE", "2026-11-02TNI", None)],
    ),
    (
        "The ferry stopped running in the early morning last Wednesday.",
        NOV_3,
        [("early morning", "TIME", "2026-10-28TMO", None), ("last Wednesday", "DATE", "2026-10-28", None)],
    ),
]

CASES = SEASONS + QUARTER_AGO + YEAR_NOUNS + DAY_PARTS


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round24(text, dct, expected):
    assert rows(text, dct) == expected
