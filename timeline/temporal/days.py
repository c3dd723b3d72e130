"""Handlers for days and times of day: weekdays and their spans, "tonight", clock times and their day.

Registered in `rules.HANDLERS` on import, like the handlers of relative.py and periods.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from timeline.temporal import liveblog
from timeline.temporal import normalize as nz
from timeline.temporal.anchor import Context, counted_from_event, in_wider_span, last_night
from timeline.temporal.bracket_days import bracketed_day
from timeline.temporal.dated_saying import quoted_then_told, quoted_yesterday, saying_day, weekday_from_saying
from timeline.temporal.eventunits import PARTS, each_event, event_offset, offset_from_event
from timeline.temporal.fragments import DAY, DEICTIC, MONTH, TZ, WEEKDAY
from timeline.temporal.messages import opening_midnight
from timeline.temporal.nights import night_ahead, night_past
from timeline.temporal.normalize import Norm
from timeline.temporal.quoted_days import days_back_of_saying
from timeline.temporal.rules import HANDLERS, Groups, clock_text, handles
from timeline.temporal.saying import SAYING_OR_KNOWING
from timeline.temporal.schedule import scheduled_on
from timeline.temporal.sets import in_recurring_frame, paired_plural_part
from timeline.temporal.storyday import bc_story_norm, this_day_in_story
from timeline.temporal.tensewords import PAST_WORDS
from timeline.temporal.values import Point, fmt, shift
from timeline.temporal.weekspans import in_range, span_end
from timeline.temporal.weektail import week_after_list
from timeline.temporal.wordsense import overnight_happening
from timeline.temporal.zones import day_after_local, day_before_conversion

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
        # News annotation (TimeBank, AQUAINT) types "Friday night" as a DATE with a part-of-day value.
        return Norm("DATE", nz.part_value(point, g["part"]), anchor=anchor)
    value = fmt(point) if point else f"XXXX-WXX-{weekday}"
    return Norm("DATE", value, mod=nz.mod_of(g.get("mod")), anchor=anchor)


def _said_days_back(ctx: Context) -> int:
    """Return how many days before the document date a quotation holding the expression was said."""
    return days_back_of_saying(ctx.text, ctx.start, ctx.dct.isoweekday()) if ctx.dct else 0


@handles("deictic")
def _deictic(g: Groups, ctx: Context) -> Norm | None:
    word = " ".join(g["dd"].lower().split())
    if word == "this day" and not (g.get("part") or g.get("more")) and (told := this_day_in_story(ctx)):
        return told  # "He called this day the black day of the army", in a narrative: the story's day
    base, anchor = ctx.now()
    if word == "today" and not g.get("part") and not g.get("more") and (said := quoted_yesterday(ctx)):
        base, anchor = Point(said, "day"), "ref"  # "'Today we controlled the game,' the coach said"
    elif anchor == "dct" and ctx.dct and (back := _said_days_back(ctx)):
        base, anchor = shift(base, "day", -back), "ref"  # '"... tomorrow," he said yesterday': from then
    point = shift(base, "day", nz.deictic_offset(word) or 0, gran="day") if base else None
    more = (g.get("more") or "").lower()
    if more.startswith("mid"):
        # "mid-afternoon yesterday": the middle of that part of the day
        part = more.removeprefix("mid").lstrip("-")
        return Norm("TIME", nz.part_value(point, part), mod="MID", anchor=anchor)
    if word in ("tonight", "tonite", "2nite") or g.get("part"):
        return Norm("TIME", nz.part_value(point, g.get("part") or "night"), anchor=anchor)
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
        if base is not None and anchor == "dct" and (back := _said_days_back(ctx)):
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
            # "on the afternoon of the battle", in 479 BC; after "June 479 BC", BC0479-06-XXTAF
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
                # "from 10 p.m. Friday to 5 a.m. Monday": the end of a span comes after its start
                days = (weekday - ref.day.isoweekday()) % 7 or 7
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

# The day after a bracketed conversion, "local time" (outside the extent) or the end of a span of clock times
# is the first's: "10:35 a.m. (0735 GMT) Friday", "3 a.m. local time Sunday", "8:00am to 8:00pm Monday",
# "between 9 a.m. and noon on Tuesday", "from 9 a.m. to 5 p.m. on March 3".
_DAY_AFTER_ASIDE = re.compile(
    rf"(?:\s*\([^()\n]{{1,24}}\)|\)|\s+local\s+time|\s*(?:-|–|to|until|till|and)\s*(?:noon|midday|midnight"
    rf"|\d{{1,2}}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\b\.?)?(?:\s+(?:{TZ})\b)?))\s*,?\s*(?:on\s+)?"
    rf"(?:(?P<day>{WEEKDAY}|{DEICTIC})|(?P<mon>{MONTH})\.?\s*(?P<md>{DAY}))(?![\w])",
    re.IGNORECASE,
)


def _day_tail(g: Groups, ctx: Context) -> tuple[str, str | None]:
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
            return "XXXX-XX-XX", None  # "at 6 a.m. ten days before the shooting": a day counted from an event
        if in_wider_span(ctx.text, ctx.end):
            return "XXXX-XX-XX", None  # "at 3 p.m. next weekend": some day of that weekend, not today
    return _day_of(g.get("day"), ctx)


def _clock_on_day(clock: str | None, g: Groups, ctx: Context) -> Norm | None:
    """Return a clock time on the day it falls on (its tail, else the text's day), or None without a clock."""
    if clock is None:
        return None
    day, anchor = _day_tail(g, ctx)
    today = ctx.dct is not None and day == ctx.dct.isoformat()
    if today and anchor == "dct" and not g.get("day") and day_before_conversion(clock, ctx.text, ctx.end):
        day = (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()  # "11pm local time (5am AEDT)"
    elif anchor == "ref" and not g.get("day") and day_after_local(clock, ctx.text, ctx.start, ctx.end):
        day = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()  # its "(5am AEDT)": a day on
    return Norm("TIME", f"{day}T{clock}", mod=nz.approximate(ctx), anchor=anchor)


@handles("clock")
def _clock_rule(g: Groups, ctx: Context) -> Norm | None:
    return _clock_on_day(clock_text(g), g, ctx)


@handles("clockfirst")
def _clock_first(g: Groups, ctx: Context) -> Norm | None:
    """Give the first clock time of "7-9pm" the a.m./p.m. of the second ("11-2pm": 11 a.m.)."""
    ampm = g["ampm2"].lower()
    if int(g["H"]) % 12 > int(g["H2"]) % 12:
        ampm = "am" if ampm.startswith("p") else "pm"
    return _clock_on_day(clock_text({"H": g["H"], "M": g.get("M") or "", "ampm": ampm}), {}, ctx)


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
    return _clock_on_day(clock_text(g), g, ctx)


@handles("noon")
def _noon(g: Groups, ctx: Context) -> Norm | None:
    bare = not (g.get("day") or g.get("mon") or g.get("dmon") or g.get("tz"))
    if bare and ctx.dct and g["part"].lower() == "midnight" and opening_midnight(ctx.text, ctx.start):
        return Norm("TIME", f"{ctx.dct.isoformat()}T00:00", anchor="dct")  # "Midnight, scary movie"
    day, anchor = _day_tail(g, ctx)
    return Norm("TIME", f"{day}T{nz.part_code(g['part'])}", anchor=anchor)
