"""Handlers for the phrasings round 5 added: "the early hours of Sunday", "dawn on Monday", "the
July-September quarter", "the first of next month" and the end of a range of days ("Oct. 3-5").

Registered in `rules.HANDLERS` on import, like days.py. Each handler's phrasings are rows of
patterns.RULES; the tables below give the values of their words, an example on every row.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.temporal import normalize as nz
from timeline.temporal.anchor import Context
from timeline.temporal.clocktimes import clock_on_day, day_tail
from timeline.temporal.normalize import Norm
from timeline.temporal.resolve import story_year
from timeline.temporal.rules import HANDLERS, Groups, handles
from timeline.temporal.values import Point, fmt, nth_weekday, shift, valid_day

# The moments around sunrise and sunset, as the part of the day they open: (word, TIMEX3 code, example).
DAY_EDGES: list[tuple[str, str, str]] = [
    ("dawn|daybreak|sunrise|first light", "MO", "at dawn on Monday"),
    ("dusk|sunset|nightfall", "EV", "at dusk on Friday"),
    ("the early hours|the small hours|the wee hours|small hours|wee hours", "MO", "the wee hours of Sunday"),
    (
        "pre-dawn|predawn|pre-dawn hours|predawn hours|the pre-dawn hours|the predawn hours",
        "MO",
        "in the pre-dawn hours of Sunday",
    ),
]
_EDGE_CODE = {word: code for words, code, _ in DAY_EDGES for word in words.split("|")}

# Months that open and close a quarter or a half: "the July-September quarter" is Q3.
_SPANS = {("quarter", first, first + 2): f"Q{first // 3 + 1}" for first in (1, 4, 7, 10)} | {
    ("half", 1, 6): "H1",
    ("half", 7, 12): "H2",
}


# "Monday at dawn", "on Oct. 5, at dusk": the edge of the day just named.
_AT_AFTER_DAY = re.compile(r",?\s+(?:at|before|after|around|by)\s+")


@handles("dayedge")
def _day_edge(g: Groups, ctx: Context) -> Norm | None:
    """Give "dawn on Monday", "the early hours of Sunday" the start of that day's morning or evening."""
    edge = " ".join(g["edge"].lower().split())
    named = g.get("mon") or g.get("dmon") or g.get("day")
    after_day = (
        ctx.prev_end is not None
        and ctx.ref is not None
        and ctx.ref.gran == "day"
        and _AT_AFTER_DAY.fullmatch(ctx.text, ctx.prev_end, ctx.start) is not None
    )
    if not named and not after_day and not edge.startswith("the"):
        return None  # a bare "at dawn" names no day: left out, as before
    day, anchor = day_tail(g, ctx)
    return Norm("TIME", f"{day}T{_EDGE_CODE[edge]}", mod="START", anchor=anchor)


@handles("monthspan")
def _month_span(g: Groups, ctx: Context) -> Norm | None:
    """Give "the July-September quarter" the quarter (or half) its two months open and close."""
    first, last = nz.month_number(g["m1"]), nz.month_number(g["m2"])
    unit = g["unit"].lower()
    code = (
        _SPANS.get((unit, first, last))
        or unit == "period"
        and (_SPANS.get(("quarter", first, last)) or _SPANS.get(("half", first, last)))
    )
    if code is None:
        return None
    month = HANDLERS["month"]({"mon": g["m2"], **({"y": g["y"]} if g.get("y") else {})}, ctx)
    if month is None or not month.value[:4].isdigit():
        return Norm("DATE", f"XXXX-{code}")
    return Norm("DATE", f"{month.value[:4]}-{code}", anchor=month.anchor)


@handles("monthquarter")
def _month_quarter(g: Groups, ctx: Context) -> Norm | None:
    """Give "the September quarter" the quarter its month closes: the nearest one, the past one on a tie.

    Figures are told for a quarter just ended as often as for one to come, whatever the verb ("the
    national accounts for the September quarter will be released", written in December, are 2001-Q3), as
    for "the three months to September" (resolve._PERIOD_TO).
    """
    last = nz.month_number(g["m2"])
    if last is None or last % 3:
        return None  # "the May quarter" closes no quarter
    code = f"Q{last // 3}"
    story = ctx.story()
    if g.get("y"):
        year, anchor = nz._year(g["y"], ctx), None
    elif story is not None:
        year, anchor = story_year(last, story), "ref"
    elif ctx.dct is not None:
        here = ctx.dct.year * 12 + ctx.dct.month
        year = min((ctx.dct.year + step for step in (-1, 0, 1)), key=lambda y: (abs(y * 12 + last - here), y))
        anchor = "dct"
    else:
        return Norm("DATE", f"XXXX-{code}")
    return Norm("DATE", f"{year}-{code}", anchor=anchor)


@handles("nthof")
def _nth_of(g: Groups, ctx: Context) -> Norm | None:
    """Give "the first of next month", "the fifth of November" their day."""
    day = nz.ordinal(g["ord"]) or int("".join(c for c in g["ord"] if c.isdigit()) or 0)
    if g.get("mon"):
        return HANDLERS["mdy"](
            {"mon": g["mon"], "day": str(day), **({"y": g["y"]} if g.get("y") else {})}, ctx
        )
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-XX-{day:02d}")
    step = {"next": 1, "last": -1}.get(g["rel"].lower(), 0)
    index = ctx.dct.year * 12 + ctx.dct.month - 1 + step
    year, month = divmod(index, 12)
    if not valid_day(year, month + 1, day):
        return None
    return Norm("DATE", dt.date(year, month + 1, day).isoformat(), anchor="dct")


