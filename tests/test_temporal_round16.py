"""Table-driven tests of round 16: fixes from judging the session's tag changes by hand.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, expected [(extent,
type, value, mod), ...] in text order); the whole list must match. The document date is Saturday
14 November 2026, six weeks before Christmas.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

DCT = dt.date(2026, 11, 14)

# A present progressive before a holiday ("is bringing ... Christmas") is the clause's verb: a participle
# after the holiday ("made in China") modifies the noun and gives no past tense, so the coming one is
# meant. With a past verb of its own the holiday stays last year's.
PROGRESSIVE_BEFORE = [
    (
        "The ship is bringing shoppers Christmas made mostly in China, a trader said.",
        [("Christmas", "DATE", "2026-12-25", None)],
    ),
    (
        "The chain is expecting a Christmas shaped by high prices, its chief said.",
        [("Christmas", "DATE", "2026-12-25", None)],
    ),
    ("Shoppers spent heavily over Christmas, a trader said.", [("Christmas", "DATE", "2025-12-25", None)]),
    ("Over Christmas shoppers spent heavily.", [("Christmas", "DATE", "2025-12-25", None)]),
]

# The first or last day of a season or campaign lies months from the text's day: only its year is known.
SEASON_DAY = [
    (
        "It was their first home win since the opening day of the season.",
        [("the opening day", "DATE", "2026-XX-XX", None)],
    ),
    (
        "They could still go down on the final day of their campaign.",
        [("the final day", "DATE", "2026-XX-XX", None)],
    ),
    # a day of a short episode is still the day the text is at
    ("It was the opening day of the summit.", [("the opening day", "DATE", "2026-11-14", None)]),
]

# "naming months after himself": after a verb of naming, a bare plural unit is a thing named, not the
# unknown count of units between two events ("hours after the rebels left").
NAMED_AFTER = [
    ("The ruler renamed months after his relatives.", []),
    ("In his reign he was naming days after saints.", []),
    (
        "Troops entered the town hours after the rebels left.",
        [("hours", "DURATION", "PTXH", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROGRESSIVE_BEFORE, ids=ids(PROGRESSIVE_BEFORE))
def test_progressive_before_a_holiday(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), SEASON_DAY, ids=ids(SEASON_DAY))
def test_day_of_a_season(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), NAMED_AFTER, ids=ids(NAMED_AFTER))
def test_named_after(text, expected):
    assert rows(text, DCT) == expected


# Round 15's leftovers, with a December document date (10 December 2026): a bare "January 25" is next
# year's unless the verb says the change has happened.
DECEMBER = dt.date(2026, 12, 10)
TOOK_EFFECT = [
    (
        "The rule, which took effect on January 25, cut costs.",
        [("January 25", "DATE", "2026-01-25", None)],
    ),
    ("The ban came into force on January 25.", [("January 25", "DATE", "2026-01-25", None)]),
    # present or future: still the coming one
    (
        "The rule, which takes effect on January 25, should cut costs.",
        [("January 25", "DATE", "2027-01-25", None)],
    ),
    ("The ban will come into force on January 25.", [("January 25", "DATE", "2027-01-25", None)]),
]

# "said that January's vote": after a verb of saying, "that" is the conjunction of the reported
# clause and stays outside the extent; "That January" opening a sentence is a determiner.
REPORTED_THAT = [
    (
        # round 17: the month is the subject of its own past verb ("January's vote was fair"): behind
        "The monitor said that January's vote was fair.",
        [("January", "DATE", "2026-01", None)],
    ),
    (
        "The minister told reporters on Monday that January would be hard.",
        [("Monday", "DATE", "2026-12-07", None), ("January", "DATE", "2027-01", None)],
    ),
    ("That January the river froze.", [("That January", "DATE", "2027-01", None)]),
]


@pytest.mark.parametrize(("text", "expected"), TOOK_EFFECT, ids=ids(TOOK_EFFECT))
def test_took_effect(text, expected):
    assert rows(text, DECEMBER) == expected


@pytest.mark.parametrize(("text", "expected"), REPORTED_THAT, ids=ids(REPORTED_THAT))
def test_reported_that(text, expected):
    assert rows(text, DECEMBER) == expected
