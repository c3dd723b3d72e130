"""Handlers for relative expressions: day words, "last week", "two years ago", durations (sets: sets.py)."""

from __future__ import annotations

import re

from timeline.temporal import normalize as nz
from timeline.temporal import vocab
from timeline.temporal.anchor import Context
from timeline.temporal.normalize import Norm, approximate
from timeline.temporal.rules import Groups, handles
from timeline.temporal.values import Point, fmt, fmt_within, shift

_BACKWARD = {"last", "past", "previous", "prior", "preceding", "this past"}
_FORWARD = {"next", "coming", "upcoming", "this coming"}
_ANAPHORIC_FORWARD = {"following", "subsequent", "ensuing"}
_ANAPHORIC_SAME = {"same", "that", "the same", "that same"}
_STEPS = {"before": -1, "earlier": -1, "after": 1, "following": 1, "later": 1}
_AMOUNT_BEFORE = re.compile(
    r"(?:(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few)\s*"
    r"(?:%|percent|per\s+cent|(?:(?:million|billion|thousand)\s*)?[a-z]+)?"
    # "150 liters per head a day", "6 million U.S. a year"
    r"(?:\s+(?:per\s+(?:head|person|capita)|each|U\.S\.))?"
    # "16 billion doses of flu vaccine a year", "2 million barrels of oil a day": what is counted
    # ("10 percent of his time for a year" is a length: no preposition before the unit)
    r"(?:\s+of\s+(?:[a-z-]+\s+){0,3}(?!(?:for|in|over|within|after|about|during|by|than|from|to|nearly|almost"
    r"|only|just|at|on|since|until|under)\b)[a-z-]+)?|\$\S+|percent|times)\s*$",
    re.IGNORECASE,
)
# What follows "hours" or "days" that sits between two events: "hours after the rebels left".
_BETWEEN_EVENTS = re.compile(r"\s+(?:after|before)\s+(?:(?:the|a|an|his|her|their|its)\s+)?[a-z]")

# "14 million yuan (1.7 million dollars) a year": the rate follows a bracketed conversion.
_BRACKET_TAIL = re.compile(r"\s*\([^()]{1,60}\)\s*$")
# "last" after a modal, "to" or "which" is the verb "to last": "will last three days", "expected to last".
_LAST_VERB = re.compile(
    r"(?:\b(?:will|would|could|can|may|might|should|must|to|not|cannot|which|usually|typically)|n['’]t)\s+$"
)


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
    if unit == "year" and ctx.quarter is not None:
        return shift(ctx.quarter, "year", count)  # results: "a year ago" is the same quarter last year
    if unit == "year" and ctx.ref is not None and ctx.ref.gran in ("quarter", "half"):
        return shift(ctx.ref, "year", count)
    if unit == "week":
        gran = "day" if base.gran == "day" else "week"
    return shift(base, unit, count, gran=gran)


@handles("ago")
def _ago(g: Groups, ctx: Context) -> Norm | None:
    if g.get("unit2"):  # "hours later", "decades ago": an unknown count
        g = {"n": "some", "unit": g["unit2"], "dir": g["dir2"]}
    g = _halved(g)
    count = nz.number(g["n"])
    unit = nz.unit_gran(g["unit"])
    if count is not None and g["unit"].lower().startswith("fortnight"):
        count *= 2  # "a fortnight ago": two weeks back
    direction = " ".join(g["dir"].lower().split())
    sign = 1 if direction in ("later", "after", "from now", "hence", "on") else -1
    if direction in ("ago", "from now", "hence", "back"):
        base, anchor = ctx.now()
    else:
        base, anchor = ctx.base()
    mod = nz.quantity_mod(g.get("qm")) or ("APPROX" if g.get("orso") else None)
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


