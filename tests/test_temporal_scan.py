"""The scanner's shortcuts change nothing: candidates found by one regex, rules chosen by their first word."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.temporal import patterns, scan, scan_tokens
from timeline.temporal.firstwords import first_numbers, first_words, number_key, parse
from timeline.temporal.nextwords import NUMBER, next_words

# Words and pieces that open, link or carry expressions, and characters that fold or break tokens.
PIECES = [
    "the",
    "The",
    "THE",
    "last",
    "a",
    "an",
    "of",
    "each",
    "early",
    "mid",
    "end",
    "to",
    "while",
    "at",
    "Monday",
    "Mon.",
    "Thur",
    "Thurſ",
    "thurs",
    "May",
    "march",
    "Sept.",
    "year",
    "years",
    "week",
    "quarter",
    "third",
    "two",
    "twenty",
    "half",
    "ago",
    "later",
    "fiscal",
    "Christmas",
    "noon",
    "dawn",
    "recent",
    "1998",
    "'90s",
    "2,017",
    ".5",
    "3.5",
    "..5",
    "x.5",
    "10/30/89",
    "3pm",
    "Q3",
    "1990s",
    "12:30",
    "’s",
    "'s",
    "ſ",
    "\u212a",
    "İ",
    "é",
    "-",
    ",",
    ".",
    "'",
    "\n",
    "  ",
    "(",
    ")",
    "",
]
MIXTURES = st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join)
GLUED = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def _reference_candidates(text: str) -> list[tuple[int, int]]:
    """The loop over every token that scan_tokens.candidates replaces."""
    found = []
    for token in scan_tokens._TOKEN.finditer(text):
        word = token.group().lower()
        digit = word[0].isdigit() or word[0] in "'."
        if (
            digit
            or word in scan_tokens.CORE
            or (word in scan_tokens.OPENERS and scan_tokens._leads_to_core(text, token.end()))
        ):
            found.append(token.span())
    return found


def _candidates(text: str) -> list[tuple[int, int]]:
    low = text.lower() if text.isascii() else text.translate(scan._ASCII_LOWER)
    return [(start, end) for start, end, _word in scan_tokens.candidates(low)]


CANDIDATE_CASES = [
    ("the meeting on Monday", "openers before a core word"),
    ("each of the last three years", "a chain of openers and links"),
    ("the a an the a an the a an the year", "nine openers: the chain is too long"),
    ("the a an the a an the a year", "eight openers, then the core word"),
    ("the .5 of it", "'.5' is a token of its own, no core word"),
    ("the ..5 of it", "the second dot starts no token: the digit does"),
    ("the '99 season", "an apostrophe before digits"),
    ("to the café in May", "a letter outside ASCII ends a token"),
    ("THE LAST WEEK", "capitals"),
]


@pytest.mark.parametrize("text", [c[0] for c in CANDIDATE_CASES], ids=[c[1] for c in CANDIDATE_CASES])
def test_candidates_are_the_token_loops(text):
    assert _candidates(text) == _reference_candidates(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(MIXTURES, GLUED, st.text(max_size=200)))
def test_candidates_are_the_token_loops_on_any_text(text):
    assert _candidates(text) == _reference_candidates(text)


# The two scans scan_tokens.candidates does in one: words (from the character before each) and numbers,
# merged in order.
_WORD_AFTER = re.compile(rf"[^a-z](?={scan_tokens._WORD})")
_NUMBER = re.compile(rf"[\d'.]{scan_tokens._NUMBER_REST}")


def _two_scans(low: str) -> list[tuple[int, int, str]]:
    words = [(*m.span("word"), m.group("word")) for m in _WORD_AFTER.finditer(" " + low)]
    words = [(start - 1, end - 1, word) for start, end, word in words]
    return sorted(words + [(*m.span(), m.group()) for m in _NUMBER.finditer(low)])


ONE_SCAN_CASES = [
    ("at 5pm on Monday", "a word right after a one-digit number"),
    ("in the 1990s and 2000s", "a word right after a longer number"),
    ("the '90s boom", "a word after an apostrophe's number"),
    ("up .5pm", "a word after a decimal"),
    ("year 2024", "a word that opens the text"),
    ("in ٢٠٢٤year", "digits of another script"),
    ("5 5pm '5pm ..5am", "numbers and words glued in turn"),
]


@pytest.mark.parametrize("text", [c[0] for c in ONE_SCAN_CASES], ids=[c[1] for c in ONE_SCAN_CASES])
def test_one_scan_is_the_two_scans_merged(text):
    low = text.lower()
    assert list(scan_tokens.candidates(low)) == _two_scans(low)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(MIXTURES, GLUED, st.text(alphabet="5'. ayearspm٣the", max_size=40), st.text(max_size=200)))
def test_one_scan_is_the_two_scans_merged_on_any_text(text):
    low = text.lower() if text.isascii() else text.translate(scan._ASCII_LOWER)
    assert list(scan_tokens.candidates(low)) == _two_scans(low)


def _reference_matches(text: str):
    """The scan before the first-word dispatch: every candidate tried with every rule (one probe)."""
    position = 0
    for start, _end in _reference_candidates(text):
        if start < position:
            continue
        probe = scan._probe(not text[start].isalpha()).match(text, start)
        if probe is not None and probe.end() > start:
            match = scan._rule_scanner(probe.lastgroup).match(text, start)
            position = match.end()
            yield match


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(MIXTURES, GLUED))
def test_word_dispatch_finds_what_every_rule_finds(text):
    # includes text where a token runs into "ſ" or the Kelvin sign, which match "s" and "k" under IGNORECASE.
    # (Not SCANNER.finditer: a token ".5" hides the "5" of "x.5 May" from both scans, as it always did.)
    full = [(m.span(), patterns.groups(m)) for m in _reference_matches(text)]
    assert [(m.span(), patterns.groups(m)) for m in scan.matches(text)] == full


# After "the last" more than _FEW rules remain; they are tried one by one, not by a probe of their own.
NARROWED_CASES = [
    ("The last three years were hard.", "the last three years"),
    ("It fell in the last quarter of 1998.", "the last quarter"),
    ("He left the last Monday of May.", "the last Monday"),
    ("She spoke in the last two weeks and the last days.", "two spans"),
    ("the last of the fans left at the last minute", "no time, then a minute"),
    ("The last winter was mild; the last 1990s boom ended.", "a season, a decade"),
]


def test_the_last_leaves_more_rules_than_a_few():
    assert len(scan._next_rules("the", "last")) > scan._FEW


@pytest.mark.parametrize("text", [c[0] for c in NARROWED_CASES], ids=[c[1] for c in NARROWED_CASES])
def test_narrowed_rules_tried_one_by_one_find_what_every_rule_finds(text):
    full = [(m.span(), patterns.groups(m)) for m in _reference_matches(text)]
    assert [(m.span(), patterns.groups(m)) for m in scan.matches(text)] == full


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MIXTURES)
def test_no_rule_that_matches_is_left_out(text):
    # at every word, every rule that matches there is among those tried for that word
    for token in re.finditer(r"(?<![A-Za-z])[A-Za-z]+", text):
        if not text[token.end() : token.end() + 1].isascii():
            continue  # the scanner tries every rule there
        for name, _pattern, _example in patterns.RULES:
            if scan._rule_scanner(name).match(text, token.start()):
                assert name in scan._word_rules(token.group().lower()), (name, text)


FIRST_WORD_CASES = [
    (r"(?:the\s+)?(?P<ord>final|last)\s+half", {"the", "final", "last"}),
    (r"(?P<wd>thurs?\.?|monday)", {"thur", "thurs", "monday"}),
    (r"(?P<n>\d+)\s+days", set()),
    (r"jan\w*", None),
    (r"mid-?(?:year|week)", {"mid", "midyear", "midweek"}),
    (r"(?:early|late)\s*(?:may|june)", {"early", "late", "earlymay", "earlyjune", "latemay", "latejune"}),
    (r"(?<=\bon\s)the\s+day", {"the"}),
    (r"(?-i:May)\b", {"may"}),
    (r"o['’]clock", {"o"}),
    (r"[A-C]x", {"ax", "bx", "cx"}),
    (r"x?", None),
    (r"\u212a(?:m)", {"km"}),
]


@pytest.mark.parametrize("pattern, words", FIRST_WORD_CASES, ids=[c[0] for c in FIRST_WORD_CASES])
def test_first_words(pattern, words):
    assert first_words(pattern) == (None if words is None else frozenset(words))


def test_every_rule_has_first_words_or_is_tried_everywhere():
    found = scan._first_words()
    assert set(found) == {name for name, _pattern, _example in patterns.RULES}
    # a rule read as "any word" costs a match attempt at every word: keep them few
    assert sum(words is None for words in found.values()) <= 3


FIRST_NUMBER_CASES = [
    (r"(?P<y>\d{4})-(?P<m>\d\d)", {"0000-"}),
    (r"[01]?\d:\d\d", {"0:", "00:"}),
    (r"'?\d\ds", {"00s", "'00s"}),
    (r"\d{4}", {"0000$"}),
    (r"\d{1,2}(?:st|nd)", {"0s", "00s", "0n", "00n"}),
    (r"\d+", {"0" * n + "$" for n in range(1, 8)}),
    (r"\.\d+\s", {"." + "0" * n + " " for n in range(1, 8)}),
    (r"(?:the\s+)?\d\d[-–]", {"00-", "00–"}),
    (r"\d\w", None),
    (r"\d?", None),
]


@pytest.mark.parametrize("pattern, keys", FIRST_NUMBER_CASES, ids=[c[0] for c in FIRST_NUMBER_CASES])
def test_first_numbers(pattern, keys):
    assert first_numbers(pattern) == (None if keys is None else frozenset(keys))


NUMBER_KEY_CASES = [
    ("in 1998, prices", 3, 7, ("0000", ",")),
    ("the '90s", 4, 7, ("'00", "s")),
    ("at 12345678 ", 3, 11, ("0000000", " ")),
    ("up .5\n", 3, 5, (".0", " ")),
    ("ended 2001", 6, 10, ("0000", "")),
    ("3ſt", 0, 1, None),
]


@pytest.mark.parametrize("text, start, end, key", NUMBER_KEY_CASES, ids=[c[0] for c in NUMBER_KEY_CASES])
def test_number_key(text, start, end, key):
    assert number_key(text, start, end) == key


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(MIXTURES, GLUED))
def test_no_rule_that_matches_a_number_is_left_out(text):
    for token in re.finditer(r"'?\d+|(?<![\d.])\.\d+", text):
        key = number_key(text, token.start(), token.end())
        if key is None:
            continue
        for name in patterns.DIGIT_RULES:
            if scan._rule_scanner(name).match(text, token.start()):
                assert name in scan._number_rules(*key), (name, text)


RULE_NAMES = [name for name, _pattern, _example in patterns.RULES]


@pytest.mark.parametrize("name", RULE_NAMES)
def test_tables_read_off_the_compiled_form_are_those_of_the_rule_as_written(name):
    # scan._parsed is the rule bounded and rewritten (patterns._source), which _tables reads
    written, compiled = parse(patterns.PATTERNS[name]), scan._parsed(name)
    assert first_words(compiled) == first_words(written)
    assert next_words(compiled, "the") == next_words(written, "the")
    if name in patterns.DIGIT_RULES:
        assert first_numbers(compiled) == first_numbers(written)
        assert next_words(compiled, NUMBER) == next_words(written, NUMBER)


@pytest.mark.parametrize("name, example", [(n, e) for n, _p, e in patterns.RULES], ids=RULE_NAMES)
def test_rule_compiled_from_its_tree_is_re_compile(name, example):
    scan._tables()  # the readers have walked the tree first, as in a pass
    flags = re.IGNORECASE.value
    plain = patterns._scanner({name})
    code = scan._compiler._code
    assert code(scan._parsed(name), flags) == code(parse(plain.pattern, flags), flags)
    fast = scan._rule_scanner(name)
    assert (fast.flags, fast.groupindex) == (plain.flags, plain.groupindex)
    found = [(m.span(), m.groupdict()) for m in plain.finditer(example)]
    assert [(m.span(), m.groupdict()) for m in fast.finditer(example)] == found
