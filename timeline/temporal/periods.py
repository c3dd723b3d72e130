"""Handlers for periods: weeks of a month, quarters and halves, decades, centuries, year ranges."""

from __future__ import annotations

import datetime as dt
import re

from timeline.temporal import compared
from timeline.temporal import normalize as nz
from timeline.temporal.anchor import Context
from timeline.temporal.begun import not_begun
from timeline.temporal.datesides import revised_forecast
from timeline.temporal.normalize import Norm
from timeline.temporal.rules import HANDLERS, Groups, handles
from timeline.temporal.schedule import present_at
from timeline.temporal.values import Point, fmt, fmt_within, parse, shift


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


@handles("centuryand")  # "the late 19th (and early 20th centuries)"
@handles("centuries")  # "(the late 19th and) early 20th centuries"
@handles("century")
def _century(g: Groups, ctx: Context) -> Norm | None:
    index = nz.ordinal(g["ord"])
    if index is None:
        return None
    prefix = "BC" if g.get("bc") else ""
    return Norm("DATE", f"{prefix}{index - 1:02d}", mod=nz.mod_of(g.get("mod")))


@handles("decade")
def _decade(g: Groups, ctx: Context) -> Norm | None:
    digits = g.get("dec") or g.get("dec2") or ""
    if len(digits) == 2:
        century = 19 if int(digits) > 20 else 20
        digits = f"{century}{digits}"
    if len(digits) == 3:
        return None
    return Norm("DATE", digits[:3], mod=nz.mod_of(g.get("mod")))


@handles("decadew")
def _decade_word(g: Groups, ctx: Context) -> Norm | None:
    digit = nz.decade_word(g["dw"])
    return Norm("DATE", f"19{digit}", mod=nz.mod_of(g.get("mod"))) if digit else None


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


@handles("yspan")
def _year_span(g: Groups, ctx: Context) -> Norm | None:
    """Give "the 2006/07 financial year" its first year, as TimeML annotators do, and its last year."""
    first = int(g["y"])
    return Norm("DATE", f"{first:04d}", mod=nz.mod_of(g.get("mod")), end_value=f"{first + 1:04d}")


@handles("fyear")
def _fiscal_year(g: Groups, ctx: Context) -> Norm | None:
    """Give "the fiscal year 1987/88" its first year (and its last), "the budget year 1990" its year."""
    first = int(g["y"])
    if not g.get("y2"):
        return Norm("DATE", f"{first:04d}")
    last = int(g["y2"]) if len(g["y2"]) == 4 else first // 100 * 100 + int(g["y2"])
    last += 100 if last < first else 0  # "1999/00"
    return Norm("DATE", f"{first:04d}", end_value=f"{last:04d}" if last > first else None)


@handles("yy")
def _two_digit_year(g: Groups, ctx: Context) -> Norm | None:
    """Read the "16" of "1915-16" as 1916, in the century of the year before the dash."""
    first = ctx.text[max(0, ctx.start - 5) : ctx.start - 1]
    if not first.isdigit():
        return None
    year = int(first[:2] + g["yy"])
    return Norm("DATE", f"{year:04d}") if year > int(first) else None


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


@handles("weekof")
def _week_of(g: Groups, ctx: Context) -> Norm | None:
    parts = {"mon": g.get("mon") or g["dmon"], "day": g.get("day") or g["dd"]}
    if g.get("y"):
        parts["y"] = g["y"]
    date = HANDLERS["mdy"](parts, ctx)
    point = parse(date.value) if date else None
    if point is None or point.gran != "day":
        return None
    gran = "weekend" if (g.get("unit") or "").lower() == "weekend" else "week"
    return Norm("DATE", fmt(Point(point.day, gran)), anchor=date.anchor)


@handles("weekofmonth")
def _week_of_month(g: Groups, ctx: Context) -> Norm | None:
    # "the last week of August", "the third week of February": the ISO week holding the middle day of the
    # month's seven days that the ordinal counts (the 4th, 11th, 18th, 25th; the last seven days' 4th from
    # the end), as the ISO year's first week is the one holding January 4: "the third week of February 1987"
    # (the 15th-21st, Sunday to Saturday) is 1987-W08, the week of the 16th-22nd.
    month = nz.month_number(g["mon"])
    if month is None:
        return None
    if g.get("y"):
        year, anchor = nz._year(g["y"], ctx), None
    else:
        year, anchor = nz.resolve_month(month, ctx)
    if year is None or year < 1:
        return Norm("DATE", "XXXX-WXX")
    which = g["ord"].lower()
    if which in ("last", "final"):
        day = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=4)).day
    else:
        day = 4 + 7 * ({"first": 1, "second": 2, "third": 3, "fourth": 4}[which] - 1)
    return Norm("DATE", fmt(Point(dt.date(year, month, day), "week")), anchor=anchor)


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


