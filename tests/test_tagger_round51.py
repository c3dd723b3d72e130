"""Table-driven tests of tagger round 51, from a second blind audit of unseen stories.

A title or an initial does not end the sentence that gives a weekday its tense; a verb of commitment with its
own day before "to" looks ahead as "vowed to" does; any present verb in -s after a singular subject tells a
schedule; "early"/"late" before a weekday and a part of the day is its mod; a week in news is never a week of
a year or a month told before; "hundreds of years" is a vague length as "several years" is; "the third and
fourth days" of an event are no length; a price in a table is no year, a label's number no day.

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

# 3. A present verb in -s after a singular subject, with no other tense in the sentence, tells a schedule.
PRESENT_S = [
    ("The regatta culminates on Saturday.", WED, [("Saturday", "DATE", "2026-03-07", None)]),
    ("The synod convenes in Rome on Friday.", WED, [("Friday", "DATE", "2026-03-06", None)]),
    ("The carnival wraps up on Sunday.", WED, [("Sunday", "DATE", "2026-03-08", None)]),
    ("The choir performs in the cathedral in May.", WED, [("May", "DATE", "2026-05", None)]),
    # controls: a verb of telling, a noun in -ings, a past verb in the sentence
    ("The bulletin reports on a flood on Monday.", WED, [("Monday", "DATE", "2026-03-02", None)]),
    ("The town hall meetings on Monday drew crowds.", WED, [("Monday", "DATE", "2026-03-02", None)]),
    ("The regatta culminates in a race it won on Monday.", WED, [("Monday", "DATE", "2026-03-02", None)]),
]

# 4. "early Tuesday morning" keeps its mod as "early Tuesday" does (a DATE, as news annotation types
# "Tuesday morning").
EDGE_PARTS = [
    ("A ship sank early Monday morning.", WED, [("early Monday morning", "DATE", "2026-03-02TMO", "START")]),
    ("The vote ended late Tuesday night.", WED, [("late Tuesday night", "DATE", "2026-03-03TNI", "END")]),
    (
        "It hailed early on Monday evening.",
        WED,
        [("early on Monday evening", "DATE", "2026-03-02TEV", "START")],
    ),
    ("The ferry capsized on Monday morning.", WED, [("Monday morning", "DATE", "2026-03-02TMO", None)]),
]

# 5. A part of the week after a year or a month told before is the report's week, not some week of that year.
NEWS_WEEK = [
    (
        "The band last toured in 2025. The tour was confirmed at the start of the week.",
        WED,
        [("2025", "DATE", "2025", None), ("the start of the week", "DATE", "2026-W10", "START")],
    ),
    (
        "Sales peaked in June 2024. Talks stalled at the end of the week.",
        WED,
        [("June 2024", "DATE", "2024-06", None), ("the end of the week", "DATE", "2026-W10", "END")],
    ),
    # control: a week after a day told keeps that day's week
    (
        "The pact was signed on 12 May 2024. Talks stalled at the end of the week.",
        WED,
        [("12 May 2024", "DATE", "2024-05-12", None), ("the end of the week", "DATE", "2024-W19", "END")],
    ),
]

# 6. A plural count word and "of" before a unit: a length of some units.
VAGUE_COUNTS = [
    ("The monks kept the rite for hundreds of years.", WED, [("hundreds of years", "DURATION", "PXY", None)]),
    ("The siege dragged on for scores of days.", WED, [("scores of days", "DURATION", "PXD", None)]),
    ("Engineers logged dozens of hours on it.", WED, [("dozens of hours", "DURATION", "PTXH", None)]),
    # control: the count word before another noun
    ("Thousands of fans waited for days.", WED, [("days", "DURATION", "PXD", None)]),
]

# 8. A plural unit after a list of ordinals counts days of an event: no length (a paragraph alone is a short
# message, where a bare unit is otherwise a length).
ORDINAL_LISTS = [
    ("Snow stopped play on the second and third days of the test.", WED, []),
    ("The first, second and last weeks of the course were hard.", WED, []),
    # control: a bare plural after "for"
    ("Snow stopped play for days.", WED, [("days", "DURATION", "PXD", None)]),
]

# 9. A price table: a four-digit number with decimals is no year; a number after a label is no day.
PRICE_TABLES = [
    ("Sugar July 1875.50 down 4", WED, [("July", "DATE", "2026-07", None)]),  # the July contract
    ("Wheat Grade 12 March 214.25", WED, []),
    ("Nickel Class 3 June 1620.75", WED, []),
    # controls: a year at a sentence's end, a day before its month
    ("The mill opened in 1875.", WED, [("1875", "DATE", "1875", None)]),
    ("Wheat rose on 12 March.", WED, [("12 March", "DATE", "2026-03-12", None)]),
]

CASES = (
    NAME_DOTS + COMMITTED + PRESENT_S + EDGE_PARTS + NEWS_WEEK + VAGUE_COUNTS + ORDINAL_LISTS + PRICE_TABLES
)


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round51(text: str, dct: dt.date, expected: list) -> None:
    assert rows(text, dct) == expected
