"""Find scanner matches fast: try the rules only where a temporal word can begin, and only those that can.

Running patterns.SCANNER over every character costs microseconds a character (it tries each rule at
each word start). Every rule begins with a word from a small set, so only some tokens are worth trying:
digits and core temporal words (a month, "year"...); frequent function words that can open an
expression ("the", "a", "last"...) only when a core word follows, through other openers and links
("each of the last three years"). Two regexes (_candidates) find those tokens in the lower-cased text.

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

from timeline.temporal import patterns, scan_tables, vocab
from timeline.temporal.firstwords import first_numbers, first_words, number_key, parse
from timeline.temporal.lunar import LUNAR_HOLIDAYS
from timeline.temporal.nextwords import NUMBER, next_words
from timeline.temporal.patterns import DIGIT_RULES


def _words(rows) -> set[str]:
    """Return the first words of each alternative of a vocabulary table's regex column."""
    found = set()
    for row in rows:
        for alternative in row[0].split("|"):
            word = re.split(r"[\s\\.'(?\[-]", alternative.strip("(?:"), maxsplit=1)[0]
            if word:
                found.add(word.lower())
    return found


# Words that carry the time: an expression contains at least one of these (or a digit).
CORE = (
    _words(vocab.MONTHS)
    | _words(vocab.WEEKDAYS)
    | _words(vocab.UNITS_WORDS)
    | _words(vocab.TEENS_WORDS)
    | _words(vocab.TENS_WORDS)
    | _words(vocab.SEASONS)
    | _words(vocab.PARTS_OF_DAY)
    | _words(vocab.REFERENCES)
    | _words(vocab.DEICTIC_DAYS)
    | _words(vocab.FIXED_HOLIDAYS)
    | _words(vocab.WEEKDAY_HOLIDAYS)
    | _words(vocab.DAY_AFTER_WEEKDAY_HOLIDAYS)
    | _words(vocab.EASTER_HOLIDAYS)
    | _words(LUNAR_HOLIDAYS)
    | _words(vocab.FREQUENCIES)
    | _words(vocab.ORDINALS)
    | frozenset(
        "second seconds minute minutes min mins hour hours hr hrs day days night nights weekend "
        "weekends week weeks fortnight fortnights month months quarter quarters year years yr yrs "
        "decade decades century centuries millennium millennia millenniums half mondays tuesdays "
        "wednesdays thursdays fridays saturdays sundays springs summers autumns winters "
        "twenties thirties forties fifties sixties "
        "seventies eighties nineties fiscal fy bc bce ad ce circa ca c once twice thrice dozen hundred "
        "thousand couple few several year-end yearend month-end year-earlier year-ago prior-year "
        "previous-year noon midnight midday tonight tomorrow yesterday today now nowadays currently "
        "recently lately formerly previously presently someday soon future past present present-day "
        "current recent mid q q1 q2 q3 q4 1q 2q 3q 4q spring summer fall autumn winter morning "
        "afternoon evening overnight xmas time period end mornings afternoons evenings mon tue tues wed "
        "thu thur thurs fri sat sun term date yearslong monthslong weekslong dayslong hourslong yearlong "
        "monthlong weeklong decadeslong h nite wk wks wknd wknds wkend wkends sec secs dawn daybreak sunrise "
        "dusk sunset nightfall season while predawn".split()
    )
)
# First words of multi-word table entries ("the past", "at present", "New Year's Day") are openers.
CORE -= frozenset(
    "the a an at new in of right some these that this its to so as good mother father martin st "
    "presidents independence veterans boxing bastille valentine memorial labor labour columbus "
    "armistice mlk".split()
)
# Words that may open an expression but are too common to try everywhere: "the", "a", "last"...
OPENERS = frozenset(
    "the a an this that these last next past previous coming following same prior preceding subsequent "
    "ensuing upcoming latest its their his her all each every per more less at up no close nearly "
    "almost roughly well upwards fewer early earlier late later end beginning start middle dawn turn "
    "latter first final initial remaining other additional further closing opening many some numerous "
    "multiple calendar model independence valentine veterans armistice boxing st bastille may good "
    "easter thanksgiving memorial labor labour martin mlk presidents mother father columbus new "
    "christmas halloween holy right to so as nxt another dry rainy wet monsoon hurricane typhoon harvest "
    "planting growing flu tourist shopping campaign campaigning fighting breeding mating pre post holiday "
    "festive wee small gmt utc".split()
)
# Words that may stand between an opener and the core word: "each of the last three years".
LINKS = frozenset(
    "of the a an than least most to over in and s whole entire full patrick luther king jr or so this "
    "that part long near distant short on small wee corresponding comparable financial budget little "
    "crop marketing tax academic school".split()  # "the crop year 1986/87" (patterns_calendar fyear)
)
# ".17 of a second": a decimal with no leading zero starts a token of its own
_TOKEN = re.compile(r"'?\d+|(?<![\d.])\.\d+|[A-Za-z]+")
_CHAIN = 8  # openers and links an expression may start with before its core word


