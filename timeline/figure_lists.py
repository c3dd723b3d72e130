"""Tell the period of a later figure in a list of figures: "growth of 2% in 2027 and 2.5% (in 2028)".

A clause may give one figure per period: "Forecasters expect growth of 2% in 2027 and 2.5% in 2028". When
no title of its own was found for the later figure (gapping.py gives "Sales rose 7%" to "Sales rose 5% in
2024 and 7% in 2025"), its event is a copy of the first one's title ("Forecasters expect growth of 2% and
2.5%"), which would tell the whole list again on 2028: same_title.one_date_each lets the copy go.
"""

from __future__ import annotations

import re

__all__ = ["LISTED", "later_figure"]

# What joins a figure's period to the next figure, each with an example.
LISTED = [
    (r"\s*,\s*(?:and\s+)?", "3.1% in 2027(, )2.9% in 2028"),
    (r"\s+and\s+(?:(?:of|to|by|at)\s+)?", "2% in 2027( and )2.5% in 2028"),
]
# A figure and the preposition of its period right before a date: "2.5% (in)", "3 percent for (the)".
_FIGURE = (r"[$€£]?\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|points?\b|(?:million|billion|trillion)\b"
           r"(?:\s+(?:dollars|euros|pounds|yen|tonnes|barrels))?)")
_LATER = re.compile(
    r"(?:" + "|".join(pattern for pattern, _ in LISTED) + r")" + _FIGURE
    + r"\s+(?:in|for|during|by|over)\s+(?:the\s+)?\Z", re.I)
# A figure shortly before the first date of the list: "growth of 2% in (2027)", "3.1% of output in (2027)".
_FIRST = re.compile(_FIGURE, re.I)


def later_figure(text: str, own: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """Tell whether the date at `own` is the period of a figure listed after another date's figure: "growth
    of 2% in 2027 and 2.5% in (2028)"; not "rose 2% in 2027 and fell in (2028)" (no figure of its own)."""
    for other in others:
        if other[1] <= own[0] and own[0] - other[1] <= 40 and _LATER.fullmatch(text, other[1], own[0]):
            if _FIRST.search(text, max(0, other[0] - 30), other[0]):
                return True
    return False
