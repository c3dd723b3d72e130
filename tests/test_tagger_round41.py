"""Table-driven tests of tagger round 41: a holiday's or a month-day's year from a future verb right before
it, compact 24-hour clock times in messages and schedules, weekdays sharing a plural part of the day, a trip
told in the present, a message opening with "Midnight", a message's plural "weekends", a weekday in
brackets after its date, a plan after a reply's handles.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

DEC_10 = dt.date(2026, 12, 10)  # a Thursday, two weeks after Thanksgiving
JAN_6 = dt.date(2027, 1, 6)  # a Wednesday, twelve days after Christmas
FEB_10 = dt.date(2026, 2, 10)

# 1. A future verb right before a holiday or a month and day: one already gone this year is next year's.
FUTURE_VERB_DAYS = [
    (
        "We will celebrate Thanksgiving with the neighbours.",
        DEC_10,
        [("Thanksgiving", "DATE", "2027-11-25", None)],
    ),
    ("He won't be home for Christmas.", JAN_6, [("Christmas", "DATE", "2027-12-25", None)]),
    ("The club will meet again on Nov. 20.", DEC_10, [("Nov. 20", "DATE", "2027-11-20", None)]),
    ("They're going to reopen the bridge on Dec. 1.", DEC_10, [("Dec. 1", "DATE", "2027-12-01", None)]),
    # the past verb: last year's holiday early in the year
    ("They celebrated Christmas in the mountains.", FEB_10, [("Christmas", "DATE", "2025-12-25", None)]),
    # controls: what a holiday qualifies is told afterwards; a verb of memory; a past verb between
    (
        "Shops will report Christmas sales on Friday.",
        JAN_6,
        [("Christmas", "DATE", "2026-12-25", None), ("Friday", "DATE", "2027-01-08", None)],
    ),
    ("We will never forget Christmas.", JAN_6, [("Christmas", "DATE", "2026-12-25", None)]),
    ("She will be remembered for her speech on Dec. 1.", DEC_10, [("Dec. 1", "DATE", "2026-12-01", None)]),
    (
        "Shares, which fell on Nov. 20, will recover.",
        DEC_10,
        [("Nov. 20", "DATE", "2026-11-20", None)],
    ),
    (
        "The firm will reopen the plant that closed on Nov. 20.",
        DEC_10,
        [("Nov. 20", "DATE", "2026-11-20", None)],
    ),
]

# 2. Compact 24-hour clock times: after "at" at the end of a clause, before a zone or "hours".
COMPACT_CLOCKS = [
    ("Left the office at 1015, so tired.", DEC_10, [("1015", "TIME", "2026-12-10T10:15", None)]),
    ("Got home at abt 2250.", DEC_10, [("2250", "TIME", "2026-12-10T22:50", None)]),
    (
        "The ferry leaves at 0745 and docks at 1130.",
        DEC_10,
        [("0745", "TIME", "2026-12-10T07:45", None), ("1130", "TIME", "2026-12-10T11:30", None)],
    ),
    ("The patrol sets out at 0600 hours.", DEC_10, [("0600 hours", "TIME", "2026-12-10T06:00", None)]),
    ("Roll call is at 0715 tomorrow.", DEC_10, [("0715 tomorrow", "TIME", "2026-12-11T07:15", None)]),
    ("Dinner at 1930 tonight.", DEC_10, [("1930 tonight", "TIME", "2026-12-10T19:30", None)]),
    ("The rocket lifted off at 1412 GMT.", DEC_10, [("1412 GMT", "TIME", "2026-12-10T14:12", None)]),
    # controls: "in" before a year; a year of this era after "at"; a market's level; a length
    ("The abbey was founded in 1015.", DEC_10, [("1015", "DATE", "1015", None)]),
    ("Look at 1945, when the fighting stopped.", DEC_10, [("1945", "DATE", "1945", None)]),
    ("The index closed at 1215.", DEC_10, []),
    ("Police said they counted the crowd at 1000.", DEC_10, []),  # a round count in a news brief
    ("She logged 1100 hours of flight time.", DEC_10, []),
]

# 3. Weekdays that share a plural part of the day after the last of them: each a recurring one.
PLURAL_PAIRS = [
    (
        "The market opens on Monday and Tuesday nights.",
        DEC_10,
        [("Monday", "SET", "XXXX-WXX-1TNI", None), ("Tuesday nights", "SET", "XXXX-WXX-2TNI", None)],
    ),
    (
        "Lessons run Monday, Wednesday and Friday mornings.",
        DEC_10,
        [
            ("Monday", "SET", "XXXX-WXX-1TMO", None),
            ("Wednesday", "SET", "XXXX-WXX-3TMO", None),
            ("Friday mornings", "SET", "XXXX-WXX-5TMO", None),
        ],
    ),
    (
        "The pool is open every Monday and Thursday.",
        DEC_10,
        [("every Monday", "SET", "XXXX-WXX-1", None), ("Thursday", "SET", "XXXX-WXX-4", None)],
    ),
    # control: one night, not a plural
    (
        "She landed Monday and left Tuesday night.",
        DEC_10,
        [("Monday", "DATE", "2026-12-07", None), ("Tuesday night", "DATE", "2026-12-08TNI", None)],
    ),
]

# 4. A trip told in the present: the coming day.
TRIPS_AHEAD = [
    ("The minister is headed to Lisbon Tuesday.", DEC_10, [("Tuesday", "DATE", "2026-12-15", None)]),
    ("The governor heads to Ohio on Friday.", DEC_10, [("Friday", "DATE", "2026-12-11", None)]),
    ("The players head home on Sunday.", DEC_10, [("Sunday", "DATE", "2026-12-13", None)]),
    # controls: a past trip; "head" as a noun
    ("The minister was headed to Lisbon on Tuesday.", DEC_10, [("Tuesday", "DATE", "2026-12-08", None)]),
    ("The head of the agency resigned on Friday.", DEC_10, [("Friday", "DATE", "2026-12-04", None)]),
]

# 5. A short message that opens with "Midnight" is posted at the midnight that opened its day.
OPENING_MIDNIGHT = [
    ("Midnight, horror film with my cousins :)", DEC_10, [("Midnight", "TIME", "2026-12-10T00:00", None)]),
    ('"Midnight and the kids are still up', DEC_10, [("Midnight", "TIME", "2026-12-10T00:00", None)]),
    # controls: midnight later in the message; its own day; a news brief ("the ministry said")
    ("Entries close at midnight!", DEC_10, [("midnight", "TIME", "2026-12-10T24:00", None)]),
    ("Midnight tomorrow we leave.", DEC_10, [("Midnight tomorrow", "TIME", "2026-12-11T24:00", None)]),
    (
        "Midnight is when the new rules take effect, the ministry said in a statement on its website, adding "
        "that shops would have to close their doors early and that the measures would be reviewed.",
        DEC_10,
        [("Midnight", "TIME", "2026-12-10T24:00", None)],
    ),
]

# 6. A bare plural "weekends" in a short message recurs (TIMEX3 SET XXXX-WXX-WE), as "Mondays" does.
PLURAL_WEEKENDS = [
    ("Sunflowers make our weekends brighter.", DEC_10, [("weekends", "SET", "XXXX-WXX-WE", None)]),
    (
        "She works weekends and Mondays lol",
        DEC_10,
        [("weekends", "SET", "XXXX-WXX-WE", None), ("Mondays", "SET", "XXXX-WXX-1", None)],
    ),
    # control: one weekend
    ("Enjoy the weekend, everyone!", DEC_10, [("the weekend", "DATE", "2026-W50-WE", None)]),
]

# 7. A weekday in brackets after a date names that date, when it falls on that weekday.
BRACKETED_WEEKDAYS = [
    (
        "Pottery workshop Jan. 9 (Saturday) at the library",
        DEC_10,
        [("Jan. 9", "DATE", "2027-01-09", None), ("Saturday", "DATE", "2027-01-09", None)],
    ),
    (
        "CHOIR CAMP Jan 4 - 5 (Mon-Tue 9:00am - 4:00pm) sign up here",
        DEC_10,
        [
            ("Jan 4", "DATE", "2027-01-04", None),
            ("5", "DATE", "2027-01-05", None),
            ("Mon", "DATE", "2027-01-04", None),
            ("Tue 9:00am", "TIME", "2027-01-05T09:00", None),
            ("4:00pm", "TIME", "2027-01-05T16:00", None),
        ],
    ),
    # control: a weekday the date does not fall on
    (
        "Pottery workshop Jan. 9 (Friday) at the library",
        DEC_10,
        [("Jan. 9", "DATE", "2027-01-09", None), ("Friday", "DATE", "2026-12-04", None)],
    ),
]

# 8. A message's plan in the progressive after the handles it replies to.
REPLIES = [
    ("@kim flying out on sunday. see you there", DEC_10, [("sunday", "DATE", "2026-12-13", None)]),
]

CASES = (
    FUTURE_VERB_DAYS
    + COMPACT_CLOCKS
    + PLURAL_PAIRS
    + TRIPS_AHEAD
    + OPENING_MIDNIGHT
    + PLURAL_WEEKENDS
    + BRACKETED_WEEKDAYS
    + REPLIES
)


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round41(text: str, dct: dt.date, expected: list) -> None:
    assert rows(text, dct) == expected
