"""Phrases that set a date on one side of the document date, whatever the tense of the verb reporting it.

A plan told in the present ("talks are due to resume in March") is the writer's, not the old story's; the
day a plan is set for ("set a trial date of Sept. 9") lies ahead of its setting; a month closing a phrase
"since" opens ("the third strike since the start of the school year in September") lies behind; a forecast
changed for a period ("cut its forecast for the second half") speaks of one to come; a day set off by a
comma right after the same day ("On Election Day, Nov. 5,") is that day, in its year; the day a quarter
just told ends on ("the second quarter ended Oct. 31") is near that quarter's end.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.temporal.anchor import Context
from timeline.temporal.values import valid_day

# A plan in the present tense, as "will" in the same sentence: (the verb, example).
PRESENT_PLANS = [
    ("due", "talks are due to resume in March"),
    ("set", "the law is set to take effect in June"),
    ("expected", "she is expected to return in May"),
    ("scheduled|slated", "the vote is scheduled to take place in April"),
]
_PRESENT_PLAN = re.compile(
    rf"\b(?:is|are|am|'s|'re)\s+(?:now\s+)?(?:{'|'.join(row[0] for row in PRESENT_PLANS)})\s+to\b"
    r"(?![^.;!?\n]*[.;!?\n])",
    re.IGNORECASE,
)


def present_plan(ctx: Context) -> bool:
    """Say whether a plan in the present ("are due to") governs the date in its sentence."""
    return _PRESENT_PLAN.search(ctx.text, max(0, ctx.start - 80), ctx.start) is not None


# The day a plan is set for, named by its noun: (nouns before "date of/for", example). Not "date of birth".
PLAN_DATES = [
    ("trial|hearing|sentencing|court", "the judge set a trial date of Sept. 9"),
    ("release|launch|opening|start|delivery|completion", "a release date of Oct. 4"),
    ("target|closing|election|vote|polling", "a target date of June 30"),
]
_PLANNED_DATE = re.compile(
    rf"\b(?:{'|'.join(row[0] for row in PLAN_DATES)})\s+date\s+(?:of|for|is|was|as)\s+\Z", re.IGNORECASE
)


def planned_date(ctx: Context) -> bool:
    """Say whether the day is a plan's date ("set a trial date of Sept. 9")."""
    return "date" in ctx.text[max(0, ctx.start - 10) : ctx.start] and bool(
        _PLANNED_DATE.search(ctx.text, max(0, ctx.start - 40), ctx.start)
    )


# A month closing a phrase that "since" opens, with no verb of its own between: "the third strike since
# the start of the school year in September", "the first rally since the opening of the plant in May"
# (a verb after "since" is schedule.perfect_since's: "have fallen since the war began in October"; one
# inside the phrase makes "since" a reason: "since the vote is in June").
_SINCE_PHRASE = re.compile(
    r"\bsince\s+(?:the|a|an|its|their|his|her|our)\s+"
    r"(?:(?!(?:is|are|was|were|will|would|falls?|comes?|takes?)\s)[\w'-]+\s+){0,8}in\s+(?:early\s+|late\s+|mid-?)?\Z",
    re.IGNORECASE,
)


def since_phrase(ctx: Context) -> bool:
    """Say whether the month closes a noun phrase opened by "since" (its day has passed)."""
    window = max(0, ctx.start - 90)
    return "since" in ctx.text[window : ctx.start].lower() and bool(
        _SINCE_PHRASE.search(ctx.text, window, ctx.start)
    )


# A forecast changed or given for a period speaks of one still to come, whatever the tense of the change:
# (verb forms, example); not "beat its forecast for the fourth quarter", a result against it.
FORECAST_VERBS = [
    ("cut|cuts|trimmed|trims|slashed|slashes|lowered|lowers", "cut its forecast for the second half"),
    ("raised|raises|lifted|lifts|boosted|boosts", "raised its outlook for the third quarter"),
    ("upgraded|upgrades", "upgraded its target for the second half"),
    ("reaffirmed|reaffirms|reiterated|reiterates|issued|issues", "issued guidance for the quarter"),
    ("gave|gives", "gave a forecast for the fourth quarter"),
]
_REVISED_FORECAST = re.compile(
    rf"\b(?:{'|'.join(row[0] for row in FORECAST_VERBS)})\s+(?:(?:its|their|the|a|an|his|her)\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:forecasts?|outlook|guidance|targets?|projections?|estimates?)\s+for\s+\Z",
    re.IGNORECASE,
)


def revised_forecast(ctx: Context) -> bool:
    """Say whether the period follows a forecast changed or given for it ("cut its forecast for")."""
    return "for" in ctx.text[max(0, ctx.start - 5) : ctx.start] and bool(
        _REVISED_FORECAST.search(ctx.text, max(0, ctx.start - 70), ctx.start)
    )


def apposed_same_day(month: int, day: int, ctx: Context) -> int | None:
    """Return the year of the day told just before, set off by a comma, when it is this month and day."""
    ref = ctx.ref
    if ref is None or ref.gran != "day" or ctx.prev_end is None:
        return None
    if (ref.day.month, ref.day.day) != (month, day):
        return None
    return ref.day.year if ctx.text[ctx.prev_end : ctx.start].strip() == "," else None


# The day a quarter or half just told ends on: "the second quarter ended Oct. 31", "the half ending Jan. 31".
_ENDED_BEFORE = re.compile(r"\s+(?:that\s+)?(?:ended|ending|ends)\s+(?:on\s+)?\Z", re.IGNORECASE)
_PERIOD_MONTHS = {"quarter": 3, "half": 6}
_CLEAR_DAYS = 90  # how much nearer the period's end one year's day must be than the next nearest


def period_end_year(month: int, day: int, ctx: Context) -> int | None:
    """Return the year of the day a quarter or half told just before ends on: the one nearest the calendar
    end of that period ("A year before, its second quarter ended Oct. 31" is 1988's October 31
    when the quarter is 1988's; a fiscal fourth quarter of 1988 "ended Jan. 31" ends in 1989)."""
    ref = ctx.ref
    if ref is None or ref.gran not in _PERIOD_MONTHS or ctx.prev_end is None:
        return None
    if not _ENDED_BEFORE.fullmatch(ctx.text, ctx.prev_end, ctx.start):
        return None
    after = ref.day.month + _PERIOD_MONTHS[ref.gran]  # the month after the period's last
    end = dt.date(ref.day.year + (after - 1) // 12, (after - 1) % 12 + 1, 1) - dt.timedelta(days=1)
    distances = sorted(
        (abs((dt.date(year, month, day) - end).days), year)
        for year in (end.year - 1, end.year, end.year + 1)
        if valid_day(year, month, day)
    )
    if len(distances) < 2 or distances[0][0] + _CLEAR_DAYS > distances[1][0]:
        return None  # "the fiscal first quarter ended Sept. 30": half a year either way, no year is clear
    return distances[0][1]
