"""The shortcuts of the verb scan and of the date bounds give what the plain reading gives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import date_remnants, dateless, verbs, word_walk
from timeline.dating import bounds_of
from timeline.temporal.intervals import interval


def _first_verb_plain(text: str, start: int = 0, end: int | None = None):
    """The scan as it read before the shortcut: the verb pattern tried at the start of every run."""
    end = len(text) if end is None else end
    for run in verbs._RUN.finditer(text, start, end):
        found = verbs._VERB.match(text, run.start(), end)
        if found is not None:
            return found
    return None


CASES = [
    ("The bridge reopened on Monday", "reopened"),
    ("Officials from the largest bank", None),
    ("The rules take effect on Oct. 1", "take effect"),
    ("A hundred people need shelter", None),
    ("Mohamed ElBaradei received the prize", "received"),
    ("The summit begins on Monday", "begins"),
    ("Der Ausschuss WAS overruled", "WAS"),
    ("İstanbul'un valisi said", "said"),
]


@pytest.mark.parametrize(("text", "verb"), CASES, ids=[c[0] for c in CASES])
def test_first_verb(text, verb):
    found = verbs.first_verb(text)
    assert (found.group() if found else None) == verb
    plain = _first_verb_plain(text)
    assert (plain.span() if plain else None) == (found.span() if found else None)


_WORDS = ["the", "bank", "said", "take", "effect", "Take", "hundred", "need", "was", "WAS", "says", "plans",
          "closed", "ıs", "İs", "ﬁled", "naïve", "opened", "-", "'s", "’", "Reopened", "taken", "united"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=12), st.sampled_from([" ", "  ", ", ", "-"]),
       st.integers(0, 30), st.integers(0, 90))
def test_first_verb_is_the_plain_scan(words, gap, start, end):
    text = gap.join(words)
    found, plain = verbs.first_verb(text, start, end), _first_verb_plain(text, start, end)
    assert (found.span() if found else None) == (plain.span() if plain else None)


WALK = [
    ("closed", None, True), ("closed", "the", False), ("Closed", None, False), ("much-needed", None, False),
    ("expire", "which", True), ("quickly", "that", False), ("bank", None, False), ("built", "a", False),
]


@pytest.mark.parametrize(("word", "previous", "verb"), WALK, ids=[f"{w[1]} {w[0]}" for w in WALK])
def test_is_verb_cached_as_plain(word, previous, verb):
    assert word_walk.is_verb(word, previous) is verb
    assert word_walk.is_verb.__wrapped__(word, previous) is verb


@pytest.mark.parametrize("value", ["2024", "2024-07", "2024-07-03", "2024-W43", "2024-SU", "PRESENT_REF",
                                   "2024-07-03T14:30", "XXXX-07", "P3Y"])
@pytest.mark.parametrize("mod", [None, "START", "END", "MID"])
def test_bounds_of_reads_as_interval(value, mod):
    assert bounds_of(value, mod) == interval(value, mod)
    assert bounds_of(value, mod) == interval(value, mod)  # a second time, from the cache


def _has_verb_plain(text: str) -> bool:
    """has_verb as it read before the look-up of the present forms."""
    return (any(verbs._is_verb(run) for run in verbs._RUN.findall(text))
            or verbs._TAKE_EFFECT.search(text) is not None or verbs._PLURAL_PRESENT.search(text) is not None)


PLURALS = [
    ("Scientists discover a new species", True), ("Rovers host United", True), ("The host city", False),
    ("Classes resume, the office said", True), ("Markets expect", True), ("its face", False),
    ("Talks end-of-year", False), ("Farmers protest.", False), ("Workers walk out", True),
]


@pytest.mark.parametrize(("text", "verb"), PLURALS, ids=[p[0] for p in PLURALS])
def test_has_verb_reads_plural_presents(text, verb):
    assert verbs.has_verb.__wrapped__(text) is verb
    assert _has_verb_plain(text) is verb


_SALAD = ["Rovers", "host", "United", "the", "Markets", "expect", "a", "cut", "Talks", "end", "classes",
          "resume", "face", "its", "host-city", "Hosts", "take", "effect", "Ünited", "’s", "close"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SALAD), max_size=8), st.sampled_from([" ", "  ", ", ", "; ", "\n", " “"]))
def test_has_verb_is_the_plain_reading(words, gap):
    text = gap.join(words)
    assert verbs.has_verb.__wrapped__(text) == _has_verb_plain(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \n\t,.;:!?ab", max_size=20))
def test_space_before_a_mark_goes_as_before(joined):
    assert dateless._SPACE_BEFORE_MARK.sub("", joined) == re.sub(r"\s+([,.;:!?])", r"\1", joined)
    if date_remnants.EMPTY_ASIDE.search(joined):
        assert joined.count(",") > 1  # the check before the substitution lets it through
