"""The one vocabulary of role nouns: each row is whole, each reader gets its own nouns in its own case."""

import re

import pytest

from timeline import person_nouns
from timeline.person_nouns import NOUNS, READERS, alternation, words


@pytest.mark.parametrize("noun", NOUNS, ids=lambda n: n.words)
def test_every_row_has_a_known_reader_and_an_example_holding_its_noun(noun):
    assert noun.readers and noun.readers <= set(READERS)
    assert noun.words in noun.example.lower()
    assert noun.family


def test_a_noun_is_written_once():
    written = [noun.words for noun in NOUNS]
    assert len(written) == len(set(written))


def test_every_reader_takes_some_noun():
    assert all(words(reader) for reader in READERS)


# (reader, a phrase, whether the reader's alternation matches the whole of it)
CASES = [
    ("speaker", "spokesperson", True),
    ("speaker", "coach", True),
    ("speaker", "premier", False),  # never read by attribution
    ("uncut", "teammate", True),
    ("to_surname", "prime minister", True),
    ("to_surname", "prime  minister", True),  # any space between the words
    ("to_surname", "coach", False),  # "urged coach Ben Dale" keeps the role
    ("waits", "opposition leader", True),
    ("title_uncut", "President", True),
    ("title_uncut", "president", False),
    ("pronoun", "president", True),
    ("pronoun", "President", True),
    ("pronoun_title", "King", True),
    ("pronoun_title", "king", False),
    ("after_owner", "hero", True),
    ("before_name", "speaker", True),
]


@pytest.mark.parametrize(("reader", "phrase", "matches"), CASES, ids=[f"{r}-{p}" for r, p, _ in CASES])
def test_a_reader_takes_its_own_nouns_in_its_own_case(reader, phrase, matches):
    assert (re.fullmatch(f"(?:{alternation(reader)})", phrase) is not None) == matches


def test_an_unknown_reader_is_an_error():
    with pytest.raises(KeyError):
        person_nouns.words("nobody")
