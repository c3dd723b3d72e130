"""Table-driven tests of round 11: a day named as a comparison point, "by the year", "the year of 2023",
parts of a unit (".17 of a second").

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, expected [(extent,
type, value, mod), ...] in text order); the whole list must match. The document date is Thursday
6 November 2025.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows
from timeline.temporal import tag

DCT = dt.date(2025, 11, 6)


# A day after "since", "than" or "from" is the point a figure is compared with: the report does not move
# to it, so "the day" and later bare clock times stay on the document's day. A span "from ... to ..." does
# move the story, and "the next day" counts from its end.
COMPARED_DAYS = [
    (
        "Copper touched its lowest level since Oct. 14 and gave up 3 percent during the day.",
        [("Oct. 14", "DATE", "2025-10-14", None), ("the day", "DATE", "2025-11-06", None)],
    ),
    (
        "The yen hit its best level since Sept. 2. The day brought heavy selling; at 2 p.m. it was flat.",
        [
            ("Sept. 2", "DATE", "2025-09-02", None),
            ("The day", "DATE", "2025-11-06", None),
            ("2 p.m.", "TIME", "2025-11-06T14:00", None),
        ],
    ),
    (
        "Volume was thinner than on Oct. 20, and by 11 a.m. the day's losses had doubled.",
        [
            ("Oct. 20", "DATE", "2025-10-20", None),
            ("11 a.m.", "TIME", "2025-11-06T11:00", None),
            ("the day", "DATE", "2025-11-06", None),
        ],
    ),
    (
        "The bond yield was up from Oct. 30, and late in the day it eased.",
        [("Oct. 30", "DATE", "2025-10-30", None), ("late in the day", "DATE", "2025-11-06", "END")],
    ),
    (
        "The show ran from Oct. 3 to Oct. 9 and closed the next day.",
        [
            ("Oct. 3", "DATE", "2025-10-03", None),
            ("Oct. 9", "DATE", "2025-10-09", None),
            ("the next day", "DATE", "2025-10-10", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPARED_DAYS, ids=ids(COMPARED_DAYS))
def test_compared_day_is_not_the_reference(text, expected):
    assert rows(text, DCT) == expected


# "by the year" is "yearly": TIMEX3 writes it as a set like "yearly" (P1Y, no quant: no "every"/"each" in
# the text). "by the year's end" and "by the year 2030" are deadlines, dates.
BY_THE_UNIT = [
    ("Rents are climbing by the year.", [("the year", "SET", "P1Y", None)]),
    ("The crowds grew by the day.", [("the day", "SET", "P1D", None)]),
    ("Lawyers who bill by the hour are in demand.", [("the hour", "SET", "PT1H", None)]),
    ("Wages rise by the month in the capital.", [("the month", "SET", "P1M", None)]),
    (
        "The job is paid by the day, not by the week.",
        [("the day", "SET", "P1D", None), ("the week", "SET", "P1W", None)],
    ),
    ("The rules change by the year 2030.", [("the year 2030", "DATE", "2030", None)]),
]


@pytest.mark.parametrize(("text", "expected"), BY_THE_UNIT, ids=ids(BY_THE_UNIT))
def test_by_the_unit_is_a_set(text, expected):
    assert rows(text, DCT) == expected


def test_by_the_unit_has_no_quantifier():
    [found] = tag("Rents are climbing by the year.", dct=DCT)
    assert (found.quant, found.freq) == (None, None)


# "the year of 2023": the years that follow carry the value; "the year" takes none of its own.
YEAR_OF = [
    (
        "Exports rose in the year of 2023-2024, the agency said.",
        [("2023", "DATE", "2023", None), ("2024", "DATE", "2024", None)],
    ),
    ("Turnout fell in the year of 2021, officials said.", [("2021", "DATE", "2021", None)]),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_OF, ids=ids(YEAR_OF))
def test_the_year_of_a_year(text, expected):
    assert rows(text, DCT) == expected


# A part of a unit is a span: written in the next smaller unit when whole (PT15M), else with decimals
# (PT0.17S). "a second" after "by .17 of" is no rate ("a day" after an amount is).
PARTS_OF_A_UNIT = [
    ("He won the race by .17 of a second.", [(".17 of a second", "DURATION", "PT0.17S", None)]),
    ("The bill passed by 0.25 of a second.", [("0.25 of a second", "DURATION", "PT0.25S", None)]),
    ("She missed the record by a tenth of a second.", [("a tenth of a second", "DURATION", "PT0.1S", None)]),
    ("The gap was half a second at the line.", [("half a second", "DURATION", "PT0.5S", None)]),
    (
        "The engine restarted after a quarter of an hour.",
        [("a quarter of an hour", "DURATION", "PT15M", None)],
    ),
    ("The vote took half a day.", [("half a day", "DURATION", "PT12H", None)]),
    ("The feud lasted half a century.", [("half a century", "DURATION", "P50Y", None)]),
    ("The index rose 1.5 points a day.", [("a day", "SET", "P1D", None)]),
]


@pytest.mark.parametrize(("text", "expected"), PARTS_OF_A_UNIT, ids=ids(PARTS_OF_A_UNIT))
def test_part_of_a_unit_is_a_duration(text, expected):
    assert rows(text, DCT) == expected
