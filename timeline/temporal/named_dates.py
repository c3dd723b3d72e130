"""The handlers of dates that name a month or a holiday: which year (and day) they fall in.

"March 3", "3 March 2020", "next Sunday, March 8", "3-4 March"; "March", "last March", "the following May",
"January's vote", "from October to March"; "Christmas", "this year's Easter", "Labor Day weekend", "the end
of Ramadan". The year comes from the words ("2019", "that year", "last"), the story, a list or span around
the date, or the document date and the tense (resolve.py). Registered in `rules.HANDLERS` on import, like
the handlers of days.py and seasons.py.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.temporal import normalize as nz
from timeline.temporal.anchor import Context
from timeline.temporal.apposed_days import apposed_year, told_day
from timeline.temporal.fragments import MONTH
from timeline.temporal.lunar import RAMADAN, lunar_column, lunar_days, ramadan_last_day
from timeline.temporal.normalize import Norm
from timeline.temporal.rules import HANDLERS, Groups, handles
from timeline.temporal.saying import SAYING_OR_KNOWING
from timeline.temporal.span_ends import span_end_year
from timeline.temporal.us_days import foreign_election_day
from timeline.temporal.values import Point, valid_day


def _month_day(g: Groups, ctx: Context) -> Norm | None:
    if g.get("dayw"):
        if not g["mon"][0].isupper():
            return None  # "they march first": a day in words needs its month's capital
        g = {**g, "day": str(nz.ordinal(g["dayw"]))}  # "March eighth"
    month, day = nz.month_number(g["mon"]), int("".join(c for c in g["day"] if c.isdigit()))
    if month is None:
        return None
    if g.get("era"):
        return Norm("DATE", f"BC{int(g['n']):04d}-{month:02d}-{day:02d}")
    anchor: str | None = None
    if g.get("that"):
        year, anchor = _that_year(g["that"], ctx)
    elif g.get("y"):
        year = nz._year(g["y"], ctx)
    elif g.get("rel") and ctx.dct is not None and not (g.get("wd") and g["rel"].lower() in ("last", "next")):
        # "next Sunday, March 8": "next" is the weekday's, and the weekday finds the year (below)
        rel = " ".join(g["rel"].lower().split())
        if rel.startswith("this") or rel in ("coming", "upcoming"):
            # "this past Oct. 5": the last one before the document date ("(this) coming": the next one)
            past = rel == "this past"
            year = ctx.dct.year
            if valid_day(year, month, day) and (dt.date(year, month, day) >= ctx.dct) == past:
                year += -1 if past else 1
            anchor = "dct"
        else:
            # "last Oct. 23" is in the year "last October" is in.
            month_of = _month({"mon": g["mon"], "rel": rel}, ctx)
            if month_of is None or month_of.value.startswith("X"):
                return None
            year, anchor = int(month_of.value[:4]), month_of.anchor
    elif g.get("wd") and ctx.dct is not None:
        weekday = nz.weekday_number(g["wd"])
        year, anchor = nz.resolve_month_day(month, day, ctx)
        for candidate in (year, (year or 0) - 1, (year or 0) + 1):
            if (
                candidate
                and valid_day(candidate, month, day)
                and dt.date(candidate, month, day).isoweekday() == weekday
            ):
                year = candidate
                break
    else:
        year, anchor = nz.resolve_month_day(month, day, ctx)
        if _listed_after(month, day, ctx):
            year = ctx.ref.day.year  # type: ignore[union-attr]  # "on 3 and 4 March": one year for both
    if year is None:
        return Norm("DATE", f"XXXX-{month:02d}-{day:02d}")
    if year < 0:
        return Norm("DATE", f"{nz.year_text(year)}-{month:02d}-{day:02d}", anchor=anchor)
    if not valid_day(year, month, day):
        return None
    if part := g.get("part") or g.get("tpart"):
        return Norm("TIME", f"{year:04d}-{month:02d}-{day:02d}T{nz.part_code(part)}", anchor=anchor)
    return Norm("DATE", f"{year:04d}-{month:02d}-{day:02d}", anchor=anchor)


# "3 and 4 March", "3, 4 and 5 March", "3-4 March": what stands between two days of one list or range.
_DAY_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|-|–|to\s+)", re.IGNORECASE)


def _listed_after(month: int, day: int, ctx: Context) -> bool:
    """Say whether a day follows an earlier day of the same month in one list or range."""
    ref = ctx.ref
    return (
        ref is not None
        and ref.gran == "day"
        and ctx.prev_end is not None
        and ref.day.month == month
        and ref.day.day < day
        and _DAY_LIST_GAP.fullmatch(ctx.text, ctx.prev_end, ctx.start) is not None
    )


HANDLERS["mdy"] = _month_day
HANDLERS["dmy"] = _month_day
HANDLERS["dayfirst"] = _month_day  # "22" of "22-25 April 1951" takes the month and year after it


@handles("nightspan")
def _night_span(g: Groups, ctx: Context) -> Norm | None:
    # "the night of 8-9 October" is one night, the 8th's: the second day only says it runs past midnight
    return _month_day({key: g[key] for key in ("part", "day", "mon", "y") if g.get(key)}, ctx)


# "this year's Easter", "last year's Christmas": the possessive names the holiday's year.
_YEARS_OWN = re.compile(r"\b(this|last|next)\s+year['’]s\s+\Z", re.IGNORECASE)


@handles("holiday")
def _holiday(g: Groups, ctx: Context) -> Norm | None:
    anchor: str | None = None
    if g.get("y"):
        year: int | None = nz._year(g["y"], ctx)
    else:
        year, anchor = relative_year(g.get("rel"), ctx)
    if year is None or year < 1:
        return Norm("DATE", "XXXX-XX-XX")
    owner = _YEARS_OWN.search(ctx.text, max(0, ctx.start - 16), ctx.start) if not g.get("rel") else None
    if owner is not None and anchor == "dct":
        # "This year's Easter will be quiet" written in December: this year's, whatever the tense
        year += {"last": -1, "next": 1}.get(owner.group(1).lower(), 0)
    elif not g.get("rel") and anchor == "dct" and (apposed := apposed_year(g["name"], ctx)) is not None:
        year = apposed  # "On Election Day, Nov. 5, polls open": the year the holiday falls on that date
    elif not g.get("rel") and anchor == "dct":
        # "He died on Christmas Eve", "Demand rose over Christmas": the verb's tense decides past or future.
        this_year = _nearest_of_year(g["name"], year, ctx)
        if this_year is not None:
            year = nz.resolve_month_day(this_year.month, this_year.day, ctx, follows_tense=True)[0] or year
    if foreign_election_day(g["name"], ctx.text):
        return Norm("DATE", f"{year:04d}-XX-XX", anchor=anchor)  # "security on the election day" abroad
    day = nz.holiday_day(g["name"], year)
    twice = lunar_days(g["name"], year) if anchor == "dct" and not g.get("y") and ctx.dct is not None else []
    if len(twice) > 1:
        # a lunar holiday that falls twice in the year: in the document's year the one nearest its date (the
        # tense chose that year), in a year after it the first, in a year before it the last
        this = year == ctx.dct.year
        day = _nearest_of_year(g["name"], year, ctx) if this else twice[0 if year > ctx.dct.year else -1]
    if day is None:
        # a lunar holiday in a year the table does not hold: the year is known, the day is not
        return Norm("DATE", f"{year:04d}-XX-XX", anchor=anchor) if lunar_column(g["name"]) else None
    if not g.get("part") and not g.get("tail") and lunar_column(g["name"]) and (told := told_day(day, ctx)):
        day = told  # "Eid al-Adha, which falls on Saturday": the day the text tells, a day off the table's
    if nz.mod_of(g.get("mod")) == "END" and lunar_column(g["name"]) == RAMADAN:
        day = ramadan_last_day(day) or day  # "the end of Ramadan": its last days, not its first
    if g.get("part") and not g.get("tail"):
        # "Christmas night", "on Thanksgiving morning": that part of the holiday
        return Norm("TIME", nz.part_value(Point(day, "day"), g["part"]), anchor=anchor)
    if (g.get("tail") or "").lower().endswith("weekend"):
        # "Labor Day weekend" is the weekend before a Monday holiday, else the weekend of its week
        week = (day - dt.timedelta(days=1 if day.isoweekday() == 1 else 0)).isocalendar()
        value = f"{week.year:04d}-W{week.week:02d}-WE"
        return Norm("DATE", value, mod=nz.mod_of(g.get("mod")), anchor=anchor)
    if (g.get("tail") or "").lower().endswith(("period", "season")):
        # "the Christmas sales period" is weeks around the day, not the day: its month
        return Norm("DATE", f"{day.year:04d}-{day.month:02d}", mod=nz.mod_of(g.get("mod")), anchor=anchor)
    if (g.get("tail") or "").lower() == "week" or g["name"].lower().endswith("week"):
        # "Easter week", "Christmas week", "Holy Week": the ISO week the day falls in
        week = day.isocalendar()
        return Norm("DATE", f"{week.year:04d}-W{week.week:02d}", mod=nz.mod_of(g.get("mod")), anchor=anchor)
    return Norm("DATE", day.isoformat(), mod=nz.mod_of(g.get("mod")), anchor=anchor)


def _nearest_of_year(name: str, year: int, ctx: Context) -> dt.date | None:
    """Return the day of a holiday in `year`; of a lunar one falling twice, the one nearest the document date.

    Eid al-Adha fell on Jan. 10 and Dec. 31, 2006: "the family will travel home for Eid al-Adha" written
    on Dec. 28 is Dec. 31, not the next year's.
    """
    days = lunar_days(name, year)
    if len(days) > 1 and ctx.dct is not None:
        return min(days, key=lambda day: abs(day - ctx.dct))
    return nz.holiday_day(name, year)


def _that_year(words: str, ctx: Context) -> tuple[int | None, str | None]:
    """Return the year "that year", "the following year"... name, from the last date of the text."""
    base, anchor = ctx.base()
    if base is None:
        return None, None
    words = " ".join(words.lower().split())
    offset = (
        1
        if words in ("the following", "the next")
        else -1
        if words in ("the previous", "the preceding")
        else 0
    )
    return base.day.year + offset, anchor


def relative_year(rel: str | None, ctx: Context) -> tuple[int | None, str | None]:
    if ctx.story_bc() is not None:
        return ctx.story_bc(), "ref"
    story = ctx.story()
    if story is not None:
        return story.day.year, "ref"
    if ctx.dct is None:
        return None, None
    offset = {"last": -1, "next": 1}.get((rel or "").lower(), 0)
    return ctx.dct.year + offset, "dct"


_POSSESSIVE = re.compile(r"['’]s\b")


def _possessive(month: int, ctx: Context) -> bool:
    """Say whether a bare month is possessive ("January's vote") and news stated one year for its dates."""
    year = ctx.month_years.get(month)
    return bool(year) and ctx.story() is None and _POSSESSIVE.match(ctx.text, ctx.end) is not None


@handles("month")
def _month(g: Groups, ctx: Context) -> Norm | None:
    month = nz.month_number(g["mon"])
    if month is None:
        return None
    rel = " ".join((g.get("rel") or "").lower().split())
    if rel.startswith("the "):  # "the previous April", "the following May": from the story
        rel = {"the next": "following", "the same": "same"}.get(rel, rel[4:])
    if rel == "same" and ctx.ref is not None:
        return Norm(
            "DATE", f"{nz.year_text(ctx.ref.day.year)}-{month:02d}", mod=nz.mod_of(g.get("mod")), anchor="ref"
        )
    mod = nz.mod_of(g.get("mod"))
    if g.get("era"):
        return Norm("DATE", f"BC{int(g['n']):04d}-{month:02d}", mod=mod)
    anchor: str | None = None
    year: int | None
    if g.get("that"):
        year, anchor = _that_year(g["that"], ctx)
    elif g.get("y"):
        year = nz._year(g["y"], ctx)
    elif rel in ("previous", "following", "preceding", "subsequent") and ctx.ref is not None:
        base = ctx.ref.day
        year = (
            base.year + (1 if month <= base.month else 0)
            if rel in ("following", "subsequent")
            else base.year - (1 if month >= base.month else 0)
        )
        anchor = "ref"
    elif g.get("ryear"):
        year, anchor = relative_year(g["ryear"], ctx)
    elif rel in ("last", "past", "previous") and ctx.dct is not None:
        year, anchor = ctx.dct.year - (1 if month >= ctx.dct.month else 0), "dct"
    elif rel in ("next", "coming") and ctx.dct is not None:
        year, anchor = ctx.dct.year + (1 if month <= ctx.dct.month else 0), "dct"
    elif rel in ("this", "current") and ctx.dct is not None:
        year, anchor = ctx.dct.year, "dct"
    elif _possessive(month, ctx):
        # "before January's vote" after "the vote is on January 25": the month's event, the date's year
        year, anchor = ctx.month_years[month], "dct"
    else:
        year, anchor = nz.resolve_month(month, ctx)
        # "from October to March": a span's year, told from now or in a story (not BC)
        if year is not None and (anchor == "dct" or anchor == "ref" and year > 0):
            year = _month_span_year(month, year, ctx)
    value = f"{nz.year_text(year)}-{month:02d}" if year else f"XXXX-{month:02d}"
    reported = rel == "that" and _REPORTED_THAT.search(ctx.text, max(0, ctx.start - 40), ctx.start)
    if reported and not g.get("mod"):
        # "said that January's vote was fair": "that" opens the reported clause, it is no determiner
        lead = re.match(r"that\s+", ctx.text[ctx.start : ctx.end], re.IGNORECASE)
        return Norm("DATE", value, anchor=anchor, skip=lead.end() if lead else 0)
    return Norm("DATE", value, mod=mod, anchor=anchor)


# A verb of saying or thinking up to three words before "that" ("told reporters on Monday that"): "that"
# is the conjunction of the reported clause ("said Monday that January was cold"), not "that January".
_REPORTED_THAT = re.compile(
    rf"\b(?:{SAYING_OR_KNOWING})"
    r"\s+(?:[\w-]+\s+){0,3}\Z",
    re.IGNORECASE,
)


# "from April to June", "July-September": the months of a span run forward, the end deciding the year.
_MONTH_SPAN_AFTER = re.compile(rf"\s*(?:-|–|to|through|until|till)\s*(?P<mon>{MONTH})(?![\w])", re.IGNORECASE)


def _month_span_year(month: int, year: int, ctx: Context) -> int:
    """Return the year of a month without one that opens or closes a span of months."""
    if (after_start := span_end_year(month, 1, ctx, listed=True)) is not None:
        return after_start
    span = _MONTH_SPAN_AFTER.match(ctx.text, ctx.end)
    if span is None:
        return year
    last = nz.month_number(span.group("mon")) or month
    end_year = nz.resolve_month(last, ctx)[0] or year
    return end_year - (month > last)
