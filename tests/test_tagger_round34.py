"""Table-driven tests of tagger round 34: surnames that are seasons, rates, holidays in titles and places.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

DEC_28 = dt.date(2001, 12, 28)  # a Friday

# 1. A capitalised season after a given name, before ", from the ..." or a verb of saying, is a surname.
SEASON_SURNAMES = [
    ("Crews are out. John Winter, from the fire service, says it is calm.", DEC_28, []),
    ("Officials met. Ann Summer, the mayor, spoke first.", DEC_28, []),
    ("The road was shut. Mary Summer said so.", DEC_28, []),
    # controls: a season after a word that qualifies it, or after a preposition
    ("Last Winter was cold.", DEC_28, [("Last Winter", "DATE", "2000-WI", None)]),
    ("In Winter, from the north, the winds come.", DEC_28, [("Winter", "DATE", "2001-WI", None)]),
]

# 2. A length after an amount counted is a rate, a round number word too.
RATES = [
    (
        "We have a million hours of overtime being worked a week here.",
        DEC_28,
        [("a week", "SET", "P1W", None)],
    ),
    ("The kitchen served a thousand meals a day.", DEC_28, [("a day", "SET", "P1D", None)]),
    # controls: a date ago, a length after "for"
    ("He won a million dollars a year ago.", DEC_28, [("a year ago", "DATE", "2000", None)]),
    ("It cost them a million for a year.", DEC_28, [("a year", "DURATION", "P1Y", None)]),
]

# 3. A holiday's name in a work's title or a place's name is no day.
TITLES = [
    ("The crew woke to the tune Please Come Home for Christmas, by a band.", DEC_28, []),
    ('They sang "White Christmas" on the ward.', DEC_28, []),
    ("Detainees on Christmas Island were moved.", DEC_28, []),
    ("The yacht sailed past Easter Island.", DEC_28, []),
    # controls: the day itself, a work with no title, a quote that is speech
    ("The song he wrote for Christmas was a hit.", DEC_28, [("Christmas", "DATE", "2001-12-25", None)]),
    ("They played the song at Christmas.", DEC_28, [("Christmas", "DATE", "2001-12-25", None)]),
    ('"We will be home by Christmas," he said.', DEC_28, [("Christmas", "DATE", "2001-12-25", None)]),
    ("The show on Christmas Day drew a crowd.", DEC_28, [("Christmas Day", "DATE", "2001-12-25", None)]),
    # a quoted name with no work or performance before it may be named for its time
    ('An effort termed the "Easter Offensive" began.', DEC_28, [("Easter", "DATE", "2001-04-15", None)]),
]

# 4. "the last day of" an episode is its closing day, the day the text is at (a day told, else today).
EPISODE_DAYS = [
    (
        "It is the last day of hearings before the break.",
        DEC_28,
        [("the last day", "DATE", "2001-12-28", None)],
    ),
    ("Shares fell 3% in the last day of trading.", DEC_28, [("the last day", "DATE", "2001-12-28", None)]),
    (
        "On March 3 the leaders met. On the last day of the three-day forum, they signed.",
        DEC_28,
        [
            ("March 3", "DATE", "2001-03-03", None),
            ("the last day", "DATE", "2001-03-03", None),
            ("three-day", "DURATION", "P3D", None),
        ],
    ),
    # a year told before gives no day: the document's
    (
        "They aim to join in 2008. On the last day of the summit, they signed.",
        DEC_28,
        [("2008", "DATE", "2008", None), ("the last day", "DATE", "2001-12-28", None)],
    ),
    # controls: without "of" + an episode it is the day before, as before
    ("Shares rose on the last day.", DEC_28, [("the last day", "DATE", "2001-12-27", None)]),
]

# 5. A month-day with no year, within two weeks of a full date of that month written in a past year, takes
# that year, though news phrases stand around it.
STORY_YEARS = [
    (
        'Troops landed on December 6 1975, papers released today show. "He will be back on Monday," the '
        "envoy said. The invasion took place on December 7.",
        DEC_28,
        [
            ("December 6 1975", "DATE", "1975-12-06", None),
            ("today", "DATE", "2001-12-28", None),
            ("Monday", "DATE", "2001-12-31", None),
            ("December 7", "DATE", "1975-12-07", None),
        ],
    ),
    # control: a day far from the written date
    (
        "Troops landed on 6 December 1975. Today, on December 28, they remembered it.",
        DEC_28,
        [
            ("6 December 1975", "DATE", "1975-12-06", None),
            ("Today", "DATE", "2001-12-28", None),
            ("December 28", "DATE", "2001-12-28", None),
        ],
    ),
]

# 6. A clause on "being" + participle has no finite verb: it takes the tense of the clause it hangs on, and
# after a word that presupposes the act ("prior to", "after") with no tense there it lies behind.
GERUNDS = [
    (
        "The report questions the firm's solvency prior to it being placed into liquidation on March 15.",
        DEC_28,
        [("March 15", "DATE", "2001-03-15", None)],
    ),
    (
        "He is recovering after being hit by a car on March 15.",
        DEC_28,
        [("March 15", "DATE", "2001-03-15", None)],
    ),
    # controls: the clause it hangs on is ahead; a present passive with no opener
    (
        "The bill will be debated before being put to a vote on March 15.",
        DEC_28,
        [("March 15", "DATE", "2002-03-15", None)],
    ),
    ("Officials are being told on March 15.", DEC_28, [("March 15", "DATE", "2002-03-15", None)]),
]

# 7. An ordinal day of an episode a count of days or weeks after the text's day: that count later.
COUNTED_DAYS = [
    (
        "Mr Smith, speaking four days ahead of his final day in office, defended his record.",
        DEC_28,
        [("four days", "DURATION", "P4D", None), ("final day", "DATE", "2002-01-01", None)],
    ),
    (
        "On March 3, two days before the final day of the summit, they met.",
        DEC_28,
        [
            ("March 3", "DATE", "2001-03-03", None),
            ("two days", "DURATION", "P2D", None),
            ("the final day", "DATE", "2001-03-05", None),
        ],
    ),
    # control: no count before it, the text's day
    ("It is the second day of the talks.", DEC_28, [("the second day", "DATE", "2001-12-28", None)]),
]

CASES = SEASON_SURNAMES + RATES + TITLES + EPISODE_DAYS + STORY_YEARS + GERUNDS + COUNTED_DAYS


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round34(text, dct, expected):
    assert rows(text, dct) == expected
