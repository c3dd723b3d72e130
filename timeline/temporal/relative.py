"""Handlers for counted and named relative units: "two years ago", "last week", "the next year".

Durations are in durations.py, "the day"/"the weekend"/"the future" in theunit.py, sets in sets.py.
"""

from __future__ import annotations

import re

from timeline.temporal import compared, vocab
from timeline.temporal import normalize as nz
from timeline.temporal.anchor import Context
from timeline.temporal.dated_saying import month_before_saying
from timeline.temporal.fragments import MONTH
from timeline.temporal.next_period import from_today
from timeline.temporal.normalize import Norm
from timeline.temporal.quarterend import this_quarter_reported
from timeline.temporal.quoted_ahead import quoted_ahead
from timeline.temporal.quoted_days import said_days_back
from timeline.temporal.rules import Groups, handles
from timeline.temporal.same_day_past import past_same_day
from timeline.temporal.storyday import ago_in_story, bc_story_norm
from timeline.temporal.values import Point, fmt, fmt_within, shift
from timeline.temporal.year_earlier import compares_figures, same_sentence_ref

_BACKWARD = {"last", "past", "previous", "prior", "preceding", "this past"}
_FORWARD = {"next", "coming", "upcoming", "this coming"}
_ANAPHORIC_FORWARD = {"following", "subsequent", "ensuing"}
_ANAPHORIC_SAME = {"same", "that", "the same", "that same"}
_STEP_WORDS = ("next", "previous")  # "the next day", "the previous month": one step from the story's date


def _halved(g: Groups) -> Groups:
    """Rewrite "half a <unit>" as the whole count of the smaller unit it is ("half an hour": 30 minutes)."""
    if (g.get("n") or "").lower().split() not in (["half", "a"], ["half", "an"], ["a", "half"]):
        return g
    unit = nz.unit_gran(g["unit"])
    for whole, count, smaller, _example in vocab.HALVES:
        if unit == whole:
            return {**g, "n": str(count), "unit": smaller}
    return g


def _shifted(base: Point, unit: str, count: int, ctx: Context) -> Point:
    gran = unit if unit in ("day", "week", "month", "quarter", "year", "decade", "century") else "day"
    quarter = ctx.quarter
    if quarter is None and ctx.ref is not None and ctx.ref.gran in ("quarter", "half"):
        quarter = ctx.ref
    if unit == "year" and quarter is not None and compares_figures(ctx) and not compared.elsewhere(ctx):
        return shift(quarter, "year", count)  # results: "a year ago" is the same quarter last year
    if unit == "year" and count == -1 and base.gran == "month" and same_sentence_ref(ctx):
        return shift(base, "year", count)  # "orders in February rose 9% from a year earlier": last February
    if unit == "week":
        gran = "day" if base.gran == "day" else "week"
    return shift(base, unit, count, gran=gran)


# ", in 1990" right after an anaphoric count of years names its year: "two years earlier, in 1990".
_APPOSED_YEAR = re.compile(r",\s*in\s+(?P<year>1\d{3}|20\d\d)\b(?![-–/]|\s*(?:BC|B\.C\.|BCE)\b)")
# The value of a date counted from an untold moment, by the unit counted: only its granularity is known.
_UNKNOWN = {"month": "XXXX-XX", "week": "XXXX-WXX", "day": "XXXX-XX-XX"}
# A count in these units is too fine to count from a decade ("the late 1980s") when a year was told.
_FINER_THAN_DECADE = ("year", "half", "quarter", "season", "month", "week", "day")


def untold_count_after(g: Groups, count: float | None, unit: str, anchor: str | None, ctx: Context) -> bool:
    """Say whether "weeks later" counts an untold number of units from a told date, in a past clause.

    Only the bare plural ("days later", "Weeks later"): "a few months later" stays FUTURE_REF, as WikiWars
    writes it.
    """
    return (
        count is None
        and (g.get("n") or "").lower() == "some"
        and anchor == "ref"
        and unit in ("day", "week", "month", "year")
        and " ".join(g["dir"].lower().split()) == "later"
        and ctx.tense() == "past"
    )


