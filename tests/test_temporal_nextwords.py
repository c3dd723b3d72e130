"""At a frequent opener ("the"), the scanner tries only the rules that can go on with the token after it."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_temporal_scan import GLUED, MIXTURES, PIECES, _reference_matches
from timeline.temporal import patterns, scan
from timeline.temporal.firstwords import number_key
from timeline.temporal.nextwords import NUMBER, next_words

NEXT_WORD_CASES = [
    (r"(?:the\s+)?(?P<ord>final|last)\s+half", {"final", "last"}),
    (r"(?:the|this)\s+(?:\d+|past)\s+years", {NUMBER, "past"}),
    (r"(?:the\s+)?week", {"week"}),
    (r"(?:this\s+)?week", set()),
    (r"the(?:\s+year)?", None),
    (r"the\s+'?\d+s", {NUMBER}),
    (r"the\s*-\s*(?:a|b)+c", None),
    (r"the\s+(?:early|late)-?(?:may|june)",
        {"early", "late", "earlymay", "earlyjune", "latemay", "latejune"}),
    # the Kelvin sign matches "k"; as a character of its own it would start no token ("m" follows)
    (r"the\s+\u212a(?:m)", {"km", "m"}),
    (r"the\s+(?:\w+\s+)?day", None),
    (r"th(?:e|is)\s+[A-C]x", {"ax", "bx", "cx"}),
    (r"(?:the\s+){2,3}year", {"the"}),
]


@pytest.mark.parametrize("pattern, words", NEXT_WORD_CASES, ids=[c[0] for c in NEXT_WORD_CASES])
def test_next_words(pattern, words):
    assert next_words(pattern, "the") == (None if words is None else frozenset(words))


FOLLOWING_CASES = [
    ("the last week", 3, "last"),
    ("the  1990s", 3, NUMBER),
    ("the '90s", 3, NUMBER),
    ("the .5", 3, NUMBER),
    ("the - end", 3, "end"),
    ("the", 3, ""),
    ("the ...", 3, ""),
    ("the café", 3, None),
    ("the ’90s", 3, None),
    ("the wee\u212a", 3, None),
]


@pytest.mark.parametrize("text, end, following", FOLLOWING_CASES, ids=[c[0] for c in FOLLOWING_CASES])
def test_following(text, end, following):
    low = text.lower() if text.isascii() else text.translate(scan._ASCII_LOWER)
    assert scan._following(text, low, end) == following


THE_PIECES = [*PIECES, "the", "the", "The", "same", "period", "first", "half", "end", "of", "1990s", "’90s"]
THE_MIXTURES = st.lists(st.sampled_from(THE_PIECES), max_size=30).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(THE_MIXTURES, MIXTURES, GLUED))
def test_no_rule_that_matches_after_an_opener_is_left_out(text):
    # at every "the", every rule that matches there is among those tried for the token after it
    low = text.lower() if text.isascii() else text.translate(scan._ASCII_LOWER)
    for token in re.finditer(r"(?<![A-Za-z])the(?![A-Za-z])", text, re.IGNORECASE):
        if not text[token.end() : token.end() + 1].isascii():
            continue  # the scanner tries every rule there
        following = scan._following(text, low, token.end())
        if following is None:
            continue  # the scanner tries every rule that can begin with "the" there
        for name, _pattern, _example in patterns.RULES:
            if scan._rule_scanner(name).match(text, token.start()):
                assert name in scan._next_rules("the", following), (name, text)


def test_every_rule_that_can_begin_with_the_is_read():
    # a rule read as "any token after it" costs a match attempt at every "the": keep them few
    unread = [rule for rule in scan._word_rules("the") if scan._next_words(rule, "the") is None]
    assert len(unread) <= 2, unread


AFTER_NUMBER_CASES = [
    (r"\d+\s+(?:years?|days?)", {"year", "years", "day", "days"}),
    (r"'?\d\ds", {"s"}),
    (r"\d{4}", None),
    (r"\d+(?:,\d{3})*\s+ago", {NUMBER, "ago"}),
    (r"(?:the\s+)?\d+\s+times", {"times"}),
    (r"\.\d+\s+of\s+a\s+second", {"of"}),
    (r"\d+(?=\s+years)", None),
    # a lookahead where the match may end reads the token after it: "3 to 5 p.m.", "300 and 200 BC"
    (r"\d+(?=\s+(?:to|and)\s)", {"to", "and"}),
    (r"\d+(?=\s*(?:-|–|to)\s*\d)", {"to", NUMBER}),
    (r"\d+\s*(?:bc|ad)|\d+(?=\s+(?:to|and)\s)", {"bc", "ad", "to", "and"}),
    (r"(?:\d+(?=\s+to\s))", {"to"}),
    (r"\d+(?=\s+to)", None),  # the lookahead ends inside the token: "today"
    (r"\d+(?=\s+(?:to\s|$))", None),  # it may end before any token
    (r"\d+(?=\s+to\s)\s+(?:to|from)\s", {"to", "from"}),  # not where the match may end: not read
    (r"\d+(?:\s+(?=to\s))+", None),  # in a repeat: not read
]


@pytest.mark.parametrize("pattern, words", AFTER_NUMBER_CASES, ids=[c[0] for c in AFTER_NUMBER_CASES])
def test_next_words_after_a_number(pattern, words):
    assert next_words(pattern, NUMBER) == (None if words is None else frozenset(words))


NUMBER_PIECES = [
    *PIECES, "40,000", "3.5", "percent", "million", "people", "years", "times", "ago", "BC", "AD", "B.C.",
    "and", "or", "3rd", "5th", "today", "–", "p.m.", "11", "1,000", "300",
]
NUMBER_MIXTURES = st.lists(st.sampled_from(NUMBER_PIECES), max_size=30).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(NUMBER_MIXTURES, MIXTURES, GLUED))
def test_no_rule_that_matches_at_a_number_is_left_out(text):
    # at every number, every rule that matches there is among those tried for the token after it
    low = text.lower() if text.isascii() else text.translate(scan._ASCII_LOWER)
    for token in re.finditer(r"'?\d+|(?<![\d.])\.\d+", text):
        key = number_key(text, token.start(), token.end())
        following = scan._following(text, low, token.end())
        if key is None or following is None:
            continue  # the scanner tries the rules the number's shape allows, or all of them
        kept = scan._rules_after_number(scan._number_rules(*key), following)
        for name in patterns.DIGIT_RULES:
            if scan._rule_scanner(name).match(text, token.start()):
                assert name in kept, (name, text)


# Rules that end on a lookahead after a number ("11 to 3 p.m.", "300 and 200 BC", "3rd and 5th of May") are
# tried there only when the token after the number is one the lookahead reads.
LOOKAHEAD_CASES = [
    ("The shop opens from 11 to 3 p.m. on Mondays.", "clock span"),
    ("It was built between 300 and 200 BC, or 300 to 250 B.C.", "era span"),
    ("They met on the 3rd and 5th of May, and 7 or 8 June.", "day list"),
    ("Talks ran 3-5 May and 11–2 p.m. today; 40 people came at 11 today.", "dash spans"),
    ("In 1998 to 2001 some 300 and more came, 5 to 10 a day.", "no lookahead matches"),
]


@pytest.mark.parametrize("text", [c[0] for c in LOOKAHEAD_CASES], ids=[c[1] for c in LOOKAHEAD_CASES])
def test_rules_read_by_their_lookahead_find_what_every_rule_finds(text):
    full = [(m.span(), patterns.groups(m)) for m in _reference_matches(text)]
    assert [(m.span(), patterns.groups(m)) for m in scan.matches(text)] == full
