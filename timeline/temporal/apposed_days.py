"""A holiday with its date in apposition: "On Election Day, Nov. 5, polls open" names the year they agree in.

A holiday named without a year takes the year its verb's tense points to (named_dates._holiday); a date
written beside it settles the year when the holiday falls on that date in only one of the years around the
document date ("Election Day, Nov. 5" written in March 2024 is 2024's, not 2023's of Nov. 7), or when
the date carries its year ("Thanksgiving, Nov. 28, 2024").
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from timeline.temporal import normalize as nz
from timeline.temporal.anchor import Context
from timeline.temporal.fragments import MONTH, YEAR

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
