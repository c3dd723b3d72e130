"""Table-driven tests of tagger round 22: years that straddle two calendar years, weekdays in newspaper names.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, document date, expected
[(extent, type, value, mod), ...] in text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows
from timeline.temporal import tag

APR_12 = dt.date(1997, 4, 12)  # a Saturday

# 1. "the 2006/07 financial year", "the 2019/20 season", "fiscal 2006-07", "FY2006/07": one expression,
# valued with its first year as TimeML annotators write it; "2002/04", "the 2018-19 figures" are no such year.
SPANS = [
    (
        "Profits in the 2006/07 financial year rose.",
        APR_12,
        [("the 2006/07 financial year", "DATE", "2006", None)],
    ),
    ("The 2019/20 season ended early.", APR_12, [("The 2019/20 season", "DATE", "2019", None)]),
    ("The club won the title in the 2018-19 season.", APR_12, [("the 2018-19 season", "DATE", "2018", None)]),
    ("He joined in the 1999/00 season.", APR_12, [("the 1999/00 season", "DATE", "1999", None)]),
    ("Profits for fiscal 2006-07 rose.", APR_12, [("fiscal 2006-07", "DATE", "2006", None)]),
    ("FY2006/07 profits rose.", APR_12, [("FY2006/07", "DATE", "2006", None)]),
    ("Exports fell in 2005/06, the ministry said.", APR_12, [("2005/06", "DATE", "2005", None)]),
    (
        "Output fell between 2002/04 and 2008.",
        APR_12,
        [("2002", "DATE", "2002", None), ("04", "DATE", "2004", None), ("2008", "DATE", "2008", None)],
    ),
    ("The 2018-19 figures rose.", APR_12, [("2018", "DATE", "2018", None), ("19", "DATE", "2019", None)]),
]

# The span's last year rides on the one expression, for the event layer's interval.
END_VALUES = [
    ("Profits in the 2006/07 financial year rose.", "2007"),
    ("The 2009/10 season ended early.", "2010"),
    ("Profits for fiscal 2006-07 rose.", "2007"),
    ("Profits for fiscal 2006-08 rose.", None),
    ("Profits for fiscal 1989 rose.", None),
]

# 2. "the Independent on Sunday", "the Mail on Sunday", "the Sunday Telegraph": a weekday inside a
# newspaper's name is no date; the same weekday after a place or a lower-case noun still is.
PAPERS = [
    ("He wrote in the Independent on Sunday that prices rose.", APR_12, []),
    ("She told the Mail on Sunday about the plan.", APR_12, []),
    ("The Sunday Telegraph reported the deal.", APR_12, []),
    ("The Sunday Mirror said the club had agreed.", APR_12, []),
    ("He told Sunday Express readers about it.", APR_12, []),
    ("The Sunday Times ran the story.", APR_12, []),
    ("He met officials in Scotland on Sunday.", APR_12, [("Sunday", "DATE", "1997-04-06", None)]),
    ("The mail on Sunday came late.", APR_12, [("Sunday", "DATE", "1997-04-06", None)]),
    ("The Observer on Sunday ran the story.", APR_12, [("Sunday", "DATE", "1997-04-06", None)]),
]


@pytest.mark.parametrize(("text", "dct", "expected"), SPANS + PAPERS, ids=ids(SPANS + PAPERS))
def test_round22(text, dct, expected):
    assert rows(text, dct) == expected


@pytest.mark.parametrize(("text", "end_value"), END_VALUES, ids=[text for text, _ in END_VALUES])
def test_span_end_value(text, end_value):
    (found,) = tag(text, dct=APR_12)
    assert found.end_value == end_value
