"""Ordinal days of an episode the text cannot place: "she would act on her first day as mayor" (not reached),
"the pitch cracked on the third day of the match" with no day told (its first day unknown)."""

from __future__ import annotations

import re

from timeline.temporal.anchor import Context
from timeline.temporal.values import Point

# A copula or "marks" before the day: "tomorrow will be the third day of the strike" is that day, as "it's
# the third day" is today.
_IS_THE_DAY = re.compile(
    r"(?:\b(?:is|be|was|marks?|marked|marking)|\w['’]s)\s+(?:(?:the|its|his|her|their)\s+)?\Z", re.IGNORECASE
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


def unplaced(ctx: Context, anchor: str | None, ordinal: str) -> bool:
    """Say whether a later day of an episode told in the past has no day to stand on: with no date told
    before it, "the pitch cracked on the third day of the match" lies some days before the writer's, which
    ones the text does not say. Not "It is (was) the third day of the strike" (today, the house's reading),
    not a day ahead ("play resumes on the fourth day"), not a first day ("on her first day in office"), not
    one whose day the sentence tells after it ("on the third day of the rally on Saturday")."""
    if anchor != "dct" or ordinal.lower() in ("first", "opening") or ctx.tense() != "past":
        return False
    if _DAY_TOLD_AFTER.match(ctx.text, ctx.end):
        return False  # "she won on the third day of the open in Oslo on Sunday": the day is told after it
    return _IS_THE_DAY.search(ctx.text, max(0, ctx.start - 16), ctx.start) is None


# A weekday or "today", "yesterday" later in the sentence names the day: "crashed on the fifth day of the
# tour, near Lyon, on Tuesday" (the house then reads the episode's day as the text's day).
_DAY_TOLD_AFTER = re.compile(
    r"[^.!?;\n]{0,80}?\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?i:today|yesterday|tonight))\b"
)
