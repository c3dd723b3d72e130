"""Table-driven tests of the round-7 audit: what the tagger wrote on unannotated agency news.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, expected [(extent,
type, value, mod), ...] in text order); the whole list must match. The document date is Wednesday
27 December 2006.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

DCT = dt.date(2006, 12, 27)


def found(text: str, dct: dt.date = DCT) -> list[tuple[str, str, str, str | None]]:
    return rows(text, dct)


# Thousands of years back: known to the century at best, and before year 1 a BC century.
FAR_PAST = [
    ("The jar was made 2,000 years ago.", [("2,000 years ago", "DATE", "00", None)]),
    # 2006 - 2,500 is 495 BC (there is no year 0): the fifth century BC
    ("The city walls went up 2,500 years ago.", [("2,500 years ago", "DATE", "BC04", None)]),
    ("The flood came 4,000 years ago.", [("4,000 years ago", "DATE", "BC19", None)]),
    (
        "The well was dug more than 1,300 years ago.",
        [("more than 1,300 years ago", "DATE", "07", "MORE_THAN")],
    ),
    # hundreds of years stay a year
    ("The composer was born 250 years ago.", [("250 years ago", "DATE", "1756", None)]),
    # a count of hundreds in words is one number
    ("Six hundred years ago, traders sailed here.", [("Six hundred years ago", "DATE", "1406", None)]),
    ("The walls stood for three hundred years.", [("three hundred years", "DURATION", "P300Y", None)]),
]

# "The day" after a century: no day is known within a century, the news day is meant.
THE_DAY = [
    (
        "The chapel dates from the 12th century. Later in the day the choir sang.",
        [("the 12th century", "DATE", "11", None), ("the day", "DATE", "2006-12-27", None)],
    ),
    (
        "On Monday the talks opened. Later in the day they broke up.",
        [("Monday", "DATE", "2006-12-25", None), ("the day", "DATE", "2006-12-25", None)],
    ),
]

# A century of runs in cricket is not a century of time.
CENTURIES = [
    ("The batsman made his third century in six Tests.", []),
    ("Khan's first century of the tour came quickly.", []),
    ("She scored a maiden century at the ground.", []),
    ("The bridge was built in the fifth century.", [("the fifth century", "DATE", "04", None)]),
    ("The town grew rich in the 18th century.", [("the 18th century", "DATE", "17", None)]),
]

# Four-digit counts that are not years.
COUNTS = [
    (
        "Sales reached 900 million euros (1180 million dollars) last year.",
        [("last year", "DATE", "2005", None)],
    ),
    ("The storm left 300 dead and 1200 injured in the hills.", []),
    ("Output was 2,100 million tonnes, or 1150 billion yuan.", []),
    # a year after "and" is still a year
    ("Prices rose between 1998 and 2003.", [("1998", "DATE", "1998", None), ("2003", "DATE", "2003", None)]),
]

# A newspaper called "daily", a speed "per hour", an age broken across a line: not times.
NOT_TIMES = [
    ("The daily said the minister would resign.", []),
    ("The Riverside daily reported the fire.", []),
    ("The claim was denied, the daily's editor said.", []),
    ("The Lakeside daily attributed the blast to a gas leak.", []),
    ("The Harbour Daily on Monday said the port would reopen.", [("Monday", "DATE", "2006-12-25", None)]),
    ("Northern Weekly that week ran a long profile.", [("that week", "DATE", "2006-W52", None)]),
    ("The independent Delta daily newspaper reported the arrests.", []),
    ("The paper is published daily.", [("daily", "SET", "P1D", None)]),
    ("Twice daily.", [("daily", "SET", "P1D", None)]),
    ("Rebels faced daily shelling.", [("daily", "SET", "P1D", None)]),
    ("Buses run twice daily to the coast.", [("daily", "SET", "P1D", None)]),
    ("The train reached 300 kilometers per hour.", []),
    ("A typist does 90 words per minute.", []),
    ("The plant pumps 500 barrels per day.", [("per day", "SET", "P1D", None)]),
    ("Nurses earn 12 dollars per hour.", [("per hour", "SET", "PT1H", None)]),
    ("The 25-year- old driver was unhurt.", []),
]

# A season in the name of an event or a place is not the season.
SEASON_NAMES = [
    ("Athletes trained for the 1988 Winter Games.", [("1988", "DATE", "1988", None)]),
    ("Crowds packed the town's Winter Festival.", []),
    ("Tourists queued at the Summer Palace gates.", []),
    ("She won gold at the summer Olympics.", []),
    # an offensive named after its season is a time
    (
        "In 1951 the Winter Offensive stalled.",
        [("1951", "DATE", "1951", None), ("the Winter", "DATE", "1951-WI", None)],
    ),
    ("Last Summer the river ran dry.", [("Last Summer", "DATE", "2006-SU", None)]),
]


@pytest.mark.parametrize(("text", "expected"), FAR_PAST, ids=ids(FAR_PAST))
def test_thousands_of_years_ago(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), THE_DAY, ids=ids(THE_DAY))
def test_the_day_after_a_century(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), CENTURIES, ids=ids(CENTURIES))
def test_centuries_of_runs(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), COUNTS, ids=ids(COUNTS))
def test_counts_that_are_not_years(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_TIMES, ids=ids(NOT_TIMES))
def test_newspapers_speeds_and_ages(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), SEASON_NAMES, ids=ids(SEASON_NAMES))
def test_seasons_in_names(text, expected):
    assert found(text) == expected


# "of" may join the compared period to its year: still one expression.
SAME_PERIOD = [
    (
        "Sales rose 5 percent from the same period of last year.",
        [("the same period of last year", "DATE", "2005", None)],
    ),
    (
        "Output fell from the same month of a year earlier.",
        [("the same month of a year earlier", "DATE", "2005", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAME_PERIOD, ids=ids(SAME_PERIOD))
def test_the_same_period_of_last_year(text, expected):
    assert found(text) == expected
