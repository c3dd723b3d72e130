"""Verbs and tense, told apart by word lists (timeline.verbs)."""

import pytest

from timeline import verbs
from timeline.verbs import be_for, first_verb, has_verb, is_past, is_past_form, plural_present

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


# (id, text, the plain present verb after a plural or a name, or None), invented.
PLURAL_PRESENT_CASES = [
    ("after a name", "Rovers host United in the cup.", "host"),
    ("after a plural", "Markets expect a cut.", "expect"),
    ("a noun after a determiner is none", "The host city was chosen.", None),
    ("a noun after an adjective is none", "It was a tough face to read.", None),
    ("a noun after a possessive is none", "On Wen's visit to Paris.", None),
]


@pytest.mark.parametrize(
    "text, expected", [c[1:] for c in PLURAL_PRESENT_CASES], ids=[c[0] for c in PLURAL_PRESENT_CASES]
)
def test_plural_present(text, expected):
    found = plural_present(text)
    assert (found.group().split()[-1] if found else None) == expected


def test_has_verb_agrees_with_the_verb_pattern_on_every_listed_word():
    """has_verb looks words up in sets for speed: it must answer as the one pattern does, list by list."""
    words = sorted(verbs.IRREGULAR_PAST | verbs.PRESENT_HEADS | verbs._AUXILIARIES | verbs._PAST_NOT)
    phrases = [*words, *(w.upper() for w in words), "the rules that take effect", "hundred"]
    phrases += ["Señor Muñoz fled", "the Señor"]
    for phrase in phrases:
        assert verbs.has_verb(phrase) == (verbs._VERB.search(phrase) is not None), phrase
