"""Table-driven tests of tagger round 28: clock times in a recurring frame, a year apposed to a count of
years, a count of years after a decade, "since <month>" under a present perfect, a
month in a paragraph that otherwise counts from the document date, a weekday after "and" and a present verb.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, document date, expected
[(extent, type, value, mod), ...] in text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

NOV_25 = dt.date(2026, 11, 25)  # a Wednesday
OCT_19 = dt.date(2026, 10, 19)  # a Monday

# 3. A clock time inside a recurring frame ("every day between 8 a.m. and 8 p.m.", "on weekdays at 6 p.m.",
# "at 9 a.m. daily") is of no one day: XXXX-XX-XXT08:00, not the document date. A day named with the
# clock time, or a frame in another sentence, still dates it.
RECURRING = [
    (
        "Owners can check their numbers every day between 8 a.m. and 8 p.m.",
        NOV_25,
        [
            ("every day", "SET", "P1D", None),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00", None),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00", None),
        ],
    ),
    ("The ferry leaves on weekdays at 6 p.m.", NOV_25, [("6 p.m.", "TIME", "XXXX-XX-XXT18:00", None)]),
    (
        "The shop opens at 9 a.m. daily.",
        NOV_25,
        [("9 a.m.", "TIME", "XXXX-XX-XXT09:00", None), ("daily", "SET", "P1D", None)],
    ),
    (
        "The gallery is open Mondays from 10 a.m. to 5 p.m.",
        NOV_25,
        [
            ("Mondays", "SET", "XXXX-WXX-1", None),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00", None),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00", None),
        ],
    ),
    (
        "Inmates must be back by 7 p.m. every evening.",
        NOV_25,
        [("7 p.m.", "TIME", "XXXX-XX-XXT19:00", None), ("every evening", "SET", "XXXX-XX-XXTEV", None)],
    ),
    (
        "He trains every day. At 8 a.m. on Monday he was arrested.",
        NOV_25,
        [("every day", "SET", "P1D", None), ("8 a.m. on Monday", "TIME", "2026-11-23T08:00", None)],
    ),
    (
        "Every day he waited; yesterday at 8 a.m. police came.",
        NOV_25,
        [
            ("Every day", "SET", "P1D", None),
            ("yesterday", "DATE", "2026-11-24", None),
            ("8 a.m.", "TIME", "2026-11-24T08:00", None),
        ],
    ),
    ("The plant closed at 6 p.m.", NOV_25, [("6 p.m.", "TIME", "2026-11-25T18:00", None)]),
]

# 1. ", in 1990" right after an anaphoric count of years names its year; after a decade the count runs from
# a year told inside that decade, not from the decade's first year; a year outside it is another time
# (round 29: the year is then unknown, XXXX).
APPOSED = [
    (
        "Residents left in the late 1980s. The dam was finished two years earlier, in 1990.",
        OCT_19,
        [
            ("the late 1980s", "DATE", "198", "END"),
            ("two years earlier", "DATE", "1990", None),
            ("1990", "DATE", "1990", None),
        ],
    ),
    (
        "The dam was finished two years earlier, in 1990, after protests.",
        OCT_19,
        [("two years earlier", "DATE", "1990", None), ("1990", "DATE", "1990", None)],
    ),
    (
        "The war began in 1914. A year later, in 1915, Italy joined.",
        OCT_19,
        [
            ("1914", "DATE", "1914", None),
            ("A year later", "DATE", "1915", None),
            ("1915", "DATE", "1915", None),
        ],
    ),
    (
        "The plant opened in 1984 and grew through the 1980s. Two years later it closed.",
        OCT_19,
        [
            ("1984", "DATE", "1984", None),
            ("the 1980s", "DATE", "198", None),
            ("Two years later", "DATE", "1986", None),
        ],
    ),
    (
        "He was born in 1950. In the 1970s he moved to Paris. Two years later he married.",
        OCT_19,
        [
            ("1950", "DATE", "1950", None),
            ("the 1970s", "DATE", "197", None),
            ("Two years later", "DATE", "XXXX", None),
        ],
    ),
]

# 2. "since <month>" under a present perfect counts up to now: the writer's recent month, whatever story
# the text told before. A past perfect keeps the story's year.
HISTORY = "The reservoir was filled in 1992. The dam was finished in 1990. "
HISTORY += "By the mid-1990s the valley was green.\n\n"
HISTORY_ROWS = [
    ("1992", "DATE", "1992", None),
    ("1990", "DATE", "1990", None),
    ("the mid-1990s", "DATE", "199", "MID"),
]
SINCE = [
    (
        HISTORY + "Water levels have fallen sharply since September.",
        OCT_19,
        [*HISTORY_ROWS, ("September", "DATE", "2026-09", None)],
    ),
    (
        HISTORY + "Since September, water levels have fallen.",
        OCT_19,
        [*HISTORY_ROWS, ("September", "DATE", "2026-09", None)],
    ),
    (
        HISTORY + "Levels have not recovered since March.",
        OCT_19,
        [*HISTORY_ROWS, ("March", "DATE", "2026-03", None)],
    ),
    (
        HISTORY + "Water had fallen since September.",
        OCT_19,
        [*HISTORY_ROWS, ("September", "DATE", "1990-09", None)],
    ),
]

# 2. A month the story dated back is the writer's recent one when the other dates of its paragraph count
# from the document date; a paragraph with no other date, or with another date of the story, keeps it.
PARAGRAPH = [
    (
        HISTORY + "Water fell below 15% of capacity in September, officials said on Monday.",
        OCT_19,
        [*HISTORY_ROWS, ("September", "DATE", "2026-09", None), ("Monday", "DATE", "2026-10-19", None)],
    ),
    (
        HISTORY + "Water fell below 15% in September. Last week the ministry ordered cuts.",
        OCT_19,
        [*HISTORY_ROWS, ("September", "DATE", "2026-09", None), ("Last week", "DATE", "2026-W42", None)],
    ),
    (
        HISTORY + "Water fell below 15% in September, the lowest since 1974.",
        OCT_19,
        [*HISTORY_ROWS, ("September", "DATE", "1990-09", None), ("1974", "DATE", "1974", None)],
    ),
    (
        HISTORY + "In September the rains came. On Sept. 5 the river rose.",
        OCT_19,
        [*HISTORY_ROWS, ("September", "DATE", "1990-09", None), ("Sept. 5", "DATE", "1990-09-05", None)],
    ),
    (
        "The siege began on Jan. 1, 1901, the general wrote on Monday. In January the army withdrew.",
        dt.date(1901, 12, 19),
        [
            ("Jan. 1, 1901", "DATE", "1901-01-01", None),
            ("Monday", "DATE", "1901-12-16", None),
            ("January", "DATE", "1901-01", None),
        ],
    ),
]

# 4. A present verb of schedule after "and" governs the weekday that follows it, whatever past verb opened
# the sentence: "Talks began on Monday and meet again on Wednesday" (written on Tuesday) is the coming
# Wednesday, was the one before. A past verb after "and" still looks back.
NOV_17 = dt.date(2026, 11, 17)  # a Tuesday
COORDINATED = [
    (
        "Talks began on Monday and meet again on Wednesday.",
        NOV_17,
        [("Monday", "DATE", "2026-11-16", None), ("Wednesday", "DATE", "2026-11-18", None)],
    ),
    (
        "The hearing opened Monday and continues Wednesday.",
        NOV_17,
        [("Monday", "DATE", "2026-11-16", None), ("Wednesday", "DATE", "2026-11-18", None)],
    ),
    (
        "Talks began on Monday and ended on Wednesday.",
        NOV_17,
        [("Monday", "DATE", "2026-11-16", None), ("Wednesday", "DATE", "2026-11-11", None)],
    ),
    (
        "Talks began on Monday. They will resume on Wednesday.",
        NOV_17,
        [("Monday", "DATE", "2026-11-16", None), ("Wednesday", "DATE", "2026-11-18", None)],
    ),
    (
        "The strike began Monday and ended Wednesday.",
        dt.date(2026, 11, 19),
        [("Monday", "DATE", "2026-11-16", None), ("Wednesday", "DATE", "2026-11-18", None)],
    ),
]

CASES = RECURRING + APPOSED + SINCE + PARAGRAPH + COORDINATED


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round28(text, dct, expected):
    assert rows(text, dct) == expected
