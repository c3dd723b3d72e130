"""Handlers for dates told against the turn of a period: "year-end", "by week's end", "a year earlier"."""

from __future__ import annotations

import re

from timeline.temporal import compared
from timeline.temporal.anchor import Context
from timeline.temporal.normalize import Norm
from timeline.temporal.rules import Groups, handles
from timeline.temporal.values import Point, fmt, shift

_COARSE = ("quarter", "half", "month", "season")
_STEP = {"last": -1, "next": 1}  # "last year-end", "next year-end"
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?\Z", re.IGNORECASE)


# A sentence ends between two expressions.
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")


def _month_just_told(ctx: Context):
    """Return the month or day the expression just before named in the same sentence, as "the month-end"
    ("to lift February entitlements before the month-end") reads it, as "the end of the month" does."""
    ref = ctx.ref
    if ref is None or ref.gran not in ("month", "day") or ctx.prev_end is None:
        return None
    return None if _SENTENCE_END.search(ctx.text, ctx.prev_end, ctx.start) else ref


@handles("yearago")
def _year_ago(g: Groups, ctx: Context) -> Norm | None:
    # "last year's quarter" counts from the writer's day, as "last year" does; "year-ago" from the story's
    base, anchor = ctx.now() if g["dir"][:1] in "lL" else ctx.base()
    if base is None:
        return Norm("DATE", "PAST_REF")
    tail = (g.get("unit") or "").lower()
    if ctx.quarter is not None and tail != "quarter" and "months" not in tail and compared.elsewhere(ctx):
        # "For the nine months, ... year-ago": the year before the quarter's, the span's year
        return Norm("DATE", f"{ctx.quarter.day.year - 1:04d}", anchor=anchor)
    if ctx.quarter is not None:
        base = ctx.quarter
    gran = base.gran if base.gran in _COARSE else "year"
    if "months" in tail:
        return Norm("DURATION", "P9M" if "nine" in tail else "P6M")
    if tail == "quarter":
        gran = "quarter"
        if ctx.quarter is None and anchor == "dct" and ctx.dct is not None:
            # "the year-ago quarter" with no quarter told: the one a year before the quarter just ended,
            # the quarter results season reports on (as "the quarter" alone reads it)
            base = shift(Point(ctx.dct, "quarter"), "quarter", -1)
    return Norm("DATE", fmt(shift(base, "year", -1, gran=gran)), anchor=anchor)


@handles("yearend")
def _year_end(g: Groups, ctx: Context) -> Norm | None:
    base, anchor = ctx.now()
    if g.get("newyear"):
        # "in the new year": the year whose first day is nearest (from July on, the next one), in the
        # story's time when the text tells one
        story = ctx.story()
        base, anchor = (story, "ref") if story is not None else (base, anchor)
        return Norm("DATE", f"{base.day.year + (base.day.month >= 7):04d}", anchor=anchor) if base else None
    if base is None:
        return Norm("DATE", "XXXX", mod="END")
    offset = _STEP.get((g.get("rel") or "").lower(), 0)
    story = ctx.story()
    if not g.get("rel") and story is not None:
        # "took the port on 7 March 1811. At month's end, ...": a narrative's month, not the writer's
        base, anchor = story, "ref"
    what = g["what"].lower()
    if not g.get("rel") and what.startswith("month") and (told := _month_just_told(ctx)) is not None:
        base, anchor = told, "ref"  # "to lift February cargoes before the month-end": February's end
    since = _SINCE.search(ctx.text, max(0, ctx.start - 12), ctx.start)
    if since and not g.get("rel") and what.startswith("year"):
        # "Shares have risen 5% since year-end": the year-end just gone, the last day of the books
        return Norm("DATE", f"{base.day.year - 1:04d}-12-31", anchor=anchor)
    for unit in ("month", "week"):
        if what.startswith(unit):
            return Norm("DATE", fmt(shift(base, unit, offset, gran=unit)), mod="END", anchor=anchor)
    return Norm("DATE", f"{base.day.year + offset:04d}", mod="END", anchor=anchor)
