"""Find scanner matches fast: try the rules only where a temporal word can begin, and only those that can.

Running patterns.SCANNER over every character costs microseconds a character (it tries each rule at
each word start). Every rule begins with a word from a small set, so only some tokens are worth trying:
scan_tokens.candidates finds them (digits, core temporal words, openers that lead to a core word).

At such a token only the rules that can begin with it are tried (firstwords reads them off each rule's
pattern: "Tuesday" opens 4 of the 71 rules, "to" none, "1998 " 7 of the 34 that begin with a digit): one
by one, the first that matches wins, as in the alternation. Where many rules remain ("the": 43), only those
that can go on with the token after the word are kept (nextwords: "the first" leaves 22, "the 1990s" 12,
"the end" 16; "the last" 26, still tried one by one). Where many remain and the next token cannot be read (a
character outside ASCII beside it), a probe of those rules (patterns._scanner(probe=True)) that records no
groups but the rule's name runs first: groups make each attempt several times slower, and most attempts
fail; where it matches, that rule alone is matched again for its groups. The words are read off the rules
at build time (scanbuild.py writes scan_tables.py); a rule changed since is parsed and read at run time.
tests/test_temporal_scan.py and tests/test_temporal_nextwords.py check all this against the plain loops.
"""

from __future__ import annotations

import functools
import hashlib
import re
import string
from collections.abc import Iterator

try:  # Python 3.11+
    from re import _compiler
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _compiler  # type: ignore[no-redef]

from timeline.temporal import patterns, scan_tables
from timeline.temporal.firstwords import first_numbers, first_words, number_key, parse
from timeline.temporal.nextwords import NUMBER, next_words
from timeline.temporal.patterns import DIGIT_RULES
from timeline.temporal.scan_tokens import CANDIDATE_WORDS, GAP, candidates

_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


@functools.cache
def _probe(digit: bool) -> re.Pattern[str]:
    # Compiled on first use, not at import: commands that never tag (render, export) do not wait for it.
    return patterns._scanner(DIGIT_RULES if digit else None, probe=True)


@functools.cache
def _parsed(rule: str) -> object:
    """Return `rule` alone as _rule_scanner compiles it, parsed once for _tables' readers and the compiler.

    The bounds and the rewriting (patterns._source) change no word a match can begin with or go on with
    (tests/test_temporal_scan.py checks the tables against those read off the rules as written).
    """
    return parse(_rule_source(rule), re.IGNORECASE.value)  # an int: enum flags slow the compiler


@functools.cache
def _rule_source(rule: str) -> str:
    # fingerprint (every rule, for _tables) and _parsed (each rule tried) both ask it: written once
    return patterns._source({rule})


@functools.cache
def _rule_scanner(rule: str) -> re.Pattern[str]:
    # Where the alternation's first matching rule is `rule`, `rule` alone matches the same way. Compiled from
    # the tree _tables read, which saves parsing each rule twice (most of a cold pass's compiling): the same
    # program as re.compile's, only its `.pattern` is None.
    tree = _parsed(rule)
    if isinstance(tree, str):
        return patterns._scanner({rule})  # it did not parse: re.compile says why
    return _compiler.compile(tree, re.IGNORECASE.value)


