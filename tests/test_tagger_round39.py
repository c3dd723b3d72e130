"""Table-driven tests of tagger round 39: results quarters (told against, closing on a day, two of them) and
a verb of plan after a fronted day.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

NOV_01 = dt.date(1989, 11, 1)  # a Wednesday
OCT_30 = dt.date(1989, 10, 30)  # a Monday
MAY_02 = dt.date(2024, 5, 2)  # a Thursday
SEP_30 = dt.date(1998, 9, 30)  # a Wednesday
MAR_03 = dt.date(2004, 3, 3)  # a Wednesday

# 1. A quarter told as the background of the reported one ("After a flat second quarter", "following a weak
# fourth quarter", "up from the second quarter") does not replace it: the year-earlier figures compare with
# the reported quarter.
AGAINST = [
    (
        "Norvale Mills reported third-quarter earnings up 14%. After a flat second quarter, the miller "
        "credited lower grain costs. A one-time gain in the year-earlier period flattered that result. "
        "In the 1989 period, freight costs were higher than a year ago.",
        NOV_01,
        [
            ("third-quarter", "DATE", "1989-Q3", None),
            ("second quarter", "DATE", "1989-Q2", None),
            ("the year-earlier period", "DATE", "1988-Q3", None),
            ("the 1989 period", "DATE", "1989-Q3", None),
            ("a year ago", "DATE", "1988-Q3", None),
        ],
    ),
    (
        "Zenco said first-quarter profit rose 8%, following a weak fourth quarter. Sales were $2 million, up "
        "from $1.5 million a year earlier.",
        MAY_02,
        [
            ("first-quarter", "DATE", "2024-Q1", None),
            ("fourth quarter", "DATE", "2023-Q4", None),
            ("a year earlier", "DATE", "2023-Q1", None),
        ],
    ),
    (
        "Bolt Bank earned $9 million in the third quarter, up from $7 million in the second quarter. A year "
        "ago it earned $3 million.",
        NOV_01,
        [
            ("the third quarter", "DATE", "1989-Q3", None),
            ("the second quarter", "DATE", "1989-Q2", None),
            ("A year ago", "DATE", "1988-Q3", None),
        ],
    ),
    # no quarter reported before: the later quarter told is the one compared with
    (
        "Profit fell in the second quarter. In the third quarter, profit rose 9% from a year ago.",
        NOV_01,
        [
            ("the second quarter", "DATE", "1989-Q2", None),
            ("the third quarter", "DATE", "1989-Q3", None),
            ("a year ago", "DATE", "1988-Q3", None),
        ],
    ),
]

# 2. "the quarter ended July 31": the calendar quarter holding most of its three months (that of its middle
# month), not the one results season reports on.
ENDED = [
    (
        "In the quarter ended July 31, the firm had 5 million shares.",
        OCT_30,
        [("the quarter", "DATE", "1989-Q2", None), ("July 31", "DATE", "1989-07-31", None)],
    ),
    (
        "Sales for the quarter ended Sept. 30 rose 4%.",
        OCT_30,
        [("the quarter", "DATE", "1989-Q3", None), ("Sept. 30", "DATE", "1989-09-30", None)],
    ),
    (
        "Net fell in the quarter ending Jan. 31, 2004, it said.",
        MAR_03,
        [("the quarter", "DATE", "2003-Q4", None), ("Jan. 31, 2004", "DATE", "2004-01-31", None)],
    ),
    (
        "Its profit doubled in the quarter that ended on Feb. 29.",
        MAR_03,
        [("the quarter", "DATE", "2004-Q1", None), ("Feb. 29", "DATE", "2004-02-29", None)],
    ),
]

# 3. The first or last two quarters of a year are its half.
HALVES = [
    (
        "Brokers see slack demand lasting through the first two quarters of 1991.",
        OCT_30,
        [("the first two quarters of 1991", "DATE", "1991-H1", None)],
    ),
    (
        "Sales should recover in the last two quarters of 2024.",
        MAY_02,
        [("the last two quarters of 2024", "DATE", "2024-H2", None)],
    ),
    (
        "Margins doubled in the first two quarters of fiscal 2003.",
        MAR_03,
        [("the first two quarters of fiscal 2003", "DATE", "2003-H1", None)],
    ),
    # with no year they stay a span
    ("Sales fell in the first two quarters.", MAR_03, [("the first two quarters", "DURATION", "P2Q", None)]),
]

# 4. A past verb of plan after a fronted day is the clause's verb: the planning was that day, behind the
# writer. After an auxiliary, or with the day after it, it still looks ahead.
PLAN_PAST = [
    (
        "On Friday, the provincial council planned to reopen the northern road.",
        SEP_30,
        [("Friday", "DATE", "1998-09-25", None)],
    ),
    ("Officials on Tuesday intended to open the border.", SEP_30, [("Tuesday", "DATE", "1998-09-29", None)]),
    ("Saturday, analysts expected a rebound in shares.", SEP_30, [("Saturday", "DATE", "1998-09-26", None)]),
    ("The council planned to vote on Friday, aides said.", SEP_30, [("Friday", "DATE", "1998-10-02", None)]),
    ("On Friday, the bank is expected to report.", SEP_30, [("Friday", "DATE", "1998-10-02", None)]),
    ("On Monday the planned strike will go ahead.", SEP_30, [("Monday", "DATE", "1998-10-05", None)]),
]

# 5. A farm, tax or school year named with its years is one expression, as "the fiscal year 1987/88" is.
NAMED_YEARS = [
    (
        "Exports in the marketing year 1986/87 rose 4%.",
        MAR_03,
        [("the marketing year 1986/87", "DATE", "1986", None)],
    ),
    (
        "Output for the crop year 1991/92 is put at 5 mln tonnes.",
        MAR_03,
        [("the crop year 1991/92", "DATE", "1991", None)],
    ),
    ("Refunds for the tax year 2002-03 were late.", MAR_03, [("the tax year 2002-03", "DATE", "2002", None)]),
    ("Fees rose in the school year 2010/11.", MAR_03, [("the school year 2010/11", "DATE", "2010", None)]),
]

# 6. A clock time followed by a count of days from an event a noun names falls on no day the text knows.
FROM_EVENT = [
    (
        "A neighbour saw the van at 5 a.m. eight days before the fire.",
        SEP_30,
        [("5 a.m.", "TIME", "XXXX-XX-XXT05:00", None), ("eight days", "DURATION", "P8D", None)],
    ),
    (
        "The plane landed at 9 p.m., two days after the storm.",
        SEP_30,
        [("9 p.m.", "TIME", "XXXX-XX-XXT21:00", None), ("two days", "DURATION", "P2D", None)],
    ),
    (
        "Polls open at 7 a.m. near the river a week ahead of the count.",
        SEP_30,
        [("7 a.m.", "TIME", "XXXX-XX-XXT07:00", None), ("a week", "DURATION", "P1W", None)],
    ),
    # hours counted from the event, or no count: the text's day
    (
        "Police came at 7 p.m. and left two hours after the blast.",
        SEP_30,
        [("7 p.m.", "TIME", "1998-09-30T19:00", None), ("two hours", "DURATION", "PT2H", None)],
    ),
]

# 7. A present of schedule in a phrase ("takes effect", "comes into force", "goes on sale") looks ahead; the
# verb alone ("it takes two weeks", "goes to work") marks no tense.
SCHEDULE = [
    (
        "The bill was signed into law in December and takes effect in July.",
        MAR_03,
        [("December", "DATE", "2003-12", None), ("July", "DATE", "2004-07", None)],
    ),
    (
        "The rules come into force in February, officials said.",
        MAR_03,
        [("February", "DATE", "2005-02", None)],
    ),
    (
        "The new tariff, approved on Monday, goes into effect on Friday.",
        MAR_03,
        [("Monday", "DATE", "2004-03-01", None), ("Friday", "DATE", "2004-03-05", None)],
    ),
    ("Tickets went on sale Monday.", MAR_03, [("Monday", "DATE", "2004-03-01", None)]),
    # present verbs of schedule that look ahead alone, as "begins" and "expires" do
    ("The probe launches on Monday.", MAR_03, [("Monday", "DATE", "2004-03-08", None)]),
    (
        "The senator, who retires in January, said he would not run.",
        MAR_03,
        [("January", "DATE", "2005-01", None)],
    ),
    ("The ferry departs on Monday from Dover.", MAR_03, [("Monday", "DATE", "2004-03-08", None)]),
    (
        "It takes two weeks to ship orders placed in February.",
        MAR_03,
        [("two weeks", "DURATION", "P2W", None), ("February", "DATE", "2004-02", None)],
    ),
]

# 8. A weekday planned in a past perfect saying ("had said ... would") lies behind the writer; a month keeps
# reading ahead of the saying, and a plain "said ... would" ahead of the writer.
MAR_24 = dt.date(2003, 3, 24)  # a Monday
HAD_SAID = [
    (
        "The army had said the offensive would begin Saturday.",
        MAR_24,
        [("Saturday", "DATE", "2003-03-22", None)],
    ),
    (
        "Officials had announced the bridge would open on Friday, but it stayed shut.",
        MAR_24,
        [("Friday", "DATE", "2003-03-21", None)],
    ),
    ("The army said the offensive would begin Saturday.", MAR_24, [("Saturday", "DATE", "2003-03-29", None)]),
    (
        "The firm had said in January it would report in May.",
        MAR_24,
        [("January", "DATE", "2003-01", None), ("May", "DATE", "2003-05", None)],
    ),
]

CASES = HAD_SAID + AGAINST + ENDED + HALVES + PLAN_PAST + NAMED_YEARS + FROM_EVENT + SCHEDULE


@pytest.mark.parametrize("text, dct, expected", CASES, ids=ids(CASES))
def test_round39(text, dct, expected):
    assert rows(text, dct) == expected
