"""Value quarters and halves of a year: "the third quarter", "Q3 2013", "the first half of 2008", "the same
period last year".

Registered in `rules.HANDLERS` on import, like the handlers of periods.py. Which year a bare quarter is
in depends on the news: results are reported for a quarter that has ended, a forecast speaks of one ahead.
"""

from __future__ import annotations

import re

from timeline.temporal import compared
from timeline.temporal import normalize as nz
from timeline.temporal.anchor import Context
from timeline.temporal.datesides import revised_forecast
from timeline.temporal.normalize import Norm
from timeline.temporal.rules import Groups, handles
from timeline.temporal.schedule import present_at
from timeline.temporal.values import Point, fmt, shift


def _quarter_value(g: Groups, ctx: Context, year: int | None, anchor: str | None) -> Norm | None:
    index = nz.ordinal(g["ord"])
    unit = g["unit"].lower()
    limit = 4 if unit == "quarter" else 2
    if index is None or index > limit:
        return None
    letter = "Q" if unit == "quarter" else "H"
    return Norm("DATE", f"{year:04d}-{letter}{index}" if year else f"XXXX-{letter}{index}", anchor=anchor)


@handles("quarter_y")
def _quarter_y(g: Groups, ctx: Context) -> Norm | None:
    return _quarter_value(g, ctx, nz._year(g["y"], ctx), None)


# "fourth-quarter results", "its second-quarter net profit": what a quarter earned is reported once it has
# ended; a forecast word before it ("expects second-quarter sales to rise") speaks of one still to come.
_RESULTS_AFTER = re.compile(
    r"(?:\s+(?:and\s+)?(?:full-year|annual|financial|fiscal|net|operating|pre-tax|pretax|adjusted|core))*"
    r"\s+(?:results|earnings|profits?|revenues?|sales|losses|loss|figures|income)\b",
    re.IGNORECASE,
)
_FORECAST_BEFORE = re.compile(
    r"\b(?:expects?|expected|forecasts?|projects?|projected|predicts?|sees|guidance|outlook|targets?)\b"
    r"[^.;!?]{0,40}\Z",
    re.IGNORECASE,
)


def _results_of(ctx: Context) -> bool:
    """Say whether the quarter names the period of reported results ("will report fourth-quarter results")."""
    return bool(_RESULTS_AFTER.match(ctx.text, ctx.end)) and not _FORECAST_BEFORE.search(
        ctx.text, max(0, ctx.start - 60), ctx.start
    )


# A quarter in apposition to a year-ago one names it: "a year before, its second quarter ended
# Oct. 31, it earned" is last year's second quarter.
_YEAR_AGO_APPOSED = re.compile(
    r"\b(?:year-ago|year-earlier|prior-year|previous-year|year\s+earlier|year\s+ago)\s+(?:quarter|period),\s*\Z",
    re.IGNORECASE,
)


def _apposed_to_year_ago(ctx: Context) -> bool:
    """Say whether the quarter stands in apposition right after a year-ago quarter or period."""
    return ctx.text.rfind(",", max(0, ctx.start - 3), ctx.start) >= 0 and bool(
        _YEAR_AGO_APPOSED.search(ctx.text, max(0, ctx.start - 40), ctx.start)
    )


