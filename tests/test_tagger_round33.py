"""Table-driven tests of tagger round 33: Australian zones, quarters named by a month, spans, nights.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

DEC_28 = dt.date(2001, 12, 28)  # a Friday
MAR_5 = dt.date(2001, 3, 5)

# 1. A zone after a clock time is inside the extent and out of the value (the clock time as written).
ZONES = [
    ("The storm hit at about 4:00pm AEDT.", DEC_28, [("4:00pm AEDT", "TIME", "2001-12-28T16:00", "APPROX")]),
    ("Trading closed at 10:30am AWST.", DEC_28, [("10:30am AWST", "TIME", "2001-12-28T10:30", None)]),
    ("The ferry left at 14:00 AEST.", DEC_28, [("14:00 AEST", "TIME", "2001-12-28T14:00", None)]),
    ("The race starts at 7:00pm NZDT.", DEC_28, [("7:00pm NZDT", "TIME", "2001-12-28T19:00", None)]),
    # "local time" stays outside; the zone in brackets is a time of its own
    (
        "By 6:00pm local time (3:00am AEDT), crews had left.",
        DEC_28,
        # the local 6pm is 3am AEDT's evening before (round 37)
        [("6:00pm", "TIME", "2001-12-27T18:00", None), ("3:00am AEDT", "TIME", "2001-12-28T03:00", None)],
    ),
    ("The talks ended at 5 p.m. EST.", DEC_28, [("5 p.m. EST", "TIME", "2001-12-28T17:00", None)]),
]

# 2. "following" is a preposition without a determiner and stays out of a duration.
FOLLOWING = [
    ("They rested following five days of paddling.", DEC_28, [("five days", "DURATION", "P5D", None)]),
    ("Following two weeks of talks, they signed.", DEC_28, [("two weeks", "DURATION", "P2W", None)]),
    ("Nevada following three days of storms", DEC_28, [("three days", "DURATION", "P3D", None)]),
    # controls: after a determiner it orders the span
    (
        "In the following five days, prices fell.",
        DEC_28,
        [("the following five days", "DURATION", "P5D", None)],
    ),
]

# 3. "overnight" before a verb is the adverb of time; before a noun an adjective, as before.
OVERNIGHT = [
    ("The camp overnight appeared calm.", DEC_28, [("overnight", "TIME", "2001-12-27TNI", None)]),
    ("Fighting overnight killed ten people.", DEC_28, [("overnight", "TIME", "2001-12-27TNI", None)]),
    ("Clashes overnight were fierce.", DEC_28, [("overnight", "TIME", "2001-12-27TNI", None)]),
    # a happening after the adjective places it in the night: last night unless told ahead
    (
        "Investigators are studying the overnight crash of a plane.",
        DEC_28,
        [("overnight", "TIME", "2001-12-27TNI", None)],
    ),
    ("Rebels will launch an overnight attack.", DEC_28, [("overnight", "TIME", "2001-12-28TNI", None)]),
    ("The overnight rate rose.", DEC_28, []),
    ("They booked an overnight stay.", DEC_28, []),
]

# 4. A quarter named by the month that closes it: the nearest one, the past one on a tie.
MONTH_QUARTERS = [
    (
        "The national accounts for the September quarter will be released.",
        DEC_28,
        [("the September quarter", "DATE", "2001-Q3", None)],
    ),
    (
        "Growth in the March quarter is expected to slow.",
        DEC_28,
        [("the March quarter", "DATE", "2002-Q1", None)],
    ),
    ("June quarter profits rose.", DEC_28, [("June quarter", "DATE", "2001-Q2", None)]),
    (
        "Profit in the June quarter of 2000 rose.",
        DEC_28,
        [("the June quarter of 2000", "DATE", "2000-Q2", None)],
    ),
    ("Sales fell in the December quarter.", DEC_28, [("the December quarter", "DATE", "2001-Q4", None)]),
    # "the May quarter" closes no quarter
    ("They met in the May quarter.", DEC_28, []),
]

# 5. "of the new year" after a quarter or half: the year whose first day is nearest.
NEW_YEAR = [
    (
        "Firms expect growth in the first quarter of the new year.",
        DEC_28,
        [("the first quarter of the new year", "DATE", "2002-Q1", None)],
    ),
    (
        "Sales will rise in the second half of the new year.",
        DEC_28,
        [("the second half of the new year", "DATE", "2002-H2", None)],
    ),
    (
        "Firms expect growth in the first quarter of the new year.",
        MAR_5,
        [("the first quarter of the new year", "DATE", "2001-Q1", None)],
    ),
]

# 6. The day written after the end of a span of clock times is the start's day too.
CLOCK_SPANS = [
    (
        "Banks will open from 8:00am to 8:00pm Monday.",
        DEC_28,
        [("8:00am", "TIME", "2001-12-31T08:00", None), ("8:00pm Monday", "TIME", "2001-12-31T20:00", None)],
    ),
    (
        "Shops will trade between 9am and 5pm tomorrow.",
        DEC_28,
        [("9am", "TIME", "2001-12-29T09:00", None), ("5pm tomorrow", "TIME", "2001-12-29T17:00", None)],
    ),
    # control: a weekday of a clause of its own after "and" is not the clock time's day
    (
        "It opened at 8am and Monday it closed.",
        DEC_28,
        [("8am", "TIME", "2001-12-28T08:00", None), ("Monday", "DATE", "2001-12-24", None)],
    ),
]

# 7. "to the day" after a length means "exactly": no date.
TO_THE_DAY = [
    (
        "Three months to the day since the crash, he spoke.",
        DEC_28,
        [("Three months", "DURATION", "P3M", None)],
    ),
    ("It came a year to the day after the flood.", DEC_28, [("a year", "DURATION", "P1Y", None)]),
    # control
    ("He worked hard all through the day.", DEC_28, [("the day", "DATE", "2001-12-28", None)]),
]

# 8. A night told in the past, with no day before it, is last night (as "overnight" is).
PAST_NIGHTS = [
    (
        "Crews who worked through the night were replaced.",
        DEC_28,
        [("the night", "TIME", "2001-12-27TNI", None)],
    ),
    ("Police launched late night raids.", DEC_28, [("late night", "TIME", "2001-12-27TNI", None)]),
    ("Police will patrol through the night.", DEC_28, [("the night", "TIME", "2001-12-28TNI", None)]),
    # the document's own day told before ("this morning") keeps the past night last night's
    (
        "Work resumes this morning after crews worked through the night.",
        DEC_28,
        [("this morning", "TIME", "2001-12-28TMO", None), ("the night", "TIME", "2001-12-27TNI", None)],
    ),
    # a day told before gives its own night
    (
        "On Monday the storm hit. During the night, trees fell.",
        DEC_28,
        [("Monday", "DATE", "2001-12-24", None), ("the night", "TIME", "2001-12-24TNI", None)],
    ),
    ("They worked into the evening.", DEC_28, [("the evening", "TIME", "2001-12-28TEV", None)]),
    # the document's day named in the text keeps its own night
    (
        "Arsenal won on Friday. The best game of the night was played in Porto.",
        DEC_28,
        [("Friday", "DATE", "2001-12-28", None), ("the night", "TIME", "2001-12-28TNI", None)],
    ),
]

# 9. The working, business or trading day is the day, with the mod of its edge.
WORKING_DAY = [
    (
        "He will have a buyer by the end of the working day.",
        DEC_28,
        [("the end of the working day", "DATE", "2001-12-28", "END")],
    ),
    (
        "Shares rose at the end of the trading day.",
        DEC_28,
        [("the end of the trading day", "DATE", "2001-12-28", "END")],
    ),
]

# 10. The second weekday of a pair ("Thursday and Friday") not told in the past falls after the first.
WEEKDAY_PAIRS = [
    (
        "The stoppage will occur on Thursday and Friday.",
        DEC_28,
        [("Thursday", "DATE", "2002-01-03", None), ("Friday", "DATE", "2002-01-04", None)],
    ),
    (
        "He will visit on Friday and on Saturday.",
        DEC_28,
        [("Friday", "DATE", "2001-12-28", None), ("Saturday", "DATE", "2001-12-29", None)],
    ),
    # controls: told in the past, each weekday is the last one
    (
        "Talks were held on Wednesday and Thursday.",
        DEC_28,
        [("Wednesday", "DATE", "2001-12-26", None), ("Thursday", "DATE", "2001-12-27", None)],
    ),
    (
        "Clashes on Friday and Monday killed ten.",
        DEC_28,
        [("Friday", "DATE", "2001-12-28", None), ("Monday", "DATE", "2001-12-24", None)],
    ),
]

CASES = (
    ZONES
    + FOLLOWING
    + OVERNIGHT
    + MONTH_QUARTERS
    + NEW_YEAR
    + CLOCK_SPANS
    + TO_THE_DAY
    + PAST_NIGHTS
    + WORKING_DAY
    + WEEKDAY_PAIRS
)


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round33(text, dct, expected):
    assert rows(text, dct) == expected
