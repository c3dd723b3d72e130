"""Read off a rule's pattern the words it can begin with, so the scanner tries only the rules that can match.

A rule is tried where a token of letters begins ("the", "Tuesday"); a match there starts with that whole
token (the scanner's pattern is bounded by (?<![\\w']) and (?![\\w])). So a rule whose first word is always
one of {"the", "this", "last"} cannot match where the token is "Tuesday". `first_words(pattern)` walks the
parsed pattern and returns the lower-cased words it can begin with, or None ("any word": a class of
letters such as \\w+, a non-ASCII letter, a construct this reader does not know). None is always safe:
the answer only ever has to contain every word that can begin a match, and what it cannot prove it
leaves to the pattern itself.

    pattern                                   first_words
    (?:the\\s+)?(?P<ord>final|last)\\s+half    {"the", "final", "last"}
    (?P<wd>thurs?\\.?|monday)                  {"thur", "thurs", "monday"}
    (?P<n>\\d+)\\s+days                         set()   (never begins with a letter)
    jan\\w*                                    None    (any word beginning with "jan")

Lookarounds and anchors (\\b, (?=...), (?<!...)) only ever narrow a match, so they are skipped.
"""

from __future__ import annotations

import re
import string
from functools import cache

try:  # Python 3.11+
    from re import _parser as _sre
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre  # type: ignore[no-redef]

_LETTERS = frozenset(string.ascii_letters)
_MAX = 50000  # more open prefixes than this: give up (None), as for any unknown construct
_REPEAT = 6  # a repeat of letters is unrolled this many times at most


class _Any(Exception):
    """The pattern can begin with any word (or this reader cannot tell which)."""


@cache
def _letters_of_char(code: int) -> set[str]:
    """Return the ASCII letters (lower case) a literal matches under IGNORECASE ("K" the Kelvin sign: "k")."""
    char = chr(code)
    if char in _LETTERS:
        return {char.lower()}
    if char.isascii():
        return set()
    return {c.lower() for c in _LETTERS if re.fullmatch(re.escape(char), c, re.IGNORECASE)}


def _letters_of_class(items) -> set[str]:
    """Return the ASCII letters (lower case) a character class can match; raise _Any for \\w and the like."""
    found: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            found |= _letters_of_char(av)
        elif op is _sre.RANGE:
            low, high = av
            if high > 127:
                raise _Any  # a range past ASCII may hold a letter that folds to one ("ſ")
            found |= {c.lower() for c in _LETTERS if any(low <= ord(x) <= high for x in (c, c.swapcase()))}
        elif op is _sre.CATEGORY:
            if av not in (_sre.CATEGORY_DIGIT, _sre.CATEGORY_SPACE):
                raise _Any  # \\w, \\D, \\S...
        else:
            raise _Any  # NEGATE and anything else
    return found


def _walk(data, open_: set[str], done: set[str]) -> set[str]:
    """Run the prefixes in `open_` (letters read so far, no token boundary yet) through a sequence.

    Words that end inside the sequence go into `done`; returns the prefixes still open after it.
    """
    for op, av in data:
        if not open_:
            return open_
        if op is _sre.LITERAL:
            letters = _letters_of_char(av)
            if chr(av) not in _LETTERS:
                done |= open_  # a non-letter ends the word
            open_ = {p + c for p in open_ for c in letters}
        elif op is _sre.IN:
            letters = _letters_of_class(av)
            done |= open_  # a non-letter of the class ends the word (or the class has none)
            open_ = {p + c for p in open_ for c in letters}
        elif op is _sre.SUBPATTERN:
            open_ = _walk(av[-1], open_, done)
        elif op is _sre.BRANCH:
            result: set[str] = set()
            for branch in av[1]:
                result |= _walk(branch, set(open_), done)
            open_ = result
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
            low, high, item = av
            result = set(open_) if low == 0 else set()
            current = open_
            for count in range(1, min(high, _REPEAT + 1) + 1):
                current = _walk(item, set(current), done)
                if count > _REPEAT:
                    if current:
                        raise _Any  # letters repeated past what is unrolled
                    break
                if count >= low:
                    result |= current
                if not current:
                    break
            open_ = result
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero width: only narrows
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            open_ = _walk(av, open_, done)
        else:
            raise _Any  # ANY, NOT_LITERAL, GROUPREF...
        if len(open_) > _MAX or len(done) > _MAX:
            raise _Any
    return open_


def parse(pattern: str, flags: int = 0) -> object:
    """Return `pattern` parsed once, for first_words, first_numbers and next_words to read in turn (or the
    pattern itself if it does not parse: each then parses it again and says what it says of it)."""
    try:
        return _sre.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - the readers report it their own way
        return pattern


def first_words(pattern: str | object, flags: int = 0) -> frozenset[str] | None:
    """Return the lower-cased words a match of `pattern` (a string, or what `parse` made of one) can begin
    with, or None for any word.

    A match that begins with no letter (a digit, a space) adds no word; a pattern that can match the
    empty string gives None.
    """
    try:
        parsed = _sre.parse(pattern, flags) if isinstance(pattern, str) else pattern
        done: set[str] = set()
        left = _walk(parsed.data if hasattr(parsed, "data") else parsed, {""}, done)
    except (_Any, RecursionError, TypeError, ValueError, AttributeError):
        return None
    done |= left  # the pattern's end ends the word: the scanner wants no letter after a match
    if "" in done:
        done.discard("")
    if "" in left:
        return None  # can match without reading a letter... or nothing at all
    return frozenset(done)


