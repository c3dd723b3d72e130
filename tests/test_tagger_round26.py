"""Table-driven tests of tagger round 26: names of wars, bounds that may be reached, a year told in an
aside, "the same month" after a month counted back, a day's own past progressive, "a year and a half ago",
time running out.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, document date, expected
[(extent, type, value, mod), ...] in text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

NOV_14 = dt.date(2026, 11, 14)  # a Saturday
NOV_20 = dt.date(2026, 11, 20)  # a Friday
NOV_18 = dt.date(2026, 11, 18)  # a Wednesday
APR_15 = dt.date(2026, 4, 15)  # a Wednesday

# 2. A bound that may be reached: "up to", "no more than", "at most" are EQUAL_OR_LESS, "at least"
# EQUAL_OR_MORE (the TimeBank gold writes them so); strict bounds keep LESS_THAN and MORE_THAN.
BOUNDS = [
    (
        "The tortoise can survive for up to 80 years.",
        NOV_14,
        [("up to 80 years", "DURATION", "P80Y", "EQUAL_OR_LESS")],
    ),
    ("Detention is limited to no more than 60 days.", NOV_14,
     [("no more than 60 days", "DURATION", "P60D", "EQUAL_OR_LESS")]),
    (
        "They waited at least three weeks.",
        NOV_14,
        [("at least three weeks", "DURATION", "P3W", "EQUAL_OR_MORE")],
    ),
    ("Repairs take at most two days.", NOV_14, [("at most two days", "DURATION", "P2D", "EQUAL_OR_LESS")]),
    ("It took more than four hours.", NOV_14, [("more than four hours", "DURATION", "PT4H", "MORE_THAN")]),
    ("It took less than a decade.", NOV_14, [("less than a decade", "DURATION", "P10Y", "LESS_THAN")]),
    ("The talks lasted nearly two years.", NOV_14, [("nearly two years", "DURATION", "P2Y", "APPROX")]),
]

# 3. A year inside an aside set off by commas ("signed in 2020") does not become the story's year: the
# main clause's month and day count from the document date. A year the main clause tells still does.
ASIDES = [
    (
        "The agreement, signed in 2020, expired on Oct. 15.",
        NOV_20,
        [("2020", "DATE", "2020", None), ("Oct. 15", "DATE", "2026-10-15", None)],
    ),
    (
        "The agreement, which was signed in 2020, expired on Oct. 15.",
        NOV_20,
        [("2020", "DATE", "2020", None), ("Oct. 15", "DATE", "2026-10-15", None)],
    ),
    (
        "Signed in 2020, the agreement expired on Oct. 15.",
        NOV_20,
        [("2020", "DATE", "2020", None), ("Oct. 15", "DATE", "2026-10-15", None)],
    ),
    (
        "The dam, built in 1998 by a state firm, was closed in September.",
        NOV_20,
        [("1998", "DATE", "1998", None), ("September", "DATE", "2026-09", None)],
    ),
    (
        "In 2020 the treaty was signed; it expired on Oct. 15.",
        NOV_20,
        [("2020", "DATE", "2020", None), ("Oct. 15", "DATE", "2020-10-15", None)],
    ),
    (
        "In 2020 the treaty was signed. It expired on Oct. 15.",
        NOV_20,
        [("2020", "DATE", "2020", None), ("Oct. 15", "DATE", "2020-10-15", None)],
    ),
    (
        "The pact expired in 2019, then in 2020, it lapsed again in May.",
        NOV_20,
        [("2019", "DATE", "2019", None), ("2020", "DATE", "2020", None), ("May", "DATE", "2020-05", None)],
    ),
    (
        "The king, crowned in 1804, invaded the north in June 1812. He retreated in December.",
        NOV_20,
        [("1804", "DATE", "1804", None), ("June 1812", "DATE", "1812-06", None),
         ("December", "DATE", "1812-12", None)],
    ),
]

# 4. "The same month last year" after "the previous month" is the month the figure is for, not the one
# counted back to compare with.
SAME_MONTH = [
    (
        "Home prices in September gained 1.3 percent over the previous month and 4.9 percent over the "
        "same month last year.",
        dt.date(2026, 11, 16),
        [
            ("September", "DATE", "2026-09", None),
            ("the previous month", "DATE", "2026-08", None),
            ("the same month last year", "DATE", "2025-09", None),
        ],
    ),
    (
        "Profit in the third quarter rose from the previous quarter and from the same quarter last year.",
        dt.date(2026, 11, 16),
        [
            ("the third quarter", "DATE", "2026-Q3", None),
            ("the previous quarter", "DATE", "2026-Q2", None),
            ("the same quarter last year", "DATE", "2025-Q3", None),
        ],
    ),
    (
        "Rents in September climbed 2.2 percent from the same month last year.",
        dt.date(2026, 11, 16),
        [("September", "DATE", "2026-09", None), ("the same month last year", "DATE", "2025-09", None)],
    ),
]

# 5. A weekday right before its own past progressive is past, whatever "would" came earlier in the sentence.
OWN_PROGRESSIVE = [
    (
        "The race would be tight, since many pundits late Wednesday night were forecasting a recount.",
        NOV_20,
        [("late Wednesday night", "DATE", "2026-11-18TNI", "END")],
    ),
    (
        "He said he would stay because the talks on Thursday were going well.",
        NOV_20,
        [("Thursday", "DATE", "2026-11-19", None)],
    ),
    ("He said he would meet them on Thursday.", NOV_18, [("Thursday", "DATE", "2026-11-19", None)]),
]

# 6. "a year and a half ago", "two and a half years ago": a month counted back, not a length or PAST_REF.
HALF_AGO = [
    (
        "He broke his wrist skiing a year and a half ago.",
        APR_15,
        [("a year and a half ago", "DATE", "2024-10", None)],
    ),
    (
        "The plant shut two and a half years ago.",
        APR_15,
        [("two and a half years ago", "DATE", "2023-10", None)],
    ),
    ("The project took a year and a half.", APR_15, [("a year and a half", "DURATION", "P1Y6M", None)]),
    ("The mine closed two years ago.", APR_15, [("two years ago", "DATE", "2024", None)]),
    ("A minute and a half later, it fell.", APR_15, [("A minute and a half", "DURATION", "PT1M30S", None)]),
]

# 7. A fixture set to start "here on Tuesday" lies ahead of a Saturday's report.
AHEAD = [
    ("The regatta is set to start here on Tuesday.", NOV_14, [("Tuesday", "DATE", "2026-11-17", None)]),
    (
        "The regatta is set to get under way here on Tuesday, organisers said.",
        NOV_14,
        [("Tuesday", "DATE", "2026-11-17", None)],
    ),
    ("The tournament is to open here on Tuesday.", NOV_14, [("Tuesday", "DATE", "2026-11-17", None)]),
    ("The tournament opened here on Tuesday.", NOV_14, [("Tuesday", "DATE", "2026-11-10", None)]),
]

# 8. Time running out is a span: "with just hours left", "only days remain".
RUNNING_OUT = [
    ("With just hours left to vote, fans waited.", NOV_14, [("hours", "DURATION", "PTXH", None)]),
    ("Only days remain before the vote.", NOV_14, [("days", "DURATION", "PXD", None)]),
    ("The days left were few.", NOV_14, []),
]

# 9. A day told in a relative clause that ends its sentence ("which was signed on May 3.") is
# background: a clock time in a later sentence is not on it. A day the main clause told still is.
BACKGROUND = [
    (
        "He took the party leadership on Wednesday, soon after a merger which was finalised on Sept. 12.\n\n"
        "Just before 7 a.m. aides confirmed the count.",
        dt.date(2026, 11, 12),
        [
            ("Wednesday", "DATE", "2026-11-11", None),
            ("Sept. 12", "DATE", "2026-09-12", None),
            ("7 a.m.", "TIME", "2026-11-12T07:00", None),
        ],
    ),
    (
        "The ship sank on Friday. Rescuers arrived at 10 p.m.",
        NOV_18,
        [("Friday", "DATE", "2026-11-13", None), ("10 p.m.", "TIME", "2026-11-13T22:00", None)],
    ),
    (
        "The ship, which sank on Friday, was found. Rescuers arrived at 10 p.m.",
        NOV_18,
        [("Friday", "DATE", "2026-11-13", None), ("10 p.m.", "TIME", "2026-11-13T22:00", None)],
    ),
]

CASES = BACKGROUND + BOUNDS + ASIDES + SAME_MONTH + OWN_PROGRESSIVE + HALF_AGO + AHEAD + RUNNING_OUT


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round26(text, dct, expected):
    assert rows(text, dct) == expected
