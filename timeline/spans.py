"""Character spans of a text, (start, end), and the trimming every cutter of text shares.

segment.py (paragraphs, sentences, clauses) and datelines.py both cut spans that never start or end on
whitespace; the one rule lives here so that they cannot drift apart. `may_end_on` is the check before a
pattern that ends on words and white space at the end of a text, which a search tries at every position.
"""

from __future__ import annotations

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
