"""Table-driven tests of tagger round 18: wrong years and extents an events engineer saw on unseen text.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, document date, expected
[(extent, type, value, mod), ...] in text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

DEC_09 = dt.date(2009, 12, 10)
APR_97 = dt.date(1997, 4, 9)
NOV_06 = dt.date(2006, 11, 20)
NOV_05 = dt.date(2005, 11, 5)  # a Saturday
DEC_05 = dt.date(2005, 12, 13)
DEC_11 = dt.date(2005, 12, 11)  # a Sunday

# 1. A preview of a coming tournament: "the 1998 Cup" names a happening and moves no story there; days told
# in the present ("meet", "open") are the coming ones; a month already dated ahead keeps its year.
SCHEDULE = [
    (
        "The tournament starts in June. Spain won the title at the 1998 Cup in Paris. "
        "The hosts meet Peru in Berlin on June 14, while Spain will face Chile on June 20. "
        "Peru open their campaign against Ghana in Bonn on June 11.",
        DEC_09,
        [
            ("June", "DATE", "2010-06", None),
            ("1998", "DATE", "1998", None),
            ("June 14", "DATE", "2010-06-14", None),
            ("June 20", "DATE", "2010-06-20", None),
            ("June 11", "DATE", "2010-06-11", None),
        ],
    ),
    # a year that sets the scene still tells the story
    (
        "Rivals drew in the 1998 final. In 1998, the clubs met in Madrid on June 14.",
        DEC_09,
        [
            ("1998", "DATE", "1998", None),
            ("1998", "DATE", "1998", None),
            ("June 14", "DATE", "1998-06-14", None),
        ],
    ),
]

# 2. A change of hands set for a date ("the July 1 handover", "the handover of power on July 1") and a day
# prepared for lie ahead of a past verb; a past event at a date does not.
COMING_CHANGE = [
    (
        "Bankers worried about deposits ahead of the July 1 handover.",
        APR_97,
        [("July 1", "DATE", "1997-07-01", None)],
    ),
    (
        "Emigrant staff were told they could stay abroad until the handover of power on July 1.",
        APR_97,
        [("July 1", "DATE", "1997-07-01", None)],
    ),
    (
        "A naval unit came ashore to get ready for the change of command on midnight June 30.",
        dt.date(1997, 4, 22),
        [("midnight June 30", "TIME", "1997-06-30T24:00", None)],
    ),
    ("The mayor died on July 1 after a long illness.", APR_97, [("July 1", "DATE", "1996-07-01", None)]),
]

# 3. "following Sept. 11" is one date, not "following Sept."; "the Sept. 11 attacks" name 2001's, and
# (round 20) so does a bare "following Sept. 11" in the decade after 2001.
SEPT_11 = [
    (
        "Pilots have argued that, following Sept. 11, cockpit rules grew strict.",
        NOV_06,
        [("Sept. 11", "DATE", "2001-09-11", None)],
    ),
    ("She lost her son in the Sept. 11 attacks.", NOV_06, [("Sept. 11", "DATE", "2001-09-11", None)]),
    (
        "Since the September 11 terrorist attacks, airports changed.",
        dt.date(2003, 2, 1),
        [("September 11", "DATE", "2001-09-11", None)],
    ),
    (
        "The council votes on Sept. 11 on the budget.",
        dt.date(2006, 8, 20),
        [("Sept. 11", "DATE", "2006-09-11", None)],
    ),
    ("Prices fell following March 3.", NOV_06, [("March 3", "DATE", "2006-03-03", None)]),
    ("Following September, prices rose.", NOV_06, [("Following September", "DATE", "2006-09", None)]),
]

# 4. A day of an episode followed by its weekday is that weekday.
EPISODE_DAY = [
    (
        "The sit-in reached the ninth day on Friday.",
        NOV_05,
        [("the ninth day", "DATE", "2005-11-04", None), ("Friday", "DATE", "2005-11-04", None)],
    ),
    (
        "The strike entered its third day Tuesday.",
        NOV_05,
        [("third day", "DATE", "2005-11-01", None), ("Tuesday", "DATE", "2005-11-01", None)],
    ),
    (
        "On the second day of the trip he met the king on Friday.",
        NOV_05,
        [("the second day", "DATE", "2005-11-05", None), ("Friday", "DATE", "2005-11-04", None)],
    ),
]

# 5. A count or a record within a span is a length, whatever the tense.
COUNTED_IN = [
    (
        "Auditors read the third survey in two months issued by the agency.",
        DEC_05,
        [("two months", "DURATION", "P2M", None)],
    ),
    ("It will be the highest level in five years.", DEC_05, [("five years", "DURATION", "P5Y", None)]),
    (
        "They will publish their first report in two months.",
        DEC_05,
        [("two months", "DATE", "2006-02", None)],
    ),
]

# 6. "the day" told in the past is not a coming date named before it: in news, the report's day.
THE_DAY = [
    (
        "The final is on February 4. Hull ended the day at the head of the standings.",
        DEC_11,
        [("February 4", "DATE", "2006-02-04", None), ("the day", "DATE", "2005-12-11", None)],
    ),
    (
        "The march is on February 4. Unions plan to gather a million people on the day.",
        DEC_11,
        [("February 4", "DATE", "2006-02-04", None), ("the day", "DATE", "2006-02-04", None)],
    ),
    (
        "The vote is on February 4. Later in the day, results will be out.",
        DEC_11,
        [("February 4", "DATE", "2006-02-04", None), ("the day", "DATE", "2006-02-04", None)],
    ),
]

# 7. "that" after a verb of saying and its own words is the conjunction, also before a possessive weekday.
SAID_THAT = [
    (
        "Police said Friday that Friday's demonstration was peaceful.",
        NOV_05,
        [("Friday", "DATE", "2005-11-04", None), ("Friday", "DATE", "2005-11-04", None)],
    ),
    (
        "The minister said Tuesday that Sunday's elections will be fair.",
        dt.date(2005, 11, 29),
        [("Tuesday", "DATE", "2005-11-29", None), ("Sunday", "DATE", "2005-12-04", None)],
    ),
    ("We met that Friday.", NOV_05, [("that Friday", "DATE", "2005-11-04", None)]),
]

CASES = SCHEDULE + COMING_CHANGE + SEPT_11 + EPISODE_DAY + COUNTED_IN + THE_DAY + SAID_THAT


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round18(text, dct, expected):
    assert rows(text, dct) == expected
