"""The day a narrative is at, for day words that point back into the story rather than at the writer's day.

Two shapes fall back to the document date when nothing tells them otherwise, and both are wrong in a story
told years before it:
- "this day" in a narrative is the day just told ("On 8 August 1918 the allies attacked. Ludendorff called
  this day the black day of the army"), as "that day" is; "to this day" still reaches the writer's present;
- an anaphoric day, week or month ("that same day", "the next day", "the following month", "on the
  afternoon of the battle") in a story told in years BC has no date to count from that a calendar can hold:
  its year is the story's, the rest unknown (TIMEX3 "BC0479-XX-XX").
"""

from __future__ import annotations

import re

from timeline.temporal import normalize as nz
from timeline.temporal.anchor import Context, is_far
from timeline.temporal.normalize import Norm
from timeline.temporal.values import Point, fmt, fmt_within

# "to this day", "until this day", "up to this day": a span reaching the writer's present, not a day told.
_TO_NOW = re.compile(r"\b(?:to|until|till|unto)\s+\Z", re.IGNORECASE)
# Verbs whose "to" takes the day as its object: "referred to this day as", "looked forward to this day".
_TO_OBJECT = re.compile(
    r"\b(?:refer|refers|referred|referring|forward|dedicated|devoted|linked|compared)\s+to\s+\Z",
    re.IGNORECASE,
)


def _to_now(ctx: Context) -> bool:
    """Say whether "this day" closes "to this day" (until now), not "referred to this day as"."""
    if not _TO_NOW.search(ctx.text, max(0, ctx.start - 8), ctx.start) or ctx.text.startswith(" as ", ctx.end):
        return False
    return _TO_OBJECT.search(ctx.text, max(0, ctx.start - 24), ctx.start) is None


def this_day_in_story(ctx: Context) -> Norm | None:
    """Value "this day" in a narrative as the day the story is at; None where it is the writer's day.

    "On 8 August 1918 the allies attacked. He called this day the black day of the army" is 1918-08-08;
    "the town remembers it to this day" and "this day" in a news story stay today.
    """
    if _to_now(ctx):
        return None
    bc = ctx.story_bc()
    if bc is not None:
        return Norm("DATE", f"{nz.year_text(bc)}-XX-XX", anchor="ref")
    story, ref = ctx.story(), ctx.ref
    if ref is not None and ref.gran == "day" and ctx.dct is not None and is_far(ref, ctx.dct):
        # the last date told is a day years back ("began on 8 August 1918 ... He called this day the
        # black day"), whatever the counts of narrative and news phrases say
        return Norm("DATE", fmt(ref), anchor="ref")
    if story is None:
        return None
    # the last date told, when it is a day of the story ("On 7 February ... From this day forward")
    told = ref if ref is not None and ref.gran == "day" and ref.day >= story.day else story
    return Norm("DATE", fmt_within(Point(told.day, "day"), told.gran), anchor="ref")


# The unknown parts of a BC story's day, week, month..., after its year: (granularity, suffix, example).
_BC_UNKNOWN: list[tuple[str, str, str]] = [
    ("day", "-XX-XX", "that same day: BC0479-XX-XX"),
    ("night", "-XX-XXTNI", "that night: BC0479-XX-XXTNI"),
    ("week", "-WXX", "the following week: BC0479-WXX"),
    ("weekend", "-WXX-WE", "that weekend: BC0479-WXX-WE"),
    ("month", "-XX", "the next month: BC0479-XX"),
    ("period", "", "writers from that period: BC0380, the story's year (no quarter of results in BC)"),
]
_BC_SUFFIX = {gran: suffix for gran, suffix, _ in _BC_UNKNOWN}


def bc_story_norm(
    bc: int, unit: str, *, part: str | None = None, mod: str | None = None, month: int | None = None
) -> Norm | None:
    """Value an anaphoric day, night, week or month (or a part of the day) in a story told in years BC.

    `bc` is the story's year (-479 for 479 BC); None for a unit this does not know ("that quarter").
    `month` is the story's month for the day it is at ("June 479 BC ... that same day": BC0479-06-XX).
    """
    year = nz.year_text(bc)
    days = f"-{month:02d}-XX" if month else "-XX-XX"
    if part is not None:
        code = nz.part_code(part) or "XX"
        return Norm("TIME", f"{year}{days}T{code}", mod=mod, anchor="ref")  # "the afternoon of the battle"
    suffix = _BC_SUFFIX.get(unit)
    if suffix is None:
        return None
    if suffix.startswith("-XX-XX"):
        suffix = days + suffix[6:]
    return Norm("TIME" if unit == "night" else "DATE", year + suffix, mod=mod, anchor="ref")


# Verbs by which a story's character tells something, in the past: "Thieu suggested Kissinger had tricked
# him two years ago" (a form per row, with an example): what the character counts back from is the story's
# day, not the writer's.
_STORY_SAYING = [
    ("said|told|declared|stated|claimed|announced|insisted|argued|warned|wrote", "he declared two years ago"),
    ("suggested|accused|charged|alleged|complained|admitted|recalled|noted", "he suggested two years ago"),
]
_SAID_IN_STORY = re.compile(r"\b(?:" + "|".join(row[0] for row in _STORY_SAYING) + r")\b", re.IGNORECASE)
# A sentence's end after a word in lower case ("U.S. Secretary" is none), or a line's.
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]\s|\n")


def ago_in_story(ctx: Context) -> Point | None:
    """Return the story's day a count back ("two years ago") told by a character of a narrative starts from:
    a past verb of saying before it in its sentence, outside quotation marks, in a story told years before
    the document date. None when the writer counts back ("the war ended 70 years ago")."""
    story = ctx.story()
    if story is None or ctx.dct is None or story.day.year >= ctx.dct.year:
        return None
    window = max(0, ctx.start - 240)
    saying = _SAID_IN_STORY.finditer(ctx.text, window, ctx.start)
    said = max(saying, key=lambda found: found.start(), default=None)  # the last one before the count
    if said is None or _SENTENCE_END.search(ctx.text, said.end(), ctx.start):
        return None
    between = ctx.text[said.end() : ctx.start]
    return story if not any(mark in between for mark in ('"', "“", "”")) else None

