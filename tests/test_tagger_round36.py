"""Table-driven tests of tagger round 36: a season describing a thing, "the day before", expected plans.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

DEC_28 = dt.date(2001, 12, 28)  # a Friday

# 1. A season word before a noun of a place or a house names the thing of that season, not a time.
SEASON_THINGS = [
    ("The envoys met in the summer capital of the province.", DEC_28, []),
    ("Talks were held in the northern winter capital Darban.", DEC_28, []),
    ("The king withdrew to his summer residence by the lake.", DEC_28, []),
    ("Guards stood outside the winter palace.", DEC_28, []),
    ("They rented a summer house near the beach.", DEC_28, []),
    # controls: a word of time before "the summer" keeps it; a noun of time after the season keeps it
    ("In the summer house prices rose sharply.", DEC_28, [("the summer", "DATE", "2001-SU", None)]),
    ("The army went into winter quarters.", DEC_28, [("winter", "DATE", "2001-WI", None)]),
    ("The summer capital was busy last summer.", DEC_28, [("last summer", "DATE", "2001-SU", None)]),
]

# 2. "the day before" followed by a phrase of its own ("before in", "before at") is the adverb, one
# expression; before a noun it stays a preposition.
DAY_BEFORE = [
    (
        "The talks failed on Monday. The envoys had met the day before at the palace.",
        DEC_28,
        [("Monday", "DATE", "2001-12-24", None), ("the day before", "DATE", "2001-12-23", None)],
    ),
    (
        "The flood peaked on Monday. The river had risen the day before in heavy rain.",
        DEC_28,
        [("Monday", "DATE", "2001-12-24", None), ("the day before", "DATE", "2001-12-23", None)],
    ),
    # "before" with its object is a preposition: "the day" alone, counted from the vote, which no date
    # in the text dates (session 15: XXXX-XX-XX, not the news day)
    ("They met the day before the vote.", DEC_28, [("the day", "DATE", "XXXX-XX-XX", None)]),
]

# 3. A plan reported with "expect", "plan", "intend" or "hope" after a saying dated by a day, as with "would":
# its weekday is the one after the saying's day, not the one after the document date.
EXPECTED_PLANS = [
    (
        "Diplomats said on Tuesday they expect a signing on Wednesday.",
        DEC_28,
        [("Tuesday", "DATE", "2001-12-25", None), ("Wednesday", "DATE", "2001-12-26", None)],
    ),
    (
        "Officials on Tuesday said they planned to reopen the road on Thursday.",
        DEC_28,
        [("Tuesday", "DATE", "2001-12-25", None), ("Thursday", "DATE", "2001-12-27", None)],
    ),
    # controls: no dated saying; a saying dated after its verb, with "would"
    ("Envoys said they expect a signing on Wednesday.", DEC_28, [("Wednesday", "DATE", "2002-01-02", None)]),
    (
        "Diplomats said on Tuesday they would sign on Wednesday.",
        DEC_28,
        [("Tuesday", "DATE", "2001-12-25", None), ("Wednesday", "DATE", "2001-12-26", None)],
    ),
]

CASES = SEASON_THINGS + DAY_BEFORE + EXPECTED_PLANS


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round36(text, dct, expected):
    assert rows(text, dct) == expected
