"""Table-driven tests of the lead's session-6 fixes: thousands, "that Sun", "the April flood", "later than".

Every sentence is invented. Each row: (text, expected [(extent, type, value, mod), ...] in text order); the
whole list must match. The document date is Monday 30 October 1989.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

DCT = dt.date(1989, 10, 30)

# "two thousand" is a year when said alone ("in two thousand two"), a count before a unit of time.
THOUSANDS = [
    (
        "These terraces have been farmed for more than two thousand years.",
        [("more than two thousand years", "DURATION", "P2000Y", "MORE_THAN")],
    ),
    (
        "Three thousand days later the bridge fell.",
        [("Three thousand days later", "DATE", "1998-01-16", None)],
    ),
    (
        "The temple was built some two thousand years ago.",
        [("two thousand years ago", "DATE", "BC00", "APPROX")],
    ),
    ("They found a two thousand-year-old coin.", []),
    ("The stadium opened in two thousand two.", [("two thousand two", "DATE", "2002", None)]),
    (
        "Nobody expected the year two thousand to pass quietly.",
        [("the year two thousand", "DATE", "2000", None)],
    ),
]

# An abbreviated weekday that is also a word ("Sun", "sat", "wed") after "that" is a noun or verb after a
# conjunction or a relative pronoun; "last sat" and "that Sunday" stay dates.
THAT_SHORT_WEEKDAY = [
    ("Analysts said that Sun would return to profit.", []),
    ("The board said that Sun Microsystems grew.", []),
    ("The dog that sat by the door barked.", []),
    ("We met again that Sunday.", [("that Sunday", "DATE", "1989-10-29", None)]),
    ("See you next sat at the pub.", [("next sat", "DATE", "1989-11-04", None)]),
]


@pytest.mark.parametrize(("text", "expected"), THOUSANDS, ids=ids(THOUSANDS))
def test_thousands(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), THAT_SHORT_WEEKDAY, ids=ids(THAT_SHORT_WEEKDAY))
def test_that_before_a_short_weekday(text, expected):
    assert rows(text, DCT) == expected


# "the April flood" names a known happening: under a future verb it is the nearest April, not the next one,
# while a bare "in April" and a month months away keep the future. Written on Tuesday 21 May 2024.
MAY_DCT = dt.date(2024, 5, 21)
MONTH_NAMING_A_HAPPENING = [
    ("Repairs will start after the April flood damage is assessed.", [("April", "DATE", "2024-04", None)]),
    ("The levee will reopen after the April flood repairs.", [("April", "DATE", "2024-04", None)]),
    ("They will meet again in April.", [("April", "DATE", "2025-04", None)]),
    ("The December summit will be held in Paris.", [("December", "DATE", "2024-12", None)]),
]


@pytest.mark.parametrize(("text", "expected"), MONTH_NAMING_A_HAPPENING, ids=ids(MONTH_NAMING_A_HAPPENING))
def test_month_naming_a_happening(text, expected):
    assert rows(text, MAY_DCT) == expected


# "a year later than planned" measures a difference from a plan: a DURATION, never a date a year on (nor a
# rate after a number: "spring 2027, a year later"); "two years later," alone still moves the story on.
LATER_THAN = [
    (
        "The dam will not be finished until spring 2027, a year later than planned.",
        [("spring 2027", "DATE", "2027-SP", None), ("a year", "DURATION", "P1Y", None)],
    ),
    ("The plant opened two months later than expected.", [("two months", "DURATION", "P2M", None)]),
    ("The team withdrew one year earlier than planned.", [("one year", "DURATION", "P1Y", None)]),
    ("The line opened in 2020. Two years later, it closed.", [
        ("2020", "DATE", "2020", None), ("Two years later", "DATE", "2022", None),
    ]),
    ("The mill sells five million bags a year.", [("a year", "SET", "P1Y", None)]),
    # a preposition after a year number is no counted noun: "1990, after a decade" is a length, not a rate
    ("The dam was finished in 1990, after a decade of protests.", [
        ("1990", "DATE", "1990", None), ("a decade", "DURATION", "P10Y", None),
    ]),
    ("The mine closed in 2011 after a year of strikes.", [
        ("2011", "DATE", "2011", None), ("a year", "DURATION", "P1Y", None),
    ]),
]


@pytest.mark.parametrize(("text", "expected"), LATER_THAN, ids=ids(LATER_THAN))
def test_later_than_planned(text, expected):
    assert rows(text, MAY_DCT) == expected
