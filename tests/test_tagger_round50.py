"""Table-driven tests of tagger round 50: direction and anchors, from a blind audit of unseen stories.

A weekday opening its sentence before "would" lies ahead; a plan after a saying dated in an opening phrase
counts from the saying; "the same day" in a past clause does not take a day told after the document date;
a lunar holiday takes the weekday the text sets beside it.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

TUE = dt.date(2026, 3, 3)  # a Tuesday
FRI = dt.date(2026, 3, 6)  # a Friday

# 1. A fronted weekday takes the tense of the first verb after it; "would" looks ahead.
FRONTED_WOULD = [
    ("On Friday, the envoy would tour the harbour.", TUE, [("Friday", "DATE", "2026-03-06", None)]),
    ("On Thursday, she would be shown the new dam.", TUE, [("Thursday", "DATE", "2026-03-05", None)]),
    ("Friday, the team would fly on to Oslo.", TUE, [("Friday", "DATE", "2026-03-06", None)]),
    # controls: a past verb before "would", a refusal, a past that did not happen, a plain past
    ("On Friday, the firm said it would sign.", TUE, [("Friday", "DATE", "2026-02-27", None)]),
    ("On Friday, the ministry would not comment.", TUE, [("Friday", "DATE", "2026-02-27", None)]),
    ("On Friday, the envoy would have toured the port.", TUE, [("Friday", "DATE", "2026-02-27", None)]),
    ("On Friday, the envoy toured the harbour.", TUE, [("Friday", "DATE", "2026-02-27", None)]),
]

# 2. A plan told with "would" after a saying dated in an opening phrase counts from the saying.
SAYING_PLAN = [
    (
        "In a statement on Thursday, the carrier said it would resume flights on Monday.",
        TUE,
        [("Thursday", "DATE", "2026-02-26", None), ("Monday", "DATE", "2026-03-02", None)],
    ),
    (
        "The carrier said on Thursday it would resume flights on Monday.",
        TUE,
        [("Thursday", "DATE", "2026-02-26", None), ("Monday", "DATE", "2026-03-02", None)],
    ),
    # control: with no saying dated, the plan counts from the writer's day
    (
        "In a statement, the carrier said it would resume flights on Monday.",
        TUE,
        [("Monday", "DATE", "2026-03-09", None)],
    ),
]

# 3. "the same day" in a past clause skips a day told after the document date.
SAME_DAY = [
    (
        "The regatta is set to close on Sunday night. The skipper told us earlier the same day"
        " that it went well.",
        FRI,
        [
            ("Sunday night", "DATE", "2026-03-08TNI", None),
            ("earlier the same day", "DATE", "2026-03-06", "START"),
        ],
    ),
    (
        "Guards seized a van on Thursday. The trial will open on Monday. That day, a second van was found.",
        FRI,
        [
            ("Thursday", "DATE", "2026-03-05", None),
            ("Monday", "DATE", "2026-03-09", None),
            ("That day", "DATE", "2026-03-05", None),
        ],
    ),
    # controls: a future clause keeps the day ahead; a past day told stays the reference
    (
        "The trial will open on Monday. The same day, the court will hear the first witness.",
        FRI,
        [("Monday", "DATE", "2026-03-09", None), ("The same day", "DATE", "2026-03-09", None)],
    ),
    (
        "Guards seized a van on Thursday. The same day, a second van was found.",
        FRI,
        [("Thursday", "DATE", "2026-03-05", None), ("The same day", "DATE", "2026-03-05", None)],
    ),
]

# 4. A lunar holiday takes the weekday the text sets beside it, when that lies a day or two off the table.
JUNE = dt.date(2025, 5, 20)  # Eid al-Adha 2025 is June 6 in the table, a Friday
TOLD_HOLIDAY = [
    (
        "Families will gather for Eid al-Adha, which falls on Saturday this year.",
        JUNE,
        [("Eid al-Adha", "DATE", "2025-06-07", None), ("Saturday", "DATE", "2025-06-07", None),
         ("this year", "DATE", "2025", None)],
    ),
    (
        "Eid al-Adha falls on Saturday.",
        JUNE,
        [("Eid al-Adha", "DATE", "2025-06-07", None), ("Saturday", "DATE", "2025-06-07", None)],
    ),
    (
        "Markets will shut for Eid al-Adha, the great feast, on Saturday.",
        dt.date(2025, 6, 4),
        [("Eid al-Adha", "DATE", "2025-06-07", None), ("Saturday", "DATE", "2025-06-07", None)],
    ),
    # controls: the weekday agrees with the table; a fixed holiday keeps its date
    (
        "Eid al-Adha falls on Friday.",
        JUNE,
        [("Eid al-Adha", "DATE", "2025-06-06", None), ("Friday", "DATE", "2025-06-06", None)],
    ),
    (
        "Shops close for Christmas on Saturday.",
        dt.date(2025, 12, 22),
        [("Christmas", "DATE", "2025-12-25", None), ("Saturday", "DATE", "2025-12-27", None)],
    ),
]

CASES = FRONTED_WOULD + SAYING_PLAN + SAME_DAY + TOLD_HOLIDAY


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round50(text: str, dct: dt.date, expected: list) -> None:
    assert rows(text, dct) == expected
