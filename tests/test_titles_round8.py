"""Titles of whole subject noun phrases, asides, clauses after a semicolon and reported clauses (round 8,
invented text)."""

import pytest

from tests.test_events import run

# (id, text, its dates as the tagger gives them, expected title of each event by value).
CASES = [
    (
        "a role and a name before 'who' stay whole",
        "Bank Governor Alma Reyes, who took office in 2019, spoke on Monday.",
        [("in 2019", "DATE", "2019"), ("on Monday", "DATE", "2025-10-20")],
        {"2019": "Bank Governor Alma Reyes took office", "2025-10-20": "Bank Governor Alma Reyes spoke"},
    ),
    (
        "a role and a name of three words before 'who' stay whole",
        "Trade Minister Lee Kah Wai, who joined the cabinet in 2016, resigned on Monday.",
        [("in 2016", "DATE", "2016"), ("on Monday", "DATE", "2025-10-20")],
        {"2016": "Trade Minister Lee Kah Wai joined the cabinet",
         "2025-10-20": "Trade Minister Lee Kah Wai resigned"},
    ),
    (
        "a weekday before the role and the name is no part of it",
        "On Monday Coach Dana Kirk, who took over in 2021, quit.",
        [("On Monday", "DATE", "2025-10-20"), ("in 2021", "DATE", "2021")],
        {"2021": "Coach Dana Kirk took over", "2025-10-20": "Coach Dana Kirk quit"},
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_titles(text, marks, expected):
    assert {e.when.value: e.title for e in run(text, marks)} == expected
