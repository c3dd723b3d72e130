"""Titles of relative clauses, participle asides and second predicates (round 7, invented text)."""

import pytest

from tests.test_events import run

# (id, text, its dates as the tagger gives them, expected title of each event by value).
CASES = [
    (
        "a participle aside belongs to the nearest noun phrase before its comma",
        "The trial of the former minister, charged in 2023 with fraud, opened on Monday.",
        [("in 2023", "DATE", "2023"), ("on Monday", "DATE", "2025-10-20")],
        {"2023": "The former minister was charged with fraud",
         "2025-10-20": "The trial of the former minister opened"},
    ),
    (
        "a participle aside after 'of' and a possessive noun phrase",
        "The sale of its oldest factory, built in 1921, was completed on Friday.",
        [("in 1921", "DATE", "1921"), ("on Friday", "DATE", "2025-10-24")],
        {"1921": "Its oldest factory was built",
         "2025-10-24": "The sale of its oldest factory was completed"},
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_titles(text, marks, expected):
    assert {e.when.value: e.title for e in run(text, marks)} == expected