# "Oct. 3-5", "March 3 to 5": the last day of a range written after its first date.
_RANGE_GAP = re.compile(r"\s*(?:-|–|to|through|thru)\s*")
_ENDS_WITH_DAY = re.compile(r"\d(?:st|nd|rd|th)?\Z")
# "April 24 and 25", "March 3, 4 and 5": a list of days; the number must end the list or the phrase
# ("on May 5 and 6 soldiers died" counts soldiers), and after a comma the list must go on.
_LIST_GAP = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_LIST_GOES_ON = re.compile(r",?\s*(?:and|or)\s+\d|,\s*\d")
_LIST_ENDS = re.compile(
    r"\s*(?:[.;:!?)\]\"”]|,(?!\s*\d)|$)|\s+(?:at|in|on|for|with|when|after|before|but|as|from|during|while"
    r"|respectively|this|next|last|and|or)\b"
)


@handles("dayafter")
def _day_after(g: Groups, ctx: Context) -> Norm | None:
    """Give the bare day that closes a range ("5" of "Oct. 3-5") the month and year of its first date.

    The tagger gives it the first date's anchor too: it is placed as that date is.
    """
    ref = ctx.ref
    if (
        ref is None
        or ref.gran != "day"
        or ctx.prev_end is None
        or not _ENDS_WITH_DAY.search(ctx.text, max(0, ctx.prev_end - 6), ctx.prev_end)
    ):
        return None
    gap = ctx.text[ctx.prev_end : ctx.start]
    comma_only = "," in gap and "and" not in gap
    if not _RANGE_GAP.fullmatch(gap) and not (
        _LIST_GAP.fullmatch(gap)
        and (_LIST_GOES_ON.match(ctx.text, ctx.end) or not comma_only and _LIST_ENDS.match(ctx.text, ctx.end))
    ):
        return None
    day = int("".join(c for c in g["day"] if c.isdigit()))
    year = int(g["y"]) if g.get("y") else ref.day.year
    if day <= ref.day.day or not valid_day(year, ref.day.month, day):
        return None
    return Norm("DATE", dt.date(year, ref.day.month, day).isoformat(), anchor=None)


@handles("clockh")
def _clock_h(g: Groups, ctx: Context) -> Norm | None:
    """Give "14h30", "9h" their time on the day they fall on."""
    return clock_on_day(f"{int(g['H']):02d}:{int(g.get('M') or 0):02d}", g, ctx)


def _hour_of(g: Groups) -> int:
    """Return the hour of "4", "five", moved by its part of the day ("in the afternoon", "at night")."""
    hour = int(g["H"]) if g["H"].isdigit() else int(nz.number(g["H"]) or 0)
    part = (g.get("dpart") or ("night" if g.get("night") else "")).lower()
    if not part:
        return hour
    if part == "morning" or part == "night" and (hour < 5 or hour == 12):
        return hour % 12  # "12 in the morning", "2 at night", "12 at night": the small hours
    return hour % 12 + 12


@handles("clockpart")
def _clock_part(g: Groups, ctx: Context) -> Norm | None:
    """Give "4 in the morning", "five in the afternoon", "11 at night" their time on the day they fall on."""
    return clock_on_day(f"{_hour_of(g):02d}:{int(g.get('M') or 0):02d}", g, ctx)


@handles("clockoclock")
def _clock_oclock(g: Groups, ctx: Context) -> Norm | None:
    """Give "one o'clock Wednesday morning", "ten o'clock tonight" their time on the day they fall on."""
    part = "night" if (g.get("day") or "").lower() == "tonight" else (g.get("tpart") or "").lower()
    hour = _hour_of({"H": g["H"], "dpart": part if part != "night" else "", "night": part == "night"})
    return clock_on_day(f"{hour:02d}:00", g, ctx)


_MINUTE_WORDS = {"half": 30, "quarter": 15, "a quarter": 15}


@handles("clockwords")
def _clock_words(g: Groups, ctx: Context) -> Norm | None:
    """Give "half past six", "a quarter to nine", "ten past eleven at night" their time of day."""
    words = " ".join(g["min"].lower().split())
    minutes = _MINUTE_WORDS.get(words) or int(nz.number(words) or 0)
    if not 0 < minutes < 60:
        return None
    hour = _hour_of(g)
    if g["dir"].lower() == "to":
        hour, minutes = (hour - 1) % 24, 60 - minutes
    return clock_on_day(f"{hour:02d}:{minutes:02d}", g, ctx)


@handles("beforelast")
def _before_last(g: Groups, ctx: Context) -> Norm | None:
    """Give "the week before last", "the year after next" the unit two steps from the document date, and "the
    Friday after next" the Friday after the coming one."""
    if ctx.dct is None:
        return None
    unit = g["unit"].lower()
    step = -2 if g["which"].lower().startswith("before") else 2
    if (weekday := nz.weekday_number(unit)) is not None:
        gap = ((weekday - ctx.dct.isoweekday()) * (step // 2)) % 7 or 7
        return Norm("DATE", (ctx.dct + dt.timedelta(days=step // 2 * (gap + 7))).isoformat(), anchor="dct")
    point = shift(Point(ctx.dct, unit), "week" if unit == "weekend" else unit, step)
    return Norm("DATE", fmt(point), anchor="dct")


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


@handles("nthweekday")
def _nth_weekday(g: Groups, ctx: Context) -> Norm | None:
    """Give "the first Sunday of March", "the last Friday in June 2024" their day."""
    month = HANDLERS["month"]({"mon": g["mon"], **({"y": g["y"]} if g.get("y") else {})}, ctx)
    weekday = nz.weekday_number(g["wd"])
    if month is None or weekday is None or not month.value[:4].isdigit():
        return None
    day = nth_weekday(int(month.value[:4]), int(month.value[5:7]), weekday, _NTH[g["ord"].lower()])
    return Norm("DATE", day.isoformat(), anchor=month.anchor)
