"""Date a unit counted from an event a noun names: "the day after his death", "the evening before the strike".

A date told just before dates the event ("He died on March 3. Crowds gathered the day after his death":
March 4); with none, the unit is as unknown as the event ("the day before the meeting": XXXX-XX-XX), never
the news day. Counted from each of many events ("the evening before each strike") it is a SET.
"""

from __future__ import annotations

import re

from timeline.temporal import normalize as nz
from timeline.temporal.anchor import Context
from timeline.temporal.normalize import Norm
from timeline.temporal.rules import Groups
from timeline.temporal.values import FINENESS, Point, fmt_within, parse, shift

# A unit told by no date is unknown: its value with every digit unknown.
UNKNOWN = {
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE",
    "month": "XXXX-XX",
    "year": "XXXX",
}
SENTENCE_BREAK = re.compile(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})[.!?;]\s|\n")

# "the day after his death", "the week before the vote", "the month following the merger": a unit counted
# from an event a noun names (a date after the link word is compose.py's: "the day before March 3").
# (link word, step, example)
EVENT_LINKS: list[tuple[str, int, str]] = [
    ("after", 1, "crowds gathered the day after his death"),
    ("following", 1, "shares fell the week following the merger"),
    ("before", -1, "protests began the week before the vote"),
    ("prior to", -1, "he resigned the month prior to the audit"),
    ("ahead of", -1, "talks broke down the day ahead of the summit"),
]
_EVENT_STEP = {word: step for word, step, _example in EVENT_LINKS}
_LINKS = "|".join(word.replace(" ", r"\s+") for word, _, _ in EVENT_LINKS)
# The link, then a determiner or possessive and a word in lower case: the noun phrase of an event.
_EVENT_AFTER = re.compile(
    r"\s+(?P<link>" + _LINKS + r")\s+"
    r"(?:the|his|her|its|their|our|my|your|this|that|a|an|(?-i:[A-Z][\w.-]*)['’]s)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"[a-z][\w-]*\b"  # "the day after his death", "the day before Obama's speech"
)
# The link, then "each" or "every" and a noun: a unit counted from each of many events.
_EACH_EVENT = re.compile(r"\s+(?:" + _LINKS + r")\s+(?P<quant>each|every)\s+[a-z][\w-]*\b", re.IGNORECASE)
PARTS = ("morning", "afternoon", "evening", "night")
# "in the morning", "during the night": a part of the day the clause happens in, whatever the link after it
_IN_PART = re.compile(r"\b(?:in|during|through|throughout|by)\s+\Z", re.IGNORECASE)


def each_event(unit: str, ctx: Context) -> Norm | None:
    """Return the SET of "the evening before each strike", "the day after every match", or None."""
    if ctx.text[ctx.end : ctx.end + 1] != " " or unit not in (*PARTS, *UNKNOWN):
        return None
    found = _EACH_EVENT.match(ctx.text, ctx.end)
    if found is None:
        return None
    value = nz.part_value(None, unit) if unit in PARTS else UNKNOWN[unit]
    return Norm("SET", value, quant=found["quant"].upper())


def offset_from_event(g: Groups, det: str, unit: str, ctx: Context) -> int | None:
    """Return the step (1 or -1) of "the day after his death" (a unit, a link word, an event's noun)."""
    if det != "the" or g.get("step") or g.get("mod") or unit not in ("day", "week", "month", "year", *PARTS):
        return None
    if ctx.text[ctx.end : ctx.end + 1] != " ":
        return None  # cheap test before the pattern: "the day." ends here
    if unit in PARTS and _IN_PART.search(ctx.text, max(0, ctx.start - 12), ctx.start):
        return None  # "fell in the morning after Friday's data": that morning, then what it came after
    found = _EVENT_AFTER.match(ctx.text, ctx.end)
    if found is None:
        return None
    return _EVENT_STEP[" ".join(found["link"].lower().split())]


def event_offset(step: int, unit: str, base: Point | None, anchor: str | None, ctx: Context) -> Norm:
    """Date "the day after his death": one unit from the date the text told just before.

    A date in apposition is the unit itself ("on May 6, the day before the vote" is May 6, as TimeBank
    tags it). A date told in the same sentence or the one before dates the event ("He died on March 3.
    Crowds gathered the day after his death": March 4). With no date told near, the event has none in the
    text, and neither has the day ("arrested the day before the meeting": XXXX-XX-XX), not the news day.
    A part of the day is counted in days: "the evening before the strike" is the evening of the day before.
    """
    if unit in PARTS:
        day = event_offset(step, "day", base, anchor, ctx)
        point = parse(day.value)
        point = point if point is not None and point.gran == "day" else None  # not "2011-XX-XX"
        return Norm("TIME", nz.part_value(point, unit), anchor=day.anchor if point else None)
    after = ctx.prev_end
    if base is not None and anchor == "ref" and after is not None and ctx.ref is not None:
        if re.fullmatch(r",\s*|\s+--\s+|\s+-\s+", ctx.text[after : ctx.start]):
            return Norm("DATE", fmt_within(Point(base.day, unit), base.gran), anchor=anchor)
        stops = len(SENTENCE_BREAK.findall(ctx.text, after, ctx.start))
        if stops <= 1 and FINENESS.index(base.gran) > FINENESS.index(unit):
            # "Talks opened in 2011. The day before the vote": a day of that year, not one counted from
            # its first day (which would fall in 2010)
            return Norm("DATE", fmt_within(Point(base.day, unit), base.gran), anchor=anchor)
        if stops <= 1:
            return Norm("DATE", fmt_within(shift(base, unit, step, gran=unit), base.gran), anchor=anchor)
    return Norm("DATE", UNKNOWN[unit])
