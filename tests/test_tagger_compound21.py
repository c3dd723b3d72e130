"""Compound dates of news text: a weekday, a part of the day or a clock time written with the full date it
falls on is one expression ("Thursday evening, Oct. 8, 2026", "at 7 p.m. Friday, Oct. 9"), the end of a
span of clock times names the day of its start ("between 8 a.m. and noon on Friday"), and the event title
loses the whole date phrase, with the comma that closes it.

Every sentence is invented. Tagger rows: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match. Title rows: (text, document date, [(value, title), ...]).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows
from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

OCT_12 = dt.date(2026, 10, 12)  # a Monday; Oct. 8, 2026 is a Thursday, Oct. 9 a Friday

# 1. A weekday with a part of the day, or with "early"/"late", and the full date after it: one expression.
WEEKDAY_DATES = [
    (
        "The council voted on Thursday evening, Oct. 8, 2026, after a long debate.",
        OCT_12,
        [("Thursday evening, Oct. 8, 2026", "TIME", "2026-10-08TEV", None)],
    ),
    (
        "Firefighters reached the ridge Friday morning, Oct. 9, as the wind dropped.",
        OCT_12,
        [("Friday morning, Oct. 9", "TIME", "2026-10-09TMO", None)],
    ),
    (
        "Two hikers were rescued early Friday, Oct. 9, near the summit.",
        OCT_12,
        [("early Friday, Oct. 9", "DATE", "2026-10-09", "START")],
    ),
    (
        "The ferry docked late Thursday, Oct. 8, 2026, in the harbor.",
        OCT_12,
        [("late Thursday, Oct. 8, 2026", "DATE", "2026-10-08", "END")],
    ),
    # the plain forms stay as they were
    ("The ferry docked Thursday evening.", OCT_12, [("Thursday evening", "DATE", "2026-10-08TEV", None)]),
    (
        "The ferry docked Thursday, Oct. 8, 2026, in the harbor.",
        OCT_12,
        [("Thursday, Oct. 8, 2026", "DATE", "2026-10-08", None)],
    ),
]

# 2. A clock time before a weekday and its date: one TIME on that date.
CLOCK_DATES = [
    (
        "Polls opened at 7 a.m. Friday, Oct. 9, across the state.",
        OCT_12,
        [("7 a.m. Friday, Oct. 9", "TIME", "2026-10-09T07:00", None)],
    ),
    (
        "The launch is set for 6:15 p.m. Thursday, Oct. 8, 2026, weather permitting.",
        OCT_12,
        [("6:15 p.m. Thursday, Oct. 8, 2026", "TIME", "2026-10-08T18:15", None)],
    ),
    # the weekday picks the year of a date written without one (Oct. 9 was a Thursday in 2025)
    (
        "Polls opened at 7 a.m. Thursday, Oct. 9, across the state.",
        OCT_12,
        [("7 a.m. Thursday, Oct. 9", "TIME", "2025-10-09T07:00", None)],
    ),
]

# 3. The end of a span of clock times names the day of its start, a weekday or a date.
CLOCK_SPANS = [
    (
        "Roads were closed between 8 a.m. and noon on Friday for the parade.",
        OCT_12,
        [("8 a.m.", "TIME", "2026-10-09T08:00", None), ("noon on Friday", "TIME", "2026-10-09T12:00", None)],
    ),
    (
        "The clinic ran from 10 a.m. to 4 p.m. on Oct. 8 in the school gym.",
        OCT_12,
        [
            ("10 a.m.", "TIME", "2026-10-08T10:00", None),
            ("4 p.m. on Oct. 8", "TIME", "2026-10-08T16:00", None),
        ],
    ),
    (
        "Trains ran until midnight Friday and again from 6 a.m. Saturday.",
        OCT_12,
        [
            ("midnight Friday", "TIME", "2026-10-09T24:00", None),
            ("6 a.m. Saturday", "TIME", "2026-10-10T06:00", None),
        ],
    ),
]

# 4. A night written with the two days it spans is one TIME, the night of the first.
NIGHTS = [
    (
        "Storms battered the coast on the night of Oct. 8-9, the agency said.",
        OCT_12,
        [("the night of Oct. 8-9", "TIME", "2026-10-08TNI", None)],
    ),
    # the second day must be the next one: "Oct. 8-10" stays a night and a day
    (
        "Storms battered the coast on the night of Oct. 8-10.",
        OCT_12,
        [("the night of Oct. 8", "TIME", "2026-10-08TNI", None), ("10", "DATE", "2026-10-10", None)],
    ),
]

# 5. ISO stamps in running text are times of their day.
STAMPS = [
    (
        "The outage started at 2026-10-08T21:40:00Z according to the status page.",
        OCT_12,
        [("2026-10-08T21:40:00Z", "TIME", "2026-10-08T21:40:00", None)],
    ),
    (
        "The outage started at 2026-10-08 21:40 according to the status page.",
        OCT_12,
        [("2026-10-08 21:40", "TIME", "2026-10-08T21:40", None)],
    ),
]

CASES = WEEKDAY_DATES + CLOCK_DATES + CLOCK_SPANS + NIGHTS + STAMPS


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_compound_dates(text: str, dct: dt.date, expected: list) -> None:
    assert rows(text, dct) == expected


# The title loses the whole date phrase, and the comma that closes a date written with one inside.
TITLES = [
    (
        "The council voted on Thursday evening, Oct. 8, 2026, to close the pool.",
        OCT_12,
        [("2026-10-08TEV", "The council voted to close the pool")],
    ),
    (
        "Two hikers were rescued early Friday, Oct. 9, near the summit.",
        OCT_12,
        [("2026-10-09", "Two hikers were rescued near the summit")],
    ),
    (
        "Polls opened at 7 a.m. Friday, Oct. 9, across the state.",
        OCT_12,
        [("2026-10-09T07:00", "Polls opened across the state")],
    ),
    (
        "The council met on Oct. 8, 2026, and approved the budget.",
        OCT_12,
        [("2026-10-08", "The council met and approved the budget")],
    ),
    # "late" that graded the day goes with it; the adjective of "was late" stays
    (
        "Deputies arrested a driver late on Oct. 8 in the valley.",
        OCT_12,
        [("2026-10-08", "Deputies arrested a driver in the valley")],
    ),
    (
        "The bus was late on Oct. 8 because of snow.",
        OCT_12,
        [("2026-10-08", "The bus was late because of snow")],
    ),
    # the comma before an attribution is no date's: the attribution still goes
    (
        "The pool closed on Thursday, Oct. 8, officials said.",
        OCT_12,
        [("2026-10-08", "The pool closed")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), TITLES, ids=ids(TITLES))
def test_titles_lose_the_compound_date(text: str, dct: dt.date, expected: list) -> None:
    doc = Document(id="d", text=text, date=dct)
    assert [(e.when.value, e.title) for e in extract(doc, tag(text, dct=dct))] == expected
