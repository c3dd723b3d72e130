"""Table-driven tests of the framing year: a month, season or day told without a year after a deictic year
that opens the sentence ("Last year, ... in July") belongs to that year; what the sentence reports,
contrasts or dates otherwise does not.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

OCT_10 = dt.date(2024, 10, 10)  # a Thursday
FEB_14 = dt.date(2011, 2, 14)  # a Monday

# A deictic year opening the sentence frames the yearless parts told after it in the same clause.
FRAMED = [
    (
        "Last year, the regatta was called off in July.",
        OCT_10,
        [("Last year", "DATE", "2023", None), ("July", "DATE", "2023-07", None)],
    ),
    (
        "Last year the mill laid off 40 workers in March and another 25 in May.",
        OCT_10,
        [
            ("Last year", "DATE", "2023", None),
            ("March", "DATE", "2023-03", None),
            ("May", "DATE", "2023-05", None),
        ],
    ),
    (
        "Last year, the choir toured in the summer.",
        OCT_10,
        [("Last year", "DATE", "2023", None), ("the summer", "DATE", "2023-SU", None)],
    ),
    (
        "Last year, the bridge reopened on July 4.",
        OCT_10,
        [("Last year", "DATE", "2023", None), ("July 4", "DATE", "2023-07-04", None)],
    ),
    (
        "Next year, the games will open in May.",
        OCT_10,
        [("Next year", "DATE", "2025", None), ("May", "DATE", "2025-05", None)],
    ),
    (
        "Two years ago, in March, the depot burned down.",
        OCT_10,
        [("Two years ago", "DATE", "2022", None), ("March", "DATE", "2022-03", None)],
    ),
    (
        "Last year, the club sold its ground in December.",
        FEB_14,
        [("Last year", "DATE", "2010", None), ("December", "DATE", "2010-12", None)],
    ),
]

# The frame ends at a new sentence, a contrast, a saying, a relative clause; a possessive does not frame.
UNFRAMED = [
    (
        "Last year the mill shed jobs. In March it hired again.",
        OCT_10,
        [("Last year", "DATE", "2023", None), ("March", "DATE", "2024-03", None)],
    ),
    (
        "Last year was flat, but this year sales rose in July.",
        OCT_10,
        [
            ("Last year", "DATE", "2023", None),
            ("this year", "DATE", "2024", None),
            ("July", "DATE", "2024-07", None),
        ],
    ),
    (
        "Last year output fell 4 percent, the ministry said in March.",
        OCT_10,
        [("Last year", "DATE", "2023", None), ("March", "DATE", "2024-03", None)],
    ),
    (
        "Last year's results were published in March.",
        OCT_10,
        [("Last year", "DATE", "2023", None), ("March", "DATE", "2024-03", None)],
    ),
    (
        "The carrier, which lost money last year, in July raised its fares.",
        OCT_10,
        [("last year", "DATE", "2023", None), ("July", "DATE", "2024-07", None)],
    ),
    (
        "Five years ago, on 3rd May, I opened the shop.",
        dt.date(2020, 5, 3),
        [("Five years ago", "DATE", "2015", None), ("3rd May", "DATE", "2020-05-03", None)],
    ),
    (
        "Five years ago, on 4th May, I opened the shop.",
        dt.date(2020, 5, 3),
        [("Five years ago", "DATE", "2015", None), ("4th May", "DATE", "2015-05-04", None)],
    ),
    (
        "Last year's fair was called off in July.",
        OCT_10,
        [("Last year", "DATE", "2023", None), ("July", "DATE", "2024-07", None)],
    ),
    (
        "Next year's vote was called in May.",
        OCT_10,
        [("Next year", "DATE", "2025", None), ("May", "DATE", "2024-05", None)],
    ),
    (
        "The regatta was called off in July last year.",
        OCT_10,
        [("July last year", "DATE", "2023-07", None)],
    ),
]

# A bare weekday after a deictic week opening the sentence is that week's day; a saying ends the frame.
WEEKS = [
    (
        "Last week, the council met on Tuesday.",
        OCT_10,
        [("Last week", "DATE", "2024-W40", None), ("Tuesday", "DATE", "2024-10-01", None)],
    ),
    (
        "Last week the council met on Tuesday and voted on Friday.",
        OCT_10,
        [
            ("Last week", "DATE", "2024-W40", None),
            ("Tuesday", "DATE", "2024-10-01", None),
            ("Friday", "DATE", "2024-10-04", None),
        ],
    ),
    (
        "Two weeks ago, the depot shut on Friday.",
        OCT_10,
        [("Two weeks ago", "DATE", "2024-W39", None), ("Friday", "DATE", "2024-09-27", None)],
    ),
    (
        "Last week, the council met on Tuesday, the mayor said on Monday.",
        OCT_10,
        [
            ("Last week", "DATE", "2024-W40", None),
            ("Tuesday", "DATE", "2024-10-01", None),
            ("Monday", "DATE", "2024-10-07", None),
        ],
    ),
    (
        "The toll from last week's flood rose to 12, officials said Tuesday.",
        OCT_10,
        [("last week", "DATE", "2024-W40", None), ("Tuesday", "DATE", "2024-10-08", None)],
    ),
]

# A year written in figures next to the document's year frames as well (one further back sets the story's
# year already); an end point ("By 2023"), a year told later in the sentence, or a report does not.
WRITTEN = [
    (
        "In 2023, the regatta was called off in July.",
        OCT_10,
        [("2023", "DATE", "2023", None), ("July", "DATE", "2023-07", None)],
    ),
    (
        "In 2023 the bakery shut its second shop in March.",
        OCT_10,
        [("2023", "DATE", "2023", None), ("March", "DATE", "2023-03", None)],
    ),
    (
        "During 2023 the ferry sailed on June 3 for the last time.",
        OCT_10,
        [("2023", "DATE", "2023", None), ("June 3", "DATE", "2023-06-03", None)],
    ),
    (
        "In 2025, the library will open a branch in March.",
        OCT_10,
        [("2025", "DATE", "2025", None), ("March", "DATE", "2025-03", None)],
    ),
    (
        "By 2023, the mill had laid off workers in May.",
        OCT_10,
        [("2023", "DATE", "2023", None), ("May", "DATE", "2024-05", None)],
    ),
    (
        "In 2023, membership fell, the club said in March.",
        OCT_10,
        [("2023", "DATE", "2023", None), ("March", "DATE", "2024-03", None)],
    ),
]

CASES = FRAMED + UNFRAMED + WEEKS + WRITTEN


@pytest.mark.parametrize("text, dct, expected", CASES, ids=ids(CASES))
def test_yearframe(text, dct, expected):
    assert rows(text, dct) == expected
