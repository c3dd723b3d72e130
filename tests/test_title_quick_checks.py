"""The title stage's cheap looks before its patterns: each must let through every title the pattern matches,
and each match that replaces a substitution must give the substitution's result."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import (
    attribution,
    cut_shapes,
    finishing,
    happenings,
    open_complements,
    subject_asides,
    subordinate,
    tellers,
    titles,
)
from timeline.sentence_subjects import AGE
from timeline.title_ends import _JOINED_END, _JOINS

# Words and marks the patterns below turn on, with plain words between them.
_VOCAB = [
    "The", "the", "a", "Police", "Anna", "Berg", "minister", "said", "says", "added", "stated", "told",
    "reporters", "warned", "declared", "that", "which", "who", "whose", "where", "and", "or", "but",
    "although", "though", "while", "whereas", "even", "as", "is", "was", "were", "been", "runs", "lasts",
    "dates", "attack", "attacks", "crash", "on", "of", "against", "On", "Of", "AGAINST", "figures", "data",
    "survey", "showed", "show", "indicate", "suggested", "reveals", "Meanwhile,", "And", "However,", "so",
    "far", "after", "since", "two", "days", "When", "14:45", "9:05", "a.m.", "GMT", "Breaking:", "54,",
    "12,000", "3,4", ",", ":", '"', "“", "‘", "'", "We", "Inflation", "rose", "being", "leading", "closed",
    "Skyhop,", "flies,", "landed", "up", "down", "fell", "sandor", "aims", "vowed", "sought", "also", "we're",
    "it’s", "NOT", "really", "Still", "he'd", "ſtill",
    "announced", "reported", "It", "In", "Paris,", "U.S.,", "Lee", "12,000,", "(the", "leader),",
]
_TITLES = st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=14).map(" ".join)
_JOINED = st.tuples(_TITLES, st.sampled_from([" ", ", ", "  ", "\t"]), _TITLES).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789,a ٣", max_size=20), st.integers(-2, 22), st.integers(-2, 22))
def test_digit_comma_is_the_pattern(text, start, end):
    found = finishing._DIGIT_COMMA.search(text, start, end)
    assert finishing.digit_comma(text, start, end) == (found is not None)


@settings(max_examples=400, deadline=None)
@given(_JOINED)
def test_the_looks_let_every_match_through(title):
    if happenings._HAPPENING.fullmatch(title.strip()):
        words = title.split(None, 6)[:6]
        assert any(word.casefold() in happenings._HAPPENING_PREPOSITIONS for word in words)
    if _JOINED_END.search(title):
        last = title.rsplit(None, 2)[-2:]
        assert len(last) == 2 and last[0].endswith(_JOINS)
    assert bool(titles._WANTS_COMPLEMENT.search(title)) == bool(
        titles._WANTS_COMPLEMENT.search(title, max(0, len(title) - 5))
    )
    if titles._BARE_SAID.fullmatch(title):
        assert len(title.split(None, 6)) <= 6
    if subordinate._CONCESSIVE.search(title):
        assert any(word in title for word in subordinate._CONCESSIVE_WORDS)
    if attribution._QUOTE_AFTER_SPEECH.search(title):
        assert any(map(title.__contains__, attribution._BEFORE_QUOTE_WORDS))
        assert any(map(title.__contains__, attribution._QUOTE_MARKS))
    if attribution._CAPITAL_AFTER_SAID.search(title):
        assert any(map(title.__contains__, attribution._BEFORE_LOST_QUOTE_WORDS))
    if attribution._FIGURES_SHOW.match(title):
        assert any(map(title.__contains__, attribution._SHOW_STEMS))
    if finishing._INNER_RELATIVE.search(title) or finishing._RELATIVE.search(title):
        assert "wh" in title and "," in title
    if tellers._TELLER_FIRST.match(title):
        assert any(word in title for word in tellers._TELLING_WORDS)
    if AGE.search(title):
        assert title.count(",") > 1
    if any(p.match(title) for p in (subject_asides._VERB_ASIDE, subject_asides._ROLE_NAME,
                                    subject_asides._NAME_ROLE_SAID)):
        assert title.count(",") >= 2


def _gate_passes(rules, title, pattern_name):
    """Return whether the rule of `rules` whose pattern source starts with `pattern_name` lets `title` through
    its test gate, and whether its pattern finds a match in the title's end."""
    for _reason, pattern, gate in rules:
        if pattern.pattern.startswith(pattern_name):
            assert callable(gate)
            return gate(title), pattern.search(title[-100:]) is not None
    raise AssertionError(pattern_name)


