"""Read off a rule's pattern the token that can follow a given first word, so that at a frequent opener
("the": 43 rules can begin with it) the scanner tries only the rules that can go on with the next token.

`next_words(pattern, "the")` walks the parsed pattern as firstwords does, from the start of a match that
begins with the whole word "the", through the characters between two tokens, to the next token: a word
of ASCII letters (lower-cased) or "#" for a number (a token that begins with a digit, "'" or "."). It
returns None when it cannot tell (the match may end after "the", or a construct this reader does not
know). The answer only ever has to contain every token that can follow: what it cannot prove it leaves
to the pattern itself.

    pattern                                        next_words(pattern, "the")
    (?:the\\s+)?(?P<ord>final|last)\\s+half         {"final", "last"}
    (?:the|this)\\s+(?:\\d+|past)\\s+years          {"#", "past"}
    (?:this\\s+)?week                              set()   (no match begins with "the")
    the(?:\\s+year)?                               None    (the match may end after "the")
"""

from __future__ import annotations

from timeline.temporal.firstwords import _LETTERS, _MAX, _Any, _letters_of_char, _sre

NUMBER = "#"  # the token after the first word is a number ("the 1990s", "the '90s", "the .5")
_LONGEST = 40  # a second word longer than this: a repeat of letters, read as any word


def _chars(op, av) -> tuple[set[str], bool, bool, set[str]]:
    """Return what one character of a literal or class can be: (ASCII letters folded, a character that starts
    no token, a digit, the marks "'" and "." that may open a number). A character outside ASCII counts as
    both a letter it folds to and a separator."""
    letters: set[str] = set()
    marks: set[str] = set()
    other = digit = False
    items = [(op, av)] if op is _sre.LITERAL else av
    for kind, value in items:
        if kind is _sre.LITERAL:
            char = chr(value)
            if char in _LETTERS:
                letters.add(char.lower())
            elif char.isdecimal():
                digit = True
            else:
                letters |= _letters_of_char(value)
                other = True
                if char in "'.":
                    marks.add(char)
        elif kind is _sre.RANGE:
            low, high = value
            if high > 127:
                raise _Any
            for code in range(low, high + 1):
                char = chr(code)
                if char in _LETTERS:
                    letters |= {char.lower()}
                elif char.isdecimal():
                    digit = True
                else:
                    other = True
                    if char in "'.":
                        marks.add(char)
        elif kind is _sre.CATEGORY and value == _sre.CATEGORY_DIGIT:
            digit = True
        elif kind is _sre.CATEGORY and value == _sre.CATEGORY_SPACE:
            other = True
        else:
            raise _Any  # NEGATE, \\w, \\S...
    return letters, other, digit, marks


def _step(states: set[str], first: str, chars: tuple, done: set[str]) -> set[str]:
    """Read one character. A state is a prefix of `first`, or `first`, a space and the next word so far.

    For a number (`first` is NUMBER) the first states are "", a mark ("'", ".") and NUMBER (digits read).
    """
    letters, other, digit, marks = chars
    result: set[str] = set()
    cut = len(first) + 1
    for state in states:
        if first == NUMBER and len(state) < cut:  # in the number: "'90", ".5", "1990"
            if digit:
                result.add(NUMBER)
            if not state:
                result |= marks
            elif state == NUMBER:
                result |= {f"{NUMBER} {c}" for c in letters}  # "1990s": a word right after the digits
                if other:
                    result.add(NUMBER + " ")
            continue
        if len(state) < cut:  # still in the first word
            result |= {state + c for c in letters if first.startswith(state + c)}
            if state == first:
                if other:
                    result.add(state + " ")
                if digit:
                    done.add(NUMBER)
            continue
        rest = state[cut:]
        result |= {state + c for c in letters}
        if not rest:
            if other:
                result.add(state)  # more characters between the tokens
            if digit:
                done.add(NUMBER)
        elif other or digit:
            done.add(rest)  # the second word ends
        if len(rest) > _LONGEST:
            raise _Any
    return result


_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)


def _walk(data, states: set[str], first: str, done: set[str], tail: bool = False) -> set[str]:
    """Run the states through a sequence of the parsed pattern; return those still open after it.

    `tail`: nothing but zero-width items follows the sequence in the pattern, so a match may end after it.
    """
    last = len(data)  # data[last:] is zero width: an item before it may end the match
    while last and data[last - 1][0] in _ZERO_WIDTH:
        last -= 1
    for index, (op, av) in enumerate(data):
        if not states:
            return states
        at_tail = tail and index >= last - 1
        if op is _sre.LITERAL or op is _sre.IN:
            states = _step(states, first, _chars(op, av), done)
        elif op is _sre.SUBPATTERN:
            states = _walk(av[-1], states, first, done, at_tail)
        elif op is _sre.BRANCH:
            result: set[str] = set()
            for branch in av[1]:
                result |= _walk(branch, set(states), first, done, at_tail)
            states = result
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
            low, high, item = av
            reached: set[str] = set()  # the states after `low` or more repeats
            current = states
            count = 0
            while current and count < high:
                count += 1
                current = _walk(item, set(current), first, done)
                if count >= low:
                    if current <= reached:
                        break  # each state here was walked on already: more repeats add nothing
                    reached |= current
            states = reached | states if low == 0 else reached
        elif op is _sre.ASSERT and av[0] == 1 and tail and index >= last:
            states = _lookahead(av[1], states, first, done)
        elif op in _ZERO_WIDTH:
            continue  # zero width: only narrows
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            states = _walk(av, states, first, done, at_tail)
        else:
            raise _Any  # ANY, NOT_LITERAL, GROUPREF...
        if len(states) > _MAX or len(done) > _MAX:
            raise _Any
    return states


def _lookahead(data, states: set[str], first: str, done: set[str]) -> set[str]:
    """Read a lookahead where the match may end ("\\d+(?=\\s+years)"): the text after the match is what it
    reads, so the token after the first word, if none had begun, is one that the lookahead reads to its end.

    Returns the states that had begun that token (they end with the match, as before).
    """
    cut = len(first) + 1
    before = {state for state in states if len(state) <= cut}  # no token after the first word begun yet
    if before and _walk(data, before, first, done):
        raise _Any  # the lookahead may end before the token does ("(?=\\s+to)" then "today"), or before it
    return states - before


def next_words(pattern: str | object, first: str, flags: int = 0) -> frozenset[str] | None:
    """Return the tokens that can follow the word `first` (lower-case ASCII letters; NUMBER for a number) at
    the start of a match of `pattern` (a string, or what firstwords.parse made of one), NUMBER for a number,
    or None for any (or when this reader cannot tell)."""
    try:
        parsed = _sre.parse(pattern, flags) if isinstance(pattern, str) else pattern
        done: set[str] = set()
        left = _walk(parsed.data if hasattr(parsed, "data") else parsed, {""}, first, done, tail=True)
    except (_Any, RecursionError, TypeError, ValueError, AttributeError):
        return None
    cut = len(first) + 1
    for state in left:
        if len(state) <= cut:
            return None  # the match may end in or after the first word: any token may follow it
        done.add(state[cut:])  # the pattern's end ends the word
    return frozenset(done)
