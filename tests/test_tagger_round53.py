"""Table-driven tests of tagger round 53: clock-time anchoring, modals and lists of months.

The end of a range of clock times whose bare start was read on the end's weekday is on that weekday; a clock
time joined by "and" to a later clock time and its weekday shares that day. A modal and its bare verb before a
weekday look ahead ("can collect the forms on Friday"), a bare verb that looks like a past ("may put", "can
cast") carries no tense after its modal; a month among months is a month even when it is "May"; the end month
of a span whose start has its year follows the start.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

TUE = dt.date(2026, 3, 10)  # a Tuesday
OCT = dt.date(2026, 10, 20)

# 1. A modal and its verb before a weekday: the coming day; "could have", "may have" look back.
MODAL_DAYS = [
    ("Members can collect their passes on Friday.", TUE, [("Friday", "DATE", "2026-03-13", None)]),
    ("Residents may put out their bins on Thursday.", TUE, [("Thursday", "DATE", "2026-03-12", None)]),
    ("Pupils should bring a packed lunch on Monday.", TUE, [("Monday", "DATE", "2026-03-16", None)]),
    ("Riders could hit the trail on Sunday.", TUE, [("Sunday", "DATE", "2026-03-15", None)]),
    # controls: a perfect after the modal, and a bare past with no modal
    ("Crews could have cut the power on Sunday.", TUE, [("Sunday", "DATE", "2026-03-08", None)]),
    ("Tenants may have let the flat on Friday.", TUE, [("Friday", "DATE", "2026-03-06", None)]),
    ("Crews cut the power on Sunday.", TUE, [("Sunday", "DATE", "2026-03-08", None)]),
]

# 2. "May" between two months of a list is the month, not the modal; a comma before a name makes no list.
MONTH_LISTS = [
    (
        "The fete is held in June, May or July.",
        TUE,
        [
            ("June", "DATE", "2026-06", None),
            ("May", "DATE", "2026-05", None),
            ("July", "DATE", "2026-07", None),
        ],
    ),
    ("In July, May signed the treaty.", TUE, [("July", "DATE", "2025-07", None)]),
    # a later month of a list takes the year of the month before it (June was read as the past June)
    (
        "The fair runs in April, May or June.",
        OCT,
        [
            ("April", "DATE", "2027-04", None),
            ("May", "DATE", "2027-05", None),
            ("June", "DATE", "2027-06", None),
        ],
    ),
    # control: a month earlier in the calendar is left to the tense
    (
        "Crops failed in October and January.",
        OCT,
        [("October", "DATE", "2026-10", None), ("January", "DATE", "2026-01", None)],
    ),
]

# 3. The end of a span whose start carries its year: that year, or the next when it falls before the start.
SPAN_ENDS = [
    (
        "The herd grazed from October 2023 to January.",
        TUE,
        [("October 2023", "DATE", "2023-10", None), ("January", "DATE", "2024-01", None)],
    ),
    (
        "The herd grazed from June 2023 to August.",
        TUE,
        [("June 2023", "DATE", "2023-06", None), ("August", "DATE", "2023-08", None)],
    ),
    (
        "The dig ran from May 2, 2022 to January 20.",
        TUE,
        [("May 2, 2022", "DATE", "2022-05-02", None), ("January 20", "DATE", "2023-01-20", None)],
    ),
    (
        "The dig ran from 9 June 2022 to March.",
        TUE,
        [("9 June 2022", "DATE", "2022-06-09", None), ("March", "DATE", "2023-03", None)],
    ),
    (
        "The herd grazed from April 2024 to May.",
        TUE,
        [("April 2024", "DATE", "2024-04", None), ("May", "DATE", "2024-05", None)],
    ),
]

# 4. A weekday that ends a range of clock times whose bare start was read on that weekday is that day, not
# the same weekday a week later; a start with its own weekday still puts the end after it.
CLOCK_RANGES = [
    (
        "The museum is open from 6 to 9 p.m. on Friday.",
        TUE,
        [("6", "TIME", "2026-03-13T18:00", None), ("9 p.m. on Friday", "TIME", "2026-03-13T21:00", None)],
    ),
    (
        "The bridge was shut from 10 to 11 p.m. on Sunday.",
        TUE,
        [("10", "TIME", "2026-03-08T22:00", None), ("11 p.m. on Sunday", "TIME", "2026-03-08T23:00", None)],
    ),
]

# 5. A clock time joined by "and" to a second verb whose clock time names the day shares that day.
AND_CLOCKS = [
    (
        "Stalls open at 8 a.m. and shut at 2 p.m. Saturday.",
        TUE,
        [("8 a.m.", "TIME", "2026-03-14T08:00", None), ("2 p.m. Saturday", "TIME", "2026-03-14T14:00", None)],
    ),
    (
        "The ferry left at 6 a.m. and docked at 4 p.m. Sunday.",
        TUE,
        [("6 a.m.", "TIME", "2026-03-08T06:00", None), ("4 p.m. Sunday", "TIME", "2026-03-08T16:00", None)],
    ),
]

CASES = MODAL_DAYS + MONTH_LISTS + SPAN_ENDS + CLOCK_RANGES + AND_CLOCKS


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round53(text: str, dct: dt.date, expected: list) -> None:
    assert rows(text, dct) == expected
