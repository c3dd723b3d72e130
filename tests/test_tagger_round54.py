"""Table-driven tests of tagger round 54: forward days in a past sentence, "future" and "a last", quoted days.

A weekday after a thing's start ("a walkout beginning Thursday") or after "ahead of"/"before" a planned
act ("ahead of Saturday's derby") lies ahead whatever the reporting verb's tense; "future" before a noun of
a person is who someone became, "a last week" is a final week; a quoted "today" takes the day of its own
quotation's saying, never a day told by a later speaker.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

TUE = dt.date(2026, 3, 10)  # a Tuesday

# 1. A thing's start with or without "on", and a planned act "ahead of"/"before" it: the coming day.
FORWARD_DAYS = [
    ("Nurses said staff plan a walkout beginning Thursday.", TUE, [("Thursday", "DATE", "2026-03-12", None)]),
    ("Organisers said a fair opening Saturday will be big.", TUE, [("Saturday", "DATE", "2026-03-14", None)]),
    ("Fans queued early ahead of Saturday's derby.", TUE, [("Saturday", "DATE", "2026-03-14", None)]),
    ("Councillors met before a ballot on Friday, aides said.", TUE, [("Friday", "DATE", "2026-03-13", None)]),
    # controls: the thing's own past verb, and a bare day after "before"
    ("A walkout beginning Thursday was called off.", TUE, [("Thursday", "DATE", "2026-03-05", None)]),
    ("The ballot before the rally on Friday was calm.", TUE, [("Friday", "DATE", "2026-03-06", None)]),
    ("The clerk quit before Friday.", TUE, [("Friday", "DATE", "2026-03-06", None)]),
]

# 2. "future" before a noun of a person, and "a last" or "one last" unit: no time.
NOT_TIMES = [
    ("The future mayor toured the harbour.", TUE, []),
    ("She introduced her future husband to the band.", TUE, []),
    ("Lenders braced for a last week of turmoil.", TUE, []),
    # controls: a noun of a thing, people in the plural, "in the future", and "last week" itself
    ("Planners drew up future budgets.", TUE, [("future", "DATE", "FUTURE_REF", None)]),
    ("Schools shape future voters.", TUE, [("future", "DATE", "FUTURE_REF", None)]),
    ("In the future people may live longer.", TUE, [("the future", "DATE", "FUTURE_REF", None)]),
    ("The mayor resigned last week.", TUE, [("last week", "DATE", "2026-W10", None)]),
]

# 3. A quoted "today": the day of its own saying, or the document's when that saying has none.
QUOTED = [
    (
        '"We open the gates today," a steward said. A guard said on Monday that the gates stayed shut.',
        TUE,
        [("today", "DATE", "2026-03-10", None), ("Monday", "DATE", "2026-03-09", None)],
    ),
    (
        '"We open the gates today," a steward said on Monday.',
        TUE,
        [("today", "DATE", "2026-03-09", None), ("Monday", "DATE", "2026-03-09", None)],
    ),
]

CASES = FORWARD_DAYS + NOT_TIMES + QUOTED


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round54(text: str, dct: dt.date, expected: list) -> None:
    assert rows(text, dct) == expected
