"""Table-driven tests of tagger round 23: plans reported after a dated saying, and leftovers.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, document date, expected
[(extent, type, value, mod), ...] in text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows
from timeline.temporal import tag

APR_12 = dt.date(1997, 4, 12)  # a Saturday

# 1. "said they would reopen the road in March": a plan reported after a past saying lies ahead of the
# saying, counted from the saying's own date when the sentence gives one, else from the document date; a
# "would" with no saying before it may be a habit, "would have" looks back, and "Wednesday's ruling" names a
# thing already done.
WOULD = [
    (
        "Officials said on Tuesday they would reopen the road in March.",
        APR_12,
        [("Tuesday", "DATE", "1997-04-08", None), ("March", "DATE", "1998-03", None)],
    ),
    ("He said the plant would close in March.", APR_12, [("March", "DATE", "1998-03", None)]),
    ("The firm announced it would cut jobs in February.", APR_12, [("February", "DATE", "1998-02", None)]),
    (
        "The mayor said last month it would reopen the road in March.",
        APR_12,
        [("last month", "DATE", "1997-03", None), ("March", "DATE", "1997-03", None)],
    ),
    (
        "The mayor said last month it would reopen the road in February.",
        APR_12,
        [("last month", "DATE", "1997-03", None), ("February", "DATE", "1998-02", None)],
    ),
    (
        "The mayor told reporters on March 3 that the bridge would reopen on Friday.",
        APR_12,
        [("March 3", "DATE", "1997-03-03", None), ("Friday", "DATE", "1997-03-07", None)],
    ),
    (
        "The mayor said on March 3 it would reopen the bridge on March 20.",
        APR_12,
        [("March 3", "DATE", "1997-03-03", None), ("March 20", "DATE", "1997-03-20", None)],
    ),
    (
        "Talks failed on March 28. The union chief told members on that day he would weigh the offer "
        "over the weekend.",
        APR_12,
        [
            ("March 28", "DATE", "1997-03-28", None),
            ("that day", "DATE", "1997-03-28", None),
            ("the weekend", "DATE", "1997-W13-WE", None),
        ],
    ),
    (
        "The mayor on Tuesday said he would decide in May.",
        APR_12,
        [("Tuesday", "DATE", "1997-04-08", None), ("May", "DATE", "1997-05", None)],
    ),
    (
        "In March the road would flood every year.",
        APR_12,
        [("March", "DATE", "1997-03", None), ("every year", "SET", "P1Y", None)],
    ),
    ("He said the road would have reopened in March.", APR_12, [("March", "DATE", "1997-03", None)]),
    ("The road would reopen in March.", APR_12, [("March", "DATE", "1997-03", None)]),
    (
        "They said on Tuesday they would appeal against Wednesday's ruling.",
        APR_12,
        [("Tuesday", "DATE", "1997-04-08", None), ("Wednesday", "DATE", "1997-04-09", None)],
    ),
]

# 2. "the 1999/2000 season": a four-digit second year that is the next one makes one straddling year too
# (round 22's "the 2006/07 season"); "2010/2020" and a bare "1998-1999" stay two years.
SPANS = [
    ("He played in the 1999/2000 season.", APR_12, [("the 1999/2000 season", "DATE", "1999", None)]),
    ("The 2019-2020 season ended early.", APR_12, [("The 2019-2020 season", "DATE", "2019", None)]),
    ("Cards issued in 2002/2003 are void.", APR_12, [("2002/2003", "DATE", "2002", None)]),
    ("Goals for 2010/2020 stand.", APR_12, [("2010", "DATE", "2010", None), ("2020", "DATE", "2020", None)]),
    ("War in 1998-1999 raged.", APR_12, [("1998", "DATE", "1998", None), ("1999", "DATE", "1999", None)]),
]

# 3. A weekday after "falls on"/"fell on" takes the tense of the verb: a holiday that falls on Friday is
# ahead, one that fell on it behind; "sharp falls on Monday" is a noun and leaves the sentence's past.
FALLS = [
    ("The holiday falls on Friday.", APR_12, [("Friday", "DATE", "1997-04-18", None)]),
    (
        "This year the holiday falls on a Friday.",
        APR_12,
        [("This year", "DATE", "1997", None), ("Friday", "DATE", "1997-04-18", None)],
    ),
    ("The feast, which is falling on Monday, is old.", APR_12, [("Monday", "DATE", "1997-04-14", None)]),
    ("The deadline fell on a Sunday.", APR_12, [("Sunday", "DATE", "1997-04-06", None)]),
    ("Stocks rose after sharp falls on Monday.", APR_12, [("Monday", "DATE", "1997-04-07", None)]),
]

WED_9 = dt.date(1997, 4, 9)  # a Wednesday

# 4. A present verb of schedule without -s ("classes resume Monday") looks ahead even after a past verb
# earlier in the sentence; after "to", a modal or "did" the bare verb leaves the tense to them.
RESUME = [
    (
        "Schools closed on Friday and classes resume Monday.",
        WED_9,
        [("Friday", "DATE", "1997-04-04", None), ("Monday", "DATE", "1997-04-14", None)],
    ),
    ("Officials said classes resume Monday.", WED_9, [("Monday", "DATE", "1997-04-14", None)]),
    ("Talks failed to resume on Monday.", WED_9, [("Monday", "DATE", "1997-04-07", None)]),
    ("Talks did not resume Monday.", WED_9, [("Monday", "DATE", "1997-04-07", None)]),
    ("Talks were expected to resume Monday.", WED_9, [("Monday", "DATE", "1997-04-14", None)]),
]

# 5. "last" after a determiner is an adjective ("its last rival"), no past verb; a day's own past verb
# right after it ("their game on Tuesday was called off") puts it behind whatever the main clause's tense.
LAST = [
    ("The team is to play its last rival on Thursday.", WED_9, [("Thursday", "DATE", "1997-04-10", None)]),
    (
        "They will meet again in May since their game on Tuesday was called off.",
        WED_9,
        [("May", "DATE", "1997-05", None), ("Tuesday", "DATE", "1997-04-08", None)],
    ),
]

DEC_15 = dt.date(2006, 12, 15)  # a Friday

# 6. A clock time in the writer's own sentence does not fall on a day a speaker told in the quotation
# before it; inside the quotation, or with no quotation, it still does.
QUOTED = [
    (
        '"We will sign tomorrow," he said. The leaders will meet after 10:00 am.',
        DEC_15,
        [("tomorrow", "DATE", "2006-12-16", None), ("10:00 am", "TIME", "2006-12-15T10:00", None)],
    ),
    (
        'He said: "We will sign tomorrow, 10:00 am."',
        DEC_15,
        [("tomorrow", "DATE", "2006-12-16", None), ("10:00 am", "TIME", "2006-12-16T10:00", None)],
    ),
    (
        "The pact was signed on Tuesday. The leaders met after 10:00 am.",
        DEC_15,
        [("Tuesday", "DATE", "2006-12-12", None), ("10:00 am", "TIME", "2006-12-12T10:00", None)],
    ),
]

THU_10 = dt.date(1997, 4, 10)  # a Thursday

# 7. "the previous month" right after "said Thursday" counts from the month the text last named (the month
# the figures are for), not from the saying's month; with no month named, or after a day that is no
# saying's, it counts from that day as before.
PREVIOUS = [
    (
        "Sales rose in February, the ministry said Thursday. The previous month they fell.",
        THU_10,
        [
            ("February", "DATE", "1997-02", None),
            ("Thursday", "DATE", "1997-04-10", None),
            ("The previous month", "DATE", "1997-01", None),
        ],
    ),
    (
        "The ministry said Thursday sales rose. The previous month they fell.",
        THU_10,
        [("Thursday", "DATE", "1997-04-10", None), ("The previous month", "DATE", "1997-03", None)],
    ),
    (
        "The team arrived in Spain on Monday. The previous month it had trained in Italy.",
        THU_10,
        [("Monday", "DATE", "1997-04-07", None), ("The previous month", "DATE", "1997-03", None)],
    ),
]

# 8. A number joined to a unit by a hyphen is a measure, not a year: "the 1000-km pipeline".
MEASURES = [
    ("Work on the 1000-km pipeline began in 2004.", THU_10, [("2004", "DATE", "2004", None)]),
    ("A 2000-strong crowd gathered on Monday.", THU_10, [("Monday", "DATE", "1997-04-07", None)]),
    ("The 1999-2000 season was long.", THU_10, [("The 1999-2000 season", "DATE", "1999", None)]),
]

# 9. "a year" after an amount in a currency named with capitals is a rate, a SET; after a preposition
# ("three titles in a year") it is still a length.
RATES = [
    ("Tourism brings in five billion U.S. dollars a year.", THU_10, [("a year", "SET", "P1Y", None)]),
    ("They earn 8,000 Hong Kong dollars a month.", THU_10, [("a month", "SET", "P1M", None)]),
    ("He won 2 Grand Slams in a year.", THU_10, [("a year", "DURATION", "P1Y", None)]),
]

TUE_29 = dt.date(2005, 11, 29)  # a Tuesday

# 10. A clock time followed by "of" and its day falls on that day, as with "on": "8 p.m. of last Friday".
CLOCK_OF = [
    (
        "The bridge stayed shut from last Wednesday until 9 p.m. of last Sunday.",
        TUE_29,
        [
            ("last Wednesday", "DATE", "2005-11-23", None),
            ("9 p.m.", "TIME", "2005-11-27T21:00", None),
            ("last Sunday", "DATE", "2005-11-27", None),
        ],
    ),
    (
        "It ended at 10 a.m. of Nov. 27.",
        TUE_29,
        [("10 a.m.", "TIME", "2005-11-27T10:00", None), ("Nov. 27", "DATE", "2005-11-27", None)],
    ),
]

# 11. A bare plural before "in the making", "away", "late" is a length; "light years away" is a distance.
LENGTHS = [
    ("The deal was months in the making.", THU_10, [("months", "DURATION", "PXM", None)]),
    ("The vote is weeks away.", THU_10, [("weeks", "DURATION", "PXW", None)]),
    ("The star lies 500 light years away.", THU_10, []),
]

CASES = WOULD + SPANS + FALLS + RESUME + LAST + QUOTED + PREVIOUS + MEASURES + RATES + CLOCK_OF + LENGTHS


def test_four_digit_span_ends_next_year():
    assert [t.end_value for t in tag("Profits in the 1999/2000 financial year rose.", dct=APR_12)] == ["2000"]


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round23(text, dct, expected):
    assert rows(text, dct) == expected