@handles("relunit")
def _relunit(g: Groups, ctx: Context) -> Norm | None:
    rel = " ".join(g["rel"].lower().split())
    rel = "next" if rel == "nxt" else rel
    unit = g["unit"].lower()
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
    if g.get("det") and rel in ("next", "previous", "prior", "preceding"):
        base, anchor = ctx.base()  # "the next day", "the previous year": from the story, not from today
        count = 1 if rel == "next" else -1
    elif rel in _ANAPHORIC_FORWARD or rel in _ANAPHORIC_SAME:
        base, anchor = ctx.base()
        count = 1 if rel in _ANAPHORIC_FORWARD else 0
    elif rel in ("recent", "latest"):
        base, anchor = ctx.now()
        count = -1  # the latest quarter is the last one that has ended
    else:
        base, anchor = ctx.now()
        count = -1 if rel in _BACKWARD else 1 if rel in _FORWARD else 0
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
    if base is None:
        return Norm("DATE", "PAST_REF" if count < 0 else "FUTURE_REF" if count > 0 else "PRESENT_REF")
    if unit == "night":
        point = shift(base, "day", count, gran="day")
        return Norm("TIME", nz.part_value(point, "night"), anchor=anchor)
    if gran == "half":
        point = shift(base, "half", count, gran="half")
    else:
        point = shift(base, gran if gran != "weekend" else "week", count, gran=gran)
        if unit == "period" and ctx.ref is not None and ctx.ref.gran == "quarter" and rel != "latest":
            point = ctx.ref
    return Norm("DATE", fmt_within(point, base.gran), mod=mod, anchor=anchor)


def _coarse_story(base: Point, gran: str, ctx: Context) -> bool:
    """Say whether a story date coarser than a week stands behind a day or week unit in a non-past clause."""
    coarse = base.gran in ("year", "decade", "century", "half", "quarter", "month")
    return coarse and gran in ("day", "week", "weekend") and ctx.dct is not None and ctx.tense() != "past"


@handles("duration")
def _duration(g: Groups, ctx: Context) -> Norm | None:
    count = nz.number(g["n"])
    if g.get("half") and count is not None:
        count += 0.5  # "a minute and a half"
    n_text = g["n"].lower()
    if n_text in ("a", "an") and not (g.get("det") or g.get("qm") or g.get("rel") or g.get("tail")):
        # "a week-long adjournment" is a length even after a number ("November 28 before a week-long")
        before = ctx.text[max(0, ctx.start - 80) : ctx.start]
        if _AMOUNT_BEFORE.search(_BRACKET_TAIL.sub("", before)):
            return Norm("SET", nz.duration_value(1, g["unit"]))
    if count is not None and count > 5000:
        return None
    before = ctx.text[max(0, ctx.start - 12) : ctx.start].lower()
    if (
        n_text == "one"
        and g["unit"].lower() == "day"
        and re.search(r"\b(?:will|would|could|may|might)\s+$", before)
    ):
        return Norm("DATE", "FUTURE_REF")  # "it will one day be": some day ahead, not a day long
    if (
        count is not None
        and count == int(count)
        and not g.get("det")
        and not g.get("rel")
        and not g.get("qm")
        and re.search(r"\bin\s+$", before)
        and not re.match(r"['’]s\b", ctx.text[ctx.end : ctx.end + 3])  # "cram in a month's training"
        and ctx.tense() == "future"
        and ctx.dct is not None
        and ctx.story() is None
    ):
        # "redeemed in five years": the date five years on, not a span.
        unit = nz.unit_gran(g["unit"])
        if unit in ("day", "week", "month", "quarter", "year"):
            point = shift(Point(ctx.dct, "day"), unit, int(count), gran="day" if unit == "week" else unit)
            return Norm("DATE", fmt(point), anchor="dct")
    skip = 0
    adjective = "-" in g.get("sep", "") or (
        count is not None and count > 1 and not g["unit"].lower().endswith("s") and g["unit"].lower() != "hrs"
    )
    if (g.get("rel") or "").lower() == "last" and not g.get("det") and _LAST_VERB.search(before):
        # "will last three days": "last" is the verb, the span is "three days".
        rest = ctx.text[ctx.start + 4 : ctx.end]
        skip = 4 + len(rest) - len(rest.lstrip())
    elif n_text in ("a", "an") and g.get("tail") and not (g.get("det") or g.get("qm") or g.get("rel")):
        # "a decade-long war": the article belongs to the noun; the count is one
        rest = ctx.text[ctx.start + len(g["n"]) : ctx.end]
        skip = len(g["n"]) + len(rest) - len(rest.lstrip())
    elif g.get("det") and adjective and not g.get("qm") and not g.get("rel"):
        # An adjective ("a 16-hour flight", "a two day rally"): the determiner belongs to the noun.
        skip = (
            len(g["det"])
            + len(ctx.text[ctx.start + len(g["det"]) :])
            - len(ctx.text[ctx.start + len(g["det"]) :].lstrip())
        )
    mod = nz.quantity_mod(g.get("qm")) or approximate(ctx)
    return Norm("DURATION", nz.duration_value(count, g["unit"]), mod=mod, skip=skip)


