"""Table-driven tests of tagger round 30 (the lead's probes): a date after a participle of consequence, a
pair of months under a past or a future verb.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, document date, expected
[(extent, type, value, mod), ...] in text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

NOV_24 = dt.date(2026, 11, 24)  # a Tuesday

# 1. A date after a participle of consequence (", setting up", ", paving the way for", ", clearing the way
# for") names what the main clause's act leads to: it lies ahead of that act. With the act dated in the
# sentence, the date counts forward from it; without, forward from the document date. A tense marker after
# the phrase keeps its own say; a date before the phrase is the act's.
CONSEQUENCE = [
    (
        "The court agreed Monday to hear a challenge to the rule, setting up a ruling by the end of June.",
        NOV_24,
        [("Monday", "DATE", "2026-11-23", None), ("the end of June", "DATE", "2027-06", "END")],
    ),
    (
        "The council backed the plan, paving the way for building work in March.",
        NOV_24,
        [("March", "DATE", "2027-03", None)],
    ),
    (
        "The panel approved the bill Monday, clearing the way for a vote by the end of June.",
        NOV_24,
        [("Monday", "DATE", "2026-11-23", None), ("the end of June", "DATE", "2027-06", "END")],
    ),
    (
        # the act dated in January: its June is this year's, though it is past for the writer
        "The court agreed in January to hear the case, setting up a ruling by the end of June.",
        NOV_24,
        [("January", "DATE", "2026-01", None), ("the end of June", "DATE", "2026-06", "END")],
    ),
    (
        "The board dropped its objection on April 6, clearing the way for the sale to be completed in May.",
        NOV_24,
        [("April 6", "DATE", "2026-04-06", None), ("May", "DATE", "2026-05", None)],
    ),
    (
        "The team won the semifinal in October, setting up a final in August.",
        NOV_24,
        [("October", "DATE", "2026-10", None), ("August", "DATE", "2027-08", None)],
    ),
    (
        # not a consequence: the past verb after the phrase dates its own event
        "The court agreed to hear the case, setting up a clash that was settled in June.",
        NOV_24,
        [("June", "DATE", "2026-06", None)],
    ),
    (
        # without the phrase the past verb looks back, as before
        "The court heard the case and issued a ruling by the end of June.",
        NOV_24,
        [("the end of June", "DATE", "2026-06", "END")],
    ),
    (
        # the act's own date, before the phrase, keeps the past
        "The court agreed in June to hear the case, setting up a ruling.",
        NOV_24,
        [("June", "DATE", "2026-06", None)],
    ),
]

# 4. A pair of months joined by "or" takes one year and one direction: ahead under a future verb, behind
# under a past one.
MONTH_PAIRS = [
    (
        "Arguments are expected in late February or early March.",
        NOV_24,
        [("late February", "DATE", "2027-02", "END"), ("early March", "DATE", "2027-03", "START")],
    ),
    (
        "The vote was held in late February or early March.",
        NOV_24,
        [("late February", "DATE", "2026-02", "END"), ("early March", "DATE", "2026-03", "START")],
    ),
]

CASES = CONSEQUENCE + MONTH_PAIRS


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round30(text, dct, expected):
    assert rows(text, dct) == expected
