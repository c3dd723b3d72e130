"""Character spans of a text, (start, end), and the trimming every cutter of text shares.

segment.py (paragraphs, sentences, clauses) and datelines.py both cut spans that never start or end on
whitespace; the one rule lives here so that they cannot drift apart.
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
