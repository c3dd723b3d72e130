"""Table-driven tests of tagger round 27: misses where our output broke the TIMEX3 guidelines themselves
(not an annotator's habit): the determiner of the noun a prenominal expression modifies, a weekday with a
plural part of the day, an age, "the past three summers", "high noon", "this coming Sunday", "future
quarters", "hundreds of interviews a day".

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, document date, expected
[(extent, type, value, mod), ...] in text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

OCT_27 = dt.date(2026, 10, 27)  # a Tuesday

# 1. A prenominal "year-ago" / "year-earlier" modifies the noun after it: "the" belongs to that noun and
# stays outside the extent ("The <year-ago> results"); it is inside when the expression heads its phrase
# ("the year-ago quarter", "compared with the year earlier").
DETERMINER = [
    ("The year-ago results were restated.", OCT_27, [("year-ago", "DATE", "2025", None)]),
    ("The year-earlier figures included a charge.", OCT_27, [("year-earlier", "DATE", "2025", None)]),
    ("Net was under the year-earlier $7.2 million.", OCT_27, [("year-earlier", "DATE", "2025", None)]),
    ("Net rose from the year-ago level.", OCT_27, [("the year-ago level", "DATE", "2025", None)]),
    ("Sales fell from the year earlier.", OCT_27, [("the year earlier", "DATE", "2025", None)]),
    (
        "In the year-earlier nine months, sales fell.",
        OCT_27,
        [("the year-earlier nine months", "DURATION", "P9M", None)],
    ),
]

# 2. A weekday with a plural part of the day recurs, as "on Mondays" does: one SET over both words
# (XXXX-WXX-2TNI); before, the weekday was last week's day and "nights" a time on the document date.
WEEKDAY_PARTS = [
    (
        "The ferry sails on Tuesday nights from March.",
        OCT_27,
        [("Tuesday nights", "SET", "XXXX-WXX-2TNI", None), ("March", "DATE", "2027-03", None)],
    ),
    ("She runs on Sunday mornings.", OCT_27, [("Sunday mornings", "SET", "XXXX-WXX-7TMO", None)]),
    ("Wed evenings are quiet at the club.", OCT_27, [("Wed evenings", "SET", "XXXX-WXX-3TEV", None)]),
    ("He left on Friday night.", OCT_27, [("Friday night", "DATE", "2026-10-23TNI", None)]),
]

# 3. An age "N units old" is never its unit alone without the count (was "years" PXY in a short message): a
# short message tags it whole, as the span lived (P37Y); news leaves a person's age untagged, as TimeBank
# and AQUAINT do; the hyphenated "6-year-old" stays untagged in both.
AGES = [
    ("He is 37 years old.", OCT_27, [("37 years old", "DURATION", "P37Y", None)]),
    ("The puppy is nineteen days old!", OCT_27, [("nineteen days old", "DURATION", "P19D", None)]),
    ("The 6-year-old boy waved.", OCT_27, []),
    (
        "The chairman, 47 years old, will succeed the founder, the company said in a statement on its site. "
        "The board approved the change at a meeting, and the founder will stay on as an adviser to the firm "
        "for an unspecified period. Shares of the company were unchanged in trading, and analysts said they "
        "expected no change to the strategy or to the dividend policy of the group in the months ahead.",
        OCT_27,
        [("the months ahead", "DURATION", "PXM", None)],
    ),
]

# 4. "the past three summers" is one expression, not "the past" (PAST_REF) with its noun left out: the
# seasons of those years, a set as plural seasons are (XXXX-SU); a season has no ISO unit for a duration.
# "falls" stays out of it ("recent falls of the yen" keeps "recent").
PLURAL_SEASONS = [
    (
        "Riots have broken out for the past three summers.",
        OCT_27,
        [("the past three summers", "SET", "XXXX-SU", None)],
    ),
    ("The lake froze over the last two winters.", OCT_27, [("the last two winters", "SET", "XXXX-WI", None)]),
    ("In recent summers the river ran dry.", OCT_27, [("recent summers", "SET", "XXXX-SU", None)]),
    ("The yen rebounded from its recent falls.", OCT_27, [("recent", "DATE", "PAST_REF", None)]),
]

# 5. "high noon" is a showdown, not the time of day; "at noon" stays the time.
IDIOMS = [
    ("For the party, high noon comes today.", OCT_27, [("today", "DATE", "2026-10-27", None)]),
    ("The vote is at noon.", OCT_27, [("noon", "TIME", "2026-10-27T12:00", None)]),
]

# 6. "this" of "this coming Sunday", "this past Monday" is part of the expression (was "coming Sunday"); a
# noun of time after "future" makes one expression, as "coming months" is ("future elections" keeps
# "future" alone, as TimeBank tags it).
THIS_COMING_FUTURE = [
    ("The vote is this coming Sunday.", OCT_27, [("this coming Sunday", "DATE", "2026-11-01", None)]),
    ("We met this past Monday.", OCT_27, [("this past Monday", "DATE", "2026-10-26", None)]),
    ("The vote is this Sunday.", OCT_27, [("this Sunday", "DATE", "2026-11-01", None)]),
    (
        "The loss will cut taxes in future quarters.",
        OCT_27,
        [("future quarters", "DATE", "FUTURE_REF", None)],
    ),
    ("Prices may rise in future years.", OCT_27, [("future years", "DATE", "FUTURE_REF", None)]),
    ("The future government will act.", OCT_27, [("future", "DATE", "FUTURE_REF", None)]),
]

# 7. A rate after a plural count word and the noun counted is a set, as after a number: "hundreds of
# interviews a day" (SET P1D, was DURATION P1D); a verb between them leaves a length ("fled a day after").
RATES = [
    (
        "Our clerks handle scores of calls a day, an official said.",
        OCT_27,
        [("a day", "SET", "P1D", None)],
    ),
    ("Thousands of people a day cross the bridge.", OCT_27, [("a day", "SET", "P1D", None)]),
    ("Hundreds of people fled a day after the quake.", OCT_27, [("a day", "DURATION", "P1D", None)]),
    ("It cost 5 dollars a day before tax.", OCT_27, [("a day", "SET", "P1D", None)]),
]

CASES = DETERMINER + WEEKDAY_PARTS + AGES + PLURAL_SEASONS + IDIOMS + THIS_COMING_FUTURE + RATES


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round27(text, dct, expected):
    assert rows(text, dct) == expected