@handles("nthday")
def _nth_day(g: Groups, ctx: Context) -> Norm | None:
    """Date an ordinal day of an episode ("the second day of the talks") to the day the text is at.

    Which day the episode began is unknown; the date the text last gave (else the document date) is
    the best guess: "It is the second day of an offensive" is today.
    """
    mod = nz.mod_of(g.get("mod"))
    if ctx.story_bc() is not None:
        return Norm("DATE", "BCXXXX-XX-XX", mod=mod)  # a day of a story told in years BC
    base, anchor = ctx.base()
    if base is None:
        return Norm("DATE", "XXXX-XX-XX", mod=mod)
    news = ctx.dct is not None and ctx.story() is None
    if anchor == "ref" and base.gran != "day" and news and ctx.tense() != "future":
        # news: "a trip in 1999 that ended in deaths ... appeared in court on the first day of their trial"
        # is a day of the report's episode, not some day of 1999 (one still ahead stays unknown)
        base, anchor = Point(ctx.dct, "day"), "dct"
    ahead = _COUNTED_TO.search(ctx.text, max(0, ctx.start - 48), ctx.start)
    count = nz.number(ahead["n"]) if ahead else None
    if not ahead and not_begun(ctx, base, g.get("ord") or ""):
        return Norm("DATE", "XXXX-XX-XX", mod=mod)  # "pledged to do it on her first day as mayor if elected"
    if count and base.gran == "day" and not _OF_SEASON.match(ctx.text, ctx.end):
        # "speaking four days ahead of his final day in office": that day lies the count after the text's day
        step = int(count) * (7 if ahead["unit"].lower().startswith("week") else 1)
        return Norm("DATE", fmt(Point(base.day + dt.timedelta(days=step), "day")), mod=mod, anchor=anchor)
    if _OF_SEASON.match(ctx.text, ctx.end):
        # "since the opening day of the season": a season runs for months, so its first or last day is
        # seldom the day the text is at; only the year is known
        return Norm("DATE", f"{base.day.year:04d}-XX-XX", mod=mod, anchor=anchor)
    return Norm("DATE", fmt_within(Point(base.day, "day"), base.gran), mod=mod, anchor=anchor)


# A count of days or weeks before the ordinal day: "four days ahead of his final day", "two weeks before the
# first day of the trial".
_COUNTED_TO = re.compile(
    r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?)\s+"
    r"(?:ahead\s+of|before)\s+(?:(?:the|his|her|its|their|our)\s+)?\Z",
    re.IGNORECASE,
)
# "the final day of the season", "the first day of their campaign": a day of a months-long season.
_OF_SEASON = re.compile(
    r"\s+of\s+(?:the|this|that|its|their|his|her|our)\s+(?:[\w-]+\s+)?(?:season|campaign)\b", re.IGNORECASE
)


_SEASON_STEP = {"last": -1, "next": 1, "the next": 1, "the following": 1, "the coming": 1, "the previous": -1,
                "the past": -1}


@handles("yearseason")
def _year_season(g: Groups, ctx: Context) -> Norm | None:
    """Date a season with no calendar code ("last season", "the rainy season") by the year it falls in.

    TIMEX3 has codes only for the four seasons of the year; a sports or weather season is valued as
    its year, as "the 2008 season" is 2008: "this season" the document's year, "last season" the one
    before. A bare "the season" is too often a season of the year named before it to tag.
    """
    rel = " ".join((g.get("rel") or "").lower().split())
    mod = nz.mod_of(g.get("mod"))
    if rel in ("", "the", "that") and not (g.get("kind") or mod):
        return None
    if rel in ("this", "last", "next"):
        base, anchor = ctx.now()
    else:
        base, anchor = ctx.base()
    if base is None:
        return Norm("DATE", "XXXX", mod=mod)
    year = base.day.year + _SEASON_STEP.get(rel, 0)
    festive = _FESTIVE.match(g.get("kind") or "") and rel in ("", "the") and anchor == "dct"
    if festive and ctx.tense() == "past":
        # "stores were busy over the festive season" written before November: the December gone by
        year -= base.day.month < _FESTIVE_FROM
    return Norm("DATE", f"{year:04d}", mod=mod, anchor=anchor)


# The season of the year-end holidays, from late November (Thanksgiving) to New Year.
_FESTIVE = re.compile(r"holiday|festive", re.IGNORECASE)
_FESTIVE_FROM = 11


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


@handles("alllong")
def _all_long(g: Groups, ctx: Context) -> Norm | None:
    return Norm("DURATION", nz.duration_value(1, g.get("unit") or g["night"]))