@handles("ago")
def _ago(g: Groups, ctx: Context) -> Norm | None:
    if g.get("unit2"):  # "hours later", "decades ago": an unknown count
        g = {"n": "some", "unit": g["unit2"], "dir": g["dir2"]}
    elif g.get("letter"):  # "2h ago": the letter's unit
        g = {**g, "unit": nz.unit_of_letter(g["letter"])}
    g = _halved(g)
    count = nz.number(g["n"])
    unit = nz.unit_gran(g["unit"])
    if count is not None and g["unit"].lower().startswith("fortnight"):
        count *= 2  # "a fortnight ago": two weeks back
    if count is not None and g.get("half"):
        count += 0.5  # "a year and a half ago"
    if count is not None and count != int(count) and unit == "year" and count * 12 == int(count * 12):
        count, unit = count * 12, "month"  # "two and a half years ago": 30 months back, to the month
    direction = " ".join(g["dir"].lower().split())
    sign = 1 if direction in ("later", "after", "from now", "hence", "on") else -1
    if direction in ("ago", "from now", "hence", "back"):
        base, anchor = ctx.now()
        if direction == "ago" and (told := ago_in_story(ctx)) is not None:
            base, anchor = told, "ref"  # "Thieu suggested Kissinger had tricked him two years ago" (in 1975)
    else:
        base, anchor = ctx.base()
        apposed = _APPOSED_YEAR.match(ctx.text, ctx.end) if unit == "year" else None
        if apposed:
            return Norm("DATE", apposed.group("year"))  # "two years earlier, in 1990": the year says which
        if base is not None and base.gran in ("decade", "century") and unit in _FINER_THAN_DECADE:
            # "It opened in 1984 and grew through the 1980s. Two years later it closed.": count from the year
            # told inside the decade; a year outside it ("born in 1950 ... in the 1970s") is another time.
            story = ctx.story_point
            if story is not None and story.gran in _FINER_THAN_DECADE and ctx.bc_year is None:
                if fmt(Point(story.day, base.gran)) == fmt(base):
                    base, anchor = story, "ref"
            if base.gran in ("decade", "century") and g.get("n") and ctx.story_bc() is None:
                # "In the 1980s the talks stalled. Three years later ...": no year inside the decade to count
                # from, and its first year is no better than its last; the year is unknown (TIMEX3 X)
                return Norm("DATE", _UNKNOWN.get(unit, "XXXX"), anchor=anchor)
        elif (
            base is not None
            and anchor == "dct"
            and sign > 0
            and g.get("n")
            and unit == "year"
            and ctx.tense() == "past"
        ):
            # "After a decade of talks, the treaty was signed three years later.": no date told before, and a
            # past event cannot lie years after the document date; the count runs from an untold moment.
            # Days and weeks ("The strike ended a week later.") still count from the document date, as
            # round 12 has them: a report may be dated a little before the events it tells.
            return Norm("DATE", "XXXX", anchor=anchor)
    # "some 15 years ago": the approximator stands outside the extent (as for lengths), yet approximates it
    mod = nz.quantity_mod(g.get("qm")) or ("APPROX" if g.get("orso") else None)
    mod = mod or (nz.approximate(ctx) if direction in ("ago", "back") else None)
    bc = ctx.story_bc()
    if bc is not None and count is not None and count == int(count) and unit in ("year", "decade", "century"):
        years = int(count) * {"year": 1, "decade": 10, "century": 100}[unit]
        return Norm("DATE", nz.year_text(bc + sign * years), mod=mod, anchor="ref")
    clock = unit in ("hour", "minute", "second")
    # "two hours ago", "hours later" (after a date): a time on the reference day, its clock unknown
    # (TIMEX3 TXX); a day or more of hours ("48 hours ago") moves the day. A counted "two hours later"
    # stays the duration the gold corpora write, with "later" as its signal. "Hours later" with no date
    # before it counts from an unknown moment: only its direction is known.
    deictic = direction in ("ago", "from now", "hence", "back") or (count is None and anchor != "dct")
    whole = count is None or count == int(count)
    if clock and deictic and whole and base is not None and base.gran == "day":
        days = int(count) // 24 if unit == "hour" and count is not None else 0
        return Norm("TIME", fmt(shift(base, "day", sign * days)) + "TXX", mod=mod, anchor=anchor)
    bc_untold = bc is not None and count is None and unit in _UNKNOWN  # "weeks later" in a BC story
    if bc_untold or untold_count_after(g, count, unit, anchor, ctx):
        # "In October 2021 the groups were banned. Weeks later, it was revealed ...": after a told date, in
        # the past, the count runs from that date and lies behind the writer; only its unit is known (in a
        # story told in years BC, whatever was told before: "In 480 BC ... weeks later" is BCXXXX-WXX)
        era = "BC" if bc is not None else ""
        return Norm("DATE", era + _UNKNOWN.get(unit, "XXXX"), anchor=anchor)
    if count is None or base is None or count != int(count):
        return Norm("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", anchor=anchor)
    years = int(count) * {"year": 1, "decade": 10, "century": 100, "millennium": 1000}.get(unit, 0)
    if years >= 1000:
        # "2,000 years ago" is known to the century at best, and may fall before year 1: counted in
        # whole years (no year 0), 2,500 years before 2006 is 495 BC, the 5th century BC (BC04).
        year = base.day.year + sign * years
        century = year // 100 if year > 0 else (-year) // 100 + 1
        value = f"{century:02d}" if year > 0 else f"BC{century - 1:02d}"
        return Norm("DATE", value, mod=mod or nz.mod_of(g.get("mod")), anchor=anchor)
    if clock:
        return Norm("DURATION", nz.duration_value(count, g["unit"]), mod=mod)
    if unit in ("decade", "century"):
        # "a decade ago" is the year ten years back, not the decade it falls in.
        count, unit = count * (10 if unit == "decade" else 100), "year"
    point = _shifted(base, unit, sign * int(count), ctx)
    # "a week ago", "six weeks ago" name the week: the TIMEX3 value keeps the expression's unit as its
    # granularity (as "three days ago" is a day), and TimeBank and AQUAINT annotate "six weeks ago" so
    weeks = unit == "week" and direction == "ago" and point.gran == "day"
    value = fmt(Point(point.day, "week")) if weeks else fmt_within(point, base.gran)
    return Norm("DATE", value, mod=mod or nz.mod_of(g.get("mod")), anchor=anchor)


