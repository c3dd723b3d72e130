"""Tests for timeline.speech: the one table of speech verbs and the roles readers ask for."""

from __future__ import annotations

import re

import pytest

from timeline import speech

# (role, text, whether the role's alternation finds a verb in it)
CASES = [
    ("routine", "Sales rose, the agency reported Monday", True),
    ("routine", "The plant will close, the company announced Monday", False),  # an announcement is news
    ("routine", "The bridge reopened, according to the county", True),
    ("episode", "The mayor said the plan would pass", True),
    ("episode", "The mayor says the plan will pass", False),  # a present telling continues no past episode
    ("names_person", "Jane Doe warned", True),
    ("names_person", "The agency reported", False),  # a document reports, not a person
    ("before_quote", 'The charter states: "Members shall vote."', True),
    ("before_that", "The minister insisted that", True),
    ("it_was", "it was announced", True),
    ("it_was", "it was added", False),
    ("said_here", "The minister told reporters", True),
    ("after_speaker", "Exports rose, official data showed", True),
    ("after_speaker", "The coach stressed", False),
    ("before_complement", "The inquiry found that", True),  # a thought verb: no attribution to cut
    ("after_speaker", "The inquiry found", False),
    ("dangles", "The union urged", True),  # a cut title left waiting for what was urged
    ("dangles", "The union announced", False),  # a cut after "announced" is left to shorten.fit
]


@pytest.mark.parametrize(("role", "text", "found"), CASES, ids=[f"{c[0]}: {c[1]}" for c in CASES])
def test_alternation_finds_the_verbs_of_its_role(role: str, text: str, found: bool) -> None:
    pattern = re.compile(rf"\b(?:{speech.alternation(role)})\b")
    assert (pattern.search(text) is not None) is found


@pytest.mark.parametrize("verb", speech.VERBS, ids=[v.words for v in speech.VERBS])
def test_every_row_has_an_example_that_uses_it_and_known_roles(verb: speech.Verb) -> None:
    assert verb.words in verb.example
    assert verb.roles and verb.roles <= set(speech.ROLES)


@pytest.mark.parametrize("role", list(speech.ROLES))
def test_every_role_is_played(role: str) -> None:
    assert speech.words(role)


def test_told_takes_the_pattern_of_its_reader() -> None:
    verbs = speech.alternation("routine", told=r"told\s+\w+")
    pattern = re.compile(rf"\b(?:{verbs})\s+\Z")
    assert pattern.search("the envoy told reporters ")
    assert not pattern.search("the envoy told ")


def test_an_unknown_role_is_refused() -> None:
    with pytest.raises(KeyError):
        speech.words("shouted")
