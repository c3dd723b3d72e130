"""Read a numbered week: "in week 12" is the ISO week 2026-W12, "Week 3 of the season" a week of an episode.

A calendar week is the ISO week (TimeML writes it 2026-W12). Its year is the year of the month holding the
week's Thursday, resolved as a month named alone is ("in March" in a past clause written in February is last
year's). A week counted in an episode ("Week 3 of the season", "week 2 of the trial", "in Week 5" in capitals
in mid-sentence, as sports write the weeks of a season) is a date too, not a length, but no calendar week
can be read off it: TimeML's unknown week XXXX-WXX, which makes no event.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.temporal import normalize as nz
from timeline.temporal.anchor import Context
from timeline.temporal.fragments import YEAR
from timeline.temporal.normalize import Norm
from timeline.temporal.rules import Groups, handles

# A number after these words counts something else: "a week 12 people died", "each week 3 trains ran".
_COUNTING = ("a", "per", "each", "every", "one", "that", "this")
_COUNTING_BEFORE = "".join(rf"(?<!\b{word}\s)" for word in _COUNTING)

# The scanner's rule, spliced into patterns_calendar.CALENDAR_RULES before the units' rules.
WEEK_NUMBER_RULES: list[tuple[str, str, str]] = [
    (
        "weeknum",
        rf"{_COUNTING_BEFORE}(?P<word>week)\s+(?P<wn>0?[1-9]|[1-4]\d|5[0-3])(?![\w%]|[.,:/-]\d)"
        rf"(?:\s+of\s+(?:(?P<y>{YEAR})|(?P<rel>this|last|next|the)\s+year\b))?",
        "in week 12 / week 7 of 2025 / week 40 of last year / Week 3 of the season",
    ),
]

_YEAR_STEP = {"this": 0, "the": 0, "last": -1, "next": 1}
# "week 2 of the trial", "Week 3 of his rookie season": a week of an episode the text names.
_EPISODE_AFTER = re.compile(r"\s+of\s+(?:the|this|his|her|its|their|our|[A-Z][\w.]*)\b")
# A sentence or line starts here: a capital says nothing about the sense.
_SENTENCE_START = re.compile(r"(?:\A|[.!?:\n][\"'”’)]?)\s*\Z")


def _episode(g: Groups, ctx: Context) -> bool:
    """Say whether a numbered week counts the weeks of an episode ("Week 3 of the season")."""
    if _EPISODE_AFTER.match(ctx.text, ctx.end):
        return True
    capital = g["word"][0] == "W"
    return capital and not _SENTENCE_START.search(ctx.text, max(0, ctx.start - 4), ctx.start)


def _year_by_tense(week: int, ctx: Context) -> int:
    """Return the year of a week counted from the document date: the last one for a past clause, the next
    one for a future clause, else the nearest ("Sales peaked in week 12", written in week 11: last year's)."""
    here = ctx.dct.isocalendar()
    candidates = [year for year in (here.year - 1, here.year, here.year + 1) if _has_week(year, week)]
    tense = ctx.tense()
    if tense == "past":
        return max((year for year in candidates if (year, week) <= (here.year, here.week)), default=here.year)
    if tense == "future":
        return min((year for year in candidates if (year, week) >= (here.year, here.week)), default=here.year)
    return min(candidates, key=lambda year: abs((dt.date.fromisocalendar(year, week, 1) - ctx.dct).days))


def _has_week(year: int, week: int) -> bool:
    """Say whether the ISO year has that week (week 53 only some years have)."""
    return week < 53 or dt.date(year, 12, 28).isocalendar().week == 53


@handles("weeknum")
def _week_number(g: Groups, ctx: Context) -> Norm | None:
    week = int(g["wn"])
    anchor = None
    if g.get("y"):
        year = nz._year(g["y"], ctx)
    elif g.get("rel"):
        if ctx.dct is None:
            return Norm("DATE", f"XXXX-W{week:02d}")
        year, anchor = ctx.dct.year + _YEAR_STEP[g["rel"].lower()], "dct"
    elif _episode(g, ctx):
        return Norm("DATE", "XXXX-WXX")
    elif ctx.dct is None:
        return Norm("DATE", f"XXXX-W{week:02d}")
    else:
        thursday = dt.date.fromisocalendar(ctx.dct.year, min(week, 52), 4)
        year, anchor = nz.resolve_month(thursday.month, ctx)
        if year is None:
            return Norm("DATE", f"XXXX-W{week:02d}")
        if anchor == "dct":
            year = _year_by_tense(week, ctx)
    if not _has_week(year, week):
        return None  # "week 53" of a year with 52 weeks
    return Norm("DATE", f"{year:04d}-W{week:02d}", anchor=anchor)