# "the last day of hearings", "the final day of the summit": the closing day of an episode, not yesterday;
# not a day of the calendar ("the last day of the year", "of March"), which says which day it is.
_OF_EPISODE = re.compile(
    rf"\s+of\s+(?!(?:(?:the|this|that|its|his|her|their|our|each|every)\s+)?(?:[\w-]+\s+)?"
    rf"(?:year|month|week|quarter|half|decade|century|season|campaign|term|{MONTH})s?\b)[a-z]",
    re.IGNORECASE,
)


@handles("relunit")
def _relunit(g: Groups, ctx: Context) -> Norm | None:
    rel = " ".join(g["rel"].lower().split())
    rel = "next" if rel == "nxt" else rel
    unit = g["unit"].lower()
    if g.get("det") and rel in ("last", "final") and unit == "day" and _OF_EPISODE.match(ctx.text, ctx.end):
        # as "the final day of hearings" (periods.nthday): the day the text is at, the last date told or today
        base, anchor = ctx.base()
        if base is not None and base.gran != "day":
            base, anchor = ctx.now()  # "aspirants for 2008 ... On the last day of the summit": no day told
        if base is None:
            return Norm("DATE", "XXXX-XX-XX")
        return Norm("DATE", fmt(Point(base.day, "day")), anchor=anchor)
    unit = {"wk": "week", "wknd": "weekend", "wkend": "weekend", "yr": "year"}.get(unit, unit)
    # In results reporting "the latest period" is the quarter just reported.
    gran = {"night": "day", "weekend": "weekend", "fortnight": "week", "period": "quarter"}.get(unit, unit)
    if unit == "period" and rel not in ("latest", "recent", "same", "the same", "that", "comparable"):
        return None
    mod = nz.mod_of(g.get("mod"))
    more = (g.get("more") or "").lower()
    if more:
        mod = "START" if more == "earlier" else "END"
    if g.get("orso"):
        mod = "APPROX"  # "the next year or so"
    bc = ctx.story_bc()
    if (
        bc is not None
        and gran in ("year", "decade", "century")
        and (
            rel in _ANAPHORIC_FORWARD
            or rel in _ANAPHORIC_SAME
            or (g.get("det") and rel in ("next", "previous"))
        )
    ):
        step = 0 if rel in _ANAPHORIC_SAME else -1 if rel == "previous" else 1
        return Norm("DATE", _bc_period(bc, gran, step), anchor="ref")
    if (
        bc is not None
        and (rel in _ANAPHORIC_FORWARD or rel in _ANAPHORIC_SAME or g.get("det") and rel in _STEP_WORDS)
        and (told := bc_story_norm(bc, unit, mod=mod, month=ctx.bc_month if rel in _ANAPHORIC_SAME else None))
    ):
        return told  # "that same day", "the next day" in a story told in years BC: the story's year
    if rel == "this" and unit == "quarter" and (reported := this_quarter_reported(ctx)) is not None:
        return Norm("DATE", fmt(reported), mod=mod, anchor="ref")  # "This quarter's loss", after Q3 results
    if rel == "that" and gran == "quarter" and ctx.told_quarter is not None:
        # "the second quarter ended Oct. 31 ... Results for that quarter": the quarter told, not its day
        return Norm("DATE", fmt(ctx.told_quarter), mod=mod, anchor="ref")
    if g.get("det") and rel == "next" and (counted := from_today(gran, ctx)) is not None:
        base, anchor, count = counted  # "next year ... the next fiscal year": the coming one, from today
    elif g.get("det") and rel in ("next", "previous", "prior", "preceding"):
        base, anchor = ctx.base()  # "the next day", "the previous year": from the story, not from today
        count = 1 if rel == "next" else -1
        if gran == "month" and count < 0 and (named := month_before_saying(ctx)) is not None:
            base = named  # "orders in February rose, the agency said Thursday. ... the previous month"
        elif count < 0 and quoted_ahead(ctx):
            base, anchor = ctx.now()  # "'Calm next week,' he said. Volume rose from the previous week"
    elif rel == "next" and unit in ("day", "night") and ctx.next_told():
        base, anchor, count = ctx.ref, "ref", 1  # "On 3 May it rained. Next day it snowed.": May 4
    elif rel in _ANAPHORIC_FORWARD or rel in _ANAPHORIC_SAME:
        base, anchor = ctx.base()
        count = 1 if rel in _ANAPHORIC_FORWARD else 0
        if not count and gran == "day" and (told := past_same_day(ctx)) is not None:
            base, anchor = told  # "set to close on Sunday night. He told us earlier the same day": not Sunday
    elif rel in ("recent", "latest"):
        base, anchor = ctx.now()
        count = -1  # the latest quarter is the last one that has ended
    else:
        base, anchor = ctx.now()
        count = -1 if rel in _BACKWARD else 1 if rel in _FORWARD else 0
        if anchor == "dct" and gran in ("week", "weekend") and (back := said_days_back(ctx)):
            base, anchor = shift(base, "day", -back), "ref"  # "'This week we sign,' he said Sunday": Sunday's
    if anchor == "ref" and count and base is not None and _coarse_story(base, gran, ctx):
        # "The fair opened in 2019. It closes the next weekend.": a year gives no week to count from, and
        # a clause not in the past speaks from the writer's day ("that day" stays inside the year)
        base, anchor = ctx.now()
    before = ctx.text[max(0, ctx.start - 12) : ctx.start].lower()
    if (
        g.get("det")
        and rel in ("past", "last", "coming")
        and gran in ("year", "decade", "century", "month")
        and re.search(r"\b(?:in|over|during|for|throughout)\s+$", before)
        # "during the last fiscal year" is the accounting year before this one, a date
        and not re.search(r"(?i)\b(?:fiscal|financial|budget)\s", ctx.text[ctx.start : ctx.end])
    ):
        return Norm("DURATION", nz.duration_value(1, unit))  # "over the past decade": a span up to now
    if g.get("det") and rel == "past" and gran in ("decade", "century"):
        # "one of the great events of the past century" (written in 1989): the hundred years up to now,
        # a DURATION as TimeBank tags "the past decade" (P10Y); "the last century" stays the calendar one
        return Norm("DURATION", nz.duration_value(1, unit), mod=mod)
    if g.get("det") and rel == "past" and unit == "week" or _last_week_span(g, rel, unit, before, ctx):
        # "prices rose 3% over the past week", "the past week has been hard": the seven days up to now (a
        # span anchored to the document date), not the calendar week before this one ("last week")
        # its end is the document date (the end of the range the event layer dates its clause to)
        end = ctx.dct.isoformat() if ctx.dct is not None else None
        return Norm("DURATION", "P1W", mod=mod, anchor="dct" if end else None, end_value=end)
    if g.get("det") and rel in ("past", "last") and unit == "fortnight":
        # "over the last fortnight", "the past fortnight": the fourteen days up to now, as "the past week";
        # no calendar fortnight stands for "last fortnight" as a calendar week does for "last week"
        end = ctx.dct.isoformat() if ctx.dct is not None else None
        return Norm("DURATION", "P2W", mod=mod, anchor="dct" if end else None, end_value=end)
    if base is None:
        return Norm("DATE", "PAST_REF" if count < 0 else "FUTURE_REF" if count > 0 else "PRESENT_REF")
    if unit == "night":
        point = shift(base, "day", count, gran="day")
        return Norm("TIME", nz.part_value(point, "night"), mod=mod, anchor=anchor)  # "late last night": END
    if gran == "half":
        point = shift(base, "half", count, gran="half")
    else:
        point = shift(base, gran if gran != "weekend" else "week", count, gran=gran)
        if unit == "period" and ctx.ref is not None and ctx.ref.gran == "quarter" and rel != "latest":
            point = ctx.ref
    return Norm("DATE", fmt_within(point, base.gran), mod=mod, anchor=anchor)


