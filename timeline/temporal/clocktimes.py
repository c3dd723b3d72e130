"""Date clock times on the day they fall on: "Friday at 3 p.m.", "9:20 a.m. (0620 GMT) Friday", "noon",
"7-9pm", a live blog's "00:40".

Registered in `rules.HANDLERS` on import, like the handlers of days.py. A clock time's day is its tail (a
date, a weekday, "tomorrow"), else the day just told, else the text's day; dayparts.py dates a part of the
day with a clock time through day_tail and clock_on_day.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.temporal import liveblog
from timeline.temporal import normalize as nz
from timeline.temporal.anchor import Context, counted_from_event, in_wider_span
from timeline.temporal.dated_saying import quoted_then_told
from timeline.temporal.fragments import DAY, DEICTIC, MONTH, TZ, WEEKDAY
from timeline.temporal.messages import opening_midnight
from timeline.temporal.normalize import Norm
from timeline.temporal.rules import HANDLERS, Groups, clock_text, handles
from timeline.temporal.schedule import scheduled_on
from timeline.temporal.sets import in_recurring_frame
from timeline.temporal.tensewords import PAST_WORDS
from timeline.temporal.values import Point, fmt, shift
from timeline.temporal.zones import day_after_local, day_before_conversion


def _day_of(word: str | None, ctx: Context) -> tuple[str, str | None]:
    """Return the date part of a time ("Monday", "yesterday") and its anchor, or an unknown date."""
    if word:
        weekday = nz.weekday_number(word)
        if weekday:
            point, anchor = nz.resolve_weekday(weekday, None, ctx)
            ref = ctx.ref
            if (
                point is not None
                and ref is not None
                and point.day < ref.day
                and ctx.prev_end is not None
                and _SPAN_GAP.fullmatch(ctx.text, ctx.prev_end, ctx.start)
            ):
                # "from 10 p.m. Friday to 5 a.m. Monday": the end of a span comes after its start; a bare
                # clock time as the start was read on this weekday ("from 7 to 8 p.m. on Thursday"): that day
                days = (weekday - ref.day.isoweekday()) % 7
                if days == 0 and not _AFTER_CLOCK.match(ctx.text, ctx.prev_end):
                    days = 7  # the start names this weekday itself: the end is a week on
                point, anchor = Point(ref.day + dt.timedelta(days=days), "day"), "ref"
        else:
            base, anchor = ctx.now()
            point = shift(base, "day", nz.deictic_offset(word) or 0) if base else None
        if point:
            return fmt(point), anchor
    story = ctx.story(day_only=True)
    if story is not None:
        return fmt(story), "ref"
    episode = _episode_day(ctx)
    if episode is not None:
        return fmt(episode), "ref"
    ref = ctx.ref
    told = ref is not None and ref.gran == "day" and ctx.dct is not None and ref.day != ctx.dct
    closed = ctx.ref_clause_end
    if told and closed is not None and _STOP_BEFORE.search(ctx.text, max(0, closed - 2), closed):
        # "... the pullout from the valley which was completed on May 4. Soon after 7 a.m. ...": a day told
        # in a relative clause that ended its sentence is background; a clock time after it is not on it
        told = False
    if told and not quoted_then_told(ctx):
        # "The ship sank on Friday. Rescuers arrived at 10 p.m.": the day the text is telling, when the
        # verb's tense agrees with it; not a day a speaker told in a quotation the sentence stands outside
        tense = ctx.tense()
        if (tense == "past" and ref.day < ctx.dct) or (tense == "future" and ref.day > ctx.dct):
            return fmt(ref), "ref"
        if tense is None and ref.day > ctx.dct and scheduled_on(ctx.text, ctx.prev_end, ctx.start):
            return fmt(ref), "ref"  # "On Friday, polls open at 7 a.m.": a schedule's present, on the day told
    base, anchor = ctx.now()
    return (fmt(Point(base.day, "day")), anchor) if base else ("XXXX-XX-XX", None)


_STOP_BEFORE = re.compile(r"[.!?]\s?\Z")


# "She was stabbed on May 9. ... She was stabbed at 11 p.m.": the words before the clock time
# (up to three, ending in a past verb) told of an earlier day, so the clock time is on that day.
_BEFORE_CLOCK = re.compile(
    r"(?P<words>(?:[A-Za-z]+\s+){0,2}[A-Za-z]{3,})\s+(?:at|around|about)\s+(?:(?:about|around|approximately)\s+)?\Z"
)
_PLAIN_VERBS = frozenset("said says was were had has have did told added".split())
_EPISODE_GAP = 40  # characters between the repeated words and the earlier day


def _episode_day(ctx: Context) -> Point | None:
    """Return the earlier past day whose sentence told the same happening as a bare clock time's clause."""
    if not ctx.days or ctx.dct is None or ctx.tense() != "past":
        return None
    before = _BEFORE_CLOCK.search(ctx.text, max(0, ctx.start - 60), ctx.start)
    if before is None:
        return None
    words = before.group("words").lower().split()
    past = [i for i, w in enumerate(words) if (w.endswith("ed") or w in PAST_WORDS) and w not in _PLAIN_VERBS]
    verb = past[0] if past else None
    if verb is None:
        return None
    words = words[verb:]  # "he was shot dead at": the happening is "shot dead", whoever the sentence names
    if words[-1] in _PLAIN_VERBS or (len(words) == 1 and len(words[0]) < 4):
        return None
    told = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", re.IGNORECASE)
    for start, day in reversed(ctx.days):
        if day.day >= ctx.dct or start >= ctx.start:
            continue
        if told.search(ctx.text, max(0, start - _EPISODE_GAP), start):
            return day
    return None


