"""Titles on clauses: semicolons, relative clauses, dangling adverbs and attribution (round 6, invented text)."""

import pytest

from tests.test_events import run
from timeline import shorten

# (id, text, its dates as the tagger gives them, expected title of each event by value).
CASES = [
    (
        "a predicate after 'and' takes the subject of its own semicolon clause",
        "The old mill burned down in 1931; rebuilding began the next spring and was finished in 1934.",
        [("in 1931", "DATE", "1931"), ("the next spring", "DATE", "1932-SP"), ("in 1934", "DATE", "1934")],
        {"1931": "The old mill burned down", "1932-SP": "Rebuilding began",
         "1934": "Rebuilding was finished"},
    ),
    (
        "the semicolon clause that holds the only date is the event",
        "The drought is the worst in living memory; the previous one was recorded in 1976.",
        [("in 1976", "DATE", "1976")],
        {"1976": "The previous one was recorded"},
    ),
    (
        "a semicolon clause that leans on the one before keeps the sentence",
        "The vote was postponed twice; it finally took place on Monday.",
        [("on Monday", "DATE", "2025-10-20")],
        {"2025-10-20": "The vote was postponed twice; it finally took place"},
    ),
    (
        "a statement dated by 'data showed' loses the attribution, which is the second event",
        "Unemployment rose to 5.2% in August, the most since 2021, figures showed on Tuesday.",
        [("in August", "DATE", "2025-08"), ("on Tuesday", "DATE", "2025-10-21")],
        {"2025-08": "Unemployment rose to 5.2%, the most since 2021",
         "2025-10-21": "Figures showed unemployment rose to 5.2%, the most since 2021"},
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_titles(text, marks, expected):
    assert {e.when.value: e.title for e in run(text, marks)} == expected
