"""Table-driven tests of tagger round 55: "the next fiscal year" after today's period, an act's day, seasons.

"the next fiscal year" after a calendar period counted from the document date ("next year") is the coming
accounting year, not one step past it, and the same words said again keep their value; a period the text
stated itself still chains. "the March 28 election" still to come lies ahead, one a past verb tells the
outcome of ("won the March 28 election") lies behind. A sports season is valued by its first year.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

AUTUMN = dt.date(2010, 11, 5)

# 1. "the next <period>" after a period counted from today.
NEXT_PERIODS = [
    (
        "Freight will grow next year, a clerk said. Tolls fall in the next fiscal year."
        " The next fiscal year opens with a levy.",
        AUTUMN,
        [
            ("next year", "DATE", "2011", None),
            ("the next fiscal year", "DATE", "2011", None),
            ("The next fiscal year", "DATE", "2011", None),
        ],
    ),
    (
        "Rents rose last year. Landlords expect a dip in the next financial year.",
        AUTUMN,
        [("last year", "DATE", "2009", None), ("the next financial year", "DATE", "2011", None)],
    ),
    (
        "Mills hope to hire more in the next quarter. The next quarter may also bring new orders.",
        AUTUMN,
        [("the next quarter", "DATE", "2011-Q1", None), ("The next quarter", "DATE", "2011-Q1", None)],
    ),
    # controls: a year the text stated, a fiscal year the text stated, steps through a story's days
    (
        "The ferry lost money in 2007. The next fiscal year it broke even.",
        AUTUMN,
        [("2007", "DATE", "2007", None), ("The next fiscal year", "DATE", "2008", None)],
    ),
    (
        "Tolls paid for the bridge in fiscal 1989. The next fiscal year they funded a tunnel.",
        AUTUMN,
        [("fiscal 1989", "DATE", "1989", None), ("The next fiscal year", "DATE", "1990", None)],
    ),
    (
        "The ferry sank on 3 May 1990. The next day divers searched. The next day they gave up.",
        AUTUMN,
        [
            ("3 May 1990", "DATE", "1990-05-03", None),
            ("The next day", "DATE", "1990-05-04", None),
            ("The next day", "DATE", "1990-05-05", None),
        ],
    ),
]

WINTER = dt.date(2005, 12, 10)

# 2. "the <month day> <act>": ahead when the act is still to come, behind when a past verb tells its outcome.
ACT_DAYS = [
    ("Greens are on course to win the March 28 poll.", WINTER, [("March 28", "DATE", "2006-03-28", None)]),
    ("The party is expected to sweep the April 9 vote.", WINTER, [("April 9", "DATE", "2006-04-09", None)]),
    ("The Greens won the March 28 election.", WINTER, [("March 28", "DATE", "2005-03-28", None)]),
    ("The rovers drew the May 3 final.", WINTER, [("May 3", "DATE", "2005-05-03", None)]),
    ("Hill towns hosted the April 9 vote.", WINTER, [("April 9", "DATE", "2005-04-09", None)]),
    # controls: a future verb of the act, and a past verb with no act after the day
    ("The rovers will play the May 3 final at home.", WINTER, [("May 3", "DATE", "2006-05-03", None)]),
    ("The Greens won the March 28 lottery.", WINTER, [("March 28", "DATE", "2006-03-28", None)]),
]

# 3. A sports season written in the second half of a year: the season's first year (as main gave already).
SEASONS = [
    (
        "The rovers slumped last season but hope this season will be kinder. Next season they move ground.",
        dt.date(2009, 10, 3),
        [
            ("last season", "DATE", "2008", None),
            ("this season", "DATE", "2009", None),
            ("Next season", "DATE", "2010", None),
        ],
    ),
]

CASES = NEXT_PERIODS + ACT_DAYS + SEASONS


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round55(text: str, dct: dt.date, expected: list) -> None:
    assert rows(text, dct) == expected
