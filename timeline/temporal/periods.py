"""Value periods: weeks of a month, decades, centuries, year ranges, days of an episode or season.

Quarters and halves of a year are quarters.py's.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.temporal import normalize as nz
from timeline.temporal.anchor import Context
from timeline.temporal.begun import not_begun, unplaced
from timeline.temporal.normalize import Norm
from timeline.temporal.ordinal_days import sibling_day
from timeline.temporal.rules import HANDLERS, Groups, handles
from timeline.temporal.values import Point, fmt, fmt_within, parse


@handles("centuryand")  # "the late 19th (and early 20th centuries)"
@handles("centuries")  # "(the late 19th and) early 20th centuries"
@handles("century")
def _century(g: Groups, ctx: Context) -> Norm | None:
    index = nz.ordinal(g["ord"])
    if index is None:
        return None
    prefix = "BC" if g.get("bc") else ""
    return Norm("DATE", f"{prefix}{index - 1:02d}", mod=nz.mod_of(g.get("mod")))


@handles("decade")
def _decade(g: Groups, ctx: Context) -> Norm | None:
    digits = g.get("dec") or g.get("dec2") or ""
    if len(digits) == 2:
        century = 19 if int(digits) > 20 else 20
        digits = f"{century}{digits}"
    if len(digits) == 3:
        return None
    return Norm("DATE", digits[:3], mod=nz.mod_of(g.get("mod")))


@handles("decadew")
def _decade_word(g: Groups, ctx: Context) -> Norm | None:
    digit = nz.decade_word(g["dw"])
    return Norm("DATE", f"19{digit}", mod=nz.mod_of(g.get("mod"))) if digit else None


@handles("yspan")
def _year_span(g: Groups, ctx: Context) -> Norm | None:
    """Give "the 2006/07 financial year" its first year, as TimeML annotators do, and its last year."""
    first = int(g["y"])
    return Norm("DATE", f"{first:04d}", mod=nz.mod_of(g.get("mod")), end_value=f"{first + 1:04d}")


@handles("fyear")
def _fiscal_year(g: Groups, ctx: Context) -> Norm | None:
    """Give "the fiscal year 1987/88" its first year (and its last), "the 2024 fiscal year" its year."""
    first = int(g.get("y") or g["yb"])
    if not g.get("y2"):
        return Norm("DATE", f"{first:04d}")
    last = int(g["y2"]) if len(g["y2"]) == 4 else first // 100 * 100 + int(g["y2"])
    last += 100 if last < first else 0  # "1999/00"
    return Norm("DATE", f"{first:04d}", end_value=f"{last:04d}" if last > first else None)


@handles("yy")
def _two_digit_year(g: Groups, ctx: Context) -> Norm | None:
    """Read the "16" of "1915-16" as 1916, in the century of the year before the dash."""
    first = ctx.text[max(0, ctx.start - 5) : ctx.start - 1]
    if not first.isdigit():
        return None
    year = int(first[:2] + g["yy"])
    return Norm("DATE", f"{year:04d}") if year > int(first) else None


@handles("weekof")
def _week_of(g: Groups, ctx: Context) -> Norm | None:
    parts = {"mon": g.get("mon") or g["dmon"], "day": g.get("day") or g["dd"]}
    if g.get("y"):
        parts["y"] = g["y"]
    date = HANDLERS["mdy"](parts, ctx)
    point = parse(date.value) if date else None
    if point is None or point.gran != "day":
        return None
    gran = "weekend" if (g.get("unit") or "").lower() == "weekend" else "week"
    return Norm("DATE", fmt(Point(point.day, gran)), anchor=date.anchor)


@handles("weekofmonth")
def _week_of_month(g: Groups, ctx: Context) -> Norm | None:
    # "the last week of August", "the third week of February": the ISO week holding the middle day of the
    # month's seven days that the ordinal counts (the 4th, 11th, 18th, 25th; the last seven days' 4th from
    # the end), as the ISO year's first week is the one holding January 4: "the third week of February 1987"
    # (the 15th-21st, Sunday to Saturday) is 1987-W08, the week of the 16th-22nd.
    month = nz.month_number(g["mon"])
    if month is None:
        return None
    if g.get("y"):
        year, anchor = nz._year(g["y"], ctx), None
    else:
        year, anchor = nz.resolve_month(month, ctx)
    if year is None or year < 1:
        return Norm("DATE", "XXXX-WXX")
    which = g["ord"].lower()
    if which in ("last", "final"):
        day = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=4)).day
    else:
        day = 4 + 7 * ({"first": 1, "second": 2, "third": 3, "fourth": 4}[which] - 1)
    return Norm("DATE", fmt(Point(dt.date(year, month, day), "week")), anchor=anchor)


@handles("nthday")
def _nth_day(g: Groups, ctx: Context) -> Norm | None:
    """Date an ordinal day of an episode ("the second day of the talks") to the day the text is at.

    Which day the episode began is unknown; the date the text last gave (else the document date) is
    the best guess: "It is the second day of an offensive" is today.
    """
    mod = nz.mod_of(g.get("mod"))
    if ctx.story_bc() is not None:
        return Norm("DATE", "BCXXXX-XX-XX", mod=mod)  # a day of a story told in years BC
    base, anchor = ctx.base()
    if base is None:
        return Norm("DATE", "XXXX-XX-XX", mod=mod)
    if g.get("det") and (sibling := sibling_day(g["ord"], ctx)) is not None:
        return Norm("DATE", fmt(Point(sibling, "day")), mod=mod, anchor=anchor)  # "the second day, Saturday"
    news = ctx.dct is not None and ctx.story() is None
    if anchor == "ref" and base.gran != "day" and news and ctx.tense() != "future":
        # news: "a trip in 1999 that ended in deaths ... appeared in court on the first day of their trial"
        # is a day of the report's episode, not some day of 1999 (one still ahead stays unknown)
        base, anchor = Point(ctx.dct, "day"), "dct"
    ahead = _COUNTED_TO.search(ctx.text, max(0, ctx.start - 48), ctx.start)
    count = nz.number(ahead["n"]) if ahead else None
    if not ahead and not_begun(ctx, base, g.get("ord") or ""):
        return Norm("DATE", "XXXX-XX-XX", mod=mod)  # "pledged to do it on her first day as mayor if elected"
    if count and base.gran == "day" and not _OF_SEASON.match(ctx.text, ctx.end):
        # "speaking four days ahead of his final day in office": that day lies the count after the text's day
        step = int(count) * (7 if ahead["unit"].lower().startswith("week") else 1)
        return Norm("DATE", fmt(Point(base.day + dt.timedelta(days=step), "day")), mod=mod, anchor=anchor)
    if _OF_SEASON.match(ctx.text, ctx.end):
        # "since the opening day of the season": a season runs for months, so its first or last day is
        # seldom the day the text is at; only the year is known
        return Norm("DATE", f"{base.day.year:04d}-XX-XX", mod=mod, anchor=anchor)
    if news and unplaced(ctx, anchor, g.get("ord") or ""):
        return Norm("DATE", "XXXX-XX-XX", mod=mod)  # "the pitch cracked on the third day of the match"
    return Norm("DATE", fmt_within(Point(base.day, "day"), base.gran), mod=mod, anchor=anchor)


# A count of days or weeks before the ordinal day: "four days ahead of his final day", "two weeks before the
# first day of the trial".
_COUNTED_TO = re.compile(
    r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?)\s+"
    r"(?:ahead\s+of|before)\s+(?:(?:the|his|her|its|their|our)\s+)?\Z",
    re.IGNORECASE,
)
# "the final day of the season", "the first day of their campaign": a day of a months-long season.
_OF_SEASON = re.compile(
    r"\s+of\s+(?:the|this|that|its|their|his|her|our)\s+(?:[\w-]+\s+)?(?:season|campaign)\b", re.IGNORECASE
)


_SEASON_STEP = {"last": -1, "next": 1, "the next": 1, "the following": 1, "the coming": 1, "the previous": -1,
                "the past": -1}


@handles("yearseason")
def _year_season(g: Groups, ctx: Context) -> Norm | None:
    """Date a season with no calendar code ("last season", "the rainy season") by the year it falls in.

    TIMEX3 has codes only for the four seasons of the year; a sports or weather season is valued as
    its year, as "the 2008 season" is 2008: "this season" the document's year, "last season" the one
    before. A bare "the season" is too often a season of the year named before it to tag.
    """
    rel = " ".join((g.get("rel") or "").lower().split())
    mod = nz.mod_of(g.get("mod"))
    if rel in ("", "the", "that") and not (g.get("kind") or mod):
        return None
    if rel in ("this", "last", "next"):
        base, anchor = ctx.now()
    else:
        base, anchor = ctx.base()
    if base is None:
        return Norm("DATE", "XXXX", mod=mod)
    year = base.day.year + _SEASON_STEP.get(rel, 0)
    festive = _FESTIVE.match(g.get("kind") or "") and rel in ("", "the") and anchor == "dct"
    if festive and ctx.tense() == "past":
        # "stores were busy over the festive season" written before November: the December gone by
        year -= base.day.month < _FESTIVE_FROM
    return Norm("DATE", f"{year:04d}", mod=mod, anchor=anchor)


# The season of the year-end holidays, from late November (Thanksgiving) to New Year.
_FESTIVE = re.compile(r"holiday|festive", re.IGNORECASE)
_FESTIVE_FROM = 11


@handles("alllong")
def _all_long(g: Groups, ctx: Context) -> Norm | None:
    return Norm("DURATION", nz.duration_value(1, g.get("unit") or g["night"]))
