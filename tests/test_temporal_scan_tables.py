"""The scanner's word tables written at build time (scan_tables.py) are those read off the rules now."""

from __future__ import annotations

import pytest

from timeline.temporal import patterns, scan, scan_tables, scanbuild
from timeline.temporal.firstwords import first_numbers, first_words
from timeline.temporal.nextwords import NUMBER, next_words


def test_scan_tables_is_what_scanbuild_writes_now():
    written = scanbuild.TARGET.read_text(encoding="utf-8")
    assert written == scanbuild.source(), (
        "timeline/temporal/scan_tables.py is stale (a rule, scan_tokens.CORE/OPENERS or a reader changed): "
        f"regenerate it with `{scanbuild.COMMAND}` and commit it"
    )


def _read(name: str) -> tuple:
    """Return a rule's tables read off its pattern now, as scan did before they were written."""
    tree = scan._parsed(name)
    digit = name in patterns.DIGIT_RULES
    return first_words(tree), first_numbers(tree) if digit else None, tree


@pytest.mark.parametrize("name", [name for name, _pattern, _example in patterns.RULES])
def test_written_tables_agree_with_the_rules(name):
    words, numbers, following = scan._tables()
    opening, keys, tree = _read(name)
    # the written words are the candidate words among those the rule can begin with
    assert words[name] == (None if opening is None else opening & scan.CANDIDATE_WORDS)
    if name in patterns.DIGIT_RULES:
        assert numbers[name] == keys
        assert following[name, NUMBER] == next_words(tree, NUMBER)
    for (rule, word), tokens in following.items():
        if rule == name:
            assert tokens == next_words(tree, word)


WORDS = ["the", "last", "tuesday", "may", "early", "a", "second", "earlymay", "midyear", "of", "mid"]


@pytest.mark.parametrize("word", WORDS)
def test_word_rules_are_those_that_can_begin_with_the_word(word):
    plain = tuple(name for name, _p, _e in patterns.RULES if (w := _read(name)[0]) is None or word in w)
    assert scan._word_rules(word) == plain


def test_a_rule_changed_since_the_tables_were_written_is_read_at_run_time(monkeypatch):
    name = "yy"
    stale = ("0" * 16, (), (), {})  # a fingerprint no rule has: the entry was written for another pattern
    monkeypatch.setitem(scan_tables.RULES, name, stale)
    scan._tables.cache_clear()
    try:
        words, numbers, following = scan._tables()
        opening, keys, tree = _read(name)
        assert words[name] == opening and numbers[name] == keys
        assert following[name, NUMBER] == next_words(tree, NUMBER)
    finally:
        monkeypatch.undo()
        scan._tables.cache_clear()


def test_other_candidate_words_read_every_rule_at_run_time(monkeypatch):
    monkeypatch.setattr(scan_tables, "VOCABULARY", "changed")
    scan._tables.cache_clear()
    try:
        words = scan._tables()[0]
        assert words == {name: _read(name)[0] for name, _p, _e in patterns.RULES}
    finally:
        monkeypatch.undo()
        scan._tables.cache_clear()
