"""Speed round 25's shortcut in noun_twins agrees with the patterns it skips: the same groups for invented
titles, and for random ones built from the letters re.I folds and the happening nouns."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import noun_twins


def _plain(title: str) -> tuple[set[str], set[str], set[str]]:
    named, apart = noun_twins._groups(title, noun_twins._NAMED)
    return named, apart, noun_twins._groups(title, noun_twins._DEFINITE)[0]


def _answer(read, title: str) -> object:
    """Return what a reading of a title gives, or the error it raises (none is expected: a noun re.I matches
    through a folded letter, "\u017ftorm", is looked up by its casefold)."""
    try:
        return read(title)
    except KeyError as error:
        return ("KeyError", *error.args)


TITLE_CASES = [
    ("A gas explosion tore through a bakery", "named"),
    ("The blast shattered windows", "referred-back"),
    ("Another quake rattled the coast", "told-apart"),
    ("The council approved the budget", "no-noun"),
    ("THE BLAZE SPREAD TO A WAREHOUSE", "upper-case"),
    ("The \u017ftorm cut power", "long-s-folds-to-s"),
    ("The quaKe toppled a tower", "kelvin-sign-folds-to-k"),
    ("Caf\u00e9 owners said the fire started early", "other-letters"),
]


@pytest.mark.parametrize("title", [pytest.param(t, id=i) for t, i in TITLE_CASES])
def test_told_groups_are_the_patterns(title):
    assert _answer(noun_twins._told_groups, title) == _answer(_plain, title)


_PIECES = ["The", "the", "a", "another", "blast", "BLAST", "qua", "ke", "\u212a", "\u017f", "torm", "s",
           "fire", "killed", "in", "was", "that", " ", "Sunday's", "vote", "\u0130"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=10).map(" ".join))
def test_told_groups_are_the_patterns_on_random_titles(title):
    assert _answer(noun_twins._told_groups, title) == _answer(_plain, title)


# A letter re.I folds into a noun's own: the noun's group, not a KeyError (dedupe raised one on such a title).
FOLDED_CASES = [
    ("The \u017ftorm cut power", "storm"),  # a long s
    ("The qua\u212ae toppled a tower", "earthquake"),  # a Kelvin sign
]


@pytest.mark.parametrize(("title", "group"), FOLDED_CASES, ids=["long-s", "kelvin-sign"])
def test_a_folded_letter_reads_as_its_noun(title, group):
    assert noun_twins._groups(title, noun_twins._DEFINITE)[0] == {group}
