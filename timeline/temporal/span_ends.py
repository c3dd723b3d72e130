"""Give the end of a span of dates the year its start set: "from April 3, 2023 to February 9" ends in 2024;
a later month of a list the year of the month before it: "in April, May or June".

The end of a span comes after its start. When the date just before the end is a month or a day whose year is
known and only a span word stands between them, a month or a day without a year is the first one on or after
the start, not the one the tense or the document date would pick (which put the end of a span that began years
back in the coming year).
"""

from __future__ import annotations

import re

from timeline.temporal.anchor import Context
from timeline.temporal.fragments import MONTH, YEAR

# The start of a span right before its end: (shape, example). The start may carry a day and its year.
_START_ROWS = [
    (rf"{MONTH}\.?", "from April to June"),
    (rf"{MONTH}\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+{YEAR}", "from April 3, 2023 to February 9"),
    (rf"{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?", "from Dec. 20 to Jan. 5"),
]
_STARTS = "|".join(shape for shape, _ in _START_ROWS)
_SPAN_START = re.compile(rf"(?:{_STARTS})\s*(?:-|–|to|through|until|till)\s*\Z", re.IGNORECASE)
# A month before it in a list: "in April, May or June", "in March and July".
_LIST_START = re.compile(rf"(?:{_STARTS})\s*(?:,|,?\s*\band|,?\s*\bor|&)\s*\Z", re.IGNORECASE)
_REACH = 30  # characters before the end that the start and its span word may take
_GAP = 10  # characters at most between the start and the end: " to ", " through "


def span_end_year(month: int, day: int, ctx: Context, *, listed: bool = False) -> int | None:
    """Return the year of a month (`day` 1) or day that ends a span whose start was just told, else None.

    With `listed`, a later month of a list ("in April, May or June") takes the year of the month before it
    too; one that comes earlier in the calendar ("in October and January") is left to its other readings.
    """
    ref = ctx.ref
    if ref is None or ref.gran not in ("day", "month") or ctx.prev_end is None:
        return None
    if ctx.start - ctx.prev_end > _GAP:
        return None
    start = (ref.day.month, ref.day.day if ref.gran == "day" else 1)
    if _SPAN_START.search(ctx.text, max(0, ctx.prev_end - _REACH), ctx.start):
        return ref.day.year + ((month, day) < start)
    listed = listed and (month, day) > start
    if listed and _LIST_START.search(ctx.text, max(0, ctx.prev_end - _REACH), ctx.start):
        return ref.day.year
    return None
