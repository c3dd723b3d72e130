"""Table-driven tests of tagger round 27: misses where our output broke the TIMEX3 guidelines themselves
(not an annotator's habit): the determiner of the noun a prenominal expression modifies, a weekday with a
plural part of the day.

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
    ("Net was below the year-earlier $4.5 million.", OCT_27, [("year-earlier", "DATE", "2025", None)]),
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

CASES = DETERMINER + WEEKDAY_PARTS


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round27(text, dct, expected):
    assert rows(text, dct) == expected
