"""Calendar arithmetic on TIMEX3 values: a date at a granularity, shifted and written back.

A `Point` is a day plus the granularity it stands for: Point(1989-07-01, "quarter") is 1989-Q3.
Shifting keeps the granularity, so "a year earlier" than 1989-Q3 is 1988-Q3.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

from timeline.temporal.intervals import interval

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_PLAIN_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class Point(NamedTuple):
    """A calendar day standing for the period of `gran` that contains it."""

    day: dt.date
    gran: str  # day, week, weekend, month, quarter, half, season, year, decade, century, millennium


def parse(value: str) -> Point | None:
    """Return the Point a concrete TIMEX3 date value stands for (None for references, X values...)."""
    if _PLAIN_DAY.match(value):
        try:
            return Point(dt.date.fromisoformat(value[:10]), "day")
        except ValueError:
            return None
    try:
        bounds = interval(value)
    except (ValueError, OverflowError):
        return None  # a week or season at the edge of the calendar (year 9999)
    if bounds is None:
        return None
    start, _end, gran = bounds
    if gran == "week" and value.endswith("-WE"):
        gran = "weekend"
    if gran == "time":
        gran = "day"
    return Point(start, gran)


def fmt(point: Point) -> str:
    """Write a Point as a TIMEX3 value at its granularity."""
    day, gran = point
    if gran == "day":
        return day.isoformat()
    if gran in ("week", "weekend"):
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if gran == "weekend" else "")
    if gran == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if gran == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if gran == "half":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if gran == "season":
        code = {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU", 9: "FA", 10: "FA", 11: "FA"}.get(
            day.month, "WI"
        )
        year = day.year - 1 if day.month < 3 else day.year
        return f"{year:04d}-{code}"
    if gran == "decade":
        return f"{day.year // 10:03d}"
    if gran == "century":
        return f"{day.year // 100:02d}"
    if gran == "millennium":
        return f"{day.year // 1000}"
    return f"{day.year:04d}"


FINENESS = ["day", "week", "weekend", "month", "quarter", "season", "half", "year", "decade", "century",
             "millennium"]


def fmt_within(point: Point, known: str) -> str:
    """Write a Point whose reference was only known to `known` granularity, unknown parts as X.

    "That same day" after "in 1914" is some day of 1914: 1914-XX-XX, not 1914-01-01.
    """
    if point.gran not in FINENESS or known not in FINENESS:
        return fmt(point)
    if FINENESS.index(point.gran) >= FINENESS.index(known) or known in ("decade", "century", "millennium"):
        return fmt(point)
    year, month = point.day.year, point.day.month
    if point.gran == "day":
        return f"{year:04d}-{month:02d}-XX" if known == "month" else f"{year:04d}-XX-XX"
    if point.gran in ("week", "weekend"):
        return f"{year:04d}-WXX" + ("-WE" if point.gran == "weekend" else "")
    if point.gran == "month":
        return f"{year:04d}-XX"
    if point.gran == "quarter":
        return f"{year:04d}-QX"
    return fmt(point)


def add_months(day: dt.date, months: int) -> dt.date:
    """Return `day` moved by a number of months, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    year = min(max(year, 1), 9999)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


_MONTHS_PER = {
    "month": 1,
    "quarter": 3,
    "half": 6,
    "season": 3,
    "year": 12,
    "decade": 120,
    "century": 1200,
    "millennium": 12000,
}


def shift(point: Point, unit: str, count: int, *, gran: str | None = None) -> Point:
    """Move a Point by `count` units (day, week, month, quarter, year...), then view it at `gran`."""
    day = point.day
    try:
        if unit in ("day",):
            day = day + dt.timedelta(days=count)
        elif unit in ("week", "weekend"):
            day = day + dt.timedelta(weeks=count)
        else:
            day = add_months(day, _MONTHS_PER.get(unit, 12) * count)
    except OverflowError:
        pass
    return Point(day, gran or point.gran)


def weekday_near(ref: dt.date, weekday: int, direction: str) -> dt.date:
    """Return the day with ISO `weekday` nearest `ref`: on or before (past), on or after (future)."""
    delta = weekday - ref.isoweekday()
    if direction == "past":
        return ref + dt.timedelta(days=delta if delta <= 0 else delta - 7)
    if direction == "future":
        return ref + dt.timedelta(days=delta if delta >= 0 else delta + 7)
    return ref + dt.timedelta(days=delta)  # same ISO week


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """Return the n-th (n=-1: last) ISO weekday of a month, e.g. Thanksgiving = 4th Thursday of November."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> dt.date:
    """Return Easter Sunday of `year` (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month = (h + leap - 7 * m + 114) // 31
    return dt.date(year, month, (h + leap - 7 * m + 114) % 31 + 1)


def valid_day(year: int, month: int, day: int) -> bool:
    """Say whether year-month-day exists."""
    return (
        1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1] if 1 <= year <= 9999 else False
    )


TIMEX_VALUE = re.compile(
    r"(?:BC)?(?:\d{1,4}|X{4})(?:-(?:\d\d|XX)(?:-(?:\d\d|XX))?(?:T(?:\d\d(?::\d\d(?::\d\d)?)?|XX|MO|AF|EV|NI|DT))?"
    r"|-W(?:\d\d|XX)(?:-(?:\d(?:T(?:MO|AF|EV|NI))?|WE))?|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI))?"
    r"|XXXX-XX-XXT(?:\d\d:\d\d|MO|AF|EV|NI)|T\d\d:\d\d"
    r"|P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|DE|CE|ML|WE|H))*(?:T(?:(?:\d+(?:\.\d+)?|X)(?:H|M|S))+)?"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|PXX"  # a stretch of unknown length and unit ("for a while"), as TimeBank writes it
)


def well_formed(value: str) -> bool:
    """Say whether `value` is a TIMEX3 value this tagger may produce."""
    return value not in ("P", "PT") and TIMEX_VALUE.fullmatch(value) is not None
