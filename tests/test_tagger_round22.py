"""Table-driven tests of tagger round 22: newspaper names that contain a weekday.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, document date, expected
[(extent, type, value, mod), ...] in text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

APR_12 = dt.date(1997, 4, 12)  # a Saturday

# 1. "the Independent on Sunday", "the Mail on Sunday", "the Sunday Telegraph": a weekday inside a
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


@pytest.mark.parametrize(("text", "dct", "expected"), PAPERS, ids=ids(PAPERS))
def test_round22(text, dct, expected):
    assert rows(text, dct) == expected