# "Friday at 3 p.m.", "Nov. 4, at about 8 p.m.": a clock time right after a day falls on that day, and
# the end of a span of clock times on the day of its start ("1:00pm-6:00pm").
_AFTER_DAY = re.compile(r"(?:\s*,\s*|\s+)(?:at\s+)?(?:(?:about|around|approximately)\s+)?")
_CLOCK_END = re.compile(r"(?:\d[:.]\d\d|\d\s*[ap]\.?\s?m\.?)\Z", re.IGNORECASE)
_SPAN_GAP = re.compile(r"\s*(?:-|–|to|until|till|through)\s*", re.IGNORECASE)
_AFTER_CLOCK = re.compile(r"(?<=[\d.mM])\s*(?:-|–|to|until|till)\s*")

# A second verb and its clock time joined by "and" ("open at 7 a.m. and close at 8 p.m. Thursday"): up to
# three lower-case words, then "at".
_AND_VERB_AT = r"(?:\s+(?-i:[a-z]+)(?:\s+(?-i:[a-z]+)){0,2}\s+at)?"
# The day after a bracketed conversion, "local time" (outside the extent), the end of a span of clock times or
# a clock time joined by "and" is the first's: "9:20 a.m. (0620 GMT) Friday", "3 a.m. local time Sunday",
# "8:00am to 8:00pm Monday", "between 9 a.m. and noon on Tuesday", "from 9 a.m. to 5 p.m. on March 3", "opens
# at 9 a.m. and shuts at 4 p.m. Monday".
_DAY_AFTER_ASIDE = re.compile(
    rf"(?:\s*\([^()\n]{{1,24}}\)|\)|\s+local\s+time|\s*(?:-|–|to|until|till|and{_AND_VERB_AT})\s*(?:noon|midday|midnight"
    rf"|\d{{1,2}}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\b\.?)?(?:\s+(?:{TZ})\b)?))\s*,?\s*(?:on\s+)?"
    rf"(?:(?P<day>{WEEKDAY}|{DEICTIC})|(?P<mon>{MONTH})\.?\s*(?P<md>{DAY}))(?![\w])",
    re.IGNORECASE,
)