@handles("dur_bare")
def _dur_bare(g: Groups, ctx: Context) -> Norm | None:
    rel = " ".join((g.get("rel") or "").lower().split())
    unit = g["unit"].lower()
    if g.get("long"):
        # "the decades-long feud": the adjective alone, whatever word came before it
        skip = ctx.end - ctx.start - len(unit) - len(g["long"])
        return Norm("DURATION", nz.duration_value(None, unit), skip=skip)
    if rel == "last" and _LAST_VERB.search(ctx.text[max(0, ctx.start - 12) : ctx.start].lower()):
        # "could last weeks": a span of weeks, "last" being the verb
        return Norm("DURATION", nz.duration_value(None, unit), skip=ctx.end - ctx.start - len(unit))
    if rel == "recent" and unit == "years":
        return Norm("DATE", "PAST_REF")
    if rel in ("past", "last", "the past", "the last", "previous"):
        return Norm("DATE", "PAST_REF")
    if rel in ("coming", "next", "the next", "the coming"):
        return Norm("DATE", "FUTURE_REF")
    if rel in ("", "the") and not g.get("ahead"):
        # A bare plural is a duration after a preposition of extent: "for years", "over the years".
        before = ctx.text[max(0, ctx.start - 12) : ctx.start].lower()
        extent = re.search(r"\b(?:for|over|in|within|during|took|take|takes|taking|lasted|last)\s+$", before)
        # "troops entered hours after the rebels left": an unknown count of hours between two events
        between = (
            rel == ""
            and _BETWEEN_EVENTS.match(ctx.text, ctx.end)
            and not re.search(r"\b(?:of|first|final|early|last|few|those|these|many)\s+$", before)
        )
        if not extent and not between:
            return None
        following = ctx.text[ctx.end : ctx.end + 12]
        if rel == "the" and re.match(r"\s+(?:before|after|that|following|since|when)\b", following):
            # "in the weeks before the shooting": the noun phrase runs on; the time word is "weeks".
            return Norm("DURATION", nz.duration_value(None, g["unit"]), skip=4)
    return Norm("DURATION", nz.duration_value(None, g["unit"]))


@handles("ref")
def _ref(g: Groups, ctx: Context) -> Norm | None:
    value = nz.reference(g["ref"])
    if value and g["ref"].lower() == "the future" and _FUTURE_NOUN.match(ctx.text, ctx.end):
        # "the future government", "the future SAR": "future" modifies the noun, the article is the noun's
        return Norm("DATE", value, skip=4)
    return Norm("DATE", value) if value else None


