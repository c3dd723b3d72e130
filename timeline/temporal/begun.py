"""Ordinal days of an episode the text has not reached: "she would act on her first day as mayor"."""

from __future__ import annotations

import re

from timeline.temporal.anchor import Context
from timeline.temporal.values import Point

# A copula or "marks" before the day: "tomorrow will be the third day of the strike" is that day.
_IS_THE_DAY = re.compile(
    r"\b(?:is|be|was|marks?|marked|marking)\s+(?:(?:the|its|his|her|their)\s+)?\Z", re.IGNORECASE
)


# A modal of what is to come before the day in its clause: "would", "will", "plans to", "vowed to".
_TO_COME = re.compile(
    r"\b(?:will|would|'ll|shall|plans?\s+to|promised?\s+to|vow(?:s|ed)?\s+to|pledged?\s+to)\b[^.!?;]*\Z",
    re.IGNORECASE,
)


def not_begun(ctx: Context, base: Point, ordinal: str) -> bool:
    """Say whether an ordinal day in a clause about the future belongs to an episode not begun by the last
    day told (or today): "vowed she would act on her first day as mayor" is no day the text has reached;
    "Today will be the first day of the strike" is today; a later day ("the fourth day") is of one begun."""
    if ordinal.lower() not in ("first", "opening") or base.gran != "day" or ctx.dct is None:
        return False  # a later day ("bowled on the fourth day") is of an episode that has begun
    if base.day > ctx.dct:
        return False  # "The summit opens on Monday. On the first day, ...": the day told ahead
    if ctx.tense() != "future" and not _TO_COME.search(ctx.text, max(0, ctx.start - 80), ctx.start):
        return False
    return _IS_THE_DAY.search(ctx.text, max(0, ctx.start - 16), ctx.start) is None
