"""One handler per rule of patterns.RULES: named groups + Context -> Norm (or None to drop the match).

Here the registry (HANDLERS, handles) and the handlers of dates written in digits: "2024-03-05", "3/5/2024",
"5.3.2024", "on the 15th", "19980303", "480 BC", "fiscal 2006-07", "1994". Dates that name a month or a
holiday are named_dates.py's; the other kinds of expression register their handlers from their own modules
(days.py, relative.py...).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from timeline.temporal import normalize as nz
from timeline.temporal import vocab
from timeline.temporal.anchor import Context
from timeline.temporal.circa import approximate_year
from timeline.temporal.normalize import Norm
from timeline.temporal.values import valid_day

Groups = dict[str, str]
_LATE_PARTS = ("afternoon", "evening", "night")
HANDLERS: dict[str, Callable[[Groups, Context], Norm | None]] = {}


def handles(name: str):
    """Register the decorated function as the handler of rule `name`."""

    def register(function):
        HANDLERS[name] = function
        return function

    return register


def clock_text(g: Groups) -> str | None:
    """Return the hh:mm(:ss) of a clock time's groups (H, M, ampm...), or None if it cannot be."""
    hour = int(g.get("H") or g.get("H3") or g["H4"])
    minute = int(g.get("M") or g.get("M3") or g.get("M4") or 0)
    ampm = (g.get("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    elif not ampm and not g.get("oclock") and hour < 12 and g.get("tpart", "").lower() in _LATE_PARTS:
        hour += 12  # "7:30 tomorrow evening", "this afternoon at about 4:15"
    if hour > 24 or minute > 59:
        return None
    text = f"{hour:02d}:{minute:02d}"
    if g.get("S"):
        text += ":" + g["S"]
    return text


@handles("iso")
def _iso(g: Groups, ctx: Context) -> Norm | None:
    year, month, day = nz._year(g["y"], ctx), int(g["m"]), int(g["d"])
    if not valid_day(year, month, day):
        return None
    return _day_or_time(f"{year:04d}-{month:02d}-{day:02d}", g)


def _day_or_time(value: str, g: Groups) -> Norm:
    """Return a numeric date as a DATE, or as a TIME when a clock time follows it ("2013-03-22 14:00")."""
    if g.get("H"):
        return Norm("TIME", value + "T" + (clock_text(g) or "00:00"))
    return Norm("DATE", value)


_DAY_FIRST_ZONE = re.compile("|".join(zones for zones, _ in vocab.DAY_FIRST_ZONES), re.IGNORECASE)


@handles("slash")
def _slash(g: Groups, ctx: Context) -> Norm | None:
    month, day = int(g["a"]), int(g["b"])
    year = nz._year(g["y"], ctx)
    if g.get("tz") and _DAY_FIRST_ZONE.fullmatch(g["tz"]) and valid_day(year, day, month):
        month, day = day, month  # "12/03/2024 14:05 GMT": a European stamp, day first
    elif not valid_day(year, month, day):
        month, day = day, month  # day/month/year, as written outside the US
        if not valid_day(year, month, day):
            return None
    return _day_or_time(f"{year:04d}-{month:02d}-{day:02d}", g)


@handles("dotted")
def _dotted(g: Groups, ctx: Context) -> Norm | None:
    # Dots separate day.month.year, as written in Europe: "25.10.2025", "27.03.15".
    if g.get("yy"):
        year, month, day = nz._year(g["yy"], ctx), int(g["m2"]), int(g["d2"])
    else:
        year, month, day = int(g["y"]), int(g["m"]), int(g["d"])
    return Norm("DATE", f"{year:04d}-{month:02d}-{day:02d}") if valid_day(year, month, day) else None


@handles("nth")
def _nth(g: Groups, ctx: Context) -> Norm | None:
    # "on the 15th": a day of the month the text is in (the last date it gave), else of the nearest month.
    day = int(g["day"])
    if ctx.ref is not None and ctx.ref.gran in ("day", "month"):
        base, anchor = ctx.ref.day, "ref"
    elif ctx.dct is not None:
        base, anchor = ctx.dct, "dct"
        tense = ctx.tense()
        if tense == "past" and day > base.day:
            base = (base.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        elif tense == "future" and day < base.day:
            base = (base.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    else:
        return Norm("DATE", f"XXXX-XX-{day:02d}")
    if not valid_day(base.year, base.month, day):
        return None
    return Norm("DATE", f"{base.year:04d}-{base.month:02d}-{day:02d}", anchor=anchor)


@handles("compact")
def _compact(g: Groups, ctx: Context) -> Norm | None:
    year, month, day = nz._year(g["y"], ctx), int(g["m"]), int(g["d"])
    return Norm("DATE", f"{year:04d}-{month:02d}-{day:02d}") if valid_day(year, month, day) else None


@handles("era")
def _era(g: Groups, ctx: Context) -> Norm | None:
    if g.get("n3"):
        return Norm("DATE", f"BC{int(g['n3']):04d}")
    number, era = (g.get("n"), g.get("era")) if g.get("n") else (g.get("n2"), g.get("era2"))
    if not number or not era:
        return None
    year = int(number)
    if era.upper().startswith("B"):
        return Norm("DATE", f"BC{year:04d}", mod="APPROX" if g.get("circa") else None)
    return Norm("DATE", f"{year:04d}", mod="APPROX" if g.get("circa") else None)


@handles("fiscal")
def _fiscal(g: Groups, ctx: Context) -> Norm | None:
    # "fiscal 2006-07", "FY2006/07": the first year, as TimeML annotators write it
    year = nz._year(g["y"], ctx)
    last = year + 1 if g.get("y2") and int(g["y2"]) == (year + 1) % 100 else None
    return Norm("DATE", f"{year:04d}", mod=nz.mod_of(g.get("mod")), end_value=f"{last:04d}" if last else None)


@handles("year")
def _year(g: Groups, ctx: Context) -> Norm | None:
    year = nz._year(g["y"], ctx)
    if not year:
        return None
    if g.get("n"):
        return Norm("DATE", f"BC{year:04d}", mod=nz.mod_of(g.get("mod")))
    mod = nz.mod_of(g.get("mod")) or approximate_year(ctx.text, ctx.start)  # "circa 1850"
    if g.get("open"):  # "1994 or later", "1990 and beyond", "2001 or earlier"
        later = g["open"].split()[-1].lower() in ("later", "beyond", "after")
        mod = "ON_OR_AFTER" if later else "ON_OR_BEFORE"
    return Norm("DATE", f"{year:04d}", mod=mod)
