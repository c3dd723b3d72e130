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
