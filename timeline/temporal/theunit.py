"""Handlers for a unit named by its article or alone: "the day", "the weekend", "the future", "night".

Registered in `rules.HANDLERS` on import, like the handlers of relative.py and durations.py.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.temporal import normalize as nz
from timeline.temporal.anchor import Context
from timeline.temporal.dated_saying import weekend_from_saying
from timeline.temporal.eventunits import (
    PARTS,
    SENTENCE_BREAK,
    UNKNOWN,
    each_event,
    event_offset,
    offset_from_event,
)
from timeline.temporal.messages import short_message
from timeline.temporal.normalize import Norm
from timeline.temporal.quarterend import quarter_ended
from timeline.temporal.quoted_ahead import quoted_ahead
from timeline.temporal.rules import Groups, handles
from timeline.temporal.tensewords import SAID_PAST
from timeline.temporal.values import Point, fmt, fmt_within, shift

_STEPS = {"before": -1, "earlier": -1, "after": 1, "following": 1, "later": 1}


# "later in the day": the rest of a day, which lies ahead only of the writer's own day.
_LATER_IN = re.compile(r"\blater\s+in\s+\Z", re.IGNORECASE)


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
_ON_OR_BESIDE = re.compile(r"(?:\bon|\d,|\w\.,)\s+\Z", re.IGNORECASE)
# "the year ended Sept. 30", "the year to March", "the year to date": a span ending on a date; not "it could
# take until the end of the year to repair", where "to" opens a verb (a capital opens a month: "to March").
_YEAR_TO = re.compile(r"\s+(?:ended|ending|through\b|to\s+(?:date\b|the\b|\d|[A-Z][a-z]+\b))")
_WEEKDAY_NEXT = re.compile(r",?\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


@handles("theunit")
def _the_unit(g: Groups, ctx: Context) -> Norm | None:
    det = " ".join((g.get("det") or "the").lower().split())
    unit = g["unit"].lower()
    if unit in ("time", "period"):
        return None
    base, anchor = ctx.base()
    if det == "the" and (each := each_event(unit, ctx)) is not None:
        return each  # "the evening before each strike": a SET, no one day
    if unit in PARTS and (offset := offset_from_event(g, det, unit, ctx)) is not None:
        return event_offset(offset, unit, base, anchor, ctx)  # "the evening before the strike"
    if unit in PARTS:  # "early this morning" keeps its mod (START) as "early Tuesday morning" does
        return Norm("TIME", nz.part_value(base, unit), mod=nz.mod_of(g.get("mod")), anchor=anchor)
    if det in ("the whole", "the entire"):
        return Norm("DURATION", nz.duration_value(1, unit))
    if unit == "year" and re.match(r"\s+of\s+\d{4}\b", ctx.text[ctx.end : ctx.end + 12]):
        return None  # "in the year of 2017-2018": the years that follow carry the value
    if unit == "year" and _YEAR_TO.match(ctx.text, ctx.end, ctx.end + 24):
        return Norm("DURATION", nz.duration_value(1, unit))  # "the year ended Sept. 30" is a span
    if unit == "weekend" and ctx.story() is None and (planned := weekend_from_saying(ctx)) is not None:
        return Norm("DATE", fmt(planned), anchor="ref")  # "said on Friday he would decide over the weekend"
    if unit == "weekend" and ctx.story() is None and ctx.dct is not None:
        return Norm("DATE", fmt(_news_weekend(ctx, ctx.dct)), anchor="dct")
    if unit == "quarter" and (ended := quarter_ended(ctx)) is not None:
        return Norm("DATE", fmt(ended), anchor=None)  # "the quarter ended July 31": its own calendar quarter
    if unit == "quarter" and (ctx.ref is None or ctx.ref.gran != "quarter") and ctx.dct is not None:
        base, anchor = shift(Point(ctx.dct, "quarter"), "quarter", -1), "dct"
        if _quarter_ahead(ctx):
            base = Point(ctx.dct, "quarter")
    if unit == "year" and ctx.story_bc() is not None:
        return Norm("DATE", nz.year_text(ctx.story_bc()), anchor="ref")
    if base is None:
        return None
    if (offset := offset_from_event(g, det, unit, ctx)) is not None:
        return event_offset(offset, unit, base, anchor, ctx)
    if anchor == "ref" and base.gran in ("decade", "century", "millennium") and ctx.dct is not None:
        # "the 12th century ... later in the day": no day is known within a century; the news day is
        base, anchor = Point(ctx.dct, "day"), "dct"
    if unit == "day" and det == "the" and _WEEKDAY_NEXT.match(ctx.text, ctx.end):
        return None  # "during the day Friday": the weekday names the day, as TimeBank tags it alone
    news = ctx.dct is not None and ctx.story() is None
    if unit in ("day", "week") and anchor == "ref" and base.gran not in ("day", unit) and news:
        # news: "a party elected in 2005 ... Earlier in the day" is the day of the report, not a day of 2005;
        # "won the title in 2009 ... at the start of the week" is the report's week
        base, anchor = Point(ctx.dct, "day"), "dct"
    ahead = unit == "day" and det == "the" and anchor == "ref" and news and base.day > ctx.dct
    if ahead and not g.get("step") and ctx.tense() == "past":
        # "the opener on February 4 ... the hosts finished the day on top": a day told in the past is behind
        # the writer, not the coming date named last; in news it is the report's day. "On the day" is the
        # coming event's own day ("plan to rally on the day"), and so is "the day" beside its date ("on
        # January 1, the day the rule starts").
        if not _ON_OR_BESIDE.search(ctx.text, max(0, ctx.start - 8), ctx.start):
            base, anchor = Point(ctx.dct, "day"), "dct"
    behind = unit == "day" and det == "the" and anchor == "ref" and news and base.day < ctx.dct
    if behind and _LATER_IN.search(ctx.text, max(0, ctx.start - 12), ctx.start) and ctx.tense() == "future":
        # "The storm hit yesterday. Later in the day the river will rise": still to come, so the writer's day
        base, anchor = Point(ctx.dct, "day"), "dct"
    plan = unit == "week" and det == "the" and anchor == "ref" and news and not g.get("step")
    if plan and _plan_now(base, ctx):
        # "She set a hearing for Dec. 15. He said he would appeal by the end of the week": a plan reported
        # in a new sentence is for the week it was said in, not the coming date the last sentence named
        base, anchor = Point(ctx.dct, "day"), "dct"
    main = unit == "year" and not g.get("step") and anchor == "ref" and news
    if main and _past_clause(base, ctx) and ctx.tense() != "past":
        # "a rule, which takes effect on January 25, ... by the end of the year" (written in December):
        # a date inside a relative clause does not carry the main clause's year; the news year does
        base, anchor = Point(ctx.dct, "day"), "dct"
    if news and not g.get("step") and anchor == "ref" and _ahead_of_past(unit, base, ctx):
        # "The crash killed eight in May last year. ... with changes due before the end of the year": what
        # still lies ahead is in the news year, not the past year an earlier sentence named
        base, anchor = Point(ctx.dct, "day"), "dct"
    distant = main and abs(base.day.year - ctx.dct.year) > 1
    if distant and _reporting_year(g, ctx) and (base.day.year > ctx.dct.year or ctx.tense() != "past"):
        # "plans to reach a 50% share by 1992 ... forecast an increase for the full year": the year a
        # company reports on is the news year, not a goal years ahead; a past verb may tell an old year
        base, anchor = Point(ctx.dct, "day"), "dct"
    plain = det == "the" and not g.get("step") and not g.get("mod")  # not "late in the day it eased"
    if plain and unit in UNKNOWN and not _told_just_before(ctx):
        # "sued the state the day the law took effect": the day of the clause's event, which no date told
        # just before names, and never the document date
        return Norm("DATE", UNKNOWN[unit])
    gran = "weekend" if unit == "weekend" else unit
    step = _STEPS.get((g.get("step") or "").lower(), 0)
    if step < 0 and anchor == "ref" and quoted_ahead(ctx):
        base, anchor = ctx.now()  # "'Calm next week,' he said. Volume rose from the week before"
    if step:
        # "The day before, ...": one unit from the date the text last gave.
        return Norm("DATE", fmt_within(shift(base, gran, step, gran=gran), base.gran), anchor=anchor)
    # "The day" after "in 1990" is some day of 1990 (1990-XX-XX), not New Year's Day.
    value = fmt_within(Point(base.day, gran), base.gran)
    return Norm("DATE", value, mod=nz.mod_of(g.get("mod")), anchor=anchor)


# A unit told by the clause after it ("the day the law took effect", "the year she was born", "the week
# that the plant closed") is that event's, unknown (UNKNOWN) unless a date told just before is the event's.
# The clause: "that" or "when", a subject (a pronoun, a noun after a determiner, a name, a bare plural),
# and a verb of the past, of being or a modal, then what follows it (case-sensitive: "The day was cold").
_CLAUSE = re.compile(
    r"\s+(?:that\s+|when\s+)?(?P<subject>he|she|it|they|we|I|you|(?:the|his|her|its|their|our|my)"
    r"(?:\s+[A-Za-z-]+){1,2}?|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|(?!(?:was|is|has|does|this|as)\s)[a-z]+s)"
    r"\s+(?P<verb>(?:was|were|had|is|are|will|would|took|came|went|fell|won|lost|died|became|began|left|made"
    r"|got|broke|hit|struck|rose|cut|shut|quit|[a-z]{2,}ed)(?:\s+(?P<next>[a-z]+))?)\b"
)
# A past verb of saying before the unit, in its sentence: a "that" after the unit opens what was said.
_SAID_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(SAID_PAST)) + r"|learned|knew)\b[^.;!?\n]*\Z", re.IGNORECASE
)
# A day in the frame of another ("earlier in the day Ortega visited", "during the day crews worked"): the
# clause after it is the sentence's own.
_FRAME_BEFORE = re.compile(
    r"\b(?:(?:earlier|later|early|late)\s+in|during|throughout|all)\s+\Z", re.IGNORECASE
)


def _told_just_before(ctx: Context) -> bool:
    """Say whether the unit is no clause's, or the date the text just told dates the clause's event.

    Told just before: an apposition ("in 1990, the year the city hosted the Games") or a sentence that
    tells the clause's verb and the word after it ("The law took effect on Sept. 1. ... the day the law
    took effect").
    """
    clause = _CLAUSE.match(ctx.text, ctx.end)
    if clause is None or _FRAME_BEFORE.search(ctx.text, max(0, ctx.start - 12), ctx.start):
        return True
    if clause.group("verb").split()[0] in ("was", "were", "is", "are", "had") and not clause.group("next"):
        return True  # "the year it was", "the day that is": no event is told
    said = _SAID_BEFORE.search(ctx.text, max(0, ctx.start - 80), ctx.start)
    if said and clause.group().lstrip().startswith("that"):
        return True  # "disclosed at the end of the month that she had been": what was said, not a clause
    after = ctx.prev_end
    if after is None or ctx.ref is None:
        return False
    if re.fullmatch(r",\s*|\s+--\s+|\s+-\s+", ctx.text[after : ctx.start]):
        return True  # "in 1990, the year the city hosted the Games"
    breaks = [match.end() for match in SENTENCE_BREAK.finditer(ctx.text, max(0, after - 300), after)]
    stop = SENTENCE_BREAK.search(ctx.text, after)
    opens = breaks[-1] if breaks else max(0, after - 300)
    sentence = ctx.text[opens : stop.start() if stop else len(ctx.text)]
    verb, *following = clause.group("verb").split()
    if following and following[0] not in _FUNCTION_WORDS:
        verb = f"{verb} {following[0]}"  # "took effect", "was born", "fell ill"
    elif verb in _BEING:
        return False  # "the year it was in": no event is told whose verb a sentence could repeat
    return re.search(rf"\b{verb}\b", sentence, re.IGNORECASE) is not None


_BEING = frozenset("was were had is are will would".split())
# Words after the clause's verb that belong to the sentence, not to the verb: "the day it opened was cold".
_FUNCTION_WORDS = frozenset(
    "the a an was were is are had has in on at to of for and but or it he she they we with by from as "
    "that".split()
)


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


# In an article, a bare plural of a unit and "of" an act is a length of unknown count after a word that
# ends, brings or carries that length: "flushed out by weeks of bombing", "to end days of clashes" (the
# annotated corpora tag "by years of conflict", "follows months of"). Not after "after": the AQUAINT gold
# leaves "After weeks of high prices" untagged. (word before, example)
LENGTH_OF_BEFORE: list[tuple[str, str]] = [
    (r"by", "flushed out by weeks of heavy bombing"),
    (r"amid", "amid months of unrest"),
    (r"through", "lived through years of drought"),
    (r"despite", "despite weeks of talks"),
    (r"end(?:s|ed|ing)?", "attempts to end days of deadly clashes"),
    (r"follow(?:s|ed|ing)?", "the deal follows months of negotiation"),
]
_LENGTH_OF_BEFORE = re.compile(
    r"\b(?:" + "|".join(word for word, _example in LENGTH_OF_BEFORE) + r")\s+\Z", re.IGNORECASE
)
_OF_ACT_AFTER = re.compile(r"\s+of\s+(?!the\b|this\b|that\b|his\b|her\b|its\b|their\b)[a-z]")


def _length_of(g: Groups, ctx: Context) -> bool:
    """Say whether a bare plural unit in an article is a length of an act ("by weeks of bombing")."""
    return (
        g["unit"] in ("days", "weeks", "months", "years", "decades")
        and _OF_ACT_AFTER.match(ctx.text, ctx.end) is not None
        and _LENGTH_OF_BEFORE.search(ctx.text, max(0, ctx.start - 12), ctx.start) is not None
    )


# What a weekend after a possessive names every weekend, not one: (noun, example). "the region's weekend
# storms", "the party's weekend congress" are the weekend of the news.
WEEKEND_HABITS: list[tuple[str, str]] = [
    (r"editions?|supplements?|papers?|magazines?|shows?|programm?e?s?", "the paper's weekend edition"),
    (r"markets?|hours|opening|schedules?|timetables?|services?|trains?|flights?", "the shop's weekend hours"),
    (r"shifts?|staff|jobs?|work|workers|classes|school|crowds?|visitors", "the mine's weekend shifts"),
    (r"homes?|house|cottage|retreats?|residence", "the president's weekend retreat"),
]
_OWNER_BEFORE = re.compile(r"\w(?:['’]s|s['’])\s+\Z")
_WEEKEND_NOUN = re.compile(
    r"\s+(?!(?:" + "|".join(noun for noun, _example in WEEKEND_HABITS) + r")\b)[a-z][a-z-]+"
)


def _owned_weekend(g: Groups, ctx: Context) -> bool:
    """Say whether a bare "weekend" in an article is one weekend's, after a possessive and before the noun it
    dates ("the region's weekend storms"), whatever the length of the text around it."""
    return (
        g["unit"].lower() == "weekend"
        and ctx.dct is not None
        and ctx.story() is None
        and _OWNER_BEFORE.search(ctx.text, max(0, ctx.start - 8), ctx.start) is not None
        and _WEEKEND_NOUN.match(ctx.text, ctx.end) is not None
    )


_GOT_BEFORE = re.compile(r"\bgot\s+(?:\w+\s+){0,2}\Z", re.IGNORECASE)


@handles("bare")
def _bare(g: Groups, ctx: Context) -> Norm | None:
    if _owned_weekend(g, ctx):
        return Norm("DATE", fmt(_news_weekend(ctx, ctx.dct)), anchor="dct")
    if not short_message(ctx.text):
        if _length_of(g, ctx):
            return Norm("DURATION", nz.duration_value(None, g["unit"]))
        return None
    word = g["unit"].lower()
    base, anchor = ctx.now()
    if word in _BARE_PARTS:
        return Norm("TIME", nz.part_value(base, _BARE_PARTS[word]), anchor=anchor)
    season = nz.season_code(word)
    if season:
        return Norm("DATE", f"{base.day.year:04d}-{season}" if base else f"XXXX-{season}", anchor=anchor)
    if word.startswith(("weekend", "wknd", "wkend")) and word.endswith("s"):
        return Norm("SET", "XXXX-WXX-WE")  # "our weekends are busy", "works weekends": every weekend
    if word.startswith("weekend") and base is not None:
        # "spent a great weekend at the lake": told in the past, the weekend just gone; "got" before it is
        # having ("I got a long weekend!"), no past
        past = ctx.tense() == "past" and not _GOT_BEFORE.search(ctx.text, max(0, ctx.start - 24), ctx.start)
        step = -1 if past and base.day.isoweekday() < 6 else 0
        return Norm("DATE", fmt(shift(Point(base.day, "weekend"), "week", step)), anchor=anchor)
    if word.startswith("weekend"):
        return Norm("DATE", "XXXX-WXX-WE")
    return Norm("DURATION", nz.duration_value(None if word.endswith("s") else 1, word))


# "the full year", "the fiscal year", "the financial year": a year a company reports on.
_REPORTING = re.compile(r"(?:the\s+full|(?:the|this|that)\s+(?:fiscal|financial))\s+year\Z", re.IGNORECASE)


def _reporting_year(g: Groups, ctx: Context) -> bool:
    """Say whether the expression names a reporting year ("the full year", "the fiscal year")."""
    return g["unit"].lower() == "year" and bool(_REPORTING.search(ctx.text, ctx.start, ctx.end))


def _past_clause(base: Point, ctx: Context) -> bool:
    """Say whether the reference, a year off the news year, was stated in a relative clause now closed."""
    closed = ctx.ref_clause_end is not None and ctx.start >= ctx.ref_clause_end
    return closed and ctx.dct is not None and abs(base.day.year - ctx.dct.year) == 1


# A past saying, then "would", then the span, all in one sentence: "he said he would appeal by the end of".
_SAID_WOULD = re.compile(
    r"\b(?:" + "|".join(sorted(SAID_PAST)) + r")\b[^.;!?\n]*\bwould\b[^.;!?\n]*\Z", re.IGNORECASE
)


# What comes since a weekend, or after the weekend's happening, tells a weekend that is over: "missing since
# the weekend", "still cleaning up after the weekend's storms", "recovering from the weekend's fires" (not
# "the council meets after the weekend").
_SINCE_WEEKEND = re.compile(r"\bsince\s+\Z", re.IGNORECASE)
_AFTER_WEEKEND = re.compile(r"\b(?:after|following|from)\s+\Z", re.IGNORECASE)


def _news_weekend(ctx: Context, day: dt.date) -> Point:
    """Return the weekend news written on `day` means: the one just past, or the coming one when the verb
    looks ahead ("the weekend", "the region's weekend storms")."""
    tense = ctx.tense()
    # written late in the week with no past verb, it is the coming one: "a meeting over the weekend"
    ahead = tense == "future" or (tense is None and day.isoweekday() in (4, 5))
    if ahead and tense is None and _over_weekend(ctx):
        ahead = False  # "are cleaning up after the weekend's storms", "since the weekend": it is over
    # the ISO week holds its own weekend: from Monday to Saturday the coming one is this week's
    if ahead:
        step = 0 if day.isoweekday() < 7 else 1
    else:
        step = -1 if day.isoweekday() < 6 else 0
    return shift(Point(day, "weekend"), "week", step)


def _over_weekend(ctx: Context) -> bool:
    """Say whether "the weekend" follows "since", or "after" with its happening: a weekend now over."""
    before = ctx.text[max(0, ctx.start - 12) : ctx.start]
    if _SINCE_WEEKEND.search(before):
        return True
    return ctx.text.startswith("'s", ctx.end) and _AFTER_WEEKEND.search(before) is not None


# The units a future clause moves to the news period, and how a period is keyed (its year, its month).
_PERIOD_KEYS = {
    "year": lambda day: day.year,
    "month": lambda day: (day.year, day.month),
    # "Talks broke down on Sunday. A deal is expected by the end of the week": this week, not Sunday's
    "week": lambda day: day.isocalendar()[:2],
}


def _ahead_of_past(unit: str, base: Point, ctx: Context) -> bool:
    """Say whether a unit in a future clause follows a past period told in an earlier sentence."""
    key = _PERIOD_KEYS.get(unit)
    if unit == "week" and base.gran not in ("day", "week", "weekend"):
        return False  # "in 2006 ... the week before each match": a week of no known day
    if key is None or ctx.dct is None or ctx.prev_end is None or key(base.day) >= key(ctx.dct):
        return False
    if not re.search(r"[.!?]\s", ctx.text[ctx.prev_end : ctx.start]):
        return False  # the past date is in this sentence: "in 1998 it planned to sell by the end of the year"
    if _SAID_BEFORE.search(ctx.text, max(0, ctx.start - 80), ctx.start):
        return False  # "said it would sell by the end of the year": a plan of the time it was said
    return ctx.tense() == "future"


def _plan_now(base: Point, ctx: Context) -> bool:
    """Say whether a reported plan, in a sentence after the coming date `base`, speaks of this week."""
    if ctx.dct is None or ctx.prev_end is None or base.day.isocalendar()[:2] <= ctx.dct.isocalendar()[:2]:
        return False
    between = ctx.text[ctx.prev_end : ctx.start]
    if not re.search(r"[.!?]\s", between):
        return False  # the date is in this sentence: "would appeal before Dec. 15, by the end of the week"
    return _SAID_WOULD.search(ctx.text, max(0, ctx.start - 160), ctx.start) is not None


def _quarter_ahead(ctx: Context) -> bool:
    """Say whether "the quarter" is the current one: a forecast ("profits in the quarter will rise") made in
    the quarter's second or third month. In its first month results season reports on the quarter just
    ended, whatever the tense ("will report a loss for the quarter" in January is the fourth quarter's)."""
    return ctx.dct is not None and (ctx.dct.month - 1) % 3 > 0 and ctx.tense() == "future"