def _leads_to_core(text: str, position: int) -> bool:
    """Say whether the tokens from `position` run through openers and links to a core word."""
    for count, match in enumerate(_TOKEN.finditer(text, position)):
        word = match.group().lower()
        if word in CORE or word[0].isdigit() or word[0] == "'":
            return True
        if count >= _CHAIN or (word not in OPENERS and word not in LINKS):
            return False
    return False


def _trie(words) -> str:
    """Return an alternation of `words` (lower-case ASCII) factored by their first letters.

    The regex engine tries the branches of an alternation one after the other; factored, a word start
    costs a handful of letter comparisons instead of one per word.
    """
    groups: dict[str, list[str]] = {}
    ends = False
    for word in words:
        if word:
            groups.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    branches = [re.escape(first) + _trie(rest) for first, rest in sorted(groups.items())]
    if not branches:
        return ""
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body


def _letters(words) -> list[str]:
    # a token is a run of ASCII letters: a table word with anything else in it is never one
    return sorted(w for w in words if w.isascii() and w.isalpha())


CANDIDATE_WORDS = frozenset(_letters(CORE | OPENERS))  # the words _candidates can find (_WORD below)


# _TOKEN's tokens that scan.matches tries, found by the regex engine in the text lower-cased (ASCII letters
# only, so that the offsets stay those of the text): every number, every CORE word, and an OPENER when
# _leads_to_core holds, written out as a lookahead: up to _CHAIN openers or links (whole words), each after
# characters that start no token, then a CORE word or a number (not ".5", which _TOKEN reads as a token
# of its own that is no core word). A word is found from the character before it, and a number from its
# first character: each pattern then begins with a class of characters, which the engine skips to
# without trying the pattern at every letter. tests/test_temporal_scan.py checks them against the loop
# over _TOKEN they replace.
_GAP = r"(?:[^a-z\d'.]|'(?!\d)|\.(?!\d))*"
_CORE_NEXT = rf"(?:{_trie(_letters(CORE))}(?![a-z])|'?\d|(?<=[\d.])\.\d)"
_LEADS = rf"(?:{_GAP}{_trie(_letters(OPENERS | LINKS))}(?![a-z])){{0,{_CHAIN}}}{_GAP}{_CORE_NEXT}"
_WORD = rf"(?P<word>{_trie(_letters(CORE))}(?![a-z])|{_trie(_letters(OPENERS))}(?![a-z])(?={_LEADS}))"
_NUMBER_REST = r"(?:(?<=')\d+|(?<=\d)\d*|(?<=\.)(?<![\d.]\.)\d+)"  # '?\d+ or .\d+, as _TOKEN, after its first
# A word (from the character before it) and a number (from its first character: "[\d'.]" and _NUMBER_REST), in
# one pass of the engine, the word first, under one class (the engine skips to it, as it does not for an
# alternation of classes): where a word follows a digit ("5pm") the digit alone is its number (a letter ends
# \d*; "'" and "." need a digit after them); a number of several characters may be followed by a word
# ("1990s"), found from its last digit (the characters inside a number are digits: no word begins there).
# tests/test_temporal_scan.py checks _candidates against the two scans, words and numbers, merged.
_CANDIDATE = re.compile(rf"[^a-z](?:(?={_WORD})|(?<=[\d'.]){_NUMBER_REST})")


def _candidates(low: str) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, token) of the tokens worth trying in the lower-cased text, in order."""
    # a word that opens the text: found after a space put before it (one regex compiled, not two: 15 ms)
    first = _CANDIDATE.match(" " + low)
    if first is not None and first.group("word") is not None:
        yield 0, first.end("word") - 1, first.group("word")
    for match in _CANDIDATE.finditer(low):
        word = match.group("word")
        start = match.start()
        if word is not None:
            if low[start].isdecimal():  # what \d matches
                yield start, start + 1, low[start]  # "5pm": the digit is a number of its own
            yield *match.span("word"), word
            continue
        end = match.end()
        yield start, end, match.group()
        if end - start > 1 and (after := _CANDIDATE.match(low, end - 1)) is not None and after.group("word"):
            yield *after.span("word"), after.group("word")  # "1990s": a word right after the number


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


# The token after a word, as _TOKEN reads it, in the lower-cased text: a word of letters, or a number.
_NEXT = re.compile(rf"{_GAP}(?:(?P<word>[a-z]+)|['.]?\d)")


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
    for start, end, word in _candidates(low):
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