# "over the last week", "in the last week", "during the last week": the seven days up to now, as "the past
# week" is; "was in Leeds last week" stays the calendar week before this. After "for" it takes a present
# perfect in its sentence ("has been in Leeds for the last week"; "paid for the last week" names a week).
# (a period inside the sentence, as in "has been in Dover, Del., for the last week", does not end it)
_SPAN_BEFORE = re.compile(r"\b(?:over|in|during|throughout|within)\s+$")
_NAMED_WEEK_AFTER = re.compile(r"\s+(?:of|before|after|ahead)\b")
_PERFECT_BEFORE = re.compile(
    r"\b(?:has|have|hasn't|haven't|'ve)\b(?:[^.!?;]|\.(?!\s+[A-Z\"“]))*\Z",
    re.IGNORECASE,
)


def _last_week_span(g: Groups, rel: str, unit: str, before: str, ctx: Context) -> bool:
    """Say whether "the last week" is the seven days up to now ("over the last week"), as "the past week"."""
    if not (g.get("det") and rel == "last" and unit == "week"):
        return False
    if _NAMED_WEEK_AFTER.match(ctx.text, ctx.end):
        return False  # "in the last week of the tour", "the last week before the vote": a week of something
    if _SPAN_BEFORE.search(before):
        return True
    perfect = _PERFECT_BEFORE.search(ctx.text, max(0, ctx.start - 100), ctx.start) is not None
    return perfect and re.search(r"\bfor\s+$", before) is not None


def _coarse_story(base: Point, gran: str, ctx: Context) -> bool:
    """Say whether a story date coarser than a week stands behind a day or week unit in a non-past clause."""
    coarse = base.gran in ("year", "decade", "century", "half", "quarter", "month")
    return coarse and gran in ("day", "week", "weekend") and ctx.dct is not None and ctx.tense() != "past"


def _bc_period(year: int, gran: str, step: int) -> str:
    """Write the year, decade or century `step` periods after a BC `year` (-491): BC0490, BC048, BC04."""
    if gran == "year":
        return nz.year_text(year + step)
    size = 10 if gran == "decade" else 100
    period = (-year) // size - step  # BC periods count down as time goes on
    return f"BC{period:03d}" if gran == "decade" else f"BC{period:02d}"
