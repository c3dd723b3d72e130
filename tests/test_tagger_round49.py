"""Table-driven tests of tagger round 49: defects of a blind audit of unseen stories.

A bare "weekend" after a possessive and "the first month" are tagged alike whether their paragraph stands
alone (a short message, to the tagger) or in a longer article; a bare weekend told in the past is the one
just gone; bounds after a length ("20 minutes or less", "ten days or so") give its mod; "a year or two" is
some years, as "two or three years" is; "weekly" before a weekday is that day each week.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

WED = dt.date(2026, 3, 4)  # a Wednesday in ISO week 10; the weekend before is 2026-W09-WE
# A second paragraph long enough to make any text an article, with no time word of its own.
MORE = (
    "\n\nVolunteers handed out blankets and water at the town hall, and engineers from two counties "
    "inspected bridges along the river valley while farmers counted lost livestock in flooded fields. "
    "Insurers sent assessors to the worst hit villages, and the regional council opened an emergency fund "
    "for families whose homes were damaged beyond repair."
)

# 1. A paragraph tags the same alone and followed by another.
ALONE_OR_NOT = [
    ("The valley's weekend storms cut power to thousands.", WED, [("weekend", "DATE", "2026-W09-WE", None)]),
    (
        "The valley's weekend storms cut power to thousands." + MORE,
        WED,
        [("weekend", "DATE", "2026-W09-WE", None)],
    ),
    ("The league's weekend games will go ahead." + MORE, WED, [("weekend", "DATE", "2026-W10-WE", None)]),
    # a weekend that comes every week is no date
    ("The paper's weekend edition sold out." + MORE, WED, []),
    ("The museum's weekend hours are longer." + MORE, WED, []),
    ("Costs rose in the first month of the trial.", WED, [("the first month", "DURATION", "P1M", None)]),
    (
        "Costs rose in the first month of the trial." + MORE,
        WED,
        [("the first month", "DURATION", "P1M", None)],
    ),
    ("She quit in her final year in office." + MORE, WED, [("final year", "DURATION", "P1Y", None)]),
    ("They met in the second week of talks." + MORE, WED, [("the second week", "DURATION", "P1W", None)]),
    # the calendar's own weeks keep their rule
    ("They met in the first week of May." + MORE, WED, [("the first week of May", "DATE", "2025-W18", None)]),
    # a short message's bare weekend told in the past is the one just gone; ahead, the coming one
    ("Spent a lovely weekend at the lake", WED, [("weekend", "DATE", "2026-W09-WE", None)]),
    ("Cannot wait for a lovely weekend at the lake", WED, [("weekend", "DATE", "2026-W10-WE", None)]),
]

# 3. A bound or an approximator after a length is its mod, inside its extent.
BOUNDS_AFTER = [
    ("It takes 20 minutes or less.", WED, [("20 minutes or less", "DURATION", "PT20M", "EQUAL_OR_LESS")]),
    ("The repair took an hour or more.", WED, [("an hour or more", "DURATION", "PT1H", "EQUAL_OR_MORE")]),
    ("The march lasted ten days or so.", WED, [("ten days or so", "DURATION", "P10D", "APPROX")]),
    ("It takes two weeks or longer.", WED, [("two weeks or longer", "DURATION", "P2W", "EQUAL_OR_MORE")]),
    ("The fix took two weeks at most.", WED, [("two weeks at most", "DURATION", "P2W", "EQUAL_OR_LESS")]),
    ("Queues lasted six hours or fewer.", WED, [("six hours or fewer", "DURATION", "PT6H", "EQUAL_OR_LESS")]),
    # before the length, as before
    ("The fix takes at most two weeks.", WED, [("at most two weeks", "DURATION", "P2W", "EQUAL_OR_LESS")]),
    ("The fix takes at least two weeks.", WED, [("at least two weeks", "DURATION", "P2W", "EQUAL_OR_MORE")]),
    # "at least" that opens another count is not this length's bound
    ("The fix took two weeks at least three times.", WED, [("two weeks", "DURATION", "P2W", None)]),
    ("The plant will reopen in ten days or so.", WED, [("ten days or so", "DATE", "2026-03-14", "APPROX")]),
]

# 4. "a year or two" is some years, as "two or three years" is.
VAGUE_COUNT = [
    ("The dispute lasted a year or two.", WED, [("a year or two", "DURATION", "PXY", None)]),
    ("The cast stays on for a day or two.", WED, [("a day or two", "DURATION", "PXD", None)]),
    ("The road will reopen in a week or two.", WED, [("a week or two", "DURATION", "PXW", None)]),
    ("The road will reopen in two or three weeks.", WED, [("two or three weeks", "DURATION", "PXW", None)]),
    # a second length is its own
    (
        "It took an hour or two hours.",
        WED,
        [("an hour", "DURATION", "PT1H", None), ("two hours", "DURATION", "PT2H", None)],
    ),
]

# 5. "weekly" or "fortnightly" before a weekday and a noun: a SET of its own, and the weekday a date of its
# own (the instance a past sentence tells of was held that day, which its event needs).
WEEKLY_DAY = [
    ("She skipped her weekly Tuesday briefing.", WED,
     [("weekly", "SET", "P1W", None), ("Tuesday", "DATE", "2026-03-03", None)]),
    ("His fortnightly Friday column ran late.", WED,
     [("fortnightly", "SET", "P2W", None), ("Friday", "DATE", "2026-02-27", None)]),
    ("She skipped every Tuesday briefing.", WED, [("every Tuesday", "SET", "XXXX-WXX-2", None)]),
    ("The agency posts a daily update.", WED, [("daily", "SET", "P1D", None)]),
    # a paper's name stays untagged
    ("The weekly Sunday Herald reported it.", WED, []),
]

CASES = ALONE_OR_NOT + BOUNDS_AFTER + VAGUE_COUNT + WEEKLY_DAY


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round49(text: str, dct: dt.date, expected: list) -> None:
    assert rows(text, dct) == expected