def _print(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


def fingerprint(rule: str) -> str:
    """Return the fingerprint of `rule` as _rule_scanner compiles it, which its entry in scan_tables holds."""
    return _print(("digit " if rule in DIGIT_RULES else "") + _rule_source(rule))


def vocabulary_print() -> str:
    """Return the fingerprint of CANDIDATE_WORDS, which scan_tables.VOCABULARY holds."""
    return _print(" ".join(sorted(CANDIDATE_WORDS)))


def _frozen(found) -> frozenset[str] | None:
    return None if found is None else frozenset(found)


@functools.cache
def _tables() -> tuple[dict, dict, dict]:
    """Return each rule's words it can begin with, its numbers (digit rules), and the tokens it can go on with
    after a word that opens more than _FEW rules ("the") and after a number.

    They are read off the rules at build time into scan_tables (scanbuild.py); a rule whose fingerprint is not
    the one written there (changed since) is read off its parsed pattern here, as scanbuild reads it. Its
    words are then all of them, the written ones only the CANDIDATE_WORDS among them: the only words
    scan.matches asks about (_word_rules reads the others off the rules).
    """
    written = scan_tables.RULES if scan_tables.VOCABULARY == vocabulary_print() else {}
    words, numbers, following = {}, {}, {}
    for name, _, _ in patterns.RULES:
        entry = written.get(name)
        if entry is not None and entry[0] == fingerprint(name):
            _, opening, keys, nexts = entry
            words[name] = _frozen(opening)
            if name in DIGIT_RULES:
                numbers[name] = _frozen(keys)
            following.update(((name, word), _frozen(tokens)) for word, tokens in nexts.items())
            continue
        tree = _parsed(name)  # a rule changed since scan_tables was written: read it now
        words[name] = first_words(tree)
        if name in DIGIT_RULES:
            numbers[name] = first_numbers(tree)
            following[name, NUMBER] = next_words(tree, NUMBER)
    return words, numbers, following


@functools.cache
def _all_first_words() -> dict[str, frozenset[str] | None]:
    # every word each rule can begin with (scan_tables holds only the candidate words): tests ask about others
    return {name: first_words(_parsed(name)) for name, _, _ in patterns.RULES}


def _first_words() -> dict[str, frozenset[str] | None]:
    return _tables()[0]


@functools.cache
def _word_rules(word: str) -> tuple[str, ...]:
    """Return the rules, in order, that can match where the token `word` (lower-case letters) begins."""
    table = _first_words() if word in CANDIDATE_WORDS else _all_first_words()
    return tuple(name for name, words in table.items() if words is None or word in words)


def _first_numbers() -> dict[str, frozenset[str] | None]:
    return _tables()[1]


_WORD_CHAR = re.compile(r"\w")


@functools.cache
def _number_rules(number: str, after: str) -> tuple[str, ...]:
    """Return the rules, in order, that can match where a number begins (number_key: "0000", " ")."""
    free = not _WORD_CHAR.match(after)  # a rule may end with the number ("$")
    return tuple(
        name
        for name, keys in _first_numbers().items()
        if keys is None or number + after in keys or (free and number + "$" in keys)
    )


_FEW = 24  # rules tried one by one; more ("the" begins 43) are tried at once, by a probe of their own


@functools.cache
def _rules_probe(rules: tuple[str, ...]) -> re.Pattern[str]:
    return patterns._scanner(set(rules), probe=True)


def _next_words(rule: str, word: str) -> frozenset[str] | None:
    found = _tables()[2]
    return found[rule, word] if (rule, word) in found else _read_next_words(rule, word)


@functools.cache
def _read_next_words(rule: str, word: str) -> frozenset[str] | None:
    return next_words(_parsed(rule), word)


@functools.cache
def _next_rules(word: str, following: str) -> tuple[str, ...]:
    """Return the rules, in order, that can match where the token `word` begins and `following` is the
    token after it (nextwords.NUMBER for a number, "" for none)."""
    rules = _word_rules(word)
    return tuple(rule for rule in rules if (words := _next_words(rule, word)) is None or following in words)


@functools.cache
def _rules_after_number(rules: tuple[str, ...], following: str) -> tuple[str, ...]:
    """Return those of `rules` (that can begin with a number) that can go on with the token `following`."""
    return tuple(rule for rule in rules if (words := _next_words(rule, NUMBER)) is None or following in words)


@functools.cache
def _matchers(rules: tuple[str, ...]) -> tuple:
    # the rules' compiled .match, in order: looked up once per tuple of rules, not at each attempt
    return tuple(_rule_scanner(rule).match for rule in rules)


# The token after a word, as scan_tokens reads tokens, in the lower-cased text: a word of letters or a number.
_NEXT = re.compile(rf"{GAP}(?:(?P<word>[a-z]+)|['.]?\d)")


def _following(text: str, low: str, end: int) -> str | None:
    """Return the token after the word that ends at `end` (a word, NUMBER, "" at the end of the text), or
    None when a character outside ASCII stands before or after it (it may fold to a letter)."""
    match = _NEXT.match(low, end)
    if match is None:
        return None if not text[end:].isascii() else ""
    if not text[end : match.start("word") if match.group("word") else match.end()].isascii():
        return None
    if match.group("word") is None:
        return NUMBER
    after = text[match.end() : match.end() + 1]
    return None if after.isalpha() and not after.isascii() else match.group("word")


def matches(text: str) -> Iterator[re.Match[str]]:
    """Yield the SCANNER matches of `text`, left to right and non-overlapping, as finditer would.

    Candidates are read lazily, so memory stays flat however long the text is.
    """
    low = text.lower() if text.isascii() else text.translate(_ASCII_LOWER)
    position = 0
    for start, end, word in candidates(low):
        if start < position:
            continue
        if "a" <= word[0] <= "z":
            after = text[end : end + 1]
            # a letter such as "ſ" matches "s" under IGNORECASE: the word the rules begin with may go on
            rules = None if after.isalpha() and not after.isascii() else _word_rules(word)
            digit = False
        else:
            key = number_key(text, start, end)
            rules = None if key is None else _number_rules(*key)
            digit = True
            if rules and (following := _following(text, low, end)) is not None:
                # "40,000 people": no rule that can begin with a number goes on with "people"
                rules = _rules_after_number(rules, following)
        narrowed = False
        if rules is not None and len(rules) > _FEW and not digit:
            # "the": 43 rules; those that can go on with the token after it are few
            if (following := _following(text, low, end)) is not None:
                rules, narrowed = _next_rules(word, following), True
        # Rules narrowed by the next token are tried one by one however many remain ("the last": 26): a probe
        # of them would be compiled (60 ms, a tenth of a cold pass of 150 articles) for a handful of uses.
        if rules is None or (len(rules) > _FEW and not narrowed):
            # many rules (or unsure which): tried at once by a probe, then the one that matched for its groups
            probe = (_probe(digit) if rules is None else _rules_probe(rules)).match(text, start)
            if probe is not None and probe.end() > start:
                match = _rule_scanner(probe.lastgroup).match(text, start)
                position = match.end()
                yield match
            continue
        # The first rule that matches is the one the alternation would have matched: the others cannot
        # begin with this word or number (firstwords).
        for try_rule in _matchers(rules):
            match = try_rule(text, start)
            if match is not None:
                if match.end() > start:
                    position = match.end()
                    yield match
                break