# ---- the same for a digit: what a rule can begin with where a number begins ("1998", "'99", ".5") ----
# A number is written as its first character if that is "'" or ".", then one "0" a digit (at most _RUN of
# them: "0000000" is any seven digits or more), then the character after it: a lower-case ASCII letter,
# " " for any space, the character itself, "$" for "any character that is no letter, digit or _" (the rule
# may end there) or "*" for "any character".
#
#     pattern                            first_numbers
#     (?P<y>\d{4})-(?P<m>\d\d)            {"0000-"}
#     [01]?\d:\d\d                        {"0:", "00:"}
#     '?\d\ds                             {"00s", "'00s"}
_RUN = 7
_SPACE = frozenset(" \t\n\r\f\v")


def _closing(char: str) -> set[str]:
    """Return the keys a character after a number gives: its letters (folded), " " for a space, itself."""
    if char.isspace():
        return {" "}
    return {char} | _letters_of_char(ord(char)) if char not in _LETTERS else {char.lower()}


def _class_parts(items) -> tuple[bool, set[str]]:
    """Return whether a class can match a digit, and the keys of the other characters it matches."""
    digit, others = False, set()
    for op, av in items:
        if op is _sre.LITERAL:
            char = chr(av)
            if char.isdecimal():
                digit = True
            else:
                others |= _closing(char)
        elif op is _sre.RANGE:
            low, high = av
            if high > 127 or high - low > 40:
                raise _Any
            for code in range(low, high + 1):
                if chr(code).isdecimal():
                    digit = True
                else:
                    others |= _closing(chr(code))
                    others |= _closing(chr(code).swapcase())
        elif op is _sre.CATEGORY and av == _sre.CATEGORY_DIGIT:
            digit = True
        elif op is _sre.CATEGORY and av == _sre.CATEGORY_SPACE:
            others.add(" ")
        else:
            raise _Any
    return digit, others


def _grow(prefix: str) -> str:
    return prefix if prefix.count("0") >= _RUN else prefix + "0"


def _walk_number(data, open_: set[str], done: set[str]) -> set[str]:
    """Run the numbers in `open_` (read so far, not ended) through a sequence, as _walk runs words."""
    for op, av in data:
        if not open_:
            return open_
        if op in (_sre.LITERAL, _sre.IN):
            if op is _sre.LITERAL:
                digit = chr(av).isdecimal()
                others = set() if digit else _closing(chr(av))
            else:
                digit, others = _class_parts(av)
            grown = {_grow(p) for p in open_} if digit else set()
            for mark in ("'", "."):
                if "" in open_ and mark in others:
                    grown.add(mark)  # "'99", ".5": the mark opens the number
            done |= {p + c for p in open_ if p not in ("", "'", ".") for c in others}
            open_ = grown
        elif op is _sre.SUBPATTERN:
            open_ = _walk_number(av[-1], open_, done)
        elif op is _sre.BRANCH:
            result: set[str] = set()
            for branch in av[1]:
                result |= _walk_number(branch, set(open_), done)
            open_ = result
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
            low, high, item = av
            result = set(open_) if low == 0 else set()
            current = open_
            count = 0
            while count < high and current:
                count += 1
                current = _walk_number(item, set(current), done)
                if count >= low:
                    if current <= result:
                        break  # the runs saturate: nothing new
                    result |= current
            open_ = result
        elif op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            open_ = _walk_number(av, open_, done)
        else:
            raise _Any
        if len(open_) > _MAX or len(done) > _MAX:
            raise _Any
    return open_


def first_numbers(pattern: str | object, flags: int = 0) -> frozenset[str] | None:
    """Return the keys (see above) of the numbers a match of `pattern` can begin with, or None for any."""
    try:
        parsed = _sre.parse(pattern, flags) if isinstance(pattern, str) else pattern
        done: set[str] = set()
        left = _walk_number(parsed.data if hasattr(parsed, "data") else parsed, {""}, done)
    except (_Any, RecursionError, TypeError, ValueError, AttributeError):
        return None
    if left & {"", "'", "."}:
        return None  # may match with no digit read (or nothing at all)
    return frozenset(done | {p + "$" for p in left})


def number_key(text: str, start: int, end: int) -> tuple[str, str] | None:
    """Return the number text[start:end] and the character after it as keys ("1998 ": "0000", " ").

    None when unsure: a letter outside ASCII may fold to an ASCII one under IGNORECASE ("ſ", the Kelvin
    sign). At the end of the text the character after is "".
    """
    token = text[start:end]
    mark = token[0] if token[0] in "'." else ""
    digits = len(token) - len(mark)
    after = text[end : end + 1]
    if after and not after.isascii() and after.isalpha():
        return None
    if not after:
        closing = ""
    elif after.isspace():
        closing = " "
    else:
        closing = after.lower() if after in _LETTERS else after
    return mark + "0" * min(digits, _RUN), closing
