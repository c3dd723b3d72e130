"""Tell the period a dated change is counted from: "rose 14 percent in August over (July)".

A figure's change dated by one date of a sentence may name the period it is counted from with a second
one: "Car sales jumped 14 percent in August over July", "Prices slipped 0.3 percent in June from the
figure for May". The second date is a baseline, no happening of its own: the title's copy on it would tell
that car sales jumped in July. side_dates.beside drops it when the changed period's date stays.
"""

from __future__ import annotations

import re

from timeline.models import TimeExpression

__all__ = ["BASES", "counted_from"]

# What comes between the changed period's date and its baseline's, each with an example.
BASES = [
    (r"\s+(?:over|from|against|on)\s+", "jumped 14 percent in August (over) July"),
    (r"\s+(?:over|from|against|on)\s+the\s+(?:figure|level|total|rate|reading)s?\s+(?:for|of|in)\s+",
     "slipped 0.3 percent in June (from the figure for) May"),
    (r",?\s+compared\s+(?:with|to)\s+", "grew 3 percent in May(, compared with) April"),
]
_BASE = re.compile(r"(?:" + "|".join(pattern for pattern, _ in BASES) + r")(?:the\s+)?\Z", re.I)
# A figure's change right before the changed period's date: "14 percent (in)", "by 0.3 percent (in)".
_CHANGE = re.compile(r"\d\s*(?:%|percent|per\s+cent|points?)\s+(?:(?:in|during|for|on)\s+)?(?:the\s+)?\Z",
                     re.I)


def counted_from(text: str, timex: TimeExpression, others: list[TimeExpression]) -> bool:
    """Tell whether a date is the baseline of a change that another date of its sentence dates: "rose 14
    percent in August over (July)"; not "rose 14 percent in August and fell in (July)"."""
    for other in others:
        if other.end < timex.start and timex.start - other.end <= 40 and _BASE.fullmatch(
            text, other.end, timex.start
        ) and _CHANGE.search(text, max(0, other.start - 30), other.start):
            return True
    return False
