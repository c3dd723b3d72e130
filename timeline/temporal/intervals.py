"""Turn a TIMEX3 date value into the inclusive day interval it covers, keeping its granularity.

"2017" covers 2017-01-01..2017-12-31 at year granularity; it is never presented as a day.
A `mod` narrows the interval: START takes the first third, MID the middle third, END the last third.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from timeline.models import Granularity

# value shape -> granularity, with an example beside each.
_SHAPES: list[tuple[str, Granularity]] = [
    (r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})T(?P<time>.+)", "time"),  # 2013-03-22T14:00, ...TEV
    (r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})", "day"),  # 2025-10-25
    (r"(?P<year>\d{4})-W(?P<week>\d{2})(?P<weekend>-WE)?", "week"),  # 2025-W43; 2025-W43-WE: its Sat-Sun
    (r"(?P<year>\d{4})-(?P<month>\d{2})", "month"),  # 2017-10
    (r"(?P<year>\d{4})-Q(?P<quarter>[1-4])", "quarter"),  # 2013-Q1
    (r"(?P<year>\d{4})-H(?P<half>[12])", "half"),  # 2013-H2
    (r"(?P<year>\d{4})-(?P<season>SP|SU|FA|WI)", "season"),  # 2013-SU
    (r"(?P<year>\d{4})", "year"),  # 2017
    (r"(?P<decade>\d{3})", "decade"),  # 199 (the 1990s)
    (r"(?P<century>\d{2})", "century"),  # 19 (the 1900s)
    (r"(?P<millennium>\d)", "millennium"),  # 2 (the 2000s)
]
_COMPILED = [(re.compile(pattern + r"\Z"), granularity) for pattern, granularity in _SHAPES]

# Meteorological seasons (northern hemisphere); winter runs into the next year.
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _month_end(year: int, month: int) -> dt.date:
    while month > 12:
        year, month = year + 1, month - 12
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _bounds(match: re.Match[str], granularity: Granularity) -> tuple[dt.date, dt.date]:
    parts = match.groupdict()
    if granularity in ("time", "day"):
        day = dt.date(int(parts["year"]), int(parts["month"]), int(parts["day"]))
        return day, day
    if granularity == "week":
        monday = dt.date.fromisocalendar(int(parts["year"]), int(parts["week"]), 1)
        if parts["weekend"]:  # a weekend covers its Saturday and Sunday, not the whole week
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    if granularity == "month":
        year, month = int(parts["year"]), int(parts["month"])
        return dt.date(year, month, 1), _month_end(year, month)
    year = int(parts["year"]) if parts.get("year") else 0
    if granularity == "quarter":
        first = 3 * (int(parts["quarter"]) - 1) + 1
        return dt.date(year, first, 1), _month_end(year, first + 2)
    if granularity == "half":
        first = 6 * (int(parts["half"]) - 1) + 1
        return dt.date(year, first, 1), _month_end(year, first + 5)
    if granularity == "season":
        first, last = _SEASONS[parts["season"]]
        return dt.date(year, first, 1), _month_end(year, last)
    if granularity == "year":
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if granularity == "decade":
        first_year = int(parts["decade"]) * 10
        return dt.date(max(first_year, 1), 1, 1), dt.date(first_year + 9, 12, 31)
    if granularity == "century":
        first_year = int(parts["century"]) * 100
        return dt.date(max(first_year, 1), 1, 1), dt.date(first_year + 99, 12, 31)
    first_year = int(parts["millennium"]) * 1000
    return dt.date(max(first_year, 1), 1, 1), dt.date(first_year + 999, 12, 31)


def _narrow(start: dt.date, end: dt.date, mod: str | None) -> tuple[dt.date, dt.date]:
    """Narrow an interval to the third a mod such as START ("early 2019") names.

    Intervals of whole months are cut in whole months (early 2019 is January to April);
    shorter ones in days (early October 2025 is 1 to 10 October).
    """
    if mod not in ("START", "MID", "END"):
        return start, end
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if start.day == 1 and end == _month_end(end.year, end.month) and months >= 3:
        third = months // 3
        first_month = start.month + {"START": 0, "MID": third, "END": months - third}[mod]
        last_month = first_month + (third if mod != "MID" else months - 2 * third) - 1
        year = start.year + (first_month - 1) // 12
        first = dt.date(year, (first_month - 1) % 12 + 1, 1)
        return first, _month_end(start.year, last_month)
    days = (end - start).days + 1
    if days < 3:
        return start, end
    third = days // 3
    if mod == "START":
        return start, start + dt.timedelta(days=third - 1)
    if mod == "MID":
        return start + dt.timedelta(days=third), end - dt.timedelta(days=third)
    return end - dt.timedelta(days=third - 1), end


def parse_value(value: str) -> tuple[dt.date, dt.date, Granularity] | None:
    """Return (first day, last day, granularity) of a concrete TIMEX3 date value, or None.

    Values with unknown parts (XXXX-10), references (PRESENT_REF) and durations have no interval.
    """
    for pattern, granularity in _COMPILED:
        match = pattern.match(value)
        if match:
            try:
                start, end = _bounds(match, granularity)
            except ValueError:
                return None
            return start, end, granularity
    return None


def interval(value: str, mod: str | None = None) -> tuple[dt.date, dt.date, Granularity] | None:
    """Return the inclusive day interval of a TIMEX3 value, narrowed by `mod`, or None if not concrete."""
    parsed = parse_value(value)
    if parsed is None:
        return None
    start, end, granularity = parsed
    start, end = _narrow(start, end, mod)
    return start, end, granularity


_CLOCK = re.compile(r"T(?P<clock>\d{2}:\d{2})")


def clock_of(value: str) -> str | None:
    """Return the hour and minute a time value names ("2025-10-25T14:30" -> "14:30"), else None ("...TMO")."""
    found = _CLOCK.search(value)
    return found["clock"] if found else None
