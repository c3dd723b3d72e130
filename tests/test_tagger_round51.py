"""Table-driven tests of tagger round 51, from a second blind audit of unseen stories.

A title or an initial does not end the sentence that gives a weekday its tense; a verb of commitment with its
own day before "to" looks ahead as "vowed to" does.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

WED = dt.date(2026, 3, 4)  # a Wednesday
FRI = dt.date(2026, 3, 6)  # a Friday

# 1. The full stop of "Mr.", "Dr.", an initial or "U.S." ends no sentence: the verb before it gives the tense.
NAME_DOTS = [
    ("Detectives will interview Mrs. Okafor on Saturday.", FRI, [("Saturday", "DATE", "2026-03-07", None)]),
    ("The board will hear Dr. Lund on Monday.", FRI, [("Monday", "DATE", "2026-03-09", None)]),
    ("Voters will choose Gov. Ames or a rival on Sunday.", FRI, [("Sunday", "DATE", "2026-03-08", None)]),
    ("The club will honour J.R. Pell on Saturday.", FRI, [("Saturday", "DATE", "2026-03-07", None)]),
    ("The envoy will tour the U.N. compound on Monday.", FRI, [("Monday", "DATE", "2026-03-09", None)]),
    # controls: a full stop after a plain word still ends the sentence; "next to" names a place
    ("The talks will go on. Smith left on Tuesday.", FRI, [("Tuesday", "DATE", "2026-03-03", None)]),
    ("A car burned next to the U.S. mission on Tuesday.", FRI, [("Tuesday", "DATE", "2026-03-03", None)]),
    (
        "The aides were talking about the planned visit of U.S. envoy Kim Ode in May.",
        FRI,
        [("May", "DATE", "2026-05", None)],
    ),
]

# 2. "vowed Wednesday to", "agreed on Tuesday to": the day of the commitment, then the thing committed to.
COMMITTED = [
    (
        "The board vowed Wednesday to settle the dispute by Monday.",
        WED,
        [("Wednesday", "DATE", "2026-03-04", None), ("Monday", "DATE", "2026-03-09", None)],
    ),
    (
        "Dockers threatened on Wednesday to walk out until Friday.",
        WED,
        [("Wednesday", "DATE", "2026-03-04", None), ("Friday", "DATE", "2026-03-06", None)],
    ),
    (
        "The two sides agreed Tuesday to sign the pact on Saturday.",
        WED,
        [("Tuesday", "DATE", "2026-03-03", None), ("Saturday", "DATE", "2026-03-07", None)],
    ),
    # controls: a verb of commitment whose day is not before "to"; a past act with its day
    ("The board vowed to settle the dispute by Monday.", WED, [("Monday", "DATE", "2026-03-09", None)]),
    (
        "The board met Wednesday to settle the dispute it raised on Monday.",
        WED,
        [("Wednesday", "DATE", "2026-03-04", None), ("Monday", "DATE", "2026-03-02", None)],
    ),
]

CASES = NAME_DOTS + COMMITTED


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round51(text: str, dct: dt.date, expected: list) -> None:
    assert rows(text, dct) == expected
