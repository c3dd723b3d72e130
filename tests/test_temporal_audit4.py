"""Table-driven tests of audit 4 (unseen news text): "last" as a verb before a span, "coming" before a
month and day, and a weekday named only for a market figure it is compared with.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, expected [(extent,
type, value, mod), ...] in text order); the whole list must match. The document date is Wednesday
23 November 2005.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

DCT = dt.date(2005, 11, 23)

# "will last three days": "last" is the verb; the expression is the span alone. "the last three days"
# and a bare "last two years" keep their word.
LAST_VERB = [
    ("The fair is expected to last three days.", [("three days", "DURATION", "P3D", None)]),
    ("The festival will last 16 days.", [("16 days", "DURATION", "P16D", None)]),
    ("The strike could last two weeks.", [("two weeks", "DURATION", "P2W", None)]),
    ("The truce won't last 10 minutes.", [("10 minutes", "DURATION", "PT10M", None)]),
    ("The drought may last years.", [("years", "DURATION", "PXY", None)]),
    ("The talks, which last two days, open here.", [("two days", "DURATION", "P2D", None)]),
    ("The last three days were hot.", [("The last three days", "DURATION", "P3D", None)]),
    ("Prices rose in the last two years.", [("the last two years", "DURATION", "P2Y", None)]),
    ("The last weeks were quiet.", [("The last weeks", "DATE", "PAST_REF", None)]),
]


@pytest.mark.parametrize(("text", "expected"), LAST_VERB, ids=ids(LAST_VERB))
def test_last_as_a_verb(text, expected):
    assert rows(text, DCT) == expected


# "the coming Dec. 15 vote": one date, the next such day on or after the document date.
COMING_DAY = [
    ("Troops will guard the coming Dec. 15 vote.", [("coming Dec. 15", "DATE", "2005-12-15", None)]),
    ("They prepare for the coming December 15 poll.", [("coming December 15", "DATE", "2005-12-15", None)]),
    ("The upcoming Nov. 2 summit was announced.", [("upcoming Nov. 2", "DATE", "2006-11-02", None)]),
    ("The coming Nov. 23 count starts at dawn.", [("coming Nov. 23", "DATE", "2005-11-23", None)]),
    ("They meet this coming Oct. 5.", [("this coming Oct. 5", "DATE", "2006-10-05", None)]),
    ("Snow is due in the coming December.", [("coming December", "DATE", "2005-12", None)]),
]


@pytest.mark.parametrize(("text", "expected"), COMING_DAY, ids=ids(COMING_DAY))
def test_coming_month_day(text, expected):
    assert rows(text, DCT) == expected


# A market report: "from Friday's close", "Thursday's 11.2" name days only for the figures compared; a
# later bare clock time is still read on the day the report is about. "Thursday's 5 p.m. quotes": the
# clock time is Thursday's, and the reference goes back after it. A day's own event still moves it.
DAY_FIGURES = [
    (
        "The rand was steady on Wednesday. It was bid at 6.51 from Friday's close of 6.49. "
        "At 15:40, gold was quoted at 495 dollars.",
        [
            ("Wednesday", "DATE", "2005-11-23", None),
            ("Friday", "DATE", "2005-11-18", None),
            ("15:40", "TIME", "2005-11-23T15:40", None),
        ],
    ),
    (
        "Shares fell on Monday, from Friday's 11.2 and Thursday's 11.3. At 10:00 gold rose.",
        [
            ("Monday", "DATE", "2005-11-21", None),
            ("Friday", "DATE", "2005-11-18", None),
            ("Thursday", "DATE", "2005-11-17", None),
            ("10:00", "TIME", "2005-11-21T10:00", None),
        ],
    ),
    (
        "The peso slipped on Friday. At 5 p.m. it stood at 9.42, down from Thursday's 5 p.m. level of 9.38. "
        "Trade was thin during the day.",
        [
            ("Friday", "DATE", "2005-11-18", None),
            ("5 p.m.", "TIME", "2005-11-18T17:00", None),
            ("Thursday", "DATE", "2005-11-17", None),
            ("5 p.m.", "TIME", "2005-11-17T17:00", None),
            ("the day", "DATE", "2005-11-18", None),
        ],
    ),
    (
        "Friday's blast killed five miners. At 15:00 rescuers arrived.",
        [("Friday", "DATE", "2005-11-18", None), ("15:00", "TIME", "2005-11-18T15:00", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DAY_FIGURES, ids=ids(DAY_FIGURES))
def test_day_named_for_a_figure(text, expected):
    assert rows(text, DCT) == expected
