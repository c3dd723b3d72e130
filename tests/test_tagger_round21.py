"""Table-driven tests of tagger round 21: bare "next day" in a past narrative, the dct type, tense leftovers.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, document date, expected
[(extent, type, value, mod), ...] in text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.temporal_rows import ids, rows
from timeline.errors import DateError, InputError
from timeline.temporal import tag

JUN_15 = dt.date(2024, 6, 15)  # a Saturday

# 1. A bare "next day" / "next morning" in a past clause after a stated day is the day after it, like
# "the next day"; in a clause not in the past, or with no day told, it is the day after the document date.
NEXT_DAY = [
    (
        "On 3 May 2020 it rained. Next day it snowed.",
        JUN_15,
        [("3 May 2020", "DATE", "2020-05-03", None), ("Next day", "DATE", "2020-05-04", None)],
    ),
    (
        "On 3 May 2020 it rained. The next day it snowed.",
        JUN_15,
        [("3 May 2020", "DATE", "2020-05-03", None), ("The next day", "DATE", "2020-05-04", None)],
    ),
    (
        "On 3 May 2020 it rained. Next morning it snowed.",
        JUN_15,
        [("3 May 2020", "DATE", "2020-05-03", None), ("Next morning", "TIME", "2020-05-04TMO", None)],
    ),
    (
        "The ferry sailed on 9 March 2019 and docked next evening.",
        JUN_15,
        [("9 March 2019", "DATE", "2019-03-09", None), ("next evening", "TIME", "2019-03-10TEV", None)],
    ),
    (
        "On 3 May 2020 it rained. Next night it snowed.",
        JUN_15,
        [("3 May 2020", "DATE", "2020-05-03", None), ("Next night", "TIME", "2020-05-04TNI", None)],
    ),
    # a weekday told counts too
    (
        "On Monday the pumps failed. Next day the town flooded.",
        JUN_15,
        [("Monday", "DATE", "2024-06-10", None), ("Next day", "DATE", "2024-06-11", None)],
    ),
    # a future clause speaks from the writer's day
    (
        "On 3 May 2020 it rained. Next day it will snow.",
        JUN_15,
        [("3 May 2020", "DATE", "2020-05-03", None), ("Next day", "DATE", "2024-06-16", None)],
    ),
    ("Next morning we fly home.", JUN_15, [("Next morning", "TIME", "2024-06-16TMO", None)]),
    # no day told: nothing to count from but the document date
    ("Next day it snowed.", JUN_15, [("Next day", "DATE", "2024-06-16", None)]),
    # a month gives no day to follow
    (
        "He arrived in May 2020. Next day he left.",
        JUN_15,
        [("May 2020", "DATE", "2020-05", None), ("Next day", "DATE", "2024-06-16", None)],
    ),
]

DEC_10 = dt.date(2024, 12, 10)

# 3. "this year's" / "last year's" before a holiday names its year, whatever the tense: written in December,
# "This year's Easter will be remembered" is the Easter gone by, not next year's.
YEARS_HOLIDAY = [
    (
        "This year's Easter will be remembered as cold.",
        DEC_10,
        [("This year", "DATE", "2024", None), ("Easter", "DATE", "2024-03-31", None)],
    ),
    (
        "This year's Easter falls late.",
        DEC_10,
        [("This year", "DATE", "2024", None), ("Easter", "DATE", "2024-03-31", None)],
    ),
    (
        "Last year's Easter was cold.",
        DEC_10,
        [("Last year", "DATE", "2023", None), ("Easter", "DATE", "2023-04-09", None)],
    ),
    (
        "Next year's Easter falls early.",
        JUN_15,
        [("Next year", "DATE", "2025", None), ("Easter", "DATE", "2025-04-20", None)],
    ),
    # with no possessive the tense still decides
    ("Easter will be cold.", DEC_10, [("Easter", "DATE", "2025-04-20", None)]),
]

# 4. "from" after a present verb of schedule opens a span that starts ahead; after a comparison, or in a
# past clause, it still looks back.
FROM_ONWARD = [
    ("Flights resume from Sunday.", JUN_15, [("Sunday", "DATE", "2024-06-16", None)]),
    ("The rule takes effect from Monday.", JUN_15, [("Monday", "DATE", "2024-06-17", None)]),
    ("The ban applies from Monday.", JUN_15, [("Monday", "DATE", "2024-06-17", None)]),
    ("The airline will resume flights from Sunday.", JUN_15, [("Sunday", "DATE", "2024-06-16", None)]),
    ("Shares close up from Friday.", JUN_15, [("Friday", "DATE", "2024-06-14", None)]),
    ("Prices rose from Sunday.", JUN_15, [("Sunday", "DATE", "2024-06-09", None)]),
    ("The ban applied from Monday.", JUN_15, [("Monday", "DATE", "2024-06-10", None)]),
]

# 5. "later in the day" in a future clause after an earlier day told is the writer's day (still to come);
# in a past clause it stays the day told.
LATER_IN_THE_DAY = [
    (
        "The storm hit yesterday. Later in the day the river will rise.",
        JUN_15,
        [("yesterday", "DATE", "2024-06-14", None), ("the day", "DATE", "2024-06-15", None)],
    ),
    (
        "The dam cracked overnight. The mayor is expected to visit later in the day.",
        JUN_15,
        [("overnight", "TIME", "2024-06-14TNI", None), ("the day", "DATE", "2024-06-15", None)],
    ),
    (
        "The storm hit yesterday. Later in the day the river rose.",
        JUN_15,
        [("yesterday", "DATE", "2024-06-14", None), ("the day", "DATE", "2024-06-14", None)],
    ),
]

# 6. An -ed word right after a verb that follows "will" or "to" is its object's adjective, no past verb:
# the future marker before it decides ("will meet elected officials on Thursday" lies ahead).
THU_AHEAD = [("Thursday", "DATE", "2024-06-20", None)]
THU_BEHIND = [("Thursday", "DATE", "2024-06-13", None)]
OBJECT_ADJECTIVE = [
    ("The minister will meet elected officials on Thursday.", JUN_15, THU_AHEAD),
    ("The minister is to meet injured soldiers on Thursday.", JUN_15, THU_AHEAD),
    ("The mayor plans to visit flooded towns on Thursday.", JUN_15, THU_AHEAD),
    ("The firm is to publish audited accounts on Thursday.", JUN_15, THU_AHEAD),
    # a past verb with no future marker before it keeps the past
    ("Officials went to inspect damaged homes on Thursday.", JUN_15, THU_BEHIND),
    ("The mayor visited flooded towns on Thursday.", JUN_15, THU_BEHIND),
]


CASES = NEXT_DAY + YEARS_HOLIDAY + FROM_ONWARD + LATER_IN_THE_DAY + OBJECT_ADJECTIVE


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round21(text, dct, expected):
    assert rows(text, dct) == expected


# 2. The document date is a date, a datetime or an ISO date string; anything else is refused by name
# (an int 20240310 used to read silently as 2024-03-10).
DCT_ACCEPTED = [
    ("date", dt.date(2024, 3, 10)),
    ("datetime", dt.datetime(2024, 3, 10, 23, 30)),
    ("iso-string", "2024-03-10"),
    ("iso-string-with-time", "2024-03-10T08:00:00"),
]


@pytest.mark.parametrize(("name", "dct"), DCT_ACCEPTED, ids=[case[0] for case in DCT_ACCEPTED])
def test_dct_accepted(name, dct):
    assert rows("We met on Monday.", dct) == [("Monday", "DATE", "2024-03-04", None)]


DCT_REFUSED = [
    ("int", 20240310, "got int 20240310"),
    ("float", 2024.5, "got float 2024.5"),
    ("bytes", b"2024-03-10", "got bytes b'2024-03-10'"),
    ("tuple", (2024, 3, 10), "got tuple (2024, 3, 10)"),
]


@pytest.mark.parametrize(("name", "dct", "message"), DCT_REFUSED, ids=[case[0] for case in DCT_REFUSED])
def test_dct_refused(name, dct, message):
    with pytest.raises(InputError, match=re.escape(message)):
        tag("We met on Monday.", dct=dct)


def test_dct_unreadable_string_is_a_date_error():
    with pytest.raises(DateError, match="2024-13-40"):
        tag("We met on Monday.", dct="2024-13-40")
