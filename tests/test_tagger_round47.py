"""Table-driven tests of tagger round 47: three defects of unseen wire stories.

A "today", "tonight", "this morning" or "this week" quoted from a saying dated in the same sentence is the
saying's (single quotation marks and speech after a colon included); a bare month told in the past after
an earlier year stated in figures takes that year, though a news date stood before it; "some 15 years
ago" keeps its approximator as a mod.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

MON = dt.date(2026, 3, 2)  # a Monday; the Sunday before is March 1 (ISO week 9)

# 1. Words quoted from a saying dated in the same sentence are the saying's day.
QUOTED = [
    (
        "Lee said on Sunday: 'Today we start again.'",
        MON,
        [("Sunday", "DATE", "2026-03-01", None), ("Today", "DATE", "2026-03-01", None)],
    ),
    (
        "'We will sign today,' the minister said Sunday.",
        MON,
        [("today", "DATE", "2026-03-01", None), ("Sunday", "DATE", "2026-03-01", None)],
    ),
    (
        "‘We will sign tonight,’ the minister said on Sunday.",
        MON,
        [("tonight", "TIME", "2026-03-01TNI", None), ("Sunday", "DATE", "2026-03-01", None)],
    ),
    (
        "The mayor said on Sunday: 'This morning we met the unions. This week we sign.'",
        MON,
        [
            ("Sunday", "DATE", "2026-03-01", None),
            ("This morning", "TIME", "2026-03-01TMO", None),
            ("This week", "DATE", "2026-W09", None),
        ],
    ),
    (
        "Lee said on Sunday: Today we start again.",
        MON,
        [("Sunday", "DATE", "2026-03-01", None), ("Today", "DATE", "2026-03-01", None)],
    ),
    ("'Tomorrow we vote,' he said yesterday.", MON, [
        ("Tomorrow", "DATE", "2026-03-02", None), ("yesterday", "DATE", "2026-03-01", None)]),
    # controls: a saying with no date of its own, an apostrophe, and reported speech in a "that" clause
    ("'We will sign today,' the minister said.", MON, [("today", "DATE", "2026-03-02", None)]),
    (
        "The players' union met today. 'We strike tonight,' he said.",
        MON,
        [("today", "DATE", "2026-03-02", None), ("tonight", "TIME", "2026-03-02TNI", None)],
    ),
    (
        "Lee said on Sunday that work would start again today.",
        MON,
        [("Sunday", "DATE", "2026-03-01", None), ("today", "DATE", "2026-03-02", None)],
    ),
    ("'This week we sign,' he said.", MON, [("This week", "DATE", "2026-W10", None)]),
]

# 2. A bare month told in the past after an earlier year in figures, a news date before them.
NEWS_THEN_YEAR = "The state said on Monday it would act. "
TOLD_YEAR = [
    (
        NEWS_THEN_YEAR + "In 1961 the union was banned. In November its head fled. "
        "Two months later he returned.",
        MON,
        [
            ("Monday", "DATE", "2026-03-02", None),
            ("1961", "DATE", "1961", None),
            ("November", "DATE", "1961-11", None),
            ("Two months later", "DATE", "1962-01", None),
        ],
    ),
    (
        NEWS_THEN_YEAR + "In 1961 the union was banned. On November 5 its leader fled.",
        MON,
        [
            ("Monday", "DATE", "2026-03-02", None),
            ("1961", "DATE", "1961", None),
            ("November 5", "DATE", "1961-11-05", None),
        ],
    ),
    # controls: a year naming a thing, a year that ends a span, a month in the future, a year few years back
    (
        NEWS_THEN_YEAR + "Under the 1961 law the union was banned. In November its leader fled.",
        MON,
        [("Monday", "DATE", "2026-03-02", None), ("1961", "DATE", "1961", None),
         ("November", "DATE", "2025-11", None)],
    ),
    (
        NEWS_THEN_YEAR + "The killings date back to 2014. In November the police arrested a man.",
        MON,
        [("Monday", "DATE", "2026-03-02", None), ("2014", "DATE", "2014", None),
         ("November", "DATE", "2025-11", None)],
    ),
    (
        NEWS_THEN_YEAR + "Prices rose in 2019. In December the bank will cut rates.",
        MON,
        [("Monday", "DATE", "2026-03-02", None), ("2019", "DATE", "2019", None),
         ("December", "DATE", "2026-12", None)],
    ),
    (
        NEWS_THEN_YEAR + "Prices rose in 2022. In February the bank raised rates.",
        MON,
        [("Monday", "DATE", "2026-03-02", None), ("2022", "DATE", "2022", None),
         ("February", "DATE", "2026-02", None)],
    ),
]

# 3. An approximator or a bound before a count back from now stays as the mod.
APPROX_AGO = [
    ("The bridge was built some 15 years ago.", MON, [("15 years ago", "DATE", "2011", "APPROX")]),
    ("The mill closed about 30 years ago.", MON, [("30 years ago", "DATE", "1996", "APPROX")]),
    ("The mill closed around 30 years ago.", MON, [("30 years ago", "DATE", "1996", "APPROX")]),
    ("The mill closed roughly 30 years ago.", MON, [("roughly 30 years ago", "DATE", "1996", "APPROX")]),
    ("The mill closed almost 30 years ago.", MON, [("almost 30 years ago", "DATE", "1996", "APPROX")]),
    ("The mill closed nearly 30 years ago.", MON, [("nearly 30 years ago", "DATE", "1996", "APPROX")]),
    ("It shut more than 30 years ago.", MON, [("more than 30 years ago", "DATE", "1996", "MORE_THAN")]),
    ("It shut less than 30 years ago.", MON, [("less than 30 years ago", "DATE", "1996", "LESS_THAN")]),
    # control: no approximator
    ("The mill closed 30 years ago.", MON, [("30 years ago", "DATE", "1996", None)]),
]

CASES = QUOTED + TOLD_YEAR + APPROX_AGO


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round47(text: str, dct: dt.date, expected: list) -> None:
    assert rows(text, dct) == expected
