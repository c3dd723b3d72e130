"""Table-driven tests of what "a year earlier" is set against after a quarter (timeline/temporal/compared.py).

Every sentence is invented. Each row: (text, expected [(extent, type, value, mod), ...] in text order);
the whole list must match. The document date is Wednesday 5 November 2014, a results season for the
third quarter.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

DCT = dt.date(2014, 11, 5)

# A span of months told after the quarter: "a year earlier" is that span a year back, its year.
SPAN_COMPARED = [
    (
        "Harlow Mills had a third-quarter loss. For the nine months, it earned $8 million, up from "
        "$6 million a year earlier.",
        [
            ("third-quarter", "DATE", "2014-Q3", None),
            ("the nine months", "DURATION", "P9M", None),
            ("a year earlier", "DATE", "2013", None),
        ],
    ),
    (
        "Tessel Bank posted third-quarter net of $4 million. For the first nine months, it earned "
        "$11 million in all. In the year-earlier period, it lost $2 million.",
        [
            ("third-quarter", "DATE", "2014-Q3", None),
            ("the first nine months", "DURATION", "P9M", None),
            ("the year-earlier period", "DATE", "2013", None),
        ],
    ),
    (
        "Orvane posted a third-quarter gain. First-half sales rose to $90 million from $70 million in "
        "the 2013 period.",
        [
            ("third-quarter", "DATE", "2014-Q3", None),
            ("First-half", "DATE", "2014-H1", None),
            ("the 2013 period", "DATE", "2013-H1", None),
        ],
    ),
    # the quarter told again after the span: the comparison is the quarter's
    (
        "For the nine months, Kell Corp. earned $9 million. In the third quarter, net rose 4% from "
        "a year ago.",
        [
            ("the nine months", "DURATION", "P9M", None),
            ("the third quarter", "DATE", "2014-Q3", None),
            ("a year ago", "DATE", "2013-Q3", None),
        ],
    ),
    # no span: the quarter a year back, as before
    (
        "Dunmore posted third-quarter net of $3 million, up from $2 million a year earlier.",
        [("third-quarter", "DATE", "2014-Q3", None), ("a year earlier", "DATE", "2013-Q3", None)],
    ),
]

# A day told after the quarter, outside it: "a year earlier" counts from the day, so the year.
DAY_COMPARED = [
    (
        "Brandt posted a third-quarter loss. Its shares rose 5 cents yesterday. It pays a dividend of "
        "8 cents, up from 6 cents a year earlier.",
        [
            ("third-quarter", "DATE", "2014-Q3", None),
            ("yesterday", "DATE", "2014-11-04", None),
            ("a year earlier", "DATE", "2013", None),
        ],
    ),
    # the day that closes the quarter keeps it
    (
        "For the quarter ended Sept. 30, Lomax earned $5 million, up from $4 million a year earlier.",
        [
            ("the quarter", "DATE", "2014-Q3", None),
            ("Sept. 30", "DATE", "2014-09-30", None),
            ("a year earlier", "DATE", "2013-Q3", None),
        ],
    ),
    # a day inside the quarter keeps it too
    (
        "Pellin had a third-quarter loss after a fire on Aug. 3. Sales fell to $9 million from $12 million a "
        "year ago.",
        [
            ("third-quarter", "DATE", "2014-Q3", None),
            ("Aug. 3", "DATE", "2014-08-03", None),
            ("a year ago", "DATE", "2013-Q3", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPAN_COMPARED, ids=ids(SPAN_COMPARED))
def test_span_compared(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), DAY_COMPARED, ids=ids(DAY_COMPARED))
def test_day_compared(text, expected):
    assert rows(text, DCT) == expected


# "last year's quarter" is one expression: the quarter told, or the one just ended, a year back.
LAST_YEARS_QUARTER = [
    (
        "Revenue for this year's third quarter was $4 million. Overseas revenue for last year's quarter came "
        "to $3 million.",
        [
            ("this year's third quarter", "DATE", "2014-Q3", None),
            ("last year's quarter", "DATE", "2013-Q3", None),
        ],
    ),
    (
        "They moved last year. Last year’s quarter was weak.",
        [("last year", "DATE", "2013", None), ("Last year’s quarter", "DATE", "2013-Q3", None)],
    ),
    # "last year's" before another noun stays "last year"
    ("Last year's results were poor.", [("Last year", "DATE", "2013", None)]),
]


@pytest.mark.parametrize(("text", "expected"), LAST_YEARS_QUARTER, ids=ids(LAST_YEARS_QUARTER))
def test_last_years_quarter(text, expected):
    assert rows(text, DCT) == expected


# A quarter in apposition to a year-ago quarter or period names it: last year's.
APPOSED_TO_YEAR_AGO = [
    (
        "In the year-earlier period, the fourth quarter, Ostrom lost money.",
        [("the year-earlier period", "DATE", "2013", None), ("the fourth quarter", "DATE", "2013-Q4", None)],
    ),
    (
        "Hanby lost $1.2 million in the year-ago quarter, the second quarter.",
        [
            ("the year-ago quarter", "DATE", "2013-Q3", None),
            ("the second quarter", "DATE", "2013-Q2", None),
        ],
    ),
    # no year-ago phrase before the comma: the quarter stays this year's
    (
        "Hanby earned $3 million in the second quarter, the best in years.",
        [("the second quarter", "DATE", "2014-Q2", None), ("years", "DURATION", "PXY", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED_TO_YEAR_AGO, ids=ids(APPOSED_TO_YEAR_AGO))
def test_apposed_to_year_ago(text, expected):
    assert rows(text, DCT) == expected


# The first day of an episode not begun, in a clause about what is to come, is no day the text has reached.
FIRST_DAY_AHEAD = [
    (
        "On Monday, Ferro pledged to close the landfill on her first day as mayor.",
        [("Monday", "DATE", "2014-11-03", None), ("first day", "DATE", "XXXX-XX-XX", None)],
    ),
    (
        "The summit opens on Monday. On the first day, leaders will discuss trade.",
        [("Monday", "DATE", "2014-11-10", None), ("the first day", "DATE", "2014-11-10", None)],
    ),
    (
        "Today will be the first day of the strike.",
        [("Today", "DATE", "2014-11-05", None), ("the first day", "DATE", "2014-11-05", None)],
    ),
    ("Play is due to resume on the fourth day.", [("the fourth day", "DATE", "2014-11-05", None)]),
]

# "for the last week" in a present perfect clause is the seven days up to now, as "the past week" is.
PERFECT_LAST_WEEK = [
    (
        "The ferry has been idle in Dover, Del., for the last week.",
        [("the last week", "DURATION", "P1W", None)],
    ),
    ("Rents have risen 2% over the last week.", [("the last week", "DURATION", "P1W", None)]),
    ("The ferry was idle for the last week.", [("the last week", "DATE", "2014-W44", None)]),
    ("The band has played for the last week of the tour.", [("the last week", "DATE", "2014-W44", None)]),
]


@pytest.mark.parametrize(("text", "expected"), FIRST_DAY_AHEAD, ids=ids(FIRST_DAY_AHEAD))
def test_first_day_ahead(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), PERFECT_LAST_WEEK, ids=ids(PERFECT_LAST_WEEK))
def test_perfect_last_week(text, expected):
    assert rows(text, DCT) == expected


# "the election day" in lower case, with no word of US politics in the text, is the story's own election.
ELECTION_DAY = [
    (
        "Police guarded polling stations in Kazan on the election day, Itar-Tass said.",
        [("election day", "DATE", "2014-XX-XX", None)],
    ),
    (
        "Turnout in Ohio on election day was high, Republicans said.",
        [("election day", "DATE", "2014-11-04", None)],
    ),
    ("Voters in Maine went to the polls on Election Day.", [("Election Day", "DATE", "2014-11-04", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ELECTION_DAY, ids=ids(ELECTION_DAY))
def test_election_day(text, expected):
    assert rows(text, DCT) == expected


# A clock time counted from an event ("10 days before the raid") is no time of the day told before it, even
# with a possessive name between ("near Kemp's house").
CLOCK_FROM_EVENT = [
    (
        "Police raided the flat on April 8. A neighbour saw the van at 6 a.m. near Kemp's house 10 days "
        "before the raid.",
        [
            ("April 8", "DATE", "2014-04-08", None),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00", None),
            ("10 days", "DURATION", "P10D", None),
        ],
    ),
    (
        "Police raided the flat on April 8. At 6 a.m. the team left.",
        [("April 8", "DATE", "2014-04-08", None), ("6 a.m.", "TIME", "2014-04-08T06:00", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLOCK_FROM_EVENT, ids=ids(CLOCK_FROM_EVENT))
def test_clock_from_event(text, expected):
    assert rows(text, DCT) == expected
