"""Table-driven tests of the tagger on 2020s news: schedules, deadlines and forecasts told in the present.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

MAR_10 = dt.date(2025, 3, 10)  # a Monday
MAR_13 = dt.date(2025, 3, 13)  # a Thursday

# 1. A month and day under a present verb of schedule ("takes effect", "expires", "is due") that lies well
# behind the writer is next year's; a past verb keeps it back, and a day within a month back stays the
# nearest (a headline's present: "Store opens March 3").
SCHEDULED_DAYS = [
    ("The law takes effect Jan. 1.", MAR_10, [("Jan. 1", "DATE", "2026-01-01", None)]),
    ("The deadline is Jan. 15.", MAR_10, [("Jan. 15", "DATE", "2026-01-15", None)]),
    ("Payment is due Feb. 1.", MAR_10, [("Feb. 1", "DATE", "2026-02-01", None)]),
    ("The lease expires Jan. 31.", MAR_10, [("Jan. 31", "DATE", "2026-01-31", None)]),
    ("Nominations close Jan. 20.", MAR_10, [("Jan. 20", "DATE", "2026-01-20", None)]),
    (
        "Enrollment opens Nov. 1 and closes Jan. 31.",
        MAR_10,
        [("Nov. 1", "DATE", "2025-11-01", None), ("Jan. 31", "DATE", "2026-01-31", None)],
    ),
    (
        "The museum, which opened Jan. 20, closes Feb. 1.",
        MAR_10,
        [("Jan. 20", "DATE", "2025-01-20", None), ("Feb. 1", "DATE", "2026-02-01", None)],
    ),
    # controls: a past verb, "was due", a day just gone by
    ("The law took effect Jan. 1.", MAR_10, [("Jan. 1", "DATE", "2025-01-01", None)]),
    ("Payment was due Feb. 1.", MAR_10, [("Feb. 1", "DATE", "2025-02-01", None)]),
    ("Rent was due on Feb. 1.", MAR_10, [("Feb. 1", "DATE", "2025-02-01", None)]),
    ("The store opens March 3.", MAR_10, [("March 3", "DATE", "2025-03-03", None)]),
]

# 2. A clock time qualifying a noun is on the day of what it names ("an 8 p.m. briefing on Tuesday"), and a
# clock's "p.m." before a word in lower case ends no sentence, so the "will" before it still governs the day.
CLOCK_BEFORE_DAY = [
    (
        "The White House will hold an 8 p.m. briefing on Tuesday.",
        MAR_13,
        [("8 p.m.", "TIME", "2025-03-18T20:00", None), ("Tuesday", "DATE", "2025-03-18", None)],
    ),
    (
        "The mayor will give a 10 a.m. news conference Monday.",
        MAR_13,
        [("10 a.m.", "TIME", "2025-03-17T10:00", None), ("Monday", "DATE", "2025-03-17", None)],
    ),
    (
        "Polls close at 8 p.m. and results come Tuesday.",
        MAR_13,
        [("8 p.m.", "TIME", "2025-03-13T20:00", None), ("Tuesday", "DATE", "2025-03-18", None)],
    ),
    # controls: the time after a verb and "and" is not the later day's; a sentence ends after "p.m."
    (
        "The police arrived at 8 p.m. and on Tuesday left.",
        MAR_13,
        [("8 p.m.", "TIME", "2025-03-13T20:00", None), ("Tuesday", "DATE", "2025-03-11", None)],
    ),
    (
        "The polls will close at 8 p.m. Officials said on Tuesday that turnout was high.",
        MAR_13,
        [("8 p.m.", "TIME", "2025-03-13T20:00", None), ("Tuesday", "DATE", "2025-03-11", None)],
    ),
]

# 3. A coming week named before a bare weekday in its sentence holds that weekday.
WEEK_THEN_DAY = [
    (
        "The Fed meets next week, with a decision due Wednesday.",
        MAR_10,
        [("next week", "DATE", "2025-W12", None), ("Wednesday", "DATE", "2025-03-19", None)],
    ),
    (
        "The Fed meets next week and announces its decision Wednesday.",
        MAR_10,
        [("next week", "DATE", "2025-W12", None), ("Wednesday", "DATE", "2025-03-19", None)],
    ),
    # controls: this week, a week gone by, a weekday in the next sentence
    (
        "The Fed meets this week, with a decision due Wednesday.",
        MAR_10,
        [("this week", "DATE", "2025-W11", None), ("Wednesday", "DATE", "2025-03-12", None)],
    ),
    (
        "The Fed met last week and on Wednesday it raised rates.",
        MAR_10,
        [("last week", "DATE", "2025-W10", None), ("Wednesday", "DATE", "2025-03-05", None)],
    ),
    (
        "The Fed meets next week. On Wednesday, it said rates would hold.",
        MAR_10,
        [("next week", "DATE", "2025-W12", None), ("Wednesday", "DATE", "2025-03-05", None)],
    ),
]

# 4. A fiscal year takes the calendar year's value, as TimeBank's gold does ("fiscal 1989" is 1989).
FISCAL = [
    (
        "The company reported results for fiscal 2025 and fiscal year 2024.",
        MAR_10,
        [("fiscal 2025", "DATE", "2025", None), ("fiscal year 2024", "DATE", "2024", None)],
    ),
    ("Revenue for FY2025 rose.", MAR_10, [("FY2025", "DATE", "2025", None)]),
]

CASES = SCHEDULED_DAYS + CLOCK_BEFORE_DAY + WEEK_THEN_DAY + FISCAL


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_scheduled_news(text: str, dct: dt.date, expected: list) -> None:
    assert rows(text, dct) == expected
