"""Value weekdays and their spans, "today", "tonight", "overnight" and the parts of a day.

Registered in `rules.HANDLERS` on import, like the handlers of relative.py and periods.py; clock times
and the day they fall on are clocktimes.py's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from timeline.temporal import normalize as nz
from timeline.temporal.anchor import Context, last_night
from timeline.temporal.bracket_days import bracketed_day
from timeline.temporal.dated_saying import quoted_yesterday, saying_day, weekday_from_saying
from timeline.temporal.eventunits import PARTS, each_event, event_offset, offset_from_event
from timeline.temporal.fragments import DAY, MONTH, WEEKDAY
from timeline.temporal.nights import night_ahead, night_past
from timeline.temporal.normalize import Norm
from timeline.temporal.quoted_days import said_days_back
from timeline.temporal.rules import HANDLERS, Groups, clock_text, handles
from timeline.temporal.saying import SAYING_OR_KNOWING
from timeline.temporal.sets import paired_plural_part
from timeline.temporal.storyday import bc_story_norm, this_day_in_story
from timeline.temporal.values import Point, fmt, shift
from timeline.temporal.weekspans import in_range, span_end
from timeline.temporal.weektail import week_after_list
from timeline.temporal.wordsense import overnight_happening

# The items after "every <weekday>" in a list are sets too: "every mon, wed and thur".
_EVERY_LIST = re.compile(
    rf"\b(?:every|each)\s+{WEEKDAY}(?:\s*(?:,|&|/|and|or)\s*{WEEKDAY})*\s*(?:,|&|/|and|or)\s*\Z",
    re.IGNORECASE,
)


# A date written with its month and day: two of them before a bare weekday make a list the story follows.
_LISTED_DATE = re.compile(
    rf"(?<![\w]){MONTH}\s*{DAY}|(?<![\w.,]){DAY}\s+(?:of\s+)?{MONTH}(?![\w])", re.IGNORECASE
)
LIST_WINDOW = 400


def _after_dates(ctx: Context) -> dt.date | None:
    """Return the last date of a list of dates a bare weekday in a past clause follows, if any."""
    ref, dct = ctx.ref, ctx.dct
    if ref is None or ref.gran != "day" or dct is None or (dct - ref.day).days <= 7:
        return None
    window = ctx.text[max(0, ctx.start - LIST_WINDOW) : ctx.start]
    if len(_LISTED_DATE.findall(window)) < 2 or ctx.tense() != "past":
        return None
    return ref.day


# A verb of saying or knowing just before "that": the word is a conjunction, not "that Friday".
_SAID_THAT = re.compile(
    rf"\b(?:{SAYING_OR_KNOWING})"
    # "told reporters that", "said Friday that", "said on Friday that": the verb's own words come between
    r"(?:\s+[\w.]+){0,3}?\s+that\s\Z",
    re.IGNORECASE,
)


# The verb of a reported clause, a few words after its weekday: "that Sunday's vote will be fair".
_WILL_AFTER = re.compile(r"(?:'s)?(?:\s+[\w-]+){0,4}?\s+(?:will|shall|would)\b", re.IGNORECASE)


@handles("weekday")
def _weekday(g: Groups, ctx: Context) -> Norm | None:
    weekday = nz.weekday_number(g["wd"])
    if weekday is None:
        return None
    if g.get("onmod"):
        g = {**g, "mod": g["onmod"]}  # "late on Monday" is "late Monday"
    if g.get("mon") and g.get("day"):
        # "Tuesday morning, March 3, 2026": a part of the named day makes a TIME, as "the morning of" does
        parts = {key: g[key] for key in ("wd", "mon", "day", "y", "part") if g.get(key)}
        date = HANDLERS["mdy"](parts, ctx)
        mod = nz.mod_of(g.get("mod"))
        return dataclasses.replace(date, mod=mod) if date is not None and mod else date
    rel = " ".join((g.get("rel") or "").lower().split()).removeprefix("the ").removeprefix("this ")
    if rel == "that" and _SAID_THAT.search(ctx.text, max(0, ctx.start - 40), ctx.start + 5):
        # "told reporters that Friday's rally was calm": "that" opens the clause; the weekday stands alone,
        # and an abbreviation without it is no weekday ("indicated that Sun's profit")
        if not g["wd"].lower().endswith("day"):
            return None
        skip = ctx.text.index(g["wd"], ctx.start) - ctx.start
        bare = Context(ctx.text, ctx.start + skip, ctx.end, ctx.dct, ref=ctx.ref, story_point=ctx.story_point)
        if _WILL_AFTER.match(ctx.text, ctx.end):
            # "said Tuesday that Sunday's elections will be fair": the reported clause's own verb looks ahead
            bare._tense, bare._tense_done = "future", True
        norm = _weekday({"wd": g["wd"]}, bare)
        return Norm(norm.type, norm.value, anchor=norm.anchor, skip=skip) if norm else None
    window = ctx.text[max(0, ctx.start - 60) : ctx.start]
    if not rel and ("ever" in window or "each" in window) and _EVERY_LIST.search(window):
        return Norm("SET", f"XXXX-WXX-{weekday}", quant="EVERY")  # "every mon, wed, thur"
    if not rel and not g.get("part") and (shared := paired_plural_part(ctx.text, ctx.end)):
        return Norm("SET", f"XXXX-WXX-{weekday}T{shared}")  # "on Monday and Tuesday nights"
    opens = None if rel or g.get("mod") else in_range(ctx)
    if not rel and not g.get("mod") and (weekly := week_after_list(weekday, ctx)) is not None:
        point, anchor = Point(weekly, "day"), "dct"  # "on Thursday, Friday and Saturday last week"
    elif rel in ("previous", "following") and ctx.ref is not None and ctx.ref.gran == "day":
        step = -1 if rel == "previous" else 1
        day = ctx.ref.day + dt.timedelta(days=step * (((weekday - ctx.ref.day.isoweekday()) * step) % 7 or 7))
        point, anchor = Point(day, "day"), "ref"
    elif rel == "that" and ctx.ref is not None:
        point, anchor = Point(ctx.ref.day, "day"), "ref"
        point = Point(nz.resolve_weekday(weekday, "this", Context(ctx.text, 0, 0, ctx.ref.day))[0].day, "day")
    elif opens is not None:
        point = Point(opens.day + dt.timedelta(days=(weekday - opens.day.isoweekday()) % 7 or 7), "day")
        anchor = "ref"
    elif not rel and (told := weekday_from_saying(weekday, ctx)) is not None:
        # "On June 3 the engineer said the gates would open Monday": the Monday after June 3
        point, anchor = Point(told, "day"), "ref"
    elif not rel and (bracketed := bracketed_day(weekday, ctx)) is not None:
        point, anchor = Point(bracketed, "day"), "ref"  # "May 9 (Saturday)": the date it stands beside
    elif not rel and not g.get("mod") and (listed := _after_dates(ctx)) is not None:
        # "On March 3 ... On March 5 ... On Friday": the Friday after the last date of the list
        day = listed + dt.timedelta(days=(weekday - listed.isoweekday()) % 7 or 7)
        point, anchor = Point(day, "day"), "ref"
    else:
        point, anchor = nz.resolve_weekday(weekday, rel, ctx)
        last = None if rel else span_end(ctx)
        if last and point is not None and ctx.tense() == "past":
            # "from Tuesday to Thursday" told in the past: the last such span, counted back from its end
            end = nz.resolve_weekday(nz.weekday_number(last.group("wd")) or weekday, None, ctx)[0]
            if end is not None:
                point = Point(end.day - dt.timedelta(days=(end.day.isoweekday() - weekday) % 7 or 7), "day")
    if g.get("H"):
        # "Wed 9:00am", "Friday, 3pm": the clock time on that day
        clock = clock_text(g)
        return Norm("TIME", f"{fmt(point)}T{clock}", anchor=anchor) if clock and point else None
    if g.get("part"):
        # News annotation (TimeBank, AQUAINT) types "Friday night" as a DATE with a part-of-day value; "early
        # Friday morning" keeps its mod as "early Friday" does.
        return Norm("DATE", nz.part_value(point, g["part"]), mod=nz.mod_of(g.get("mod")), anchor=anchor)
    value = fmt(point) if point else f"XXXX-WXX-{weekday}"
    return Norm("DATE", value, mod=nz.mod_of(g.get("mod")), anchor=anchor)


@handles("deictic")
def _deictic(g: Groups, ctx: Context) -> Norm | None:
    word = " ".join(g["dd"].lower().split())
    if word == "this day" and not (g.get("part") or g.get("more")) and (told := this_day_in_story(ctx)):
        return told  # "He called this day the black day of the army", in a narrative: the story's day
    base, anchor = ctx.now()
    if word == "today" and not g.get("part") and not g.get("more") and (said := quoted_yesterday(ctx)):
        base, anchor = Point(said, "day"), "ref"  # "'Today we controlled the game,' the coach said"
    elif anchor == "dct" and ctx.dct and (back := said_days_back(ctx)):
        base, anchor = shift(base, "day", -back), "ref"  # '"... tomorrow," he said yesterday': from then
    point = shift(base, "day", nz.deictic_offset(word) or 0, gran="day") if base else None
    more = (g.get("more") or "").lower()
    if more.startswith("mid"):
        # "mid-afternoon yesterday": the middle of that part of the day
        part = more.removeprefix("mid").lstrip("-")
        return Norm("TIME", nz.part_value(point, part), mod="MID", anchor=anchor)
    if word in ("tonight", "tonite", "2nite") or g.get("part"):
        # "late tonight", "early yesterday morning" keep their mod as "late Tuesday night" does
        part = nz.part_value(point, g.get("part") or "night")
        return Norm("TIME", part, mod=nz.mod_of(g.get("mod")), anchor=anchor)
    return Norm("DATE", fmt(point) if point else "XXXX-XX-XX", mod=nz.mod_of(g.get("mod")), anchor=anchor)


@handles("part")
def _part(g: Groups, ctx: Context) -> Norm | None:
    rel = " ".join((g.get("rel") or "").lower().split())
    part = g["part"].lower()
    if rel == "the" and not g.get("relmid") and part in PARTS:
        # "the evening before each strike" (a SET), "the evening before the strike" (counted from it)
        if (each := each_event(part, ctx)) is not None:
            return each
        if (offset := offset_from_event(g, rel, part, ctx)) is not None:
            return event_offset(offset, part, *ctx.base(), ctx)
    mid = g.get("mid") or g.get("relmid") or part.startswith(("mid-", "mid "))
    mod = "MID" if mid else nz.mod_of(g.get("mod"))
    edge = g.get("mid") or rel in ("early", "late", "later this", "earlier this")
    if edge and (told := saying_day(ctx)) is not None:
        base, anchor = Point(told[0], "day"), "ref"  # "On June 3 he said: 'Early evening we open'"
    elif rel in ("this", "later this", "earlier this"):
        base, anchor = ctx.now()  # "later this evening" is the writer's evening, whatever day was told
        if base is not None and anchor == "dct" and (back := said_days_back(ctx)):
            base, anchor = shift(base, "day", -back), "ref"  # '"... this morning," police said last night'
    elif rel == "last":
        base, anchor = ctx.now()
        base = shift(base, "day", -1) if base and nz.part_code(part) in ("NI", "EV") else base
    elif rel == "next":
        # "On 3 May it rained. Next morning it snowed.": the day after the day told; else tomorrow's
        base, anchor = (ctx.ref, "ref") if ctx.next_told() else ctx.now()
        base = shift(base, "day", 1, gran="day") if base else base
    else:
        # "the following morning", "the previous evening", "that same night", and "late morning", "by
        # mid-afternoon", "in the early evening": from the last date given, the day being told
        if (bc := ctx.story_bc()) is not None:
            same = rel not in ("the following", "the next", "the previous")
            # "on the afternoon of the siege", in 479 BC; after "June 479 BC", BC0479-06-XXTAF
            return bc_story_norm(bc, "day", part=part, mod=mod, month=ctx.bc_month if same else None)
        base, anchor = ctx.base()
        step = {"the following": 1, "the next": 1, "the previous": -1}.get(rel, 0)
        if base is not None and base.gran != "day" and not step and ctx.story() is None and ctx.dct:
            # "opened lower in the morning" after "the biggest fall since 2001": news speaks of its day
            base, anchor = Point(ctx.dct, "day"), "dct"
        if not step and nz.part_code(part) == "NI" and last_night(ctx, base.day if base else None):
            step = -1
        base = shift(base, "day", step, gran="day") if base and step else base
    return Norm("TIME", nz.part_value(base, part), mod=mod, anchor=anchor)


@handles("overnight")
def _overnight(g: Groups, ctx: Context) -> Norm | None:
    """Give "overnight" the night it names: the night before the document date when told in the past."""
    if g.get("wd"):  # "overnight Sunday": that day's night
        day, anchor = nz.resolve_weekday(nz.weekday_number(g["wd"]) or 1, None, ctx)
        return Norm("TIME", nz.part_value(day, "night"), anchor=anchor)
    story = ctx.story(day_only=True)
    if story is not None:
        return Norm("TIME", nz.part_value(story, "night"), anchor="ref")
    base, anchor = ctx.now()
    if base is not None and base.gran != "day":
        base = None  # no document date, and a year or month before: the night is unknown
    elif base is not None and anchor == "dct" and not night_ahead(ctx.text, ctx.start, ctx.end) and (
        ctx.tense() == "past"
        or (ctx.tense() is None and overnight_happening(ctx.text, ctx.end))
        or night_past(ctx.text, ctx.start, ctx.tense())
    ):
        base = shift(base, "day", -1)  # "are investigating the overnight crash": it happened last night
    return Norm("TIME", nz.part_value(base, "night"), anchor=anchor)
