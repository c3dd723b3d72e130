"""Table-driven tests of tagger round 40: days counted from an event a date names, the day of a clock time
inside a week, units counted from each of many events, intent nouns after a modifier, news briefs, plans
told in the progressive, a message's clock times.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

JAN_20 = dt.date(2021, 1, 20)  # a Wednesday
NOV_20 = dt.date(2020, 11, 20)  # a Friday
MAR_10 = dt.date(2021, 3, 10)

# 1. A weekday or a unit counted from a date, the date naming an event after it ("the Jan. 6 attack").
EVENT_DATES = [
    (
        "Police arrested him on the Friday after the Jan. 6 attack.",
        JAN_20,
        [("Friday", "DATE", "2021-01-08", None), ("Jan. 6", "DATE", "2021-01-06", None)],
    ),
    (
        "He resigned on the Friday after Dec. 6.",
        JAN_20,
        [("Friday", "DATE", "2020-12-11", None), ("Dec. 6", "DATE", "2020-12-06", None)],
    ),
    (
        "He resigned on the Friday before the Dec. 16 election.",
        JAN_20,
        [("Friday", "DATE", "2020-12-11", None), ("Dec. 16", "DATE", "2020-12-16", None)],
    ),
    (
        "He resigned the day after the Dec. 6 attack.",
        JAN_20,
        [("the day", "DATE", "2020-12-07", None), ("Dec. 6", "DATE", "2020-12-06", None)],
    ),
    (
        "He slept well the night before the Dec. 6 vote.",
        JAN_20,
        [("the night", "TIME", "2020-12-05TNI", None), ("Dec. 6", "DATE", "2020-12-06", None)],
    ),
    # controls: no "the" before the weekday ("Friday, after ..."); a year is no day to count a weekday from
    (
        "He resigned Friday after Dec. 6.",
        JAN_20,
        [("Friday", "DATE", "2021-01-15", None), ("Dec. 6", "DATE", "2020-12-06", None)],
    ),
    (
        "He resigned the Friday after the 2008 election.",
        JAN_20,
        [("Friday", "DATE", "2021-01-15", None), ("2008", "DATE", "2008", None)],
    ),
    # "in the morning after <date>": the morning the clause happens in, not one counted from the date
    (
        "The dollar fell in the morning after Friday's jobs data.",
        dt.date(2020, 12, 7),
        [("the morning", "TIME", "2020-12-07TMO", None), ("Friday", "DATE", "2020-12-04", None)],
    ),
]

# 2. A year just after a date says which one; the date stays the reference a later count starts from.
YEAR_AFTER_DATE = [
    (
        "He left on March 3 last year. Thirty days later he returned.",
        MAR_10,
        [
            ("March 3", "DATE", "2020-03-03", None),
            ("last year", "DATE", "2020", None),
            ("Thirty days later", "DATE", "2020-04-02", None),
        ],
    ),
    (
        "Cases rose after Thanksgiving last year. Thirty days later, hospitals were full.",
        MAR_10,
        [
            ("Thanksgiving", "DATE", "2020-11-26", None),
            ("last year", "DATE", "2020", None),
            ("Thirty days later", "DATE", "2020-12-26", None),
        ],
    ),
    (
        "Families gathered after Thanksgiving. 30 days later, hospitals were full.",
        MAR_10,
        [("Thanksgiving", "DATE", "2020-11-26", None), ("30 days later", "DATE", "2020-12-26", None)],
    ),
    # control: a year in another clause is the new reference
    (
        "He left on March 3, and last year he returned. A day later he died.",
        MAR_10,
        [
            ("March 3", "DATE", "2021-03-03", None),
            ("last year", "DATE", "2020", None),
            ("A day later", "DATE", "2020-XX-XX", None),
        ],
    ),
]

# 3. A clock time before the week or weekend it falls in: some day of it, not the document date.
CLOCK_IN_WEEK = [
    (
        "The concert is at 3 p.m. next weekend.",
        NOV_20,
        [("3 p.m.", "TIME", "XXXX-XX-XXT15:00", None), ("next weekend", "DATE", "2020-W48-WE", None)],
    ),
    (
        "The meeting starts at 9 a.m. the next week.",
        NOV_20,
        [("9 a.m.", "TIME", "XXXX-XX-XXT09:00", None), ("the next week", "DATE", "2020-W48", None)],
    ),
    # controls: a weekday names the day; "the week's" is a figure's
    ("The vote is at 8 p.m. Friday.", NOV_20, [("8 p.m. Friday", "TIME", "2020-11-20T20:00", None)]),
    (
        "Shares closed at 3 p.m., the week's low.",
        NOV_20,
        [("3 p.m.", "TIME", "2020-11-20T15:00", None), ("the week", "DATE", "2020-W47", None)],
    ),
]

# 4. A unit or part of the day counted from an event: from each of many events a SET, from one event the
# day the text dated it, else unknown (never the document date).
FROM_EVENTS = [
    (
        "Guards were posted the evening before each strike.",
        NOV_20,
        [("the evening", "SET", "XXXX-XX-XXTEV", None)],
    ),
    (
        "Guards were posted the night before every match.",
        NOV_20,
        [("the night", "SET", "XXXX-XX-XXTNI", None)],
    ),
    ("Guards were posted the day before each strike.", NOV_20, [("the day", "SET", "XXXX-XX-XX", None)]),
    (
        "Guards were posted the evening before the strike.",
        NOV_20,
        [("the evening", "TIME", "XXXX-XX-XXTEV", None)],
    ),
    (
        "He died on March 3. Guards were posted the evening before the strike.",
        NOV_20,
        [("March 3", "DATE", "2020-03-03", None), ("the evening", "TIME", "2020-03-02TEV", None)],
    ),
    # control: no event after it
    ("Guards were posted this evening.", NOV_20, [("this evening", "TIME", "2020-11-20TEV", None)]),
]

# 5. An intent noun after a noun modifier is the object of a past verb, with no tense of its own.
INTENT_NOUNS = [
    ("The company announced expansion plans on Monday.", NOV_20, [("Monday", "DATE", "2020-11-16", None)]),
    ("The company unveiled new expansion plans on Monday.", NOV_20, [("Monday", "DATE", "2020-11-16", None)]),
    ("The firm discussed its investment plans on Monday.", NOV_20, [("Monday", "DATE", "2020-11-16", None)]),
    (
        "Officials gave details of expansion plans on Monday.",
        NOV_20,
        [("Monday", "DATE", "2020-11-16", None)],
    ),
    # controls: the verb "plans"
    ("The company plans to open on Monday.", NOV_20, [("Monday", "DATE", "2020-11-23", None)]),
    ("Officials said the company plans to open on Monday.", NOV_20, [("Monday", "DATE", "2020-11-23", None)]),
]

# 6. A news brief as short as a message is still an article: bare "day" and "night" are no dates in it.
NEWS_BRIEFS = [
    (
        "BEIJING, March 3 (Xinhua) -- Rescue teams worked day and night.",
        dt.date(2020, 3, 3),
        [("March 3", "DATE", "2020-03-03", None)],
    ),
    ("PARIS -- Firefighters worked day and night.", NOV_20, []),
    ("Police said the fire broke out at night.", NOV_20, []),
    ("The boy, 20 days old, was found safe, according to officials.", NOV_20, []),
    # controls: messages
    ("cant sleep. long night", NOV_20, [("night", "TIME", "2020-11-20TNI", None)]),
    ("Mom said we can go out at night", NOV_20, [("night", "TIME", "2020-11-20TNI", None)]),
    ("my baby is 20 days old", NOV_20, [("20 days old", "DURATION", "P20D", None)]),
]

# 7. A weekday with a part of the day keeps its part in the value; its type stays DATE, as the newswire gold
#    types it (AQUAINT 21 of 23), while "yesterday morning" is a TIME.
WEEKDAY_PARTS = [
    ("He left Friday morning.", NOV_20, [("Friday morning", "DATE", "2020-11-20TMO", None)]),
    ("The blast came Thursday evening.", NOV_20, [("Thursday evening", "DATE", "2020-11-19TEV", None)]),
    ("He left yesterday morning.", NOV_20, [("yesterday morning", "TIME", "2020-11-19TMO", None)]),
]

# 8. A progressive of a plan right before its weekday looks ahead; not a past event's noun in between.
JUL_4 = dt.date(2014, 7, 4)  # a Friday
PLANS_IN_PROGRESS = [
    ("He is flying to Paris on Sunday.", JUL_4, [("Sunday", "DATE", "2014-07-06", None)]),
    ("We're meeting on Sunday.", JUL_4, [("Sunday", "DATE", "2014-07-06", None)]),
    ("Arsenal are playing Chelsea on Sunday.", JUL_4, [("Sunday", "DATE", "2014-07-06", None)]),
    ("flying out on sunday. cant wait", JUL_4, [("sunday", "DATE", "2014-07-06", None)]),
    # controls: a past event's noun; a participle in a past sentence
    ("Police are investigating a fire on Sunday.", JUL_4, [("Sunday", "DATE", "2014-06-29", None)]),
    ("A man flying to Paris on Sunday was arrested.", JUL_4, [("Sunday", "DATE", "2014-06-29", None)]),
]

# 9. A message's clock times: stuck to the weekday's comma, without a colon, after "every nite".
APR_23 = dt.date(2014, 4, 23)  # a Wednesday
MESSAGE_CLOCKS = [
    (
        "Come see us this Sat, 530pm at the park!",
        APR_23,
        [("this Sat, 530pm", "TIME", "2014-04-26T17:30", None)],
    ),
    (
        "The finals are this Sat,7pm at the stadium.",
        APR_23,
        [("this Sat,7pm", "TIME", "2014-04-26T19:00", None)],
    ),
    (
        "every nite 11pm hv to call mum",
        APR_23,
        [("every nite", "SET", "XXXX-XX-XXTNI", None), ("11pm", "TIME", "XXXX-XX-XXT23:00", None)],
    ),
    ("3 nites in Bali!!", APR_23, [("3 nites", "DURATION", "P3D", None)]),
    # control: a number after the weekday is no clock time without am/pm
    ("Friday 15 people died.", APR_23, [("Friday", "DATE", "2014-04-18", None)]),
]

# 10. "the Friday after next", "the Monday before last": one weekday past the coming or the last one.
DEC_20 = dt.date(2020, 12, 20)  # a Sunday
WEEKDAYS_TWO_ON = [
    ("The Friday after next is free.", DEC_20, [("The Friday after next", "DATE", "2021-01-01", None)]),
    ("We met the Monday before last.", DEC_20, [("the Monday before last", "DATE", "2020-12-07", None)]),
    # control: the unit of the same phrase
    ("The week after next is busy.", DEC_20, [("The week after next", "DATE", "2020-W53", None)]),
]

# 11. A holiday with a part of the day is that part of the holiday, a TIME; a year after it says which.
HOLIDAY_PARTS = [
    (
        "Washington crossed the river on Christmas night, 1776.",
        DEC_20,
        [("Christmas night, 1776", "TIME", "1776-12-25TNI", None)],
    ),
    (
        "We open presents on Christmas morning.",
        DEC_20,
        [("Christmas morning", "TIME", "2020-12-25TMO", None)],
    ),
    # control: a tail of its own
    ("The Christmas holiday season began.", DEC_20, [("Christmas holiday season", "DATE", "2020-12", None)]),
]

CASES = (
    EVENT_DATES
    + YEAR_AFTER_DATE
    + CLOCK_IN_WEEK
    + FROM_EVENTS
    + INTENT_NOUNS
    + NEWS_BRIEFS
    + WEEKDAY_PARTS
    + PLANS_IN_PROGRESS
    + MESSAGE_CLOCKS
    + WEEKDAYS_TWO_ON
    + HOLIDAY_PARTS
)


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round40(text: str, dct: dt.date, expected: list) -> None:
    assert rows(text, dct) == expected
