"""The rules' patterns, rewritten for speed (optional groups as branches, words factored), match the same."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_temporal_scan import GLUED, MIXTURES
from timeline.temporal import patterns, rewrite
from timeline.temporal.rewrite import faster

REWRITE_CASES = [
    (r"(?:the\s+)?year", r"(?:the\s+|)year"),
    (r"(?P<n>\d+)?x", r"(?:(?P<n>\d+)|)x"),
    (r"(?:one|two|three|ten)", r"(?:one|t(?:wo|hree|en))"),
    (r"(?:jan|january|feb)", r"(?:jan(?:|uary)|feb)"),
    (r"(?:ab|a|ac|b)", r"(?:a(?:b||c)|b)"),
    (r"(?P<m>may|march|mid-may)", r"(?P<m>m(?:a(?:y|rch)|id-may))"),
    (r"(?:a)??b(?:c)?+", r"(?:a)??b(?:c)?+"),  # lazy and possessive: left alone
    (r"[(?:a|b)]?(?:x|y|z)", r"[(?:a|b)]?(?:x|y|z)"),  # a class; single letters
    (r"(?:May|March|Mon)", r"(?:May|March|Mon)"),  # capitals: left alone
    (r"(?-i:may|march|mon)?", r"(?:(?-i:may|march|mon)|)"),  # flags: not factored
    (r"(?:sept?\.?|september|sep)", r"(?:sept?\.?|september|sep)"),  # not plain words
    (r"\((?:one|two|ten)?\)", r"\((?:one|t(?:wo|en)|)\)"),  # escaped brackets are no group
    (r"[]()|](?:ab|ac|b)?", r"[]()|](?:a(?:b|c)|b|)"),  # a class opening on "]"
    (r"[^\]a(](?:x|y|z)?[\\(]", r"[^\]a(](?:x|y|z|)[\\(]"),  # escapes inside classes
]


@pytest.mark.parametrize("pattern, rewritten", REWRITE_CASES, ids=[c[0] for c in REWRITE_CASES])
def test_rewrite(pattern, rewritten):
    assert faster(pattern) == rewritten


def test_runs_copied_at_once_write_what_one_character_at_a_time_writes(monkeypatch):
    written = {name: faster.__wrapped__(pattern) for name, pattern, _ in patterns.RULES}
    # one escape, one class or one character at a time
    piece = re.compile(r"\\[\s\S]?|\[\^?\]?(?:\\[\s\S]?|[^\]\\])*\]?|[^\\\[()]")
    monkeypatch.setattr(rewrite, "_COPIED", piece)
    assert {name: faster.__wrapped__(pattern) for name, pattern, _ in patterns.RULES} == written


def _rule(name: str, pattern: str) -> re.Pattern[str]:
    prefixed = patterns._prefixed(name, pattern)
    return re.compile(rf"(?<![\w'])(?:(?P<{name}>{prefixed}))(?![\w])", re.IGNORECASE)


RULES = [(name, _rule(name, pattern), _rule(name, faster(pattern))) for name, pattern, _ in patterns.RULES]


def _same(plain: re.Pattern[str], rewritten: re.Pattern[str], text: str, start: int) -> None:
    one, two = plain.match(text, start), rewritten.match(text, start)
    assert (one is None) == (two is None), (plain.pattern[:80], text, start)
    if one is not None:
        assert (one.span(), one.groupdict(), one.lastgroup) == (two.span(), two.groupdict(), two.lastgroup)


SENTENCES = [
    "In the first half of the year, sales rose 12 percent.",
    "the twenty-third of March 2019, three weeks ago",
    "He said on Monday, Oct. 20, 2025, at 3:30 p.m. that the next two years would be hard.",
    "the same period a year earlier; the late 1990s; early next week; mid-May",
    "between 1998 and 2001, about 40,000 people left; two and a half hours later",
    "Christmas Eve, the day after Thanksgiving, the last quarter of fiscal 2003",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_every_rule_matches_the_same_on_sentences(text):
    for _name, plain, rewritten in RULES:
        for start in range(len(text)):
            _same(plain, rewritten, text, start)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(MIXTURES, GLUED))
def test_every_rule_matches_the_same_on_any_mixture(text):
    starts = [token.start() for token in re.finditer(r"'?\d+|\.\d+|[^\W\d_]+", text)]
    for _name, plain, rewritten in RULES:
        for start in starts:
            _same(plain, rewritten, text, start)


WORDS = st.lists(
    st.sampled_from(["a", "ab", "abc", "b", "ba", "", "ac", "c", "a b", "a-b"]), min_size=3, max_size=8
)


@settings(max_examples=300, deadline=None)
@given(WORDS, st.text(alphabet="abcAB -", max_size=12))
def test_factored_words_match_the_same(words, text):
    # with something after the group, the order in which the alternatives are tried decides the match
    words = [word for word in words if word] or ["a", "b", "c"]
    pattern = "(?:" + "|".join(words) + r")(?P<tail>b?c|\b)?"
    plain, rewritten = re.compile(pattern, re.IGNORECASE), re.compile(faster(pattern), re.IGNORECASE)
    for start in range(len(text) + 1):
        _same(plain, rewritten, text, start)
