"""Table-driven tests of tagger round 35: going to bed early, a scheduled thing's first day, lengths of acts.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

DEC_28 = dt.date(2001, 12, 28)  # a Friday

# An article's bare plural unit is tagged only in some contexts; a short message tags it anyway, so the rows
# of section 3 run in a text longer than a short message (messages.SHORT_MESSAGE).
FILLER = (
    " The ministry gave no figures for the region. Aid groups said roads into the hills were blocked by"
    " mud and fallen trees, and that clean water and medicine were running short in several villages. A"
    " spokesman for the provincial government said more help was on its way and asked people to stay calm."
)

# 1. "have an early night", "make it a late night": going to bed early or late, no night.
EARLY_NIGHTS = [
    ("The champion had an early night after losing in the first round.", DEC_28, []),
    ("We are tired, so we will make it an early night.", DEC_28, []),
    ("She has had a late night at the office.", DEC_28, []),
    # controls: a night of the text
    (
        "The blast early Thursday night killed two.",
        DEC_28,
        [("early Thursday night", "DATE", "2001-12-27TNI", "START")],
    ),
    # "late" keeps its mod before "last night" as before a weekday (round 52)
    ("The raid came late last night.", DEC_28, [("late last night", "TIME", "2001-12-27TNI", "END")]),
]

# 2. A noun of a scheduled thing, then "starting/beginning/opening on" a weekday: the thing's first day is
# ahead of the preparing, whatever that verb's tense; not when the thing's own past verb follows.
STARTING_ON = [
    (
        "The squad flew to Perth to prepare for the second Test starting on Tuesday.",
        DEC_28,
        [("Tuesday", "DATE", "2002-01-01", None)],
    ),
    (
        "Organisers announced a tour of the north beginning on Monday.",
        DEC_28,
        [("Monday", "DATE", "2001-12-31", None)],
    ),
    (
        "The union announced a strike opening on Wednesday.",
        DEC_28,
        [("Wednesday", "DATE", "2002-01-02", None)],
    ),
    # controls: the thing's own past verb; a weekday with no scheduled thing before it
    ("The Test starting on Tuesday ended in a draw.", DEC_28, [("Tuesday", "DATE", "2001-12-25", None)]),
    ("The rain started on Tuesday.", DEC_28, [("Tuesday", "DATE", "2001-12-25", None)]),
]

# 3. In an article, a bare plural and "of" an act after "by", "amid", "end", "follows"... is a length.
LENGTHS_OF = [
    (
        "The rebels were driven from the caves by weeks of heavy bombing." + FILLER,
        DEC_28,
        [("weeks", "DURATION", "PXW", None)],
    ),
    (
        "Troops arrived as the government tried to end days of deadly clashes." + FILLER,
        DEC_28,
        [("days", "DURATION", "PXD", None)],
    ),
    (
        "The deal follows months of negotiation between the two sides." + FILLER,
        DEC_28,
        [("months", "DURATION", "PXM", None)],
    ),
    # controls: after "after" (the AQUAINT gold leaves it), a plural before "of" a determiner ("years of
    # their rule"),
    # a plural with no word of length before it
    ("Prices fell after weeks of high demand." + FILLER, DEC_28, []),
    ("The vote ended years of their rule." + FILLER, DEC_28, []),
    ("They spent years of savings on the house." + FILLER, DEC_28, []),
]


CASES = EARLY_NIGHTS + STARTING_ON + LENGTHS_OF


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round35(text, dct, expected):
    assert rows(text, dct) == expected
