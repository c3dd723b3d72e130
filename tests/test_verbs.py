"""Verbs and tense, told apart by word lists (timeline.verbs)."""

import pytest

from timeline.verbs import be_for, first_verb, has_verb, is_past, is_past_form

# (id, text, has a verb, narrates the past), invented.
CASES = [
    ("regular past", "Firefighters reached the warehouse.", True, True),
    ("irregular past", "The river burst its banks.", True, True),
    ("future", "The museum will reopen.", True, False),
    ("a present head over a past clause", "The minister says the dam held.", True, False),
    ("ed word that is no past", "A hundred people in need.", False, False),
    ("a past too short for the -ed rule", "The singer died.", True, True),
    ("noun phrase", "The 2017 budget and its critics.", False, False),
    ("a present main verb", "The law takes effect on Oct. 1.", True, False),
    ("a plural present in a relative clause", "The rules that take effect.", True, False),
    ("a present form that is seldom a noun", "The summit begins in Oslo.", True, False),
]


@pytest.mark.parametrize("text, verb, past", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_verbs_and_tense(text, verb, past):
    assert (has_verb(text), is_past(text)) == (verb, past)


def test_first_verb_searches_inside_bounds():
    text = "The talks, which opened in May, stalled."
    assert first_verb(text, 10)[0] == "opened"
    assert first_verb(text, 31)[0] == "stalled"


@pytest.mark.parametrize(
    "word, past", [("released", True), ("sold", True), ("hundred", False), ("sells", False)]
)
def test_is_past_form(word, past):
    assert is_past_form(word) is past


# (id, subject, the form of "be" that agrees with it), invented.
BE_CASES = [
    ("singular", "The treaty", "was"),
    ("plural in -s", "The measures", "were"),
    ("counted", "Three men", "were"),
    ("one word", "Police", "were"),
    ("nothing left of the subject", "", "was"),
]


@pytest.mark.parametrize("subject, expected", [c[1:] for c in BE_CASES], ids=[c[0] for c in BE_CASES])
def test_be_for(subject, expected):
    assert be_for(subject) == expected
