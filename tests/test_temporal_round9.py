"""Table-driven tests of round 9: coordinated days, weeks ago, "14h30", fiscal quarters, game quarters,
"4 in the morning", holiday weeks.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, expected [(extent,
type, value, mod), ...] in text order); the whole list must match. The document date is Thursday
6 November 2025.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

DCT = dt.date(2025, 11, 6)


# "N weeks ago" names a week (TimeBank and AQUAINT write 1998-W02); months and days keep their grain.
WEEKS_AGO = [
    ("The plant closed six weeks ago.", [("six weeks ago", "DATE", "2025-W39", None)]),
    ("She resigned two weeks ago.", [("two weeks ago", "DATE", "2025-W43", None)]),
    ("Prices peaked five weeks ago.", [("five weeks ago", "DATE", "2025-W40", None)]),
    ("He left three months ago.", [("three months ago", "DATE", "2025-08", None)]),
    ("The fire started four days ago.", [("four days ago", "DATE", "2025-11-02", None)]),
]


@pytest.mark.parametrize(("text", "expected"), WEEKS_AGO, ids=ids(WEEKS_AGO))
def test_weeks_ago(text, expected):
    assert rows(text, DCT) == expected


# A fiscal year before its quarter is one expression; the calendar value stands for the fiscal one.
FISCAL_QUARTERS = [
    (
        "The retailer reported results for its fiscal 2025 fourth quarter.",
        [("fiscal 2025 fourth quarter", "DATE", "2025-Q4", None)],
    ),
    (
        "The bank posted fiscal 2024 second-quarter results.",
        [("fiscal 2024 second-quarter", "DATE", "2024-Q2", None)],
    ),
    (
        "Margins shrank in the fourth quarter of fiscal 2025.",
        [("the fourth quarter of fiscal 2025", "DATE", "2025-Q4", None)],
    ),
    (
        "The chipmaker beat forecasts in its FY2023 third quarter.",
        [("FY2023 third quarter", "DATE", "2023-Q3", None)],
    ),
    ("Output fell in the 2024 first half.", [("the 2024 first half", "DATE", "2024-H1", None)]),
]


@pytest.mark.parametrize(("text", "expected"), FISCAL_QUARTERS, ids=ids(FISCAL_QUARTERS))
def test_fiscal_quarters(text, expected):
    assert rows(text, DCT) == expected


# A holiday's week is the ISO week (Monday to Sunday) its day falls in.
HOLIDAY_WEEKS = [
    ("Crowds gathered during Easter week.", [("Easter week", "DATE", "2025-W16", None)]),
    ("Pilgrims came to the city for Holy Week.", [("Holy Week", "DATE", "2025-W16", None)]),
    ("Shops were busy in Christmas week.", [("Christmas week", "DATE", "2024-W52", None)]),
    ("The shrine will reopen next Easter week.", [("next Easter week", "DATE", "2026-W14", None)]),
    ("The Easter weekend was quiet.", [("Easter weekend", "DATE", "2025-W16-WE", None)]),
    ("The monks began a holy week of fasting.", []),
]


@pytest.mark.parametrize(("text", "expected"), HOLIDAY_WEEKS, ids=ids(HOLIDAY_WEEKS))
def test_holiday_weeks(text, expected):
    assert rows(text, DCT) == expected


# Coordinated days share their month and their year; each day is its own DATE, as TimeML tags them.
DAY_LISTS = [
    (
        "The summit will be held on April 24 and 25.",
        [("April 24", "DATE", "2026-04-24", None), ("25", "DATE", "2026-04-25", None)],
    ),
    (
        "The summit will be held on 24 and 25 April.",
        [("24", "DATE", "2026-04-24", None), ("25 April", "DATE", "2026-04-25", None)],
    ),
    (
        "Voting is on 3, 4 and 5 March.",
        [
            ("3", "DATE", "2026-03-03", None),
            ("4", "DATE", "2026-03-04", None),
            ("5 March", "DATE", "2026-03-05", None),
        ],
    ),
    (
        "Polls opened on March 3, 4 and 5 in most states.",
        [
            ("March 3", "DATE", "2025-03-03", None),
            ("4", "DATE", "2025-03-04", None),
            ("5", "DATE", "2025-03-05", None),
        ],
    ),
    # the past tense puts both days of the pair in the same past year
    (
        "The talks took place on 3 and 4 March.",
        [("3", "DATE", "2025-03-03", None), ("4 March", "DATE", "2025-03-04", None)],
    ),
    # the year after the last day of a list belongs to all of them
    (
        "The fair runs Oct. 3, 4, and 5, 2027.",
        [
            ("Oct. 3", "DATE", "2027-10-03", None),
            ("4", "DATE", "2027-10-04", None),
            ("5, 2027", "DATE", "2027-10-05", None),
        ],
    ),
    # a number that counts something after a date is not a day
    ("On May 5 and 6 soldiers died.", [("May 5", "DATE", "2025-05-05", None)]),
    ("On March 3, 25 people were hurt.", [("March 3", "DATE", "2025-03-03", None)]),
    ("Shares fell on April 24 and 25 percent were sold.", [("April 24", "DATE", "2025-04-24", None)]),
    ("On June 2, 3 of the men were freed.", [("June 2", "DATE", "2025-06-02", None)]),
]


@pytest.mark.parametrize(("text", "expected"), DAY_LISTS, ids=ids(DAY_LISTS))
def test_day_lists(text, expected):
    assert rows(text, DCT) == expected


# A quarter of a game (basketball, American football) is not a calendar quarter: untagged, as round 8 does
# for halves of a match; a quarter among words of money or markets stays a DATE.
GAME_QUARTERS = [
    ("The Lakers trailed in the third quarter.", []),
    ("The Chiefs scored two touchdowns in the fourth quarter.", []),
    ("Boston led by 20 in the final quarter before a late collapse.", []),
    ("The Celtics won 102-98 after a strong fourth quarter.", []),
    ("Profit fell in the third quarter.", [("the third quarter", "DATE", "2025-Q3", None)]),
    ("Sales rose 4 percent in the third quarter.", [("the third quarter", "DATE", "2025-Q3", None)]),
    ("Shares trailed the index in the third quarter.", [("the third quarter", "DATE", "2025-Q3", None)]),
    (
        "The economy grew in the third quarter, led by consumer spending.",
        [("the third quarter", "DATE", "2025-Q3", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GAME_QUARTERS, ids=ids(GAME_QUARTERS))
def test_game_quarters(text, expected):
    assert rows(text, DCT) == expected


# "14h30", "9h": a clock after a word of time or before its day; a length ("a 2h30 film") stays untagged.
H_CLOCKS = [
    ("Kickoff is at 14h30 on Sunday.", [("14h30 on Sunday", "TIME", "2025-11-09T14:30", None)]),
    (
        "The shop opens at 9h and closes at 20h45.",
        [("9h", "TIME", "2025-11-06T09:00", None), ("20h45", "TIME", "2025-11-06T20:45", None)],
    ),
    ("The gates open from 18h tomorrow.", [("18h tomorrow", "TIME", "2025-11-07T18:00", None)]),
    ("It was a 2h30 film.", []),
    ("The stage lasted 2h30.", []),
    ("The winner pulled clear after 2h10 of racing.", []),
]


@pytest.mark.parametrize(("text", "expected"), H_CLOCKS, ids=ids(H_CLOCKS))
def test_h_clocks(text, expected):
    assert rows(text, DCT) == expected


# An hour and its part of the day is a clock time on the day the text is at.
HOUR_AND_PART = [
    ("He arrived at 4 in the morning.", [("4 in the morning", "TIME", "2025-11-06T04:00", None)]),
    ("She left at five in the afternoon.", [("five in the afternoon", "TIME", "2025-11-06T17:00", None)]),
    ("The call came at 11 at night.", [("11 at night", "TIME", "2025-11-06T23:00", None)]),
    (
        "The alarm sounded at four o'clock in the morning.",
        [("four o'clock in the morning", "TIME", "2025-11-06T04:00", None)],
    ),
    (
        "Troops moved in at 3 in the morning on Tuesday.",
        [("3 in the morning on Tuesday", "TIME", "2025-11-04T03:00", None)],
    ),
    ("It was 2 at night when the quake struck.", [("2 at night", "TIME", "2025-11-06T02:00", None)]),
    # a count before a part of the day is not an hour
    ("He sold 4 in the morning session.", [("the morning", "TIME", "2025-11-06TMO", None)]),
    ("Two in the evening group fell ill.", [("the evening", "TIME", "2025-11-06TEV", None)]),
]


@pytest.mark.parametrize(("text", "expected"), HOUR_AND_PART, ids=ids(HOUR_AND_PART))
def test_hour_and_part(text, expected):
    assert rows(text, DCT) == expected


def test_half_codes_are_not_h_clocks():
    assert rows("Shares fell in 1H 2024, rose in 2H24 and fell at 1h 2025.", DCT)[:2] == [
        ("1H 2024", "DATE", "2024-H1", None),
        ("2H24", "DATE", "2024-H2", None),
    ]


# An unpadded hour from 1 to 6 is ambiguous in casual writing ("see you at 2h30"): untagged; "02h30" is not.
SMALL_H_CLOCKS = [
    ("See you at 2h30.", []),
    ("The raid began at 02h30 on Monday.", [("02h30 on Monday", "TIME", "2025-11-03T02:30", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SMALL_H_CLOCKS, ids=ids(SMALL_H_CLOCKS))
def test_small_h_clocks(text, expected):
    assert rows(text, DCT) == expected


# Found while tagging invented wire copy: a present tense of schedule looks ahead; a quarter of a point and
# "a fifth straight month" are no spans; a reporting period's end month is the nearest one whatever the tense.
WIRE_COPY = [
    ("The museum reopens on Saturday.", [("Saturday", "DATE", "2025-11-08", None)]),
    ("The trial begins on Monday.", [("Monday", "DATE", "2025-11-10", None)]),
    ("The contract expires in March.", [("March", "DATE", "2026-03", None)]),
    ("The museum reopened on Saturday.", [("Saturday", "DATE", "2025-11-01", None)]),
    (
        "The central bank raised rates by a quarter point on Wednesday.",
        [("Wednesday", "DATE", "2025-11-05", None)],
    ),
    ("The Fed made a quarter-percentage-point cut.", []),
    ("Exports fell for a fifth straight month in October.", [("October", "DATE", "2025-10", None)]),
    ("He stayed a month.", [("a month", "DURATION", "P1M", None)]),
    (
        "The retailer will report on the three months to September.",
        [("the three months", "DURATION", "P3M", None), ("September", "DATE", "2025-09", None)],
    ),
    (
        "Profits are expected to rise in the year to March.",
        [("the year", "DURATION", "P1Y", None), ("March", "DATE", "2026-03", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WIRE_COPY, ids=ids(WIRE_COPY))
def test_wire_copy(text, expected):
    assert rows(text, DCT) == expected


# A past form that is also the bare verb carries no tense after "to" or a modal; a list of ordinal days takes
# the month after it; "a quarter century" is no quarter.
MORE_WIRE_COPY = [
    (
        "Talks are expected to last until Friday.",
        [("Friday", "DATE", "2025-11-07", None)],
    ),
    (
        "The storm is expected to hit the coast on Saturday morning.",
        [("Saturday morning", "DATE", "2025-11-08TMO", None)],
    ),
    ("Prices rose compared to last week.", [("last week", "DATE", "2025-W44", None)]),
    ("The storm hit the coast on Saturday morning.", [("Saturday morning", "DATE", "2025-11-01TMO", None)]),
    (
        "The forum meets on the 14th and 15th of December.",
        [("the 14th", "DATE", "2025-12-14", None), ("15th of December", "DATE", "2025-12-15", None)],
    ),
    (
        "The summit is on the 3rd or 4th of March.",
        [("the 3rd", "DATE", "2026-03-03", None), ("4th of March", "DATE", "2026-03-04", None)],
    ),
    ("The deal was signed a quarter century ago.", []),
]


@pytest.mark.parametrize(("text", "expected"), MORE_WIRE_COPY, ids=ids(MORE_WIRE_COPY))
def test_more_wire_copy(text, expected):
    assert rows(text, DCT) == expected


# A list of years is a list of DATEs; "plan" after a determiner is a noun and marks no future.
YEARS_AND_PLANS = [
    (
        "The team won the title in 2019, 2021 and 2023.",
        [("2019", "DATE", "2019", None), ("2021", "DATE", "2021", None), ("2023", "DATE", "2023", None)],
    ),
    ("The fund paid $1, 2021 shares.", []),
    ("Lawmakers approved the plan in a vote on Tuesday.", [("Tuesday", "DATE", "2025-11-04", None)]),
    ("They plan to open on Tuesday.", [("Tuesday", "DATE", "2025-11-11", None)]),
]


@pytest.mark.parametrize(("text", "expected"), YEARS_AND_PLANS, ids=ids(YEARS_AND_PLANS))
def test_years_and_plans(text, expected):
    assert rows(text, DCT) == expected


# "last year" after a date or a list of days gives them its year; a quarter ahead that is not the one just
# ended is next year's.
YEAR_AFTER_AND_QUARTERS_AHEAD = [
    (
        "The vote was held on Oct. 5 and 6 last year.",
        [
            ("Oct. 5", "DATE", "2024-10-05", None),
            ("6", "DATE", "2024-10-06", None),
            ("last year", "DATE", "2024", None),
        ],
    ),
    (
        "The plant closed on March 3 last year.",
        [("March 3", "DATE", "2024-03-03", None), ("last year", "DATE", "2024", None)],
    ),
    (
        "The inquiry will report by the end of the first quarter.",
        [("the first quarter", "DATE", "2026-Q1", None)],
    ),
    (
        "The company will report third-quarter results next week.",
        [("third-quarter", "DATE", "2025-Q3", None), ("next week", "DATE", "2025-W46", None)],
    ),
    ("Profit fell in the first quarter.", [("the first quarter", "DATE", "2025-Q1", None)]),
]


@pytest.mark.parametrize(
    ("text", "expected"), YEAR_AFTER_AND_QUARTERS_AHEAD, ids=ids(YEAR_AFTER_AND_QUARTERS_AHEAD)
)
def test_year_after_and_quarters_ahead(text, expected):
    assert rows(text, DCT) == expected


# A period counted in a row is no span; irregular past forms mark the past.
COUNTS_AND_PAST_FORMS = [
    (
        "Retail sales rose for the third month in a row in September.",
        [("September", "DATE", "2025-09", None)],
    ),
    ("The festival, in its 25th year, draws crowds.", []),
    (
        "The economy shrank in the January-March quarter.",
        [("the January-March quarter", "DATE", "2025-Q1", None)],
    ),
    ("The ferry sank in March.", [("March", "DATE", "2025-03", None)]),
    ("The Fed will cut rates in March.", [("March", "DATE", "2026-03", None)]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTS_AND_PAST_FORMS, ids=ids(COUNTS_AND_PAST_FORMS))
def test_counts_and_past_forms(text, expected):
    assert rows(text, DCT) == expected


# Clock times in words, and a unit two steps from the document date.
CLOCK_WORDS = [
    ("The meeting starts at half past six.", [("half past six", "TIME", "2025-11-06T06:30", None)]),
    (
        "The train leaves at a quarter to nine on Friday.",  # a present of schedule: the coming Friday
        [("a quarter to nine on Friday", "TIME", "2025-11-07T08:45", None)],
    ),
    (
        "The shop shuts at ten past eleven at night.",
        [("ten past eleven at night", "TIME", "2025-11-06T23:10", None)],
    ),
    (
        "The polls close at twenty to five in the afternoon.",
        [("twenty to five in the afternoon", "TIME", "2025-11-06T16:40", None)],
    ),
    (
        "The bomb went off at 10 minutes past nine.",
        [("10 minutes past nine", "TIME", "2025-11-06T09:10", None)],
    ),
    ("He won 3 to 1 after 10 to 2.", []),
    ("Prices hit a low in the week before last.", [("the week before last", "DATE", "2025-W43", None)]),
    ("The games open the year after next.", [("the year after next", "DATE", "2027", None)]),
    ("They met the weekend before last.", [("the weekend before last", "DATE", "2025-W43-WE", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CLOCK_WORDS, ids=ids(CLOCK_WORDS))
def test_clock_words(text, expected):
    assert rows(text, DCT) == expected


def test_period_end_six_months_away_is_the_past_one():
    assert rows("Profit rose in the second quarter to June.", dt.date(2005, 12, 7)) == [
        ("the second quarter", "DATE", "2005-Q2", None),
        ("June", "DATE", "2005-06", None),
    ]


# Sports copy: a kick-off time, "Day 2" of a short message, a date "back to" lies behind.
SPORTS_COPY = [
    ("Arsenal host Chelsea, kick-off 17h30.", [("17h30", "TIME", "2025-11-06T17:30", None)]),
    ("Kickoff: 15:00 at the Emirates.", [("15:00", "TIME", "2025-11-06T15:00", None)]),
    ("Day 2 of the trip: rain again", [("Day 2", "DURATION", "P1D", None)]),
    ("Their unbeaten run stretches back to March.", [("March", "DATE", "2025-03", None)]),
    ("The feud goes back to early May.", [("early May", "DATE", "2025-05", "START")]),
    ("He will go back to work in March.", [("March", "DATE", "2026-03", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SPORTS_COPY, ids=ids(SPORTS_COPY))
def test_sports_copy(text, expected):
    assert rows(text, DCT) == expected


# The n-th weekday of a month; a plan after "forecast to", "slated to" lies ahead; the end of a span of
# clock times with their weekdays comes after its start.
SCHEDULES = [
    (
        "The election will be held on the first Sunday of March.",
        [("the first Sunday of March", "DATE", "2026-03-01", None)],
    ),
    (
        "The vote was on the last Friday in June 2024.",
        [("the last Friday in June 2024", "DATE", "2024-06-28", None)],
    ),
    (
        "The storm is forecast to make landfall early on Saturday.",
        [("early on Saturday", "DATE", "2025-11-08", "START")],
    ),
    ("The fair is slated to open on Monday.", [("Monday", "DATE", "2025-11-10", None)]),
    (
        "The bridge will be closed from 10 p.m. Friday to 5 a.m. Monday.",
        [
            ("10 p.m. Friday", "TIME", "2025-11-07T22:00", None),
            ("5 a.m. Monday", "TIME", "2025-11-10T05:00", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SCHEDULES, ids=ids(SCHEDULES))
def test_schedules(text, expected):
    assert rows(text, DCT) == expected


# "the July-September period" is a quarter when its months open and close one; other spans stay months.
MONTH_PERIODS = [
    (
        "The economy grew in the July-September period.",
        [("the July-September period", "DATE", "2025-Q3", None)],
    ),
    ("Output rose in the January-June period.", [("the January-June period", "DATE", "2025-H1", None)]),
    ("Profit rose in the April to June period.", [("the April to June period", "DATE", "2025-Q2", None)]),
    (
        "Sales rose in the January-September period.",
        [("January", "DATE", "2025-01", None), ("September", "DATE", "2025-09", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MONTH_PERIODS, ids=ids(MONTH_PERIODS))
def test_month_periods(text, expected):
    assert rows(text, DCT) == expected
