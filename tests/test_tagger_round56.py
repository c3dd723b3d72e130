"""Table-driven tests of tagger round 56: a quoted coming week, "every ... or", "a single day", sibling days.

A past report's "the previous week" counts back from the writer's week, not from a coming week a quotation
named; "every" carries across "or" to a second length; "a single day" is one day long, the adjective inside
the span; an ordinal day of an episode is counted from a sibling ordinal day the text dated.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

FRIDAY = dt.date(2024, 3, 15)  # a Friday of ISO week 11

# 1. A backward step after a coming period a quotation named, in a past clause outside the quotation.
QUOTED_AHEAD = [
    (
        "'Trade should pick up next week,' a dealer said. Turnover fell from the previous week.",
        FRIDAY,
        [("next week", "DATE", "2024-W12", None), ("the previous week", "DATE", "2024-W10", None)],
    ),
    (
        '"Ferries sail again next week," the port said. Bookings dropped from the week before.',
        FRIDAY,
        [("next week", "DATE", "2024-W12", None), ("the week before", "DATE", "2024-W10", None)],
    ),
    # controls: the writer's own coming week, and a clause that is not in the past
    (
        "The port will reopen next week. The previous week, crews dredged the channel.",
        FRIDAY,
        [("next week", "DATE", "2024-W12", None), ("The previous week", "DATE", "2024-W11", None)],
    ),
    (
        "'Trade should pick up next week,' a dealer said. Turnover will beat the previous week.",
        FRIDAY,
        [("next week", "DATE", "2024-W12", None), ("the previous week", "DATE", "2024-W11", None)],
    ),
]

# 2. "every"/"each" carries across "or" to the second length: a SET as the first is.
EVERY_OR = [
    (
        "The pumps are serviced every week or two weeks.",
        FRIDAY,
        [("every week", "SET", "P1W", None), ("two weeks", "SET", "P2W", None)],
    ),
    (
        "Each month or three months the board reviews fees.",
        FRIDAY,
        [("Each month", "SET", "P1M", None), ("three months", "SET", "P3M", None)],
    ),
    # control: a length after a full stop is no part of the set
    (
        "Crews swap every week. Two weeks is the longest shift.",
        FRIDAY,
        [("every week", "SET", "P1W", None), ("Two weeks", "DURATION", "P2W", None)],
    ),
]

# 3. "a single day", "one whole week": one unit long, the whole phrase.
SINGLE_UNITS = [
    (
        "The old barn was pulled down in a single day.",
        FRIDAY,
        [("a single day", "DURATION", "P1D", None)],
    ),
    ("Volunteers painted the hall in one whole week.", FRIDAY, [("one whole week", "DURATION", "P1W", None)]),
    ("Not a single year passed without a flood.", FRIDAY, [("a single year", "DURATION", "P1Y", None)]),
]

# 4. An ordinal day of an episode, counted from a sibling ordinal day dated beside it.
SIBLING_DAYS = [
    (
        "Racing on the third day, Sunday, was cut short after the second day ran late.",
        FRIDAY,
        [
            ("the third day", "DATE", "2024-03-10", None),
            ("Sunday", "DATE", "2024-03-10", None),
            ("the second day", "DATE", "2024-03-09", None),
        ],
    ),
    (
        "Wednesday, the second day, was calm; the fourth day brought hail.",
        FRIDAY,
        [
            ("Wednesday", "DATE", "2024-03-13", None),
            ("the second day", "DATE", "2024-03-13", None),
            ("the fourth day", "DATE", "2024-03-15", None),
        ],
    ),
    # control: a day the text told with no sibling ordinal day beside it
    (
        "The fair opened on Tuesday. On the second day, stalls ran out of bread.",
        FRIDAY,
        [("Tuesday", "DATE", "2024-03-12", None), ("the second day", "DATE", "2024-03-12", None)],
    ),
]

CASES = QUOTED_AHEAD + EVERY_OR + SINGLE_UNITS + SIBLING_DAYS


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round56(text: str, dct: dt.date, expected: list) -> None:
    assert rows(text, dct) == expected