@settings(max_examples=400, deadline=None)
@given(_JOINED)
def test_the_test_gates_let_every_match_through(title):
    passes, found = _gate_passes(open_complements._GATED, title, r"\b(?:and|but)\s+(?:also")
    assert passes or not found
    passes, found = _gate_passes(cut_shapes._GATED, title, r"\b(?:[a-z]+['’](?:re|ve")
    assert passes or not found


@pytest.mark.parametrize("title", ["The firm cut jobs and aims", "Sales fell but also vowed"])
def test_an_intent_after_and_is_tried(title):
    assert _gate_passes(open_complements._GATED, title, r"\b(?:and|but)\s+(?:also") == (True, True)


@pytest.mark.parametrize("title", ["We have sold half the stock and we're really", "They said it’s NOT"])
def test_a_contraction_end_is_tried(title):
    assert _gate_passes(cut_shapes._GATED, title, r"\b(?:[a-z]+['’](?:re|ve") == (True, True)


@settings(max_examples=400, deadline=None)
@given(_JOINED)
def test_an_anchored_match_is_the_substitution(title):
    for pattern in (finishing._LEADING, finishing._STAMP, attribution.HEAD, finishing._SUBORDINATE_HEAD):
        found = pattern.match(title)
        assert pattern.sub("", title) == (title[found.end() :] if found else title)


@settings(max_examples=600, deadline=None)
@given(_JOINED)
def test_an_aside_is_cut_as_the_substitution_cuts_it(title):
    if title.count(",") > 1:
        for pattern in (finishing._ASIDE, finishing._ASIDE_NUMBERS):
            whole = finishing.cut(pattern, title, lambda m: m["name"] + " " if finishing.is_aside(m.group())
                                  else m.group(), count=1)
            assert finishing._cut_aside(title, pattern) == whole


# Invented titles the looks must pass, each with what its pattern finds.
CASES = [
    ("The attacks on two depots", lambda t: happenings._HAPPENING.fullmatch(t)),
    ("Last week's overnight crash of a light plane", lambda t: happenings._HAPPENING.fullmatch(t)),
    ("Prices rose and fell", lambda t: _JOINED_END.search(t)),
    ("His last visit was", lambda t: titles._WANTS_COMPLEMENT.search(t, max(0, len(t) - 5))),
    ("The contract lasts", lambda t: titles._WANTS_COMPLEMENT.search(t, max(0, len(t) - 5))),
    ("Coach Ana Ruiz told reporters", lambda t: len(t.split()) <= 6 and titles._BARE_SAID.fullmatch(t)),
    ('The mayor said: "We will rebuild the bridge"', lambda t: attribution._QUOTE_AFTER_SPEECH.search(t)),
    ("Survey data showed that exports fell", lambda t: attribution._FIGURES_SHOW.match(t)),
    ("Crews worked on, although the storm went on", lambda t: subordinate._CONCESSIVE.search(t)),
    ("The camp, which was emptied in May, reopened", lambda t: finishing._INNER_RELATIVE.search(t)),
    ("Meanwhile, the port reopened", lambda t: finishing._LEADING.match(t)),
    ("14:45 Breaking: talks resume", lambda t: finishing._STAMP.match(t)),
    ("The plant employs 12,000 workers", lambda t: finishing.digit_comma(t)),
    ("Anna Berg, the leader of the party, resigned",
     lambda t: finishing._cut_aside(t, finishing._ASIDE) == "Anna Berg resigned"),
]


@pytest.mark.parametrize(("title", "found"), CASES, ids=[c[0][:30] for c in CASES])
def test_invented_titles_pass_the_looks(title, found):
    assert found(title)


def test_finish_keeps_what_the_looks_pass():
    text = "Meanwhile, the camp, which was emptied in May, reopened on Friday."
    assert finishing.finish(text[:-len(" on Friday.")], text, (0, len(text))) == "the camp reopened"
    said = "14:45 Breaking: talks resume in Vienna"
    assert finishing.finish(said, said, (0, len(said))) == "talks resume in Vienna"
