"""Table-driven tests of tagger round 31: the direction of a planned act's date.

A date in the infinitive of an act asked for ("asked members to strike in January") lies ahead of the
asking. Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod),
...] in text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

NOV_27 = dt.date(2026, 11, 27)  # a Friday

# 1. A verb of asking (ask, urge, order, call on), its object and "to" + a bare verb right before the date:
# the act asked for comes after the asking. An object of the infinitive between verb and date lets the date
# place the asking; a past infinitive ("to have met") and a verb of seeming look back or nowhere.
ASKED_TO = [
    ("The union asked members to strike in January.", NOV_27, [("January", "DATE", "2027-01", None)]),
    ("The union called on members to strike in January.", NOV_27, [("January", "DATE", "2027-01", None)]),
    ("Officials urged residents to leave on Monday.", NOV_27, [("Monday", "DATE", "2026-11-30", None)]),
    ("Members were asked to vote in March.", NOV_27, [("March", "DATE", "2027-03", None)]),
    ("He asked them to meet again in March.", NOV_27, [("March", "DATE", "2027-03", None)]),
    # controls: unchanged
    ("The union voted to strike in March.", NOV_27, [("March", "DATE", "2027-03", None)]),
    ("They agreed to meet on Monday.", NOV_27, [("Monday", "DATE", "2026-11-30", None)]),
    ("He was asked to have signed in January.", NOV_27, [("January", "DATE", "2026-01", None)]),
    ("Prices appeared to fall in January.", NOV_27, [("January", "DATE", "2026-01", None)]),
    (
        "The mayor asked the council to close the park on Monday.",
        NOV_27,
        [("Monday", "DATE", "2026-11-23", None)],
    ),
]

# 2. A noun of a planned act, "for" and a date ("a strike for Monday", "the hearing for Dec. 9") names the
# act's appointed day, ahead of the calling; the act's own past verb after the date ("went ahead") and a
# possessive day ("a rally for Monday's victims") keep the usual reading.
PLANNED_FOR = [
    ("The union called a strike for Monday.", NOV_27, [("Monday", "DATE", "2026-11-30", None)]),
    ("Leaders called a vote for Thursday.", NOV_27, [("Thursday", "DATE", "2026-12-03", None)]),
    (
        "The judge postponed the decision and fixed the hearing for Dec. 9.",
        NOV_27,
        [("Dec. 9", "DATE", "2026-12-09", None)],
    ),
    ("The strike for Monday went ahead.", NOV_27, [("Monday", "DATE", "2026-11-23", None)]),
    ("They held a rally for Monday's victims.", NOV_27, [("Monday", "DATE", "2026-11-23", None)]),
    ("Workers staged a strike for higher pay on Monday.", NOV_27, [("Monday", "DATE", "2026-11-23", None)]),
]

# 3. A capitalised possessive before a capitalised "Day" names the day, no day's length, in a short message;
# a date right after a present "is"/"are" (and "on") is the coming one.
NAMED_DAY_IS = [
    ("Women's Day is Sunday", NOV_27, [("Sunday", "DATE", "2026-11-29", None)]),
    ("Poets' Day is on Monday", NOV_27, [("Monday", "DATE", "2026-11-30", None)]),
    ("The party is Sunday.", NOV_27, [("Sunday", "DATE", "2026-11-29", None)]),
    # controls: a day's length in a short message, a past copula
    ("Have a great day", NOV_27, [("day", "DURATION", "P1D", None)]),
    ("The deadline was Sunday.", NOV_27, [("Sunday", "DATE", "2026-11-22", None)]),
]

CASES = ASKED_TO + PLANNED_FOR + NAMED_DAY_IS


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round31(text, dct, expected):
    assert rows(text, dct) == expected
