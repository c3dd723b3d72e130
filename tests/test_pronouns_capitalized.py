"""pronouns._capitalized searches a word for its parts only when it holds a hyphen or an apostrophe."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import pronouns


def _plain(text: str) -> dict[str, list[int]]:
    """Every capitalized word and each part of it, every word searched."""
    found: dict[str, list[int]] = {}
    for match in pronouns._CAPITALIZED.finditer(text):
        word = match.group()
        found.setdefault(word, []).append(match.start())
        for end in (m.start() for m in re.finditer(r"['’-]", word)):
            found.setdefault(word[:end], []).append(match.start())
    return found


CASES = [
    "Judge Kollar-Kotelly's ruling came after Okafor said so.",
    "O'Neill met Abu Ali’s lawyer; Kollar-Kotelly ruled.",
    "The Smith-Jones-Lee family, Dana's and Dana’s cars.",
    "no capital here at all",
]


@pytest.mark.parametrize("text", CASES)
def test_parts_of_capitalized_words(text):
    pronouns._capitalized.cache_clear()
    assert pronouns._capitalized(text) == _plain(text)


PIECES = ["Ann", "O'Neill", "Lee-Smith", "Ann's", "Ann’s", "x", " ", "-", "'", "’", "Bo"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=20).map("".join))
def test_parts_of_capitalized_words_on_any_mixture(text):
    pronouns._capitalized.cache_clear()
    assert pronouns._capitalized(text) == _plain(text)
