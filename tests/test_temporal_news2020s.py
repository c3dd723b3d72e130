"""Table-driven tests of today's news shapes (session 19): web stamps, "2h ago", forecasts for a coming half,
a season across a year's turn, plans under "are due to" after an old story, holidays with their date beside
them, a clock time under a schedule's present, "since" phrases.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, expected [(extent,
type, value, mod), ...] in text order); the whole list must match. The document date is Wednesday
6 March 2024. A neutral closing paragraph makes each text a news article (texts under 320 characters are
read as short messages, where a bare "day" is tagged).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

DCT = dt.date(2024, 3, 6)
_NEWS = (
    "\n\nReporting by staff writers; editing by the news desk. This article was produced with the help of "
    "correspondents in several cities and checked by our editors. Readers can send corrections through "
    "the contact form on our website, and we welcome comments from everyone who follows our coverage."
)


def news_rows(text: str) -> list[tuple[str, str, str, str | None]]:
    return rows(text + _NEWS, DCT)


# A web page's count of hours, minutes or days since it was posted: a unit's letter after the digits.
SINCE_POSTED = [
    ("Updated 2h ago", [("2h ago", "TIME", "2024-03-06TXX", None)]),
    ("Updated 7h ago", [("7h ago", "TIME", "2024-03-06TXX", None)]),
    ("Posted 3d ago by the editors", [("3d ago", "DATE", "2024-03-03", None)]),
    ("First published 2w ago.", [("2w ago", "DATE", "2024-W08", None)]),
    ("He set the 400m record two years ago.", [("two years ago", "DATE", "2022", None)]),  # metres stay out
    ("She ran the 100m in 10 seconds.", [("10 seconds", "DURATION", "PT10S", None)]),
    ("Shares are up 22% YTD, the best start since 2019.", [("2019", "DATE", "2019", None)]),  # year to date
    ("I saw him ytd at the mall.", [("ytd", "DATE", "2024-03-05", None)]),  # a message's yesterday
]


@pytest.mark.parametrize(("text", "expected"), SINCE_POSTED, ids=ids(SINCE_POSTED))
def test_since_posted(text, expected):
    assert news_rows(text) == expected


# A web page's stamp: the clock time, its zone, the weekday and the full date are one expression; a
# European zone after a slashed date reads it day first.
STAMPS = [
    (
        "Updated 3:45 PM EDT, Tue March 5, 2024",
        [("3:45 PM EDT, Tue March 5, 2024", "TIME", "2024-03-05T15:45", None)],
    ),
    (
        "Updated 9:02 AM ET, Monday, March 4, 2024",
        [("9:02 AM ET, Monday, March 4, 2024", "TIME", "2024-03-04T09:02", None)],
    ),
    ("Last updated: 12/03/2024 14:05 GMT", [("12/03/2024 14:05 GMT", "TIME", "2024-03-12T14:05", None)]),
    ("Published 08/03/2024 18:30 CET", [("08/03/2024 18:30 CET", "TIME", "2024-03-08T18:30", None)]),
    ("Posted 10/21/2023 3:45 PM EDT", [("10/21/2023 3:45 PM EDT", "TIME", "2023-10-21T15:45", None)]),
    ("Filed 03/04/2024 10:00 EST", [("03/04/2024 10:00 EST", "TIME", "2024-03-04T10:00", None)]),
]


@pytest.mark.parametrize(("text", "expected"), STAMPS, ids=ids(STAMPS))
def test_stamps(text, expected):
    assert news_rows(text) == expected


# A forecast cut, raised or given for a period speaks of one still to come; one beaten is a result.
FORECASTS = [
    (
        "Shares fell after the retailer cut its forecast for the second half.",
        [("the second half", "DATE", "2024-H2", None)],
    ),
    (
        "The insurer lowered its profit forecast for the fourth quarter.",
        [("the fourth quarter", "DATE", "2024-Q4", None)],
    ),
    (
        "The firm raised its full-year sales outlook for the third quarter.",
        [("the third quarter", "DATE", "2024-Q3", None)],
    ),
    ("The firm beat its forecast for the fourth quarter.", [("the fourth quarter", "DATE", "2023-Q4", None)]),
]


@pytest.mark.parametrize(("text", "expected"), FORECASTS, ids=ids(FORECASTS))
def test_forecasts(text, expected):
    assert news_rows(text) == expected


# "the year to March" is a span ending on a date; "to" before a verb opens the verb, not the span.
YEAR_TO = [
    (
        "It could take until the end of the year to repair all the damage.",
        [("the end of the year", "DATE", "2024", "END")],
    ),
    (
        "Repairs could take until the end of the year to finish.",
        [("the end of the year", "DATE", "2024", "END")],
    ),
    (
        "The bank posted a net loss for the year to March.",
        [("the year", "DURATION", "P1Y", None), ("March", "DATE", "2024-03", None)],
    ),
    ("Shares are up 9% in the year to date.", [("the year", "DURATION", "P1Y", None)]),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_TO, ids=ids(YEAR_TO))
def test_year_to(text, expected):
    assert news_rows(text) == expected


# A season across the turn of a year is one expression, the first year's season.
SEASON_SPANS = [
    ("Bills rose sharply in the winter of 2022-23.", [("the winter of 2022-23", "DATE", "2022-WI", None)]),
    ("Snow fell across the north in winter 2010/11.", [("winter 2010/11", "DATE", "2010-WI", None)]),
    (
        "Fires burned in the summer of 2022, 23 people died.",
        [("the summer of 2022", "DATE", "2022-SU", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEASON_SPANS, ids=ids(SEASON_SPANS))
def test_season_spans(text, expected):
    assert news_rows(text) == expected


_OLD_STORY = "The mayor took office in 2017 and the city defaulted on January 31, 2020. "
# After an old story, a plan in the writer's present ("are due to", "is set to", "will") is the writer's.
WRITERS_PLANS = [
    (
        _OLD_STORY + "Trade talks are due to resume in the autumn.",
        [
            ("2017", "DATE", "2017", None),
            ("January 31, 2020", "DATE", "2020-01-31", None),
            ("the autumn", "DATE", "2024-FA", None),
        ],
    ),
    (
        _OLD_STORY + "A new budget is set to be presented in May.",
        [
            ("2017", "DATE", "2017", None),
            ("January 31, 2020", "DATE", "2020-01-31", None),
            ("May", "DATE", "2024-05", None),
        ],
    ),
    (
        _OLD_STORY + "Trade talks resumed in the autumn.",
        [
            ("2017", "DATE", "2017", None),
            ("January 31, 2020", "DATE", "2020-01-31", None),
            ("the autumn", "DATE", "2020-FA", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WRITERS_PLANS, ids=ids(WRITERS_PLANS))
def test_writers_plans(text, expected):
    assert news_rows(text) == expected


# "the end of the week" under a future verb after last Sunday is this week.
THIS_WEEK = [
    (
        "Talks collapsed on Sunday. An agreement is expected by the end of the week.",
        [("Sunday", "DATE", "2024-03-03", None), ("the end of the week", "DATE", "2024-W10", "END")],
    ),
    (
        "Negotiators worked until midnight Sunday. They will meet again later in the week.",
        [("midnight Sunday", "TIME", "2024-03-03T24:00", None), ("the week", "DATE", "2024-W10", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), THIS_WEEK, ids=ids(THIS_WEEK))
def test_this_week(text, expected):
    assert news_rows(text) == expected


# A holiday with its date beside it takes the year they agree in; the date and a clock time under a
# schedule's present follow it.
HOLIDAY_DATES = [
    (
        "With the 2024 election eight months away, the candidates campaigned. On Election Day, Nov. 5, polls "
        "open at 7 a.m.",
        [
            ("2024", "DATE", "2024", None),
            ("eight months", "DURATION", "P8M", None),
            ("Election Day", "DATE", "2024-11-05", None),
            ("Nov. 5", "DATE", "2024-11-05", None),
            ("7 a.m.", "TIME", "2024-11-05T07:00", None),
        ],
    ),
    (
        "Turnout was high on Election Day, Nov. 7.",
        [("Election Day", "DATE", "2023-11-07", None), ("Nov. 7", "DATE", "2023-11-07", None)],
    ),
    (
        "On Thanksgiving, Nov. 28, stores open at 6 a.m.",
        [
            ("Thanksgiving", "DATE", "2024-11-28", None),
            ("Nov. 28", "DATE", "2024-11-28", None),
            ("6 a.m.", "TIME", "2024-11-28T06:00", None),
        ],
    ),
    (
        "On Saturday, gates open at 10 a.m.",
        [("Saturday", "DATE", "2024-03-09", None), ("10 a.m.", "TIME", "2024-03-09T10:00", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOLIDAY_DATES, ids=ids(HOLIDAY_DATES))
def test_holiday_dates(text, expected):
    assert news_rows(text) == expected


# A month closing a noun phrase "since" opens lies behind; "since" as a reason, before a verb, does not.
SINCE_PHRASES = [
    (
        "It is the third strike since the start of the school year in September.",
        [("September", "DATE", "2023-09", None)],
    ),
    ("It is the first rally since the opening of the plant in May.", [("May", "DATE", "2023-05", None)]),
    ("Since the vote is in June, the party will wait.", [("June", "DATE", "2024-06", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SINCE_PHRASES, ids=ids(SINCE_PHRASES))
def test_since_phrases(text, expected):
    assert news_rows(text) == expected


# A plan's day, a quarter under a schedule's present, and seasons told after a dated past sentence.
PLANS_AND_FLASHBACKS = [
    ("The judge set a trial date of Sept. 9.", [("Sept. 9", "DATE", "2024-09-09", None)]),
    ("The studio set a release date of Oct. 4 for the game.", [("Oct. 4", "DATE", "2024-10-04", None)]),
    ("He was born on Sept. 9.", [("Sept. 9", "DATE", "2023-09-09", None)]),
    ("A cheaper model arrives in the second quarter.", [("the second quarter", "DATE", "2024-Q2", None)]),
    ("Sales in the fourth quarter rose.", [("the fourth quarter", "DATE", "2023-Q4", None)]),
    (
        "On the evening of March 23, 2020, the country locked down. The lockdown lasted until the summer, "
        "and two more followed in the autumn and the winter.",
        [
            ("the evening of March 23, 2020", "TIME", "2020-03-23TEV", None),
            ("the summer", "DATE", "2020-SU", None),
            ("the autumn", "DATE", "2020-FA", None),
            ("the winter", "DATE", "2020-WI", None),
        ],
    ),
    (
        "The firm went public on March 3, 2021. Shares fell in the summer. Last summer they rose.",
        [
            ("March 3, 2021", "DATE", "2021-03-03", None),
            ("the summer", "DATE", "2021-SU", None),
            ("Last summer", "DATE", "2023-SU", None),
        ],
    ),
    (
        "The plant closed in May. Sales fell in the summer.",
        [("May", "DATE", "2023-05", None), ("the summer", "DATE", "2023-SU", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLANS_AND_FLASHBACKS, ids=ids(PLANS_AND_FLASHBACKS))
def test_plans_and_flashbacks(text, expected):
    assert news_rows(text) == expected


# Results told about an earlier quarter: the day it ended on is near that quarter's end, and "that quarter"
# is the quarter told, not the day after it. The document date here is Friday 27 October 1989.
QUARTER_DCT = dt.date(1989, 10, 27)
TOLD_QUARTERS = [
    (
        "Grover Stores lost $4 million in the year-ago quarter, the fiscal second quarter ended Oct. 30. "
        "A strike hurt sales in that quarter.",
        [
            ("the year-ago quarter", "DATE", "1988-Q3", None),
            ("the fiscal second quarter", "DATE", "1988-Q2", None),
            ("Oct. 30", "DATE", "1988-10-30", None),
            ("that quarter", "DATE", "1988-Q2", None),
        ],
    ),
    (
        "The retailer earned $5 million in its fiscal fourth quarter of 1988 ended Jan. 31.",
        [("fiscal fourth quarter of 1988", "DATE", "1988-Q4", None), ("Jan. 31", "DATE", "1989-01-31", None)],
    ),
    (
        # a quarter whose end lies half a year from either Sept. 30: the day keeps its own reading
        "The mill earned $4 million for the fiscal first quarter ended Sept. 30.",
        [("the fiscal first quarter", "DATE", "1989-Q1", None), ("Sept. 30", "DATE", "1989-09-30", None)],
    ),
    (
        "Sales rose in the first quarter of 1987. The plant reopened on May 4, 1987. "
        "That quarter was the best since 1980.",
        [
            ("the first quarter of 1987", "DATE", "1987-Q1", None),
            ("May 4, 1987", "DATE", "1987-05-04", None),
            ("That quarter", "DATE", "1987-Q1", None),
            ("1980", "DATE", "1980", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_QUARTERS, ids=ids(TOLD_QUARTERS))
def test_told_quarters(text, expected):
    assert rows(text + _NEWS, QUARTER_DCT) == expected


# Narratives (the document date is Wednesday 6 March 2024): a character's count back starts from the story's
# day; a month opening a sentence months before the day the story reached is the next year's; a later year
# told with "would" is a flash-forward the story returns from.
NARRATIVES = [
    (
        "The army crossed the river on 2 March 1951 and the capital fell on 21 April 1951. The president "
        "resigned that day and claimed the U.S. envoy had tricked him two years ago.",
        [
            ("2 March 1951", "DATE", "1951-03-02", None),
            ("21 April 1951", "DATE", "1951-04-21", None),
            ("that day", "DATE", "1951-04-21", None),
            ("two years ago", "DATE", "1949", None),
        ],
    ),
    (
        "The army crossed the river on 2 March 1951 and the capital fell on 21 April 1951. The war ended "
        "70 years ago.",
        [
            ("2 March 1951", "DATE", "1951-03-02", None),
            ("21 April 1951", "DATE", "1951-04-21", None),
            ("70 years ago", "DATE", "1954", None),
        ],
    ),
    (
        "The general took power in 1953 and declared the republic on 26 October 1955. In May, he made a "
        "state visit abroad.",
        [
            ("1953", "DATE", "1953", None),
            ("26 October 1955", "DATE", "1955-10-26", None),
            ("May", "DATE", "1956-05", None),
        ],
    ),
    (
        "The general took power in 1953 and declared the republic on 26 October 1955. In May, he had "
        "made a state visit abroad.",
        [
            ("1953", "DATE", "1953", None),
            ("26 October 1955", "DATE", "1955-10-26", None),
            ("May", "DATE", "1955-05", None),
        ],
    ),
    (
        "The army entered the town on 3 September 1939. In 1945 the city would be destroyed by bombing. "
        "In October, the first trains left.",
        [
            ("3 September 1939", "DATE", "1939-09-03", None),
            ("1945", "DATE", "1945", None),
            ("October", "DATE", "1939-10", None),
        ],
    ),
    (
        "The army entered the town on 3 September 1939. In 1945 the city was destroyed by bombing. "
        "In October, the first trains left.",
        [
            ("3 September 1939", "DATE", "1939-09-03", None),
            ("1945", "DATE", "1945", None),
            ("October", "DATE", "1945-10", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NARRATIVES, ids=ids(NARRATIVES))
def test_narratives(text, expected):
    assert news_rows(text) == expected


# "plans", "aims", "hopes" after a past verb, its particle or a determiner are the verb's object, a noun
# with no tense of its own: the weekday takes the past verb's tense. As a verb ("plans on Monday to") they
# look ahead.
INTENT_NOUNS = [
    ("The ministry announced plans on Monday to cut fuel taxes.", [("Monday", "DATE", "2024-03-04", None)]),
    ("The carmaker unveiled plans on Tuesday for a factory.", [("Tuesday", "DATE", "2024-03-05", None)]),
    ("Officials drew up plans on Friday for the evacuation.", [("Friday", "DATE", "2024-03-01", None)]),
    ("The club put forward plans on Monday for a new stadium.", [("Monday", "DATE", "2024-03-04", None)]),
    ("The coach stated his aims on Tuesday.", [("Tuesday", "DATE", "2024-03-05", None)]),
    ("The firm plans on Friday to announce the cuts.", [("Friday", "DATE", "2024-03-08", None)]),
    ("The union hopes on Monday to reach a deal.", [("Monday", "DATE", "2024-03-11", None)]),
]


@pytest.mark.parametrize(("text", "expected"), INTENT_NOUNS, ids=ids(INTENT_NOUNS))
def test_intent_nouns(text, expected):
    assert news_rows(text) == expected
