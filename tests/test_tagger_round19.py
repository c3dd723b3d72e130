"""Table-driven tests of tagger round 19: a weekday or part of day told in a saying dated by an earlier day.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, document date, expected
[(extent, type, value, mod), ...] in text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

JUL_12 = dt.date(2024, 7, 12)  # a Friday; June 3, 2024 is a Monday

# 1. A sentence opening with an earlier date and going on to a verb of saying or telling dates what was said:
# a bare weekday in it counts from that date, ahead in a present or future clause, back in a past one.
DATED_SAYING = [
    (
        'On June 3, the engineer said: "We open the gates Monday."',
        JUL_12,
        [("June 3", "DATE", "2024-06-03", None), ("Monday", "DATE", "2024-06-10", None)],
    ),
    (
        "On June 3 the engineer told the board the gates would open Monday",
        JUL_12,
        [("June 3", "DATE", "2024-06-03", None), ("Monday", "DATE", "2024-06-10", None)],
    ),
    (
        "On June 3 the engineer said the gates would open Monday morning.",
        JUL_12,
        [("June 3", "DATE", "2024-06-03", None), ("Monday morning", "DATE", "2024-06-10TMO", None)],
    ),
    (
        "On June 3, the engineer said the gates opened Thursday.",
        JUL_12,
        [("June 3", "DATE", "2024-06-03", None), ("Thursday", "DATE", "2024-05-30", None)],
    ),
    (
        'June 3, 2024: the engineer announced that "the gates close Wednesday."',
        JUL_12,
        [("June 3, 2024", "DATE", "2024-06-03", None), ("Wednesday", "DATE", "2024-06-05", None)],
    ),
    # a second weekday of the same saying still counts from the sentence's opening date
    (
        "On June 3, 2024, officials said the plant would reopen Thursday and close Friday night.",
        JUL_12,
        [
            ("June 3, 2024", "DATE", "2024-06-03", None),
            ("Thursday", "DATE", "2024-06-06", None),
            ("Friday night", "DATE", "2024-06-07TNI", None),
        ],
    ),
    # the dot of an abbreviated month ends no sentence; a part of day in the saying is on the saying's day
    (
        "On Sept. 3 the engineer said work resumes Monday.",
        dt.date(2023, 9, 20),
        [("Sept. 3", "DATE", "2023-09-03", None), ("Monday", "DATE", "2023-09-04", None)],
    ),
    (
        "On June 3 the engineer said work resumes late evening.",
        JUL_12,
        [("June 3", "DATE", "2024-06-03", None), ("late evening", "TIME", "2024-06-03TEV", None)],
    ),
]

# 2. A part of day set after a date by a comma is on that day, as in a log line.
DAY_THEN_PART = [
    (
        "April 29, 2024, late evening:",
        JUL_12,
        [("April 29, 2024", "DATE", "2024-04-29", None), ("late evening", "TIME", "2024-04-29TEV", None)],
    ),
    (
        "April 29, 2024, early morning: the crowd gathered.",
        JUL_12,
        [("April 29, 2024", "DATE", "2024-04-29", None), ("early morning", "TIME", "2024-04-29TMO", None)],
    ),
]

# 3. Where no earlier date dates the saying, the document date still counts.
UNCHANGED = [
    ("The gates open Monday.", JUL_12, [("Monday", "DATE", "2024-07-15", None)]),
    (
        "The engineer said Monday that the gates open June 3.",
        JUL_12,
        [("Monday", "DATE", "2024-07-08", None), ("June 3", "DATE", "2024-06-03", None)],
    ),
    # the date does not open the sentence: it dates no saying
    (
        "Since June 3, the engineer said, the gates opened Monday.",
        JUL_12,
        [("June 3", "DATE", "2024-06-03", None), ("Monday", "DATE", "2024-07-08", None)],
    ),
    (
        "The engineer who joined on June 3 said the gates would open Monday.",
        JUL_12,
        [("June 3", "DATE", "2024-06-03", None), ("Monday", "DATE", "2024-07-15", None)],
    ),
    # a weekday right after a second verb of saying dates that saying, from the document date
    (
        "On June 3 the engineer said the gates would open Monday, the mayor said Friday",
        JUL_12,
        [
            ("June 3", "DATE", "2024-06-03", None),
            ("Monday", "DATE", "2024-06-10", None),
            ("Friday", "DATE", "2024-07-12", None),
        ],
    ),
    # a date in a new sentence dates nothing after the stop
    (
        "On June 3 the engineer spoke. He said the gates would open Monday.",
        JUL_12,
        [("June 3", "DATE", "2024-06-03", None), ("Monday", "DATE", "2024-07-15", None)],
    ),
    # a date ahead of the document date dates no earlier saying
    (
        "On August 5 the engineer will say the gates open Monday.",
        JUL_12,
        [("August 5", "DATE", "2024-08-05", None), ("Monday", "DATE", "2024-07-15", None)],
    ),
    ("Late evening, the crowd gathered.", JUL_12, [("Late evening", "TIME", "2024-07-12TEV", None)]),
]

CASES = DATED_SAYING + DAY_THEN_PART + UNCHANGED


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round19(text, dct, expected):
    assert rows(text, dct) == expected