# Nouns "future" modifies ("the future government"; the example is the row's noun), or an acronym ("the
# future SAR"); "the future is", "the future of", "the future looks" keep the noun "the future".
_FUTURE_NOUNS = (
    "government|administration|president|leader|leaders|king|queen|prime|minister|ministers|chancellor"
    "|premier|ruler|head|chief|cabinet|parliament|status|role|generations|generation|members|member"
    "|relations|capital|owner|owners|wife|husband|heir|successor|site|home|headquarters|state|regime"
)
_FUTURE_NOUN = re.compile(rf"\s+(?:(?:{_FUTURE_NOUNS})\b|[A-Z]{{2,}}\b)")
_WEEKDAY_NEXT = re.compile(r",?\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


@handles("theunit")
def _the_unit(g: Groups, ctx: Context) -> Norm | None:
    det = " ".join((g.get("det") or "the").lower().split())
    unit = g["unit"].lower()
    if unit in ("time", "period"):
        return None
    base, anchor = ctx.base()
    if unit in ("morning", "afternoon", "evening", "night"):
        return Norm("TIME", nz.part_value(base, unit), anchor=anchor)
    if det in ("the whole", "the entire"):
        return Norm("DURATION", nz.duration_value(1, unit))
    if unit == "year" and re.match(r"\s+of\s+\d{4}\b", ctx.text[ctx.end : ctx.end + 12]):
        return None  # "in the year of 2002-2003": the years that follow carry the value
    if unit == "year" and re.match(r"\s+(?:ended|ending|to|through)\b", ctx.text[ctx.end : ctx.end + 10]):
        return Norm("DURATION", nz.duration_value(1, unit))  # "the year ended Sept. 30" is a span
    if unit == "weekend" and ctx.story() is None and ctx.dct is not None:
        # "the weekend" in news is the one just past, or the coming one when the verb looks ahead.
        tense = ctx.tense()
        # written late in the week with no past verb, it is the coming one: "a meeting over the weekend"
        ahead = tense == "future" or (tense is None and ctx.dct.isoweekday() in (4, 5))
        # the ISO week holds its own weekend: from Monday to Saturday the coming one is this week's
        if ahead:
            step = 0 if ctx.dct.isoweekday() < 7 else 1
        else:
            step = -1 if ctx.dct.isoweekday() < 6 else 0
        point = shift(Point(ctx.dct, "weekend"), "week", step)
        return Norm("DATE", fmt(point), anchor="dct")
    if unit == "quarter" and (ctx.ref is None or ctx.ref.gran != "quarter") and ctx.dct is not None:
        base, anchor = shift(Point(ctx.dct, "quarter"), "quarter", -1), "dct"
    if unit == "year" and ctx.story_bc() is not None:
        return Norm("DATE", nz.year_text(ctx.story_bc()), anchor="ref")
    if base is None:
        return None
    if anchor == "ref" and base.gran in ("decade", "century", "millennium") and ctx.dct is not None:
        # "the 12th century ... later in the day": no day is known within a century; the news day is
        base, anchor = Point(ctx.dct, "day"), "dct"
    if unit == "day" and det == "the" and _WEEKDAY_NEXT.match(ctx.text, ctx.end):
        return None  # "during the day Friday": the weekday names the day, as TimeBank tags it alone
    news = ctx.dct is not None and ctx.story() is None
    if unit == "day" and anchor == "ref" and base.gran != "day" and news:
        # news: "a party elected in 2005 ... Earlier in the day" is the day of the report, not a day of 2005
        base, anchor = Point(ctx.dct, "day"), "dct"
    gran = "weekend" if unit == "weekend" else unit
    step = _STEPS.get((g.get("step") or "").lower(), 0)
    if step:
        # "The day before, ...": one unit from the date the text last gave.
        return Norm("DATE", fmt_within(shift(base, gran, step, gran=gran), base.gran), anchor=anchor)
    # "The day" after "in 1990" is some day of 1990 (1990-XX-XX), not New Year's Day.
    value = fmt_within(Point(base.day, gran), base.gran)
    return Norm("DATE", value, mod=nz.mod_of(g.get("mod")), anchor=anchor)


# A short message (a tweet, a status line) speaks of its own moment: a bare "day" or "night" in it
# is a time expression; in an article the same word is usually not.
SHORT_MESSAGE = 320
_BARE_PARTS = {
    "night": "night",
    "nights": "night",
    "morning": "morning",
    "mornings": "morning",
    "afternoon": "afternoon",
    "afternoons": "afternoon",
    "evening": "evening",
    "evenings": "evening",
}


@handles("bare")
def _bare(g: Groups, ctx: Context) -> Norm | None:
    if len(ctx.text) > SHORT_MESSAGE:
        return None
    word = g["unit"].lower()
    base, anchor = ctx.now()
    if word in _BARE_PARTS:
        return Norm("TIME", nz.part_value(base, _BARE_PARTS[word]), anchor=anchor)
    season = nz.season_code(word)
    if season:
        return Norm("DATE", f"{base.day.year:04d}-{season}" if base else f"XXXX-{season}", anchor=anchor)
    if word.startswith("weekend"):
        return Norm("DATE", fmt(Point(base.day, "weekend")) if base else "XXXX-WXX-WE", anchor=anchor)
    return Norm("DURATION", nz.duration_value(None if word.endswith("s") else 1, word))


def _bc_period(year: int, gran: str, step: int) -> str:
    """Write the year, decade or century `step` periods after a BC `year` (-491): BC0490, BC048, BC04."""
    if gran == "year":
        return nz.year_text(year + step)
    size = 10 if gran == "decade" else 100
    period = (-year) // size - step  # BC periods count down as time goes on
    return f"BC{period:03d}" if gran == "decade" else f"BC{period:02d}"
