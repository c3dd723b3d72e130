"""A holiday with its date in apposition: "On Election Day, Nov. 5, polls open" names the year they agree in.

A holiday named without a year takes the year its verb's tense points to (named_dates._holiday); a date
written beside it settles the year when the holiday falls on that date in only one of the years around the
document date ("Election Day, Nov. 5" written in March 2024 is 2024's, not 2023's of Nov. 7), or when
the date carries its year ("Thanksgiving, Nov. 28, 2024").

A weekday the text sets beside a holiday kept by the moon's sighting names its day when the table's day is a
day or two off, since such a holiday is kept a day apart from one country to the next: "Eid al-Adha, which
falls on Saturday this year", "markets shut for Eid al-Adha, the great feast, on Saturday" are that
Saturday (`told_day`), one day for the holiday and the weekday.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from timeline.temporal import normalize as nz
from timeline.temporal.anchor import Context
from timeline.temporal.fragments import MONTH, WEEKDAY, YEAR

# The date set off by a comma right after the holiday: (shape, example)
_APPOSED_SHAPES = [
    ("month day", "Election Day, Nov. 5, polls open"),
    ("month day, year", "Thanksgiving, Nov. 28, 2024"),
]
_APPOSED_SOURCE = (
    rf",\s*(?P<mon>{MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,\s*(?P<year>{YEAR})\b)?"
)


@functools.cache
def _apposed() -> re.Pattern[str]:
    return re.compile(_APPOSED_SOURCE, re.IGNORECASE)  # compiled on the first holiday with a comma after it


def apposed_year(name: str, ctx: Context) -> int | None:
    """Return the year the holiday `name` takes from the date written beside it, or None."""
    if ctx.text[ctx.end : ctx.end + 1] != ",":
        return None
    found = _apposed().match(ctx.text, ctx.end)
    if found is None or (month := nz.month_number(found["mon"])) is None:
        return None
    if found["year"]:
        return int(found["year"])
    if ctx.dct is None:
        return None
    day = int(found["day"])
    agree = [
        year
        for year in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
        if nz.holiday_day(name, year) == _date(year, month, day)
    ]
    return agree[0] if len(agree) == 1 else None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# The weekday set beside a holiday: (shape, example)
_TOLD_DAY_SHAPES = [
    ("which falls on <weekday>", "Eid al-Adha, which falls on Saturday this year"),
    ("falls on <weekday>", "Diwali falls on a Monday"),
    ("will fall this year on <weekday>", "Holi will fall this year on a Friday"),
    ("on <weekday>", "feasts for Eid al-Fitr on Sunday"),
    (", <its other name>, on <weekday>", "shops shut for Eid al-Adha, the great feast, on Saturday"),
]
_TOLD_DAY = re.compile(
    r"(?:\s*,\s*(?:which|that)\s+|\s+)(?:(?:this|next)\s+year\s+)?(?:falls|fell|will\s+fall)(?:\s+(?:this|next)\s+year)?"
    r"\s+on\s+(?:a\s+)?"
    r"|(?:\s*,\s*(?:the|its)\s+[^,.;:!?\n]{1,40},)?\s+on\s+",
    re.IGNORECASE,
)
_TOLD_WEEKDAY = re.compile(rf"(?P<wd>{WEEKDAY})\b", re.IGNORECASE)
_DAYS_APART = 2  # how far a sighting may move the holiday from the table's day


def told_day(day: dt.date, ctx: Context) -> dt.date | None:
    """Return the day a lunar holiday on `day` is told to fall on ("Eid al-Adha, which falls on Saturday"),
    when that weekday lies within two days of `day` and differs from it; else None."""
    link = _TOLD_DAY.match(ctx.text, ctx.end)
    found = _TOLD_WEEKDAY.match(ctx.text, link.end()) if link else None
    weekday = nz.weekday_number(found["wd"]) if found else None
    if weekday is None or weekday == day.isoweekday():
        return None
    ahead = (weekday - day.isoweekday()) % 7
    step = ahead if ahead <= _DAYS_APART else ahead - 7
    return day + dt.timedelta(days=step) if abs(step) <= _DAYS_APART else None
