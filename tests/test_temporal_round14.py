"""Table-driven tests of round 14: fixes from a blind audit of unseen wire text and round 13's leftovers.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, expected [(extent,
type, value, mod), ...] in text order); the whole list must match. The document date is Thursday
6 November 2025 (ISO week 45).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

DCT = dt.date(2025, 11, 6)


# "future" before the noun it modifies is tagged alone (as TimeBank tags "future elections"); the article
# belongs to the noun. "the future" as a noun keeps its article.
FUTURE_NOUNS = [
    ("The future government will set the rules.", [("future", "DATE", "FUTURE_REF", None)]),
    ("Talks with the future NATO members stalled.", [("future", "DATE", "FUTURE_REF", None)]),
    ("The future is uncertain, he said.", [("The future", "DATE", "FUTURE_REF", None)]),
    ("Nobody knows the future of the plant.", [("the future", "DATE", "FUTURE_REF", None)]),
]


# A capitalized "Today" run into by a capitalized word mid-sentence is a title ("USA Today", a paper or a
# show); at the start of a sentence it is the day.
TODAY_NAMES = [
    ("The figures were first reported by USA Today on Monday.", [("Monday", "DATE", "2025-11-03", None)]),
    ("She told Business Today that sales fell.", []),
    ("Markets were calm. Today the bank meets.", [("Today", "DATE", "2025-11-06", None)]),
    ("The bank meets today.", [("today", "DATE", "2025-11-06", None)]),
    # a headline in title case: the capitalized word before "Today" is no name
    ("Markets Rally Today After Rate Cut\n\nShares rose.", [("Today", "DATE", "2025-11-06", None)]),
    ("Senate Votes Today on Budget", [("Today", "DATE", "2025-11-06", None)]),
    ("The interview ran on VOA Today last week.", [("last week", "DATE", "2025-W44", None)]),
]


# "a week-long adjournment" is a length whatever number comes earlier ("on November 2 before a ..."): a
# rate ("5 million a year") has no "-long".
LENGTHS = [
    (
        "The hearing on November 2 ended before a week-long break.",
        [("November 2", "DATE", "2025-11-02", None), ("week-long", "DURATION", "P1W", None)],
    ),
    ("Output is 5 million tonnes a year.", [("a year", "SET", "P1Y", None)]),
    # a bare "half-hour" after an adjective is a length of 30 minutes; "a half-hour" keeps its article
    ("It was a noisy, chaotic half-hour of debate.", [("half-hour", "DURATION", "PT30M", None)]),
    ("The talk lasted a half-hour.", [("a half-hour", "DURATION", "PT30M", None)]),
]


# "the month before" is one expression when a clause follows it ("as", "when", "because"...), as before a
# stop; before a noun phrase "before" is a preposition and stays out.
STEP_BEFORE_CLAUSE = [
    (
        "Sales rose in October over the month before as demand grew.",
        [("October", "DATE", "2025-10", None), ("the month before", "DATE", "2025-09", None)],
    ),
    (
        "The week after when the vote was held, turnout was low.",
        [("The week after", "DATE", "2025-W46", None)],
    ),
    # the value: a day counted from the vote, which no date in the text dates (session 15)
    ("He left the day before the vote.", [("the day", "DATE", "XXXX-XX-XX", None)]),
]


# A stray comma after the month ("February, 6, 1996") when a year follows the day; without the year the
# number is a count ("In February, 6 people died").
STRAY_COMMA = [
    (
        "A letter was sent on February, 6, 1996. The following night he fled.",
        [
            ("February, 6, 1996", "DATE", "1996-02-06", None),
            ("The following night", "TIME", "1996-02-07TNI", None),
        ],
    ),
    ("In February, 6 people died.", [("February", "DATE", "2025-02", None)]),
]


# Tense: after "and" the weekday opens a verb phrase of its own, whose verb gives the tense ("has said it
# will be hard and on Monday criticised"); "wanted to", "hoped to" look ahead like "wants to".
TENSES = [
    (
        "The lawyer has said it will be hard to win and on Monday criticised the court.",
        [("Monday", "DATE", "2025-11-03", None)],
    ),
    (
        "The lawyer said it will be hard and on Monday will appeal.",
        [("Monday", "DATE", "2025-11-10", None)],
    ),
    ("Activists said they wanted to land on the island in March.", [("March", "DATE", "2026-03", None)]),
    ("The club said it hoped to sign him in January.", [("January", "DATE", "2026-01", None)]),
    ("Sales fell in March.", [("March", "DATE", "2025-03", None)]),
]


# Round 13's leftovers: "the holiday week" is the week of the story (like "the week"), "(GMT 3:45)" a
# clock time with its zone first, "bi-" every second unit and "semi-" half of it, and "the next weekend"
# after a bare year counts from the writer's day unless the clause tells the past.
LEFTOVERS = [
    ("Most shops close during the holiday week.", [("the holiday week", "DATE", "2025-W45", None)]),
    ("Traffic was light over the holiday weekend.", [("the holiday weekend", "DATE", "2025-W44-WE", None)]),
    (
        "The quake struck on Sunday (GMT 3:45), officials said.",
        [("Sunday", "DATE", "2025-11-02", None), ("GMT 3:45", "TIME", "2025-11-02T03:45", None)],
    ),
    ("The review is published bi-monthly.", [("bi-monthly", "SET", "P2M", None)]),
    ("A bimonthly newsletter goes to members.", [("bimonthly", "SET", "P2M", None)]),
    ("Staff are paid semi-monthly.", [("semi-monthly", "SET", "P0.5M", None)]),
    ("She writes a fortnightly column.", [("fortnightly", "SET", "P2W", None)]),
    ("The Anglo-French bimonthly is sold in Paris.", []),
    (
        "The fair first opened in 2019. It closes the next weekend.",
        [("2019", "DATE", "2019", None), ("the next weekend", "DATE", "2025-W46-WE", None)],
    ),
    (
        "They met in 2019 and the next weekend they married.",
        [("2019", "DATE", "2019", None), ("the next weekend", "DATE", "2019-WXX-WE", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FUTURE_NOUNS, ids=ids(FUTURE_NOUNS))
def test_future_before_a_noun(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), TODAY_NAMES, ids=ids(TODAY_NAMES))
def test_today_in_a_name(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), LENGTHS, ids=ids(LENGTHS))
def test_lengths_are_not_rates(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), STEP_BEFORE_CLAUSE, ids=ids(STEP_BEFORE_CLAUSE))
def test_step_before_a_clause(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), STRAY_COMMA, ids=ids(STRAY_COMMA))
def test_stray_comma_after_month(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), TENSES, ids=ids(TENSES))
def test_tenses(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), LEFTOVERS, ids=ids(LEFTOVERS))
def test_leftovers(text, expected):
    assert rows(text, DCT) == expected