@handles("quarter")
def _quarter(g: Groups, ctx: Context) -> Norm | None:
    det = " ".join((g.get("det") or "").lower().split())
    rel = (g.get("rel") or "").lower()
    anchor: str | None = None
    ryear = " ".join(g.get("ryear", "").lower().split())
    if g.get("y") or g.get("fyy"):
        year: int | None = nz._year(g.get("y") or g["fyy"], ctx)
    else:
        story = ctx.story()
        if story is not None:
            year, anchor = story.day.year, "ref"
        elif ctx.dct is not None:
            year, anchor = ctx.dct.year, "dct"
            index = nz.ordinal(g["ord"]) or 1
            current = (
                (ctx.dct.month - 1) // 3 + 1 if g["unit"].lower() == "quarter" else (ctx.dct.month + 5) // 6
            )
            results = not rel and _results_of(ctx)
            # "cut its forecast for the second half", "a new model arrives in the second quarter": ahead
            scheduled = not results and ctx.tense() is None and present_at(ctx.text, ctx.start)
            ahead = scheduled or revised_forecast(ctx)
            # "the second half of this year": the year is said, no shift ("of the year" may still be last
            # year's: "Profits rose in the second half of the year", written in February)
            said = ryear not in ("", "the")
            if index > current and (ctx.tense() != "future" or results) and not ahead and not said:
                # results are reported for a quarter that has ended, even under "will report"
                year -= 1
            elif index < current - 1 and not rel and ctx.tense() == "future" and not said:
                # "will report by the end of the first quarter" (in November): next year's; the quarter
                # just ended ("will report third-quarter results") is this year's
                year += 1
        else:
            year, anchor = None, None
        offset = (
            -1
            if (
                det.startswith("last year")
                or ryear == "last"
                or rel in ("year-earlier", "year-ago")
                or _apposed_to_year_ago(ctx)
            )
            else 0
        )
        offset = 1 if det.startswith("next year") or ryear == "next" else offset
        if ryear == "the new" and year:
            # "of the new year": the year whose first day is nearest, from the story's or the writer's day
            base = ctx.story() or (Point(ctx.dct, "day") if ctx.dct else None)
            year, offset = (base.day.year, int(base.day.month >= 7)) if base else (year, 0)
        year = year + offset if year else None
    norm = _quarter_value(g, ctx, year, anchor)
    words = ctx.text[ctx.start : ctx.end]
    if (
        norm is not None
        and g.get("det")
        and (
            det in ("its", "their", "that", "his", "her")
            or (det == "the" and re.search(r"[a-z]-(?:fiscal-)?(?:quarter|half)$", words, re.IGNORECASE))
        )
    ):
        # "its fourth quarter", "the third-quarter loss": the determiner belongs to the noun phrase.
        norm.skip = len(words) - len(words[len(g["det"]) :].lstrip())
    return norm


@handles("qcode")
def _qcode(g: Groups, ctx: Context) -> Norm | None:
    """Give "Q3 2013", "2Q24", "H1 2024", "1H24" their quarter or half; a bare "Q3" the document's year."""
    half = g.get("h") or g.get("h2")
    letter, index = ("H", half) if half else ("Q", g.get("q") or g.get("q2"))
    year_text = g.get("y") or g.get("y2") or g.get("hy") or g.get("hy2")
    short = g.get("yy") or g.get("yy2") or g.get("hyy") or g.get("hyy2")
    if year_text or short:
        year = int(year_text) if year_text else nz._year(short, ctx)
        return Norm("DATE", f"{year:04d}-{letter}{index}", mod=nz.mod_of(g.get("mod")))
    base, anchor = ctx.now()
    value = f"{base.day.year:04d}-Q{index}" if base else f"XXXX-Q{index}"
    return Norm("DATE", value, mod=nz.mod_of(g.get("mod")), anchor=anchor)


@handles("yearperiod")
def _year_period(g: Groups, ctx: Context) -> Norm | None:
    """Give "the 1988 quarter" the quarter (or half) under discussion, in the year it names."""
    year = nz._year(g["y"], ctx)
    unit = " ".join(g["unit"].lower().split())
    ref = ctx.quarter or ctx.ref
    if unit == "period" and ctx.quarter is not None and compared.span_compared(ctx):
        # "For the nine months, net rose from a loss in the 1988 period": the span's year, or its half
        ref = ctx.ref if ctx.ref is not None and ctx.ref.gran == "half" else None
    if unit in ("quarter", "period") and ref is not None and ref.gran == "quarter":
        return Norm("DATE", f"{year:04d}-Q{(ref.day.month - 1) // 3 + 1}", anchor="ref")
    if unit in ("half", "period") and ref is not None and ref.gran == "half":
        return Norm("DATE", f"{year:04d}-H{1 if ref.day.month <= 6 else 2}", anchor="ref")
    if unit.endswith("half"):
        return Norm("DATE", f"{year:04d}-H{1 if unit.startswith('first') else 2}")
    return Norm("DATE", f"{year:04d}")


