"""Tests for quoted_states.py: the feelings and attitudes of a quotation's first clause, and concessions."""

from __future__ import annotations

import pytest

from timeline.quoted_states import conceded, states

# (id, a quotation's first clause, whether it tells a state)
CASES = [
    ("a feeling after be", "We are pleased with the crowd", True),
    ("a negated feeling", "I'm not convinced", True),
    ("a negated adjective", "The road isn't open", True),
    ("a negated be before a noun phrase", "It is not a done deal", True),
    ("a denied passive deed", "The mayor wasn't told", False),
    ("a negated forecast in -ing", "It isn't going to close", False),
    ("a negated attitude", "We don't trust the count", True),
    ("a negated deed", "We didn't close the shop", False),
    ("a first person's attitude", "We fully support the plan", True),
    ("a first person's wish names a plan", "We want a recount", False),
    ("a first person's deed", "We sold the boat", False),
    ("a plain state is kind's to tell", "The hall is old", False),
]


@pytest.mark.parametrize(("clause", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_states(clause: str, expected: bool) -> None:
    assert states(clause) is expected


CONCESSION_CASES = [
    ("while", "While we are sad, we respect the vote", "We respect the vote"),
    ("although", "Although the pay is low, the work is good", "The work is good"),
    ("no concession", "We are sad", "We are sad"),
]


@pytest.mark.parametrize(
    ("quote", "expected"), [c[1:] for c in CONCESSION_CASES], ids=[c[0] for c in CONCESSION_CASES]
)
def test_conceded(quote: str, expected: str) -> None:
    assert conceded(quote) == expected
