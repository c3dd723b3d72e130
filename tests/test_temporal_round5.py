"""Table-driven tests of the round-5 phrasings: parts of a day's edges, quarters named by their months,
reported-speech futures, holidays in past clauses, and ranges of days.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, expected [(extent,
type, value, mod), ...] in text order); the whole list must match. The document date is Wednesday
22 October 2025 (ISO week 2025-W43).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

DCT = dt.date(2025, 10, 22)


def found(text: str, dct: dt.date = DCT) -> list[tuple[str, str, str, str | None]]:
    return rows(text, dct)


# Group 1: what round 4 left.
DAY_PARTS = [
    # the small hours open the morning of their day: TIME, mod START
    (
        "Shots rang out in the early hours of Sunday.",
        [("the early hours of Sunday", "TIME", "2025-10-19TMO", "START")],
    ),
    ("Police raided the house in the early hours.", [("the early hours", "TIME", "2025-10-22TMO", "START")]),
    (
        "The ferry sank in the small hours of Oct. 5.",
        [("the small hours of Oct. 5", "TIME", "2025-10-05TMO", "START")],
    ),
    # with a part of the day after the weekday, the weekday and its part stay the expression
    (
        "Fire broke out in the early hours of Thursday morning.",
        [("Thursday morning", "DATE", "2025-10-16TMO", None)],
    ),
    ("Troops attacked at dawn on Monday.", [("dawn on Monday", "TIME", "2025-10-20TMO", "START")]),
    ("They left at dusk on Friday.", [("dusk on Friday", "TIME", "2025-10-17TEV", "START")]),
    (
        "The march began at daybreak on Saturday.",
        [("daybreak on Saturday", "TIME", "2025-10-18TMO", "START")],
    ),
    ("The convoy will move at dawn tomorrow.", [("dawn tomorrow", "TIME", "2025-10-23TMO", "START")]),
    # after its day, as a clock time after its day ("Friday at 3 p.m.")
    (
        "The rebels struck Monday at dawn.",
        [("Monday", "DATE", "2025-10-20", None), ("dawn", "TIME", "2025-10-20TMO", "START")],
    ),
    # a bare "at dawn" names no day; "Dawn" is a name
    ("The birds sing at dawn.", []),
    ("Police told Dawn on Monday.", [("Monday", "DATE", "2025-10-20", None)]),
    ("Sales rose in the July-September quarter.", [("the July-September quarter", "DATE", "2025-Q3", None)]),
    (
        "Sales fell in the January-March quarter of 2024.",
        [("the January-March quarter of 2024", "DATE", "2024-Q1", None)],
    ),
    ("Profit rose in the January-June half.", [("the January-June half", "DATE", "2025-H1", None)]),
    ("Rent is due on the first of next month.", [("the first of next month", "DATE", "2025-11-01", None)]),
    (
        "The fee was paid on the first of this month.",
        [("the first of this month", "DATE", "2025-10-01", None)],
    ),
    ("Parliament opens on the fifth of November.", [("the fifth of November", "DATE", "2025-11-05", None)]),
    ("The deal was signed late on Monday.", [("late on Monday", "DATE", "2025-10-20", "END")]),
    ("The polls closed early on Tuesday.", [("early on Tuesday", "DATE", "2025-10-21", "START")]),
    # "local time" stays outside; news annotation types a weekday's part as a DATE
    ("The blast came Monday evening local time.", [("Monday evening", "DATE", "2025-10-20TEV", None)]),
    # after a list of dates, a bare weekday in a past clause is the next such day after the last date
    (
        "On March 3 the army crossed the river. On March 5 it reached the hills. On Friday it took the city.",
        [
            ("March 3", "DATE", "2025-03-03", None),
            ("March 5", "DATE", "2025-03-05", None),
            ("Friday", "DATE", "2025-03-07", None),
        ],
    ),
    # one date is no list: "On Friday" counts from the document date
    (
        "On March 3 the army crossed the river. On Friday it took the capital.",
        [("March 3", "DATE", "2025-03-03", None), ("Friday", "DATE", "2025-10-17", None)],
    ),
]

# Group 2: reported speech. A date that places the thing warned of or planned takes the nearest such
# month, whatever the tense of the verb of speech.
REPORTED = [
    ("Officials warned of a cutback in November.", [("November", "DATE", "2025-11", None)]),
    ("The minister spoke of a new budget in January.", [("January", "DATE", "2026-01", None)]),
    ("Unions pressed for a pay rise in December.", [("December", "DATE", "2025-12", None)]),
    ("The company said it would cut jobs in January.", [("January", "DATE", "2026-01", None)]),
    ("Lawmakers announced plans for a vote in March.", [("March", "DATE", "2026-03", None)]),
    # not a verb of speech: the past verb places the date behind
    ("He died of a heart attack in March.", [("March", "DATE", "2025-03", None)]),
    ("Officials warned the town in March.", [("March", "DATE", "2025-03", None)]),
]

# Group 3: holidays in past clauses, and the days a holiday names.
HOLIDAYS = [
    # what came after a holiday in the past puts the holiday behind
    ("He left after Christmas.", [("Christmas", "DATE", "2024-12-25", None)]),
    ("He resigned after Thanksgiving.", [("Thanksgiving", "DATE", "2024-11-28", None)]),
    ("Prices fell after Nov. 3.", [("Nov. 3", "DATE", "2024-11-03", None)]),
    ("She will return after Christmas.", [("Christmas", "DATE", "2025-12-25", None)]),
    ("He returned before Easter.", [("Easter", "DATE", "2025-04-20", None)]),
    ("Shops were busy during the Christmas holidays.", [("Christmas holidays", "DATE", "2024-12-25", None)]),
    # a holiday's weekend: that of its week, or the one before a Monday holiday
    ("Traffic was heavy over Easter weekend.", [("Easter weekend", "DATE", "2025-W16-WE", None)]),
    ("Crowds gathered on Memorial Day weekend.", [("Memorial Day weekend", "DATE", "2025-W21-WE", None)]),
    ("Stores opened on Labor Day weekend.", [("Labor Day weekend", "DATE", "2025-W35-WE", None)]),
    (
        "Flights were full over Thanksgiving weekend 2024.",
        [("Thanksgiving weekend 2024", "DATE", "2024-W48-WE", None)],
    ),
    ("The strike ended on Labor Day.", [("Labor Day", "DATE", "2025-09-01", None)]),
]

# Group 4: ranges between two dates, months and years, and days of one month.
RANGES = [
    (
        "He worked there from March 2019 to June 2020.",
        [("March 2019", "DATE", "2019-03", None), ("June 2020", "DATE", "2020-06", None)],
    ),
    ("He served 2019-2021.", [("2019", "DATE", "2019", None), ("2021", "DATE", "2021", None)]),
    ("The fair runs Oct. 3-5.", [("Oct. 3", "DATE", "2025-10-03", None), ("5", "DATE", "2025-10-05", None)]),
    (
        "The fair ran Oct. 3-5, 2024.",
        [("Oct. 3", "DATE", "2024-10-03", None), ("5, 2024", "DATE", "2024-10-05", None)],
    ),
    (
        "The talks ran Sept. 3 to 7.",
        [("Sept. 3", "DATE", "2025-09-03", None), ("7", "DATE", "2025-09-07", None)],
    ),
    (
        "He was mayor from 1998 through 2001.",
        [("1998", "DATE", "1998", None), ("2001", "DATE", "2001", None)],
    ),
    (
        "The talks ran from Oct. 3, 2024 to Jan. 5, 2025.",
        [("Oct. 3, 2024", "DATE", "2024-10-03", None), ("Jan. 5, 2025", "DATE", "2025-01-05", None)],
    ),
    (
        "Prices rose from March to June 2024.",
        [("March", "DATE", "2024-03", None), ("June 2024", "DATE", "2024-06", None)],
    ),
    # one season over two years is one expression (tagger round 22); "1915-16" alone stays a range
    ("The 1915-16 season was short.", [("The 1915-16 season", "DATE", "1915", None)]),
    ("The 1915-16 figures were short.", [("1915", "DATE", "1915", None), ("16", "DATE", "1916", None)]),
    (
        "The fair runs Oct. 3 - 5.",
        [("Oct. 3", "DATE", "2025-10-03", None), ("5", "DATE", "2025-10-05", None)],
    ),
    (
        "The fair ran from Oct. 3 through 5th.",
        [("Oct. 3", "DATE", "2025-10-03", None), ("5th", "DATE", "2025-10-05", None)],
    ),
    # "March" and "May" before a dash and a month open a span of months
    (
        "Prices rose March-June 2020.",
        [("March", "DATE", "2020-03", None), ("June 2020", "DATE", "2020-06", None)],
    ),
    (
        "The survey ran March 3-April 5, 2024.",
        [("March 3", "DATE", "2024-03-03", None), ("April 5, 2024", "DATE", "2024-04-05", None)],
    ),
    (
        "The show runs Dec. 28-Jan. 3.",
        [("Dec. 28", "DATE", "2025-12-28", None), ("Jan. 3", "DATE", "2026-01-03", None)],
    ),
    # not a range of days: a share, a clock time, a smaller second number
    ("On Oct. 3-5 percent of voters stayed home.", [("Oct. 3", "DATE", "2025-10-03", None)]),
    ("The vote on Oct. 9-2 went against him.", [("Oct. 9", "DATE", "2025-10-09", None)]),
]


@pytest.mark.parametrize(("text", "expected"), DAY_PARTS, ids=ids(DAY_PARTS))
def test_day_parts_and_named_days(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), RANGES, ids=ids(RANGES))
def test_ranges(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), REPORTED, ids=ids(REPORTED))
def test_reported_speech(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), HOLIDAYS, ids=ids(HOLIDAYS))
def test_holidays(text, expected):
    assert found(text) == expected