@handles("halfof")
def _half_of(g: Groups, ctx: Context) -> Norm | None:
    """Give "the latter half of 2008" its half (2008-H2), and a decade's or century's half its mod."""
    first = g["which"].lower() in ("first", "earlier")
    if g.get("cent"):
        # "the latter half of the 19th century": the century, its end, as "the last half of the '80s" is
        return Norm("DATE", f"{int(g['cent']) - 1:02d}", mod="START" if first else "END")
    if g.get("dec") or g.get("dec2"):
        # "the last half of the '80s": the decade, its end (TimeML has no half-decade value).
        decade = int(g["dec"]) if g.get("dec") else nz._year(g["dec2"], ctx)
        return Norm("DATE", f"{decade // 10:03d}", mod="START" if first else "END")
    return Norm("DATE", f"{nz._year(g['y'], ctx):04d}-H{1 if first else 2}")


@handles("lastpart")
def _last_part(g: Groups, ctx: Context) -> Norm | None:
    if g.get("y"):
        year = f"{int(g['y']):04d}"
    elif ctx.dct is not None:
        # "the last quarter of last year": the year counted from the document's
        year = f"{ctx.dct.year + {'last': -1, 'next': 1}.get(g['ryear'].lower(), 0):04d}"
    else:
        year = "XXXX"
    last = g["ord"].lower() != "opening"
    if g["unit"].lower() == "quarter":
        return Norm("DATE", f"{year}-Q{4 if last else 1}")
    return Norm("DATE", f"{year}-H{2 if last else 1}")


@handles("twoquarters")
def _two_quarters(g: Groups, ctx: Context) -> Norm | None:
    """Give "the first two quarters of 1990" the half they make up (1990-H1), "the last two" the second."""
    return Norm("DATE", f"{int(g['y']):04d}-H{1 if g['ord'].lower() == 'first' else 2}")


@handles("sameperiod")
def _same_period(g: Groups, ctx: Context) -> Norm | None:
    """Value "the same period last year": the period the text last named, in the year given.

    After "the third quarter" (1989-Q3) it is 1988-Q3; with no such period before, the year alone.
    """
    if g.get("y"):
        year, anchor = int(g["y"]), None
    else:
        base, anchor = ctx.now() if g["back"].lower().startswith("last") else ctx.base()
        if base is None:
            return Norm("DATE", "PAST_REF")
        year = base.day.year - 1
    unit = g["unit"].lower()
    if unit == "period" and ctx.quarter is not None and compared.span_compared(ctx):
        return Norm("DATE", f"{year:04d}", anchor=anchor)  # "For the nine months ... the same period of 1988"
    ref = ctx.quarter if unit in ("period", "quarter") and ctx.quarter is not None else ctx.ref
    told = ref is not None and ref.gran == "quarter"
    if unit == "quarter" and not told and ctx.dct is not None and not g.get("y"):
        # "profits fell from the quarter a year ago" with no quarter told: the quarter results season
        # reports on, the one just ended (as "the quarter" alone reads it), a year back
        ended = shift(Point(ctx.dct, "quarter"), "quarter", -1)
        return Norm("DATE", fmt(shift(ended, "year", year - ctx.dct.year, gran="quarter")), anchor="dct")
    if ref is None or ref.gran not in ("quarter", "half", "month") or unit not in ("period", ref.gran):
        return Norm("DATE", f"{year:04d}", anchor=anchor)
    day = ref.day.replace(day=1)
    if ctx.prev_end is not None and _COUNTED_BACK.search(ctx.text, max(0, ctx.prev_end - 40), ctx.prev_end):
        # "up 0.4% from the previous month and 5.2% from the same month last year": the same month is
        # the one the figure is for, a step after the month counted back to compare with
        step = 3 if ref.gran == "quarter" else 1 if ref.gran == "month" else 6
        day = day.replace(month=(day.month - 1 + step) % 12 + 1)  # the year is set below
    return Norm("DATE", fmt(Point(day.replace(year=year), ref.gran)), anchor=anchor)


# A month or quarter counted back from the one the text is at: "the previous month", "a quarter earlier".
_COUNTED_BACK = re.compile(
    r"(?:\b(?:previous|preceding|prior)\s+(?:month|quarter)|\b(?:month|quarter)\s+(?:earlier|before))\Z",
    re.IGNORECASE,
)
