"""Find the tokens where a temporal expression can begin: the places scan.matches tries the rules at.

Every rule begins with a word from a small set, so only some tokens are worth trying: digits and core
temporal words (a month, "year"...); frequent function words that can open an expression ("the", "a",
"last"...) only when a core word follows, through other openers and links ("each of the last three
years"). The words are read off the vocabulary tables (CORE) or listed here (OPENERS, LINKS); two regexes
(candidates) find those tokens in the lower-cased text. tests/test_temporal_scan.py checks them against the
plain loop over the tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.temporal import vocab
from timeline.temporal.lunar import LUNAR_HOLIDAYS


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
    | _words(vocab.DAYS_AFTER_WEEKDAY_HOLIDAYS)
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
    "festive wee small gmt utc w "  # "w/c 9 March": week commencing
    "dozens scores hundreds thousands millions "  # "for hundreds of years"
    "financial budget crop marketing tax academic school".split()  # "financial year 2023-24" (fyear)
)
# Words that may stand between an opener and the core word: "each of the last three years", "a single day".
LINKS = frozenset(
    "of the a an than least most to over in and s whole entire full single patrick luther king jr or so this "
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


CANDIDATE_WORDS = frozenset(_letters(CORE | OPENERS))  # the words candidates can find (_WORD below)


# _TOKEN's tokens that scan.matches tries, found by the regex engine in the text lower-cased (ASCII letters
# only, so that the offsets stay those of the text): every number, every CORE word, and an OPENER when
# _leads_to_core holds, written out as a lookahead: up to _CHAIN openers or links (whole words), each after
# characters that start no token, then a CORE word or a number (not ".5", which _TOKEN reads as a token
# of its own that is no core word). A word is found from the character before it, and a number from its
# first character: each pattern then begins with a class of characters, which the engine skips to
# without trying the pattern at every letter. tests/test_temporal_scan.py checks them against the loop
# over _TOKEN they replace.
GAP = r"(?:[^a-z\d'.]|'(?!\d)|\.(?!\d))*"
_CORE_NEXT = rf"(?:{_trie(_letters(CORE))}(?![a-z])|'?\d|(?<=[\d.])\.\d)"
_LEADS = rf"(?:{GAP}{_trie(_letters(OPENERS | LINKS))}(?![a-z])){{0,{_CHAIN}}}{GAP}{_CORE_NEXT}"
_WORD = rf"(?P<word>{_trie(_letters(CORE))}(?![a-z])|{_trie(_letters(OPENERS))}(?![a-z])(?={_LEADS}))"
_NUMBER_REST = r"(?:(?<=')\d+|(?<=\d)\d*|(?<=\.)(?<![\d.]\.)\d+)"  # '?\d+ or .\d+, as _TOKEN, after its first
# A word (from the character before it) and a number (from its first character: "[\d'.]" and _NUMBER_REST), in
# one pass of the engine, the word first, under one class (the engine skips to it, as it does not for an
# alternation of classes): where a word follows a digit ("5pm") the digit alone is its number (a letter ends
# \d*; "'" and "." need a digit after them); a number of several characters may be followed by a word
# ("1990s"), found from its last digit (the characters inside a number are digits: no word begins there).
# tests/test_temporal_scan.py checks candidates against the two scans, words and numbers, merged.
_CANDIDATE = re.compile(rf"[^a-z](?:(?={_WORD})|(?<=[\d'.]){_NUMBER_REST})")


def candidates(low: str) -> Iterator[tuple[int, int, str]]:
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