def day_tail(g: Groups, ctx: Context) -> tuple[str, str | None]:
    """Return the day a time of day falls on (its date, a weekday, "tomorrow"...) and its anchor."""
    if g.get("mon") or g.get("dmon") or g.get("wmon"):
        parts = {
            "mon": g.get("mon") or g.get("dmon") or g["wmon"],
            "day": g.get("md") or g.get("dd") or g["wmd"],
        }
        if g.get("cy"):
            parts["y"] = g["cy"]
        elif g.get("wmon") and g.get("day"):
            parts["wd"] = g["day"]  # "9 a.m. Tuesday, March 3": the weekday says the year
        date = HANDLERS["mdy"](parts, ctx)
        return (date.value, date.anchor) if date else ("XXXX-XX-XX", None)
    if (
        not g.get("day")
        and ctx.prev_end is not None
        and ctx.ref is not None
        and ctx.ref.gran == "day"
        and (
            _AFTER_DAY.fullmatch(ctx.text, ctx.prev_end, ctx.start)
            or (
                _CLOCK_END.search(ctx.text, max(0, ctx.prev_end - 8), ctx.prev_end)
                and _AFTER_CLOCK.fullmatch(ctx.text, ctx.prev_end, ctx.start)
            )
        )
    ):
        return fmt(ctx.ref), "ref"
    if not g.get("day"):
        later = _DAY_AFTER_ASIDE.match(ctx.text, ctx.end)
        if later and later["mon"]:
            date = HANDLERS["mdy"]({"mon": later["mon"], "day": later["md"]}, ctx)
            return (date.value, date.anchor) if date else ("XXXX-XX-XX", None)
        if later:
            return _day_of(later.group("day"), ctx)
        if in_recurring_frame(ctx.text, ctx.start, ctx.end):
            return "XXXX-XX-XX", None  # "every day between 8 a.m. and 8 p.m.": of no one day
        if counted_from_event(ctx.text, ctx.end):
            return "XXXX-XX-XX", None  # "at 7 a.m. two weeks before the flood": a day counted from an event
        if in_wider_span(ctx.text, ctx.end):
            return "XXXX-XX-XX", None  # "at 3 p.m. next weekend": some day of that weekend, not today
    return _day_of(g.get("day"), ctx)


def clock_on_day(clock: str | None, g: Groups, ctx: Context) -> Norm | None:
    """Return a clock time on the day it falls on (its tail, else the text's day), or None without a clock."""
    if clock is None:
        return None
    day, anchor = day_tail(g, ctx)
    today = ctx.dct is not None and day == ctx.dct.isoformat()
    if today and anchor == "dct" and not g.get("day") and day_before_conversion(clock, ctx.text, ctx.end):
        day = (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()  # "11pm local time (5am AEDT)"
    elif anchor == "ref" and not g.get("day") and day_after_local(clock, ctx.text, ctx.start, ctx.end):
        day = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()  # its "(5am AEDT)": a day on
    return Norm("TIME", f"{day}T{clock}", mod=nz.approximate(ctx), anchor=anchor)


@handles("clock")
def _clock_rule(g: Groups, ctx: Context) -> Norm | None:
    return clock_on_day(clock_text(g), g, ctx)


@handles("clockfirst")
def _clock_first(g: Groups, ctx: Context) -> Norm | None:
    """Give the first clock time of "7-9pm" the a.m./p.m. of the second ("11-2pm": 11 a.m.)."""
    ampm = g["ampm2"].lower()
    if int(g["H"]) % 12 > int(g["H2"]) % 12:
        ampm = "am" if ampm.startswith("p") else "pm"
    return clock_on_day(clock_text({"H": g["H"], "M": g.get("M") or "", "ampm": ampm}), {}, ctx)


# A part of the day just before a clock time without a.m./p.m. tells which half of the day it is in.
_LATE_PART_BEFORE = re.compile(
    r"\b(?P<tpart>afternoon|evening|night|tonight)\b[^.;:!?]{0,24}\Z", re.IGNORECASE
)


@handles("clock24")
def _clock24(g: Groups, ctx: Context) -> Norm | None:
    if g.get("H") and not g["H"].startswith("0") and not g.get("tpart"):
        late = _LATE_PART_BEFORE.search(ctx.text, max(0, ctx.start - 40), ctx.start)
        if late:
            g = {**g, "tpart": "night" if late.group("tpart").lower() == "tonight" else late.group("tpart")}
    dated = g.get("day") or g.get("mon") or g.get("dmon")
    if not dated and ctx.dct and liveblog.entry(ctx.text, ctx.start):
        # "00:40 The leader conceded": a live-blog entry, on the document date or a day after it
        day = ctx.dct + dt.timedelta(days=liveblog.day_offset(ctx.text, ctx.start))
        return Norm("TIME", f"{day.isoformat()}T{clock_text(g)}", anchor="dct")
    return clock_on_day(clock_text(g), g, ctx)


@handles("noon")
def _noon(g: Groups, ctx: Context) -> Norm | None:
    bare = not (g.get("day") or g.get("mon") or g.get("dmon") or g.get("tz"))
    if bare and ctx.dct and g["part"].lower() == "midnight" and opening_midnight(ctx.text, ctx.start):
        return Norm("TIME", f"{ctx.dct.isoformat()}T00:00", anchor="dct")  # "Midnight, scary movie"
    day, anchor = day_tail(g, ctx)
    return Norm("TIME", f"{day}T{nz.part_code(g['part'])}", anchor=anchor)
