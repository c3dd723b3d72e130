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
    (
        "the second predicate of a passive relative clause shares its auxiliary and its noun phrase",
        "The opposition leader, who was jailed in 2021 and released last May, is running for president.",
        [("in 2021", "DATE", "2021"), ("last May", "DATE", "2025-05")],
        {"2021": "The opposition leader was jailed", "2025-05": "The opposition leader was released"},
    ),
    (
        "a past form that takes no passive keeps no auxiliary",
        "The mayor, who was elected in 2019 and resigned last May, is now a judge.",
        [("in 2019", "DATE", "2019"), ("last May", "DATE", "2025-05")],
        {"2019": "The mayor was elected", "2025-05": "The mayor resigned"},
    ),
    (
        "a plain present main verb closes the relative clause",
        "The firm, which was founded in 1990 and sold to a rival in 2012, employs 400 people.",
        [("in 1990", "DATE", "1990"), ("in 2012", "DATE", "2012")],
        {"1990": "The firm was founded", "2012": "The firm was sold to a rival"},
    ),
    (
        "a date after the relative clause dates the main clause of the same noun phrase",
        "The singer, who recorded her first album in 1990 and toured Japan in 1994, died on Friday.",
        [("in 1990", "DATE", "1990"), ("in 1994", "DATE", "1994"), ("on Friday", "DATE", "2025-10-24")],
        {"1990": "The singer recorded her first album", "1994": "The singer toured Japan",
         "2025-10-24": "The singer died"},
    ),
    (
        "the only date, in a relative clause on a short object, titles that clause",
        "The club celebrated a run that began on 4 October.",
        [("on 4 October", "DATE", "2025-10-04")],
        {"2025-10-04": "A run began"},
    ),
    (
        "the only date, in a relative clause on an apposition's head, titles that clause",
        "The team extended its unbeaten run to nine games, a run that began on 4 October.",
        [("on 4 October", "DATE", "2025-10-04")],
        {"2025-10-04": "A run began"},
    ),
    (
        "the only date, in a relative clause after 'after', titles that clause",
        "The strike ended after a stoppage that began on 4 October.",
        [("on 4 October", "DATE", "2025-10-04")],
        {"2025-10-04": "A stoppage began"},
    ),
    (
        "a relative clause that may hang on a longer noun phrase leaves the sentence whole",
        "The club celebrated the longest unbeaten run in its history that began on 4 October.",
        [("on 4 October", "DATE", "2025-10-04")],
        # a relative clause left as its bare verb ("that began") goes whole (round 52)
        {"2025-10-04": "The club celebrated the longest unbeaten run in its history"},
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_titles(text, marks, expected):
    assert {e.when.value: e.title for e in run(text, marks)} == expected
