"""Date a weekday in brackets after a date by that date: "May 9 (Saturday)", "May 5 - 6 (Tues-Wed 9am)".

A schedule or a notice writes the weekday of a date it has just given in brackets beside it; the weekday
names that date, not the one nearest the document date. Only a date with that very weekday counts, among
those stated just before the bracket ("May 2 - 3, 9 - 10 (Sat-Sun)": May 2 is the Saturday).
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.temporal.anchor import Context
from timeline.temporal.fragments import WEEKDAY

# (what stands between the opening bracket and the weekday, example)
_BRACKET_LEADS: list[tuple[str, str]] = [
    (r"", "May 9 (Saturday)"),
    (rf"{WEEKDAY}\.?\s*(?:-|–|/|&|,|and|to)\s*", "June 9 - 10 (Tues-Wed 10:00am)"),
]
_BRACKET_BEFORE = re.compile(
    r"\(\s*(?:" + "|".join(f"(?:{lead})" for lead, _ in _BRACKET_LEADS) + r")\Z", re.IGNORECASE
)
# How far before the bracket the dates it names may start: "June 4 - 5, 11 - 12, 18 - 19, 25 - 26 (" is 39
# characters; a sentence between ends the reach.
_REACH = 60
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"“]")  # not "Nov. 5 (Thursday)"


def bracketed_day(weekday: int, ctx: Context) -> dt.date | None:
    """Return the date stated just before the bracket the weekday opens, if it falls on that weekday."""
    if "(" not in ctx.text[max(0, ctx.start - 16) : ctx.start] or not ctx.days:
        return None  # the cheap test first
    found = _BRACKET_BEFORE.search(ctx.text, max(0, ctx.start - 16), ctx.start)
    if found is None:
        return None
    bracket = found.start()
    for start, point in reversed(ctx.days):
        if start < bracket - _REACH or _SENTENCE_END.search(ctx.text, start, bracket):
            break
        if start < bracket and point.day.isoweekday() == weekday:
            return point.day
    return None
