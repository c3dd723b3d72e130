"""Table-driven tests of round 12: half a unit back or ahead, a period's end in the possessive, a holiday
that follows its verb's tense, "a week ago" as a week, "this time last year"; and the blind audit's
fixes: a participle joined to one after "will be", "every six to 12 months", "one o'clock Wednesday
morning", a futures month ("crude for delivery in December"), a rate after what is counted ("doses of
vaccine a year"), "hours after" between two events, a quarter of a game named by its score.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, expected [(extent,
type, value, mod), ...] in text order); the whole list must match. The document date is Thursday
6 November 2025 (ISO week 45).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows
from timeline.temporal import tag

DCT = dt.date(2025, 11, 6)


# "half a <unit>" is a whole count of the next smaller unit: "half an hour later" is thirty minutes and,
# like "an hour later", stays a duration with "later" in its extent; "half a century ago" is the year fifty
# years back, like "a century ago" is the year a hundred years back.
HALVES = [
    ("Half an hour later the crowd had gone.", [("Half an hour later", "DURATION", "PT30M", None)]),
    ("The bus came a half hour later.", [("a half hour later", "DURATION", "PT30M", None)]),
    ("An hour later the crowd had gone.", [("An hour later", "DURATION", "PT1H", None)]),
    ("The mill closed half a century ago.", [("half a century ago", "DATE", "1975", None)]),
    ("The mill closed a century ago.", [("a century ago", "DATE", "1925", None)]),
    ("The shop opened half a decade ago.", [("half a decade ago", "DATE", "2020", None)]),
    ("The rules changed half a year ago.", [("half a year ago", "DATE", "2025-05", None)]),
    ("The talks lasted half an hour.", [("half an hour", "DURATION", "PT30M", None)]),
]


# "by the year's end", "at month's end", "by week's end": the period named, with mod END; "the" belongs
# to the expression when it is there.
PERIOD_ENDS = [
    ("The plant will reopen by the year's end.", [("the year's end", "DATE", "2025", "END")]),
    ("Rents fall due at the month's end.", [("the month's end", "DATE", "2025-11", "END")]),
    ("A deal is expected by week's end.", [("week's end", "DATE", "2025-W45", "END")]),
    ("The fund closed at month’s end.", [("month’s end", "DATE", "2025-11", "END")]),
    ("Stocks rallied into year-end.", [("year-end", "DATE", "2025", "END")]),
]


# A holiday with no year follows its verb like a weekday: past verbs take the last one, future verbs the
# next, once the nearest lies more than a month away; within a month, or after "to" or "until", the
# nearest one stands ("shoppers flocked to stores ahead of Christmas" a fortnight before it).
HOLIDAYS = [
    ("Demand rose over Christmas.", [("Christmas", "DATE", "2024-12-25", None)]),
    ("Demand will rise over Christmas.", [("Christmas", "DATE", "2025-12-25", None)]),
    ("The old king died on Christmas Eve.", [("Christmas Eve", "DATE", "2024-12-24", None)]),
    ("The deadline was extended to Christmas.", [("Christmas", "DATE", "2025-12-25", None)]),
    ("Shoppers crowded the stores ahead of Thanksgiving.", [("Thanksgiving", "DATE", "2025-11-27", None)]),
    ("Sales fell after Halloween.", [("Halloween", "DATE", "2025-10-31", None)]),
]


# "a week ago" and "two weeks ago" are both weeks: a TIMEX3 value keeps the granularity of the expression's
# unit ("three days ago" a day, "two months ago" a month), so every count of weeks back names a week.
WEEKS_AGO = [
    ("The strike began a week ago.", [("a week ago", "DATE", "2025-W44", None)]),
    ("The strike began one week ago.", [("one week ago", "DATE", "2025-W44", None)]),
    ("The strike began two weeks ago.", [("two weeks ago", "DATE", "2025-W43", None)]),
    ("The strike began a fortnight ago.", [("a fortnight ago", "DATE", "2025-W43", None)]),
    ("The strike began three days ago.", [("three days ago", "DATE", "2025-11-03", None)]),
    ("The strike ended a week later.", [("a week later", "DATE", "2025-11-13", None)]),
]


# "this time last year": the annotated corpora (TempEval-3 tweets, twice) tag "last year" alone, the year,
# and leave "this time" untagged; we follow that choice rather than a day one year back.
THIS_TIME = [
    ("This time last year the river flooded.", [("last year", "DATE", "2024", None)]),
    ("By this time next year the bridge will be open.", [("next year", "DATE", "2026", None)]),
]


# Audit: the second of two joined participles ("will be presented and played") shares the auxiliary of
# the first, and an adverb may stand between "be" and its participle; the weekday follows that tense.
JOINED_PARTICIPLES = [
    (
        "The plans will be formally presented and discussed on Monday.",
        [("Monday", "DATE", "2025-11-10", None)],
    ),
    ("The plans will be formally presented on Monday.", [("Monday", "DATE", "2025-11-10", None)]),
    ("The plans were drafted and discussed on Monday.", [("Monday", "DATE", "2025-11-03", None)]),
    ("The team arrived and trained on Monday.", [("Monday", "DATE", "2025-11-03", None)]),
]


# Audit: "every" before a range of counts is one set of an unknown period, not a duration.
RANGE_SETS = [
    (
        "Most owners buy a new car every five to eight years.",
        [("every five to eight years", "SET", "PXY", None)],
    ),
    ("Trains leave every 10 to 15 minutes.", [("every 10 to 15 minutes", "SET", "PTXM", None)]),
    ("Trains leave every two weeks.", [("every two weeks", "SET", "P2W", None)]),
]


# Audit: an hour in words with "o'clock" is a clock time, with the day and part of the day after it.
OCLOCK = [
    (
        "Raiders struck at one o'clock Wednesday morning.",
        [("one o'clock Wednesday morning", "TIME", "2025-11-05T01:00", None)],
    ),
    (
        "The polls close at eight o'clock tonight.",
        [("eight o'clock tonight", "TIME", "2025-11-06T20:00", None)],
    ),
    (
        "The talks began at two o'clock Monday afternoon.",
        [("two o'clock Monday afternoon", "TIME", "2025-11-03T14:00", None)],
    ),
    ("The bells rang at twelve o'clock.", [("twelve o'clock", "TIME", "2025-11-06T12:00", None)]),
]


# Audit: the month a futures contract is delivered in lies ahead, whatever verb reports the trading;
# "contract" alone is no sign (a wage contract signed in March lies behind).
FUTURES_MONTHS = [
    ("Crude oil for delivery in December rose 40 cents.", [("December", "DATE", "2025-12", None)]),
    ("Crude oil for delivery in October rose 40 cents.", [("October", "DATE", "2026-10", None)]),
    ("Wheat for March delivery fell 2 cents.", [("March", "DATE", "2026-03", None)]),
    ("Cocoa futures for May slipped.", [("May", "DATE", "2026-05", None)]),
    ("The March contract was signed.", [("March", "DATE", "2025-03", None)]),
    ("Sales rose in December.", [("December", "DATE", "2024-12", None)]),
]


# Audit: "a year" after an amount and what it counts ("of flu vaccine") is a rate, a SET; after a
# preposition it is a length.
RATES = [
    ("The plant makes 16 million doses of flu vaccine a year.", [("a year", "SET", "P1Y", None)]),
    ("The field pumps 2 million barrels of crude oil a day.", [("a day", "SET", "P1D", None)]),
    ("The plant makes 16 million doses a year.", [("a year", "SET", "P1Y", None)]),
    ("It spent 10 percent of its budget for a year.", [("a year", "DURATION", "P1Y", None)]),
]


# Audit (a miss): a bare plural unit between two events is a span of unknown count; after "of" or an
# adjective ("the first days after the war", "a matter of days before") it is no expression of its own.
BETWEEN_EVENTS = [
    ("Troops entered the town hours after the rebels left.", [("hours", "DURATION", "PTXH", None)]),
    ("The pilot died days after the crash.", [("days", "DURATION", "PXD", None)]),
    ("Minutes before the blast, police cleared the square.", [("Minutes", "DURATION", "PTXM", None)]),
    ("In the first days after the flood, prices rose.", []),
    ("It is a matter of days before the vote is held.", []),
]


# Audit: "the fourth quarter of the Hawks' 88-93 loss" is a part of a game (untagged); a score before
# the result names the game. A company's quarter stays a quarter of the calendar.
GAME_QUARTERS = [
    ("He fell late in the fourth quarter of the Bulls' 98-91 loss.", []),
    ("He scored early in the third quarter of the Jets' 24-17 win.", []),
    (
        "Sales fell in the fourth quarter of the company's loss-making unit.",
        [("the fourth quarter", "DATE", "2025-Q4", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GAME_QUARTERS, ids=ids(GAME_QUARTERS))
def test_game_quarters(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), BETWEEN_EVENTS, ids=ids(BETWEEN_EVENTS))
def test_between_events(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), RATES, ids=ids(RATES))
def test_rates(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), FUTURES_MONTHS, ids=ids(FUTURES_MONTHS))
def test_futures_months(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), JOINED_PARTICIPLES, ids=ids(JOINED_PARTICIPLES))
def test_joined_participles(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), RANGE_SETS, ids=ids(RANGE_SETS))
def test_range_sets(text, expected):
    assert [(t.text, t.type, t.value, t.mod) for t in tag(text, dct=DCT)] == expected
    assert all(t.quant == "EVERY" for t in tag(text, dct=DCT))


@pytest.mark.parametrize(("text", "expected"), OCLOCK, ids=ids(OCLOCK))
def test_oclock(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), HALVES, ids=ids(HALVES))
def test_halves(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), PERIOD_ENDS, ids=ids(PERIOD_ENDS))
def test_period_ends(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), HOLIDAYS, ids=ids(HOLIDAYS))
def test_holidays_follow_tense(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), WEEKS_AGO, ids=ids(WEEKS_AGO))
def test_weeks_ago(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), THIS_TIME, ids=ids(THIS_TIME))
def test_this_time_last_year(text, expected):
    assert rows(text, DCT) == expected
