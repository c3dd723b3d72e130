"""Table-driven tests of the tagger on 2020s news: adjectives before a day, forecasts and schedules ahead.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

APR_16 = dt.date(2025, 4, 16)  # a Wednesday

# 1. "late" or "early" after a verb of being is an adjective (delayed, ahead of time): "the bus was late on
# Monday" names Monday, with no mod; after another verb "late on Monday" is the end of that day.
ADJECTIVE_BEFORE_ON = [
    ("The ferry was late on Monday.", APR_16, [("Monday", "DATE", "2025-04-14", None)]),
    ("Buses were running late on Tuesday.", APR_16, [("Tuesday", "DATE", "2025-04-15", None)]),
    ("Her flight was early on Sunday.", APR_16, [("Sunday", "DATE", "2025-04-13", None)]),
    # controls: a mod after a verb that is no verb of being
    ("The council voted late on Monday.", APR_16, [("late on Monday", "DATE", "2025-04-14", "END")]),
    ("Rescuers arrived early on Tuesday.", APR_16, [("early on Tuesday", "DATE", "2025-04-15", "START")]),
]

# 2. A range of clock times before a recurring frame ("between 8 a.m. and noon every day") is of no one day:
# both ends take XXXX-XX-XX, not only the one next to the frame.
RANGE_BEFORE_FRAME = [
    (
        "The library is open between 8 a.m. and noon every day.",
        APR_16,
        [
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00", None),
            ("noon", "TIME", "XXXX-XX-XXT12:00", None),
            ("every day", "SET", "P1D", None),
        ],
    ),
    (
        "Free meals are served from 11 a.m. to 2 p.m. daily.",
        APR_16,
        [
            ("11 a.m.", "TIME", "XXXX-XX-XXT11:00", None),
            ("2 p.m.", "TIME", "XXXX-XX-XXT14:00", None),
            ("daily", "SET", "P1D", None),
        ],
    ),
    # control: a range on one named day stays on that day
    (
        "Sirens sounded between 7 a.m. and noon on Tuesday.",
        APR_16,
        [("7 a.m.", "TIME", "2025-04-15T07:00", None), ("noon on Tuesday", "TIME", "2025-04-15T12:00", None)],
    ),
]

# 3. A "with" clause of expectation ("with more rain forecast for Friday") looks ahead, whatever the tense of
# the main verb before it; a past verb of its own ("that was forecast") keeps it back.
EXPECTED_WITH = [
    (
        "The blizzard dropped 20 inches Monday, with 6 more inches forecast for Saturday.",
        APR_16,
        [("Monday", "DATE", "2025-04-14", None), ("Saturday", "DATE", "2025-04-19", None)],
    ),
    (
        "Bond yields climbed Tuesday, with a jobs report predicted Friday.",
        APR_16,
        [("Tuesday", "DATE", "2025-04-15", None), ("Friday", "DATE", "2025-04-18", None)],
    ),
    (
        "Lawyers rested their case Monday, with a verdict anticipated on Thursday.",
        APR_16,
        [("Monday", "DATE", "2025-04-14", None), ("Thursday", "DATE", "2025-04-17", None)],
    ),
    # controls: the clause's own past verb, and "with" before a thing done
    (
        "The flood came Monday, with the storm that was forecast for Sunday.",
        APR_16,
        [("Monday", "DATE", "2025-04-14", None), ("Sunday", "DATE", "2025-04-13", None)],
    ),
    (
        "She won Monday, with the record set on Sunday.",
        APR_16,
        [("Monday", "DATE", "2025-04-14", None), ("Sunday", "DATE", "2025-04-13", None)],
    ),
]

# 4. A present verb of a scheduled act ("holds a briefing", "gives an address", "head to the polls") with a
# bare weekday looks ahead; a past verb in the clause keeps it back, and "head" as a noun says nothing.
PRESENT_SCHEDULE = [
    (
        "The mayor holds an 11 a.m. news conference on Friday.",
        APR_16,
        [("11 a.m.", "TIME", "2025-04-18T11:00", None), ("Friday", "DATE", "2025-04-18", None)],
    ),
    (
        "The prime minister gives a televised address Monday.",
        APR_16,
        [("Monday", "DATE", "2025-04-21", None)],
    ),
    ("Ministers hold talks in Geneva on Tuesday.", APR_16, [("Tuesday", "DATE", "2025-04-22", None)]),
    ("Residents head to the polls on Sunday.", APR_16, [("Sunday", "DATE", "2025-04-20", None)]),
    # controls: a past verb nearer the day, a noun "head"
    ("The bank holds shares it bought on Monday.", APR_16, [("Monday", "DATE", "2025-04-14", None)]),
    ("The head of the union on Monday rejected it.", APR_16, [("Monday", "DATE", "2025-04-14", None)]),
]

CASES = ADJECTIVE_BEFORE_ON + RANGE_BEFORE_FRAME + EXPECTED_WITH + PRESENT_SCHEDULE


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_fresh_news(text: str, dct: dt.date, expected: list) -> None:
    assert rows(text, dct) == expected
