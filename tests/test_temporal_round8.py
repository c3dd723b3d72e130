"""Table-driven tests of round 8: compound durations, halves of a season, weekdays of a schedule.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, expected [(extent,
type, value, mod), ...] in text order); the whole list must match. The document date is Saturday
6 May 2006.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows
from timeline.temporal.tagger import tag

DCT = dt.date(2006, 5, 6)


def found(text: str, dct: dt.date = DCT) -> list[tuple[str, str, str, str | None]]:
    return rows(text, dct)


# Two counts of units from the larger to the smaller are one span.
COMPOUNDS = [
    ("She ran for five hours 38 minutes.", [("five hours 38 minutes", "DURATION", "PT5H38M", None)]),
    (
        "The talks lasted two hours and 30 minutes.",
        [("two hours and 30 minutes", "DURATION", "PT2H30M", None)],
    ),
    ("He served 3 years and 2 months in prison.", [("3 years and 2 months", "DURATION", "P3Y2M", None)]),
    ("The crossing took 1 hour, 20 minutes.", [("1 hour, 20 minutes", "DURATION", "PT1H20M", None)]),
    ("The siege lasted a year and six months.", [("a year and six months", "DURATION", "P1Y6M", None)]),
    ("The strike lasted 1 day and 6 hours.", [("1 day and 6 hours", "DURATION", "P1DT6H", None)]),
    # ISO 8601 writes no weeks beside days
    ("The ship was lost for 2 weeks and 3 days.", [("2 weeks and 3 days", "DURATION", "P17D", None)]),
    # three or four parts join the same way
    (
        "The relay took two days, 7 hours, 12 minutes and 45 seconds.",
        [("two days, 7 hours, 12 minutes and 45 seconds", "DURATION", "P2DT7H12M45S", None)],
    ),
    (
        "He served 6 years, four months and 11 days.",
        [("6 years, four months and 11 days", "DURATION", "P6Y4M11D", None)],
    ),
    (
        "She finished in 2 hours 03 minutes 51 seconds.",
        [("2 hours 03 minutes 51 seconds", "DURATION", "PT2H3M51S", None)],
    ),
    # a rate or an alternative after the second span makes a list
    (
        "He drove a cab for 12 years, six days a week.",
        [("12 years", "DURATION", "P12Y", None), ("six days a week", "SET", "P1W", None)],
    ),
    (
        "Coalitions survived two years, 40 days or three months.",
        [
            ("two years", "DURATION", "P2Y", None),
            ("40 days", "DURATION", "P40D", None),
            ("three months", "DURATION", "P3M", None),
        ],
    ),
    # "or two" closes a span ("a day or two") unless a unit follows it
    (
        "The truce held 68 days or two months.",
        [("68 days", "DURATION", "P68D", None), ("two months", "DURATION", "P2M", None)],
    ),
    ("Rain is due within a day or two.", [("a day or two", "DURATION", "PXD", None)]),
    # the modifier of the first part covers the whole
    (
        "They waited about two hours and 30 minutes.",
        [("two hours and 30 minutes", "DURATION", "PT2H30M", "APPROX")],
    ),
    # a list of spans of one unit, or from the smaller to the larger, stays apart
    (
        "Shifts of three hours, two hours and four hours.",
        [
            ("three hours", "DURATION", "PT3H", None),
            ("two hours", "DURATION", "PT2H", None),
            ("four hours", "DURATION", "PT4H", None),
        ],
    ),
    (
        "The rest lasted 30 minutes and 2 hours.",
        [("30 minutes", "DURATION", "PT30M", None), ("2 hours", "DURATION", "PT2H", None)],
    ),
    (
        "He worked 3 years and the next 2 months abroad.",
        [("3 years", "DURATION", "P3Y", None), ("the next 2 months", "DURATION", "P2M", None)],
    ),
    # a date after the span is not part of it
    (
        "He spent 2 years in exile and 5 days later he returned.",
        [("2 years", "DURATION", "P2Y", None), ("5 days later", "DATE", "2006-05-11", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPOUNDS, ids=ids(COMPOUNDS))
def test_compound_durations(text, expected):
    assert found(text) == expected


# A half or a quarter of a season, a match or a game is not a half of the calendar year.
GAME_HALVES = [
    ("The side improved in the second half of the season.", []),
    ("He scored twice in the first half of the match.", []),
    ("They trailed in the fourth quarter of the game.", []),
    ("The striker faded in the second half of the new season.", []),
    # a bare half among words of a match and none of money
    ("The striker headed the only goal early in the second half.", []),
    ("They took the lead midway through the first half.", []),
    ("The coach said they were better in the second half.", []),
    # of a year, or alone in a report of results, it stays the calendar half
    (
        "Exports rose in the first half, the minister said after the match.",
        [("the first half", "DATE", "2006-H1", None)],
    ),
    (
        "Profits rose in the first half of the year.",
        [("the first half of the year", "DATE", "2006-H1", None)],
    ),
    ("Sales in the first half rose 4 percent.", [("the first half", "DATE", "2006-H1", None)]),
    ("Output fell in the second half of 2005.", [("the second half of 2005", "DATE", "2005-H2", None)]),
]


@pytest.mark.parametrize(("text", "expected"), GAME_HALVES, ids=ids(GAME_HALVES))
def test_halves_of_a_game(text, expected):
    assert found(text) == expected


# A weekday's event of schedule after a present verb of looking ahead is the coming one, whatever past
# verb came earlier in the sentence (the document date is a Saturday).
SCHEDULED = [
    (
        "The leader crashed on Friday and the riders head into Sunday's final stage.",
        [("Friday", "DATE", "2006-05-05", None), ("Sunday", "DATE", "2006-05-07", None)],
    ),
    ("Rain fell as they head into Sunday's race.", [("Sunday", "DATE", "2006-05-07", None)]),
    (
        "Turnout was low, but parties prepare for Tuesday's election.",
        [("Tuesday", "DATE", "2006-05-09", None)],
    ),
    ("Rain fell and they are heading into Sunday's race.", [("Sunday", "DATE", "2006-05-07", None)]),
    # a past verb, or a look back, keeps the last such day
    ("They won Sunday's game.", [("Sunday", "DATE", "2006-04-30", None)]),
    ("Fans are mourning after Thursday's game.", [("Thursday", "DATE", "2006-05-04", None)]),
    ("Police are investigating Sunday's shooting.", [("Sunday", "DATE", "2006-04-30", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SCHEDULED, ids=ids(SCHEDULED))
def test_a_weekday_of_schedule_looks_ahead(text, expected):
    assert found(text) == expected


# A count of smaller units in each larger one is one set, the count its frequency (TIMEX3 freq="5D").
RATES = [
    ("The shop is open six days a week.", [("six days a week", "SET", "P1W", "6D")]),
    ("The line runs 24 hours a day.", [("24 hours a day", "SET", "P1D", "24H")]),
    ("She works three nights a week.", [("three nights a week", "SET", "P1W", "3D")]),
    ("The board meets twice a year.", [("twice a year", "SET", "P1Y", "2X")]),
]


@pytest.mark.parametrize(("text", "expected"), RATES, ids=ids(RATES))
def test_counts_of_units_in_a_unit(text, expected):
    found_sets = [(e.text, e.type, e.value, e.freq) for e in tag(text, dct=DCT)]
    assert found_sets == expected
