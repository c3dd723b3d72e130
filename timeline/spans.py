"""Character spans of a text, (start, end), and the trimming every cutter of text shares.

segment.py (paragraphs, sentences, clauses) and datelines.py both cut spans that never start or end on
whitespace; the one rule lives here so that they cannot drift apart. `may_end_on` is the check before a
pattern that ends on words and white space at the end of a text, which a search tries at every position;
`holds` the look for a word a pattern needs; `single_spaced` the check before closing up runs of white space.
"""

from __future__ import annotations

import re

Span = tuple[int, int]


def trim(text: str, start: int, end: int) -> Span | None:
    """Return `(start, end)` shrunk past whitespace at both ends, or None when only whitespace is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def may_end_on(before: str, words: tuple[str, ...], *, fold: bool = True) -> bool:
    """Tell whether `before` may end on one of `words` and white space, as a pattern that ends on them and
    \\s+\\Z needs: False only where it cannot. With `fold` (a pattern with re.I) an end that is not ASCII is
    left to the pattern: re.I reads "ı" as "i" (tests/test_events_shortcuts.py: the checks agree)."""
    if not before[-1:].isspace():
        return False
    end = before.rstrip()
    if not fold:
        return end.endswith(words)
    end = end[-16:]
    return not end.isascii() or end.lower().endswith(words)


def holds(text: str, start: int, end: int, fragments: tuple[str, ...]) -> bool:
    """Tell whether `text[start:end]`, casefolded, holds one of `fragments`: the cheap look before a pattern
    (re.I or not) each match of which holds one, which a search tries at every position. No fragment may hold
    an "i": re.I reads "İ" and "ı" as "i", and they casefold to no "i" (tests/test_event_prechecks.py)."""
    stretch = text[start:end].casefold()
    return any(map(stretch.__contains__, fragments))


_SPACES = re.compile(r"\s{2,}")
# The white space characters of ASCII other than the space, as \s reads them (str.isspace).
_OTHER_SPACES = "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"


def single_spaced(joined: str) -> str:
    """Return _SPACES.sub(" ", joined), searched only where two white space characters may stand together: an
    ASCII text whose only white space is the space, never two, has none (the search tries every position;
    tests/test_events_shortcuts.py: the same)."""
    if joined.isascii() and "  " not in joined and not any(map(joined.__contains__, _OTHER_SPACES)):
        return joined
    return _SPACES.sub(" ", joined)


# Characters past which a run of text without a full stop is no sentence but a list or a table run together
# ("The board met on 3 May 2001, on 9 June 2003, ..." for pages on end): it is cut after the last "; " or ", "
# (else space) before it. News sentences stay far under it (under 500 characters), and the event layer,
# which weighs each date of a sentence against the others, would take minutes over one such run.
LONGEST_SENTENCE = 2000


def pieces(text: str, left: int, right: int) -> list[Span]:
    """Return the sentence `text[left:right]`, cut into pieces of at most LONGEST_SENTENCE characters."""
    found: list[Span] = []
    while right - left > LONGEST_SENTENCE:
        limit = left + LONGEST_SENTENCE
        cut = max(text.rfind("; ", left, limit), text.rfind(", ", left, limit)) + 1
        if cut <= left:
            cut = text.rfind(" ", left, limit)
        if cut <= left:
            cut = limit
        piece = trim(text, left, cut)
        if piece:
            found.append(piece)
        left = cut
    piece = trim(text, left, right)
    if piece:
        found.append(piece)
    return found
