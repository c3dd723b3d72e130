"""Tell the delivery months of a market report ("June/July sold at 1,850 dlrs") from months of the story.

A pair of months joined by a slash with no preposition of time before it is a shipment or contract
period, as "for May delivery" is: it lies ahead of the report, whatever verb reports the trade. The other
bare months of the same sentence are the same list ("... Oct/Dec at 4,480 dlrs, 785 dlrs for May").
"""

from __future__ import annotations

import re

from timeline.temporal.fragments import MONTH

# Shapes, with an example of each.
SHAPES = [
    ("a month before a slash and a month", "June/July went at 1,850 dlrs"),
    ("a month after a month and a slash", "Oct/Dec at 4,480 dlrs"),
    ("a bare month in a sentence with such a pair", "March/April at 785 dlrs, 753 dlrs for May"),
]
_PAIR_AFTER = re.compile(rf"\s*/\s*(?:{MONTH})(?![\w/])", re.IGNORECASE)
_PAIR_BEFORE = re.compile(rf"(?<![\w/])(?:{MONTH})\s*/\s*\Z", re.IGNORECASE)
_PAIR = re.compile(rf"(?<![\w/])(?P<m1>{MONTH})\s*/\s*(?:{MONTH})(?![\w/])", re.IGNORECASE)
# "the June/July heatwave", "in the March/April period", "since Oct/Nov": a time of the story, no delivery.
_TIME_WORD_BEFORE = re.compile(
    r"\b(?:in|during|since|until|till|by|through|from|of|the|last|this|next|early|late|mid|each|every|its"
    r"|their|his|her|our)\s+\Z",
    re.IGNORECASE,
)
SENTENCE = 400  # the most characters read on each side of the month for its sentence
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“])|\n")


def _open_pair(text: str, start: int) -> bool:
    """Say whether the pair's first month at `start` has no preposition or determiner of time before it."""
    return _TIME_WORD_BEFORE.search(text, max(0, start - 16), start) is None


def delivery_month(text: str, start: int, end: int) -> bool:
    """Say whether the month at text[start:end] is a delivery period of a market report (see SHAPES)."""
    if _PAIR_AFTER.match(text, end):
        return _open_pair(text, start)
    before = _PAIR_BEFORE.search(text, max(0, start - 12), start)
    if before is not None:
        return _open_pair(text, before.start())
    if _TIME_WORD_BEFORE.search(text, max(0, start - 16), start):
        return False  # "in May" is a time of the story, even in a list of deliveries
    window = max(0, start - SENTENCE)
    opens = max((m.end() for m in _SENTENCE_END.finditer(text, window, start)), default=window)
    closes = _SENTENCE_END.search(text, end, end + SENTENCE)
    sentence_end = closes.start() if closes else min(len(text), end + SENTENCE)
    return any(_open_pair(text, m.start()) for m in _PAIR.finditer(text, opens, sentence_end))
