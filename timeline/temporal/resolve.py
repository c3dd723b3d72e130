"""Which year a month or a day takes: past or future by tense.

"March" or "Oct. 3" without a year take the year that puts them nearest the document date, weighted by
the tense around them (`anchor.Context.tense`, read by tense.py) and the preposition before them; in a
narrative far from the document date they take the story's year. `story_date` is the story day a
date without a year speaks from; weekdays.py resolves a bare weekday by it. `normalize` joins these to the
value helpers the handlers use.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.temporal.anchor import Context
from timeline.temporal.dated_saying import month_day_from_saying, month_from_saying
from timeline.temporal.datesides import (
    apposed_same_day,
    period_end_year,
    planned_date,
    present_plan,
    since_phrase,
)
from timeline.temporal.fragments import MONTH, YEAR
from timeline.temporal.mishaps import mishap_month
from timeline.temporal.named_days import SEPT_11, names_attacks
from timeline.temporal.planned import outcome_told
from timeline.temporal.retold import retold_year
from timeline.temporal.schedule import perfect_since, present_at
from timeline.temporal.span_ends import span_end_year
from timeline.temporal.storychain import bound_ahead, compared_month_year, month_moved_on
from timeline.temporal.values import Point, valid_day
from timeline.temporal.will_do import will_do_on
from timeline.temporal.wordsense import NOUN_AFTER as _NOUN_AFTER
from timeline.temporal.wordsense import futures_month
from timeline.temporal.year_told import told_year
from timeline.temporal.yearframe import framing_year, on_dct_day

# "was extended to Nov. 20", "postponed until March": a past verb that points at a later date.
_TOWARD = re.compile(
    r"\b(?:to|until|till|through|into|by|effective|record|expiring|maturing|starting"
    r"|beginning)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?\Z",
    re.IGNORECASE,
)

# "arrived to prepare for the handover on July 1", "the countdown to the vote in May": a past verb readying
# for a happening at the date, which may well lie ahead.
_READY_FOR = re.compile(
    r"\b(?:prepar(?:e|es|ed|ing)\s+for|countdown\s+to|run-up\s+to|in\s+readiness\s+for)"
    r"\s+(?:(?!(?:after|since|following)\b)[\w-]+\s+){0,6}?(?:on|in|at)\s+\Z",
    re.IGNORECASE,
)

# A change of hands or of state set for a date: "the transfer of power on July 1", "the July 1 handover". The
# date is that of the change, not of the verb that reports it ("told them to return before the handover on
# July 1"), and such changes are mostly announced ahead: the date may lie ahead of a past verb.
_CHANGES = (
    r"(?:handover|hand-over|transfer|change|changing|changeover|transition|reversion|takeover|switchover"
    r")s?"
)
_CHANGE_ON = re.compile(
    rf"\bthe\s+{_CHANGES}(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?){{0,2}}\s+on\s+\Z", re.IGNORECASE
)
_CHANGE_AFTER = re.compile(rf"\s+{_CHANGES}\b", re.IGNORECASE)

# "died on Christmas Eve", "took effect in January": a past event placed at the date.
# "left before Christmas": also placed there, though what came before may lie just ahead.
_AT = re.compile(
    r"\b(?:in|on|at|during|ended|before)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?\Z", re.IGNORECASE
)
# "He left after Christmas": what came after a date in the past puts that date behind, never ahead; so does
# "since": "shares have fallen 40% since January" (a present perfect, counted from a January behind).
_BACK_TO = re.compile(r"\bback\s+to\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?\Z", re.IGNORECASE)
_AFTER = re.compile(
    r"\b(?:after|since|following)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?\Z", re.IGNORECASE
)


def _nearest(candidates: list[tuple[int, int]], tense: str | None, penalty: int, toward: str = "") -> int:
    """Pick the year whose distance from the document date (plus a penalty against the tense) is least.

    `candidates` are (year, signed distance) pairs; a past tense penalizes dates after the document
    date, a future tense dates before it. Ties go to the tense's direction. `toward` is "goal"
    after a preposition of goal or limit ("extended to", "until"), where a past verb often points
    ahead, "at" after "in"/"on", where it almost never does ("died on Christmas Eve"), and "after",
    where it never does ("left after Christmas").
    """

    def cost(item: tuple[int, int]) -> tuple[int, int]:
        _year, distance = item
        # Past tense often reports what is coming ("was extended to Nov. 20"); a future tense
        # almost never points back, so it weighs more.
        wrong = (tense == "past" and distance > 0) or (tense == "future" and distance < 0)
        preferred = -distance if tense == "past" else distance
        weight = penalty * (2 if tense == "future" else {"goal": 0.5, "at": 3, "after": 10}.get(toward, 1))
        return abs(distance) + (weight if wrong else 0), -preferred

    return min(candidates, key=cost)[0]


# "will", "shall", "'ll" in the date's sentence: the writer's own future, not a plan told inside the story.
_WILL = re.compile(r"(?:\b(?:will|shall|won't)\b|\w'll\b)(?![^.;!?\n]*[.;!?\n])", re.IGNORECASE)


# "as of February, the store accounts for 70%": a figure standing now, counted up to a date; the present
# tense after it speaks from the document date, whatever year the sentence named before.
_AS_OF = re.compile(r"\bas\s+of\s+(?:(?:early|late|mid|the\s+end\s+of)[\s-]+)?\Z", re.IGNORECASE)
_PRESENT_AFTER = re.compile(
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(?:[\w'%-]+\s+){0,5}?(?:is|are|has|have|remains?|stands?|accounts?|holds?"
    r"|owns?|employs?|counts?|totals?|controls?|ranks?|represents?|makes?\s+up)\b",
    re.IGNORECASE,
)


def _as_of_now(ctx: Context) -> bool:
    """Say whether a present-tense "as of <month>" states a figure that stands at the document date."""
    return bool(_AS_OF.search(ctx.text, max(0, ctx.start - 30), ctx.start)) and bool(
        _PRESENT_AFTER.match(ctx.text, ctx.end)
    )


def story_date(ctx: Context, *, day_only: bool = False) -> Point | None:
    """Return the story date a date without a year takes, unless it lies ahead of the writer.

    "A memorial will be held on August 20" at the end of an obituary whose story began in 1934 is the
    coming August 20: a date under "will" cannot lie in a story that ended before the document date.
    """
    story = ctx.story(day_only=day_only)
    if story is not None and ctx.dct is not None:
        if _as_of_now(ctx) or perfect_since(ctx.text, ctx.start, ctx.end):
            return None  # "as of February, ... is", "have fallen since September": the writer's month
    if story is None or ctx.tense() != "future":
        return story
    if _WILL.search(ctx.text, max(0, ctx.start - 80), ctx.start):
        return None
    if present_plan(ctx):
        return None  # "talks are due to resume in March": a plan of the writer's present, as "will" is
    return story


def writer_ahead(ctx: Context) -> bool:
    """Say whether a date under a plan of the writer's present ("will", "are due to") leaves the story
    the text tells: "Britain left the bloc on January 31, 2020. Talks are due to resume in the autumn"."""
    return ctx.story() is not None and ctx.story_bc() is None and story_date(ctx) is None


def reached(story: Point, ctx: Context) -> Point:
    """Return the last day the story told when the story date is a bare year of that day's year.

    "On November 3 (November 4 in Tokyo), 1930, the liner sailed. ... In January" is 1931: the year
    written after the day adds nothing, and the story has reached November.
    """
    if story.gran == "year" and ctx.days and ctx.days[-1][1].day.year == story.day.year:
        return ctx.days[-1][1]
    return story


def story_year(month: int, story: Point) -> int:
    """Return the year of a month in a story, which moves on: January after December is next year."""
    if story.gran in ("day", "month") and story.day.month - month >= 9:
        return story.day.year + 1
    return story.day.year


# "March 19-April 30, 2003", "April and June 1955", "(July-November 1954)": the year written after
# the second date of a range or pair belongs to the first one too.
_RANGE_YEAR = re.compile(
    rf"\s*(?:-|–|—|to|and|until|till|through|or)\s*(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH}"
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>{YEAR})|\s+(?P<ryear>this|last|next)\s+year\b)"
    # "Oct. 3-5, 2024", "Oct. 3, 4 and 5, 2024": the year after the last day of a range or list of days
    rf"|(?:,\s*\d{{1,2}}(?:st|nd|rd|th)?(?=,))*(?:\s*(?:-|–|to|through)\s*|,?\s*and\s+|,\s*(?=\d+(?:st|nd|rd|th)?,\s*\d{{4}}))"
    rf"\d{{1,2}}(?:st|nd|rd|th)?(?:,\s*(?P<dyear>{YEAR})|\s+(?P<dryear>this|last|next)\s+year\b)"
    # "on March 3 last year": the year named just after the date
    r"|\s+(?P<ryear2>this|last|next)\s+year\b",
    re.IGNORECASE,
)


def _range_anchor(ctx: Context) -> str | None:
    """Return "dct" when the year after a range or pair is relative ("last year"), else None."""
    following = _RANGE_YEAR.match(ctx.text, ctx.end)
    relative = following is not None and any(following.group(name) for name in ("ryear", "dryear", "ryear2"))
    return "dct" if relative else None


def range_year(ctx: Context) -> int | None:
    """Return the year stated after a range or pair that this expression opens, if any."""
    following = _RANGE_YEAR.match(ctx.text, ctx.end)
    if following is None:
        return None
    if following.group("year") or following.group("dyear"):
        return int(following.group("year") or following.group("dyear"))
    if ctx.dct is None:
        return None
    named = following.group("ryear") or following.group("dryear") or following.group("ryear2")
    return ctx.dct.year + {"last": -1, "next": 1}.get(named.lower(), 0)


def resolve_month(month: int, ctx: Context) -> tuple[int | None, str | None]:
    """Return the year of a month named without one, and what it was anchored to."""
    year = range_year(ctx)
    if year is not None:
        return year, _range_anchor(ctx)
    if (framed := framing_year(ctx)) is not None:
        return framed  # "Last year, the festival was cancelled in July": last year's July
    if ctx.story_bc() is not None:
        return ctx.story_bc(), "ref"
    story = story_date(ctx)
    if story is not None:
        point = reached(story, ctx)
        compared = compared_month_year(month, point, ctx.text, ctx.start)
        moved = month_moved_on(month, point, ctx) or bound_ahead(month, point, ctx)
        return compared or moved or story_year(month, point), "ref"
    if ctx.dct is None:
        return None, None
    if (planned := month_from_saying(month, ctx)) is not None:
        return planned, "ref"  # "said on Tuesday they would reopen the road in March": after the saying
    if (year := told_year(ctx)) is not None:
        return year, "ref"  # "In 1960 the party was banned. In December its leader fled.": December 1960
    here = ctx.dct.year * 12 + ctx.dct.month
    years = (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
    candidates = [(y, y * 12 + month - here) for y in years]
    if _PERIOD_TO.search(ctx.text, max(0, ctx.start - 24), ctx.start):
        # "will report on the three months to September": the period's end is the nearest such month
        # whatever the tense (the report may look back on it or ahead to it); six months either way is
        # the one past ("the second quarter to June", written in December)
        return _nearest(candidates, "past", 0), "dct"
    if futures_month(ctx.text, ctx.start, ctx.end):
        # "crude for delivery in December", "the March futures": a futures month is never behind,
        # whatever the verb that reports the trading ("added nine cents")
        return min(year for year, distance in candidates if distance >= 0), "dct"
    subject = not _PREPOSITION_BEFORE.search(ctx.text, max(0, ctx.start - 8), ctx.start)
    if subject and _OWN_PAST.match(ctx.text, ctx.end):
        # "He said that January was cold" (written in December): the month is the subject of its own past
        # verb, so it lies behind, however near the next one is
        return _nearest(candidates, "past", 6, "after"), "dct"
    if mishap_month(ctx.text, ctx.start):  # "claims from the tornadoes in April": behind, whatever the verb
        return _nearest(candidates, "past", 6, "after"), "dct"
    if since_phrase(ctx):  # "the third strike since the start of the school year in September": behind
        return _nearest(candidates, "past", 6, "after"), "dct"
    tense = _tense(ctx)
    named = tense == "future" and _NOUN_AFTER.match(ctx.text, ctx.end)
    if named and _THE_BEFORE.search(ctx.text, max(0, ctx.start - 5), ctx.start):
        # "the April flood": a month naming a known happening need not lie ahead of a future verb ("will
        # rebuild after the April flood", written in May, is this April's), so the tense weighs less. A
        # past verb keeps its weight: it often prepares what is ahead ("urged a boycott of the June
        # referendum", written in May)
        return _nearest(candidates, tense, 3, _toward(ctx)), "dct"
    return _nearest(candidates, tense, 6, _toward(ctx)), "dct"


# "the April flood", "the March vote": "the", the month, a lower-case noun (not a preposition or a verb).
_THE_BEFORE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)


# The month as the subject of a past verb: "January was cold", "March's sales were weak", "May brought rain".
_OWN_PAST = re.compile(
    r"(?:['’]s(?:\s+[a-z-]+){1,3})?\s+(?:was|were|had|saw|brought|became|proved|ended|began|turned|marked"
    r"|went|came|left|gave|set|delivered|produced|remained|stayed|closed)\b"
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|on|by|to|until|till|since|from|for|of|through|during|before|after)\s+\Z", re.IGNORECASE
)


# "the year to March", "the six months to September", "the quarter ended June": a reporting period's end.
_PERIOD_TO = re.compile(
    r"\b(?:year|months|quarter|weeks|period|half)\s+(?:to|ended|ending|through)\s+\Z", re.IGNORECASE
)


# "took effect on", "came into force on", "went into effect in": a past change of rule, never a plan.
_TOOK_EFFECT = re.compile(
    r"\b(?:took|had\s+taken|came|went)\s+(?:in(?:to)?\s+)?(?:effect|force)\s+(?:on|in|from|as\s+of)\s+\Z",
    re.IGNORECASE,
)


# Days within which a holiday stays the nearest one whatever the verb: "shoppers flocked to stores ahead of
# Christmas" a fortnight before it, "Easter week began" days before Easter.
_HOLIDAY_NEAR = 31


def resolve_month_day(
    month: int, day: int, ctx: Context, *, follows_tense: bool = False
) -> tuple[int | None, str | None]:
    """Return the year of a month and day named without one.

    With `follows_tense` (a holiday: "Demand rose over Christmas"), a past verb takes the last one on
    or before the document date and a future verb the next one, as a weekday follows its verb, unless
    one lies within a month of it or a preposition of goal ("extended to Christmas") lets a past verb
    point ahead.
    """
    year = range_year(ctx)
    if year is not None:
        return year, _range_anchor(ctx)
    if (after_start := span_end_year(month, day, ctx)) is not None:
        return after_start, "ref"  # "from April 3, 2023 to February 9": the February after the start
    if (ended := period_end_year(month, day, ctx)) is not None:
        # "A year before, its second quarter ended Oct. 31": that quarter's year (the day is a
        # date of its own, as the document date's would be: the event layer keeps it apart from the quarter)
        return ended, "dct"
    if (same := apposed_same_day(month, day, ctx)) is not None:
        return same, "ref"  # "On Election Day, Nov. 5, polls open": the day just named, in its year
    if (
        (framed := framing_year(ctx)) is not None
        and valid_day(framed[0], month, day)
        and not on_dct_day(month, day, ctx)
    ):
        return framed  # "Last year, the festival opened on July 4": last year's July 4
    if (month, day) == (9, 11) and names_attacks(ctx):
        return SEPT_11.year, "dct"
    if (retold := retold_year(month, day, ctx)) is not None:
        return retold, "dct"  # "the attack on October 7" after the story dated October 7 this year
    story = story_date(ctx)
    if story is not None and ctx.dct and ctx.tense() != "past" and present_at(ctx.text, ctx.start):
        story = None  # "Australia play Brazil on June 18": a fixture told in the present is the writer's
    known = ctx.month_years.get(month)
    ahead = known and ctx.dct is not None and (known, month) > (ctx.dct.year, ctx.dct.month)
    if story is not None and ahead:
        # "play Brazil on June 18 ... open against Togo on June 13": days of a month the text has already
        # dated ahead of the writer are a coming schedule, not the past story an older year opened
        return known, "dct"
    if story is not None:
        return story_year(month, reached(story, ctx)), "ref"
    if ctx.dct is None:
        return None, None
    if (written := ctx.written_year(month, day)) is not None and ctx.tense() != "future":
        return written, "ref"  # "on December 6 1975 ... took place on December 7": a news text's aside
    if (planned := month_day_from_saying(month, day, ctx)) is not None and valid_day(planned, month, day):
        return planned, "ref"  # "said last month it would open on June 2": on or after the saying
    if (year := told_year(ctx)) is not None and valid_day(year, month, day):
        return year, "ref"  # "In 1960 the party was banned. On December 5 its leader fled.": 1960
    candidates = []
    for year in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        if valid_day(year, month, day):
            candidates.append((year, (dt.date(year, month, day) - ctx.dct).days))
    if not candidates:
        return ctx.dct.year, "dct"
    tense, toward = _tense(ctx), _toward(ctx)
    if tense != "future" and planned_date(ctx):
        tense = "future"  # "the judge set a trial date of Sept. 9": a plan's day lies ahead of its setting
    scheduled = tense != "past" and present_at(ctx.text, ctx.start)
    if scheduled:
        tense = "future"  # "Australia play Brazil on June 18": a fixture told in the present lies ahead
    took = _TOOK_EFFECT.search(ctx.text, max(0, ctx.start - 40), ctx.start) is not None
    if took or outcome_told(ctx.text, ctx.start, ctx.end):
        # "took effect on January 25", "won the March 28 election": what has happened, never one ahead
        return max(year for year, distance in candidates if distance <= 0), "dct"
    if tense == "future" and toward not in ("goal", "after") and will_do_on(ctx, holiday=follows_tense):
        # "will celebrate Thanksgiving", "will meet on Nov. 20" written after them: the next ones
        return min(year for year, distance in candidates if distance >= 0), "dct"
    near = [year for year, distance in candidates if abs(distance) <= _HOLIDAY_NEAR]
    if (
        not near
        and tense == "future"
        and toward != "after"
        and ((scheduled and toward != "goal") or _WILL.search(ctx.text, max(0, ctx.start - 80), ctx.start))
    ):
        # "The store will open May 3", "the law takes effect Jan. 1" written in June: the writer's own future
        # does not lie well behind the writer (a day within a month back may be a quotation's, said before
        # it: "will be home by Christmas", or a headline's present: "Store opens May 30" written June 2)
        if ahead_years := [year for year, distance in candidates if distance >= 0]:
            return min(ahead_years), "dct"
    if follows_tense and toward != "goal" and not near:
        behind = [year for year, distance in candidates if distance <= 0]
        ahead = [year for year, distance in candidates if distance >= 0]
        if tense == "past" and behind:
            return max(behind), "dct"
        if tense == "future" and ahead:
            return min(ahead), "dct"
    return _nearest(candidates, tense, 90, toward), "dct"


def _tense(ctx: Context) -> str | None:
    """Return the tense around a date, the past after "back to" ("the feud goes back to May")."""
    if _BACK_TO.search(ctx.text, max(0, ctx.start - 24), ctx.start):
        return "past"
    return ctx.tense()


def _toward(ctx: Context) -> str:
    """Return "goal" after a preposition of goal or limit ("to", "until"), "after", "at" after "in"/"on"."""
    if _BACK_TO.search(ctx.text, max(0, ctx.start - 24), ctx.start):
        return "after"  # "stretches back to March", "dates back to May": never ahead
    if (
        _TOWARD.search(ctx.text, max(0, ctx.start - 24), ctx.start)
        or _READY_FOR.search(ctx.text, max(0, ctx.start - 60), ctx.start)
        or _CHANGE_ON.search(ctx.text, max(0, ctx.start - 60), ctx.start)
        or (
            _THE_BEFORE.search(ctx.text, max(0, ctx.start - 5), ctx.start)
            and _CHANGE_AFTER.match(ctx.text, ctx.end)
        )
    ):
        return "goal"
    if _AFTER.search(ctx.text, max(0, ctx.start - 24), ctx.start):
        return "after"
    return "at" if _AT.search(ctx.text, max(0, ctx.start - 24), ctx.start) else ""
