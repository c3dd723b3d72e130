"""Table-driven tests of the tagger on 2020s web news: live-blog stamps, a weekday set beside its date, a
season told after a year, acts scheduled and planned ahead, quarters, irregular past verbs, forecasts.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

MAR_12 = dt.date(2025, 3, 12)  # a Wednesday
MAY_12 = dt.date(2025, 5, 12)  # a Monday
OCT_20 = dt.date(2026, 10, 20)  # a Tuesday
DEC_10 = dt.date(2025, 12, 10)  # a Wednesday
APR_16 = dt.date(2023, 4, 16)  # a Sunday

# 1. A live page's stamps are times of the document's day.
STAMPS = [
    ("Updated 10:32 a.m. ET", MAR_12, [("10:32 a.m. ET", "TIME", "2025-03-12T10:32", None)]),
    ("Last updated: 3:15 p.m. EST", MAR_12, [("3:15 p.m. EST", "TIME", "2025-03-12T15:15", None)]),
    (
        "12:45 p.m. GMT: The prime minister has arrived at the palace.",
        MAR_12,
        [("12:45 p.m. GMT", "TIME", "2025-03-12T12:45", None)],
    ),
    ("Posted 2 hours ago", MAR_12, [("2 hours ago", "TIME", "2025-03-12TXX", None)]),
    (
        "Updated yesterday at 6:40 p.m.",
        MAR_12,
        [("yesterday", "DATE", "2025-03-11", None), ("6:40 p.m.", "TIME", "2025-03-11T18:40", None)],
    ),
]

# 2. A weekday set beside a date names that date's day again, not the weekday nearest the document date.
APPOSED_WEEKDAYS = [
    (
        "The floods began Oct. 5, a Monday, and lasted a week.",
        OCT_20,
        [("Oct. 5", "DATE", "2026-10-05", None), ("Monday", "DATE", "2026-10-05", None),
         ("a week", "DURATION", "P1W", None)],
    ),
    (
        "The deal closed on Sept. 30, a Wednesday.",
        OCT_20,
        [("Sept. 30", "DATE", "2026-09-30", None), ("Wednesday", "DATE", "2026-09-30", None)],
    ),
    (
        "The coach takes charge on Jan. 1, which is a Thursday.",
        DEC_10,
        [("Jan. 1", "DATE", "2026-01-01", None), ("Thursday", "DATE", "2026-01-01", None)],
    ),
    (
        "Offices close Dec. 24, Wednesday, and Dec. 26, Friday.",
        DEC_10,
        [("Dec. 24", "DATE", "2025-12-24", None), ("Wednesday", "DATE", "2025-12-24", None),
         ("Dec. 26", "DATE", "2025-12-26", None), ("Friday", "DATE", "2025-12-26", None)],
    ),
    # the weekday says the year of a date written without one: 2025's Jan. 1 was a Wednesday
    (
        "The coach takes charge on Jan. 1, a Thursday.",
        MAR_12,
        [("Jan. 1", "DATE", "2026-01-01", None), ("Thursday", "DATE", "2026-01-01", None)],
    ),
    (
        "The coach took charge on Jan. 1, 2025, a Thursday.",
        MAR_12,
        [("Jan. 1, 2025", "DATE", "2025-01-01", None), ("Thursday", "DATE", "2025-01-01", None)],
    ),
    # control: a weekday opening its own clause after the date is another day
    (
        "The vote was held on Dec. 2, and on Friday the results came in.",
        DEC_10,
        [("Dec. 2", "DATE", "2025-12-02", None), ("Friday", "DATE", "2025-12-05", None)],
    ),
]  # fmt: skip

# 3. "the following spring" after a year told whole is in the next year; after a month, the next spring.
SEASONS = [
    (
        "The probe launched in 2019, and a second one followed the following spring.",
        APR_16,
        [("2019", "DATE", "2019", None), ("the following spring", "DATE", "2020-SP", None)],
    ),
    (
        "The band formed in 2008. The next summer it toured Europe.",
        APR_16,
        [("2008", "DATE", "2008", None), ("The next summer", "DATE", "2009-SU", None)],
    ),
    (
        "The band formed in 2008. The previous winter its singer had left school.",
        APR_16,
        [("2008", "DATE", "2008", None), ("The previous winter", "DATE", "2007-WI", None)],
    ),
    (
        "The firm was founded in March 2015. The following spring it moved to Austin.",
        APR_16,
        [("March 2015", "DATE", "2015-03", None), ("The following spring", "DATE", "2016-SP", None)],
    ),
    (
        "The plant opened in the fall of 2015, and the following winter it closed.",
        APR_16,
        [("the fall of 2015", "DATE", "2015-FA", None), ("the following winter", "DATE", "2015-WI", None)],
    ),
]

# 4. Acts scheduled or planned in the writer's present go forward; "will" after a day gone by is the writer's.
AHEAD = [
    ("The senator is scheduled to testify Tuesday.", MAR_12, [("Tuesday", "DATE", "2025-03-18", None)]),
    ("The committee is set to vote on Monday.", MAR_12, [("Monday", "DATE", "2025-03-17", None)]),
    (
        "The board plans to announce Friday whether it will sell.",
        MAR_12,
        [("Friday", "DATE", "2025-03-14", None)],
    ),
    ("The company expects to close the deal in March.", MAR_12, [("March", "DATE", "2025-03", None)]),
    ("The company expects to close the deal in March.", MAY_12, [("March", "DATE", "2026-03", None)]),
    (
        "The minister is expected Thursday to announce his resignation.",
        MAR_12,
        [("Thursday", "DATE", "2025-03-13", None)],
    ),
    ("The government plans to hold elections in February.", MAR_12, [("February", "DATE", "2026-02", None)]),
    (
        "The president signed the bill Friday and will travel Monday.",
        MAR_12,
        [("Friday", "DATE", "2025-03-07", None), ("Monday", "DATE", "2025-03-17", None)],
    ),
    (
        "The team lost Friday and will play Monday.",
        MAR_12,
        [("Friday", "DATE", "2025-03-07", None), ("Monday", "DATE", "2025-03-17", None)],
    ),
    (
        "The team lost Tuesday and will play Monday.",
        MAR_12,
        [("Tuesday", "DATE", "2025-03-11", None), ("Monday", "DATE", "2025-03-17", None)],
    ),
]

# 5. "the most recent quarter" is the last full quarter before the document date, "the most" within it.
QUARTERS = [
    (
        "The company reported a loss for the most recent quarter.",
        MAR_12,
        [("the most recent quarter", "DATE", "2024-Q4", None)],
    ),
    (
        "Sales rose in the most recent quarter.",
        MAY_12,
        [("the most recent quarter", "DATE", "2025-Q1", None)],
    ),
    ("Sales rose in the latest quarter.", MAR_12, [("the latest quarter", "DATE", "2024-Q4", None)]),
    (
        "The ship docked on Oct. 2 and sailed three days later this month.",
        OCT_20,
        [("Oct. 2", "DATE", "2026-10-02", None), ("three days later", "DATE", "2026-10-05", None),
         ("this month", "DATE", "2026-10", None)],
    ),
    ("The report is due later this month.", OCT_20, [("later this month", "DATE", "2026-10", "END")]),
]  # fmt: skip

# 6. An irregular past verb puts its weekday in the week gone by.
IRREGULAR_PAST = [
    ("The court held on Monday that the law was valid.", MAR_12, [("Monday", "DATE", "2025-03-10", None)]),
    ("She spoke Tuesday at the conference.", MAR_12, [("Tuesday", "DATE", "2025-03-11", None)]),
    ("They fought Friday over the budget.", MAR_12, [("Friday", "DATE", "2025-03-07", None)]),
    ("The minister sought Thursday to calm markets.", MAR_12, [("Thursday", "DATE", "2025-03-06", None)]),
    ("The court struck down the law Thursday.", MAR_12, [("Thursday", "DATE", "2025-03-06", None)]),
    ("The suspect fled Monday.", MAR_12, [("Monday", "DATE", "2025-03-10", None)]),
]

# 7. A forecast in the present passive looks ahead; "was forecast" and "it forecast" look back.
FORECASTS = [
    (
        "Heavy snow is forecast for Thursday night.",
        OCT_20,
        [("Thursday night", "DATE", "2026-10-22TNI", None)],
    ),
    ("Rain is predicted Friday across the region.", OCT_20, [("Friday", "DATE", "2026-10-23", None)]),
    ("Sales are projected to rise in March.", OCT_20, [("March", "DATE", "2027-03", None)]),
    (
        "Heavy snow was forecast for Thursday night, but little fell.",
        OCT_20,
        [("Thursday night", "DATE", "2026-10-15TNI", None)],
    ),
    ("The bank forecast on Monday that growth would slow.", OCT_20, [("Monday", "DATE", "2026-10-19", None)]),
]

JUN_12 = dt.date(2025, 6, 12)  # a Thursday

# 8. A month and day under the writer's "will" lies ahead, however near the one gone by.
WILL_DATES = [
    ("The store will open May 3.", JUN_12, [("May 3", "DATE", "2026-05-03", None)]),
    ("The law will take effect Jan. 1.", MAR_12, [("Jan. 1", "DATE", "2026-01-01", None)]),
    ("The store will open July 3.", JUN_12, [("July 3", "DATE", "2025-07-03", None)]),
    # controls: a past verb nearer the date, and "after", look back
    ("The store, which opened May 3, will close in July.", JUN_12,
     [("May 3", "DATE", "2025-05-03", None), ("July", "DATE", "2025-07", None)]),
    ("The store opened May 3.", JUN_12, [("May 3", "DATE", "2025-05-03", None)]),
]  # fmt: skip

# 9. Words of markets that are no time: "the past five sessions" counts sessions, "year to date" is no span.
NOT_TIMES = [
    ("The index fell 2% over the past five sessions.", MAR_12, []),
    ("He has won the past two races.", MAR_12, []),
    ("Shares have gained 40% year to date.", MAR_12, []),
    ("Sales are up 5% month to date.", MAR_12, []),
    # controls
    ("Prices rose over the past three years.", MAR_12, [("the past three years", "DURATION", "P3Y", None)]),
    ("In the past, the firm grew.", MAR_12, [("the past", "DATE", "PAST_REF", None)]),
    (
        "She has led the party for the past two years.",
        MAR_12,
        [("the past two years", "DURATION", "P2Y", None)],
    ),
]

CASES = (
    STAMPS
    + APPOSED_WEEKDAYS
    + SEASONS
    + AHEAD
    + QUARTERS
    + IRREGULAR_PAST
    + FORECASTS
    + WILL_DATES
    + NOT_TIMES
)


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_today_news(text: str, dct: dt.date, expected: list) -> None:
    assert rows(text, dct) == expected
