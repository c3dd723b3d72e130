"""Find the day a saying is dated by, for the weekdays and parts of day told in what was said.

"On June 3, the engineer said: 'We open the gates Monday.'" dates the words on June 3, so their "Monday" is
the one after June 3, not the one near the document date. Only a sentence that opens with the date (after an
optional "On") and goes on to a verb of saying or telling counts; a weekday right after a second verb of
saying ("..., the mayor said Friday") dates that saying, from the document date as before.

A plan reported with "would" after a past verb of saying lies ahead of the saying, so when the date just
before it dates that saying ("said on Tuesday they would reopen the road in March", "said last month it
would close in June", "said on that day she would reply over the weekend") the plan's weekday, weekend,
month or day counts from the saying's date, not from the document date.

A quoted "today" told in the past tense, in a report of the day before the document date ("Lyon won on
Saturday. 'Today we controlled the game,' the coach said."), is that day: the words were said after the
game, the report was dated the next morning.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.temporal.anchor import Context
from timeline.temporal.planned import CONSEQUENCE
from timeline.temporal.quick import lacks
from timeline.temporal.saying import SAYING, SAYING_VERBS
from timeline.temporal.tense import tense_at
from timeline.temporal.tensewords import SAID_PAST
from timeline.temporal.values import Point

# Verbs of saying or telling, past or present: "said", "told the board", "announced", "wrote".
_SAYING = re.compile(rf"\b(?:{SAYING})\b", re.IGNORECASE)
# Their forms, for a cheap check that a window holds none of them before the pattern runs.
_SAYING_WORDS = tuple(form for forms, _nouns, _example in SAYING_VERBS for form in forms.split("|"))
# What may stand before the dating date in its sentence: nothing, or "On" (a quote mark may open it).
_OPENS = re.compile(r"(?:\A|[.!?]['\"]?\s+|\n)['\"]?(?:On\s+)?\Z")
# A weekday right after a verb of saying dates that saying: "the mayor said Friday", "said on Friday".
_SAID_JUST_BEFORE = re.compile(rf"\b(?:{SAYING})\s+(?:on\s+)?\Z", re.IGNORECASE)
# A sentence stop; the dot of an abbreviation ("Jan. 3", "Sept. 3", "Mr. Smith") is none.
_STOPS = re.compile(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})[.!?;]\s|\n")
_REACH = 200  # characters from the dating date to the weekday


def saying_day(ctx: Context) -> tuple[dt.date, int] | None:
    """Return the earlier day dating the saying this expression is told in, and where the saying verb ends."""
    if ctx.dct is None:
        return None
    # The sentence's first date dates the saying; days told after it in the same sentence (an earlier
    # weekday of the saying: "would reopen Thursday and close Friday night") leave it the dating one.
    reach = max(0, ctx.start - _REACH)
    if not ctx.days or lacks(ctx.text, reach, ctx.start, _SAYING_WORDS):
        return None  # the cheap tests first: a long list of dates holds no verb of saying
    if not _SAYING.search(ctx.text, reach, ctx.start):
        return None
    stops = list(_STOPS.finditer(ctx.text, reach, ctx.start))
    opens = stops[-1].end() if stops else reach  # the sentence's start, or the reach's
    found = None
    for start, point in reversed(ctx.days):  # newest first: stop at the first one before the sentence
        if start < opens:
            break
        if start < ctx.start:
            found = (start, point)
    if found is None:
        return None
    start, point = found
    if point.gran != "day" or point.day >= ctx.dct or not _OPENS.search(ctx.text, max(0, start - 40), start):
        return None
    between = ctx.text[start : ctx.start]
    verb = _SAYING.search(between)
    if verb is None or _SAID_JUST_BEFORE.search(ctx.text, max(0, ctx.start - 20), ctx.start):
        return None
    return point.day, start + verb.end()


def told_tense(ctx: Context, verb_end: int) -> str:
    """Return "past" when the reported words are in the past tense, else "future" (present or future)."""
    tense = tense_at(ctx.text[verb_end:], ctx.start - verb_end, ctx.end - verb_end)
    return "past" if tense == "past" else "future"


def weekday_from_saying(weekday: int, ctx: Context) -> dt.date | None:
    """Return the day a bare weekday names when it is told in a saying dated by an earlier day, else None."""
    found = saying_day(ctx)
    if found is None:
        plan = plan_saying(ctx)
        if plan is None or plan.gran != "day":
            return None
        return plan.day + dt.timedelta(days=(weekday - plan.day.isoweekday()) % 7 or 7)
    day, verb_end = found
    delta = weekday - day.isoweekday()
    if told_tense(ctx, verb_end) == "past":
        return day - dt.timedelta(days=(-delta) % 7 or 7)
    return day + dt.timedelta(days=delta % 7 or 7)


def quotation_mark(text: str, position: int) -> str | None:
    """Return the mark that closes the quotation `position` lies in (within its paragraph), else None."""
    paragraph = text[text.rfind("\n", 0, position) + 1 : position]
    if paragraph.count('"') % 2 == 1:
        return '"'
    if paragraph.count("“") > paragraph.count("”"):
        return "”"
    return None


def quoted_then_told(ctx: Context) -> bool:
    """Say whether the day just told was told in a quotation and this expression stands outside it.

    '"We will sign tomorrow." The leaders meet after 10:00 am.': the speaker's "tomorrow" is not the day
    the writer's own sentence tells.
    """
    if ctx.prev_end is None:
        return False
    return quotation_mark(ctx.text, ctx.prev_end) is not None and quotation_mark(ctx.text, ctx.start) is None


def quoted_yesterday(ctx: Context) -> dt.date | None:
    """Return the day before the document date when a past-tense quoted "today" speaks of it, else None."""
    if ctx.dct is None or ctx.ref is None or ctx.ref.gran != "day" or ctx.ref.day != ctx.dct - _ONE_DAY:
        return None
    quote = quotation_mark(ctx.text, ctx.start)
    if quote is None:
        return None  # not in a quotation
    close = ctx.text.find(quote, ctx.end)
    # the tense of the words quoted, not of the "he said" after them
    words = ctx.text[:close] if close >= 0 else ctx.text
    return ctx.ref.day if tense_at(words, ctx.start, ctx.end) == "past" else None


_ONE_DAY = dt.timedelta(days=1)

# The past verbs of saying, for the reported plan's saying: "said", "told", "announced".
_SAID = "|".join(sorted(SAID_PAST, key=lambda w: (-len(w), w)))
# "would" reporting the plan, not "would have" (a past that did not happen), after a short subject:
# " they would", ", that the company would", " it would not".
# "expect", "plan", "intend", "hope" report a plan as "would" does: "said Tuesday they expect a deal Friday".
_PLAN = r"(?:would\s+(?!have\b|'ve\b)|(?P<expect>(?:expect|intend|hope|plan)(?:s|ed|ned|d)?)\s)"
_THEN_WOULD = re.compile(rf",?\s+(?:that\s+)?(?:[\w'-]+\s+){{0,4}}?{_PLAN}", re.IGNORECASE)
# The dating date after the verb, at most a few words on: "said on Tuesday", "told reporters last month".
_SAID_THEN_DATE = re.compile(rf"\b(?:{_SAID})\s+(?:[\w'-]+\s+){{0,4}}\S+\Z", re.IGNORECASE)
# ... or right before it: "Officials on Tuesday said they would", "In a statement on Tuesday, the firm said it
# would" (the subject after the comma).
_DATE_THEN_SAID = re.compile(
    rf"(?:,\s+(?:[\w'.-]+\s+){{1,4}}?|,?\s+)(?:{_SAID})\s+(?:that\s+)?(?:[\w'-]+\s+){{0,4}}?{_PLAN}",
    re.IGNORECASE,
)
_PLAN_REACH = 120  # characters from the dating date to the expression
_PLAN_GRANS = ("day", "month")


def plan_saying(ctx: Context) -> Point | None:
    """Return the date of the saying a "would" plan is reported in, when the date just before dates it."""
    ref, after = ctx.ref, ctx.prev_end
    if ref is None or after is None or ctx.dct is None or ref.gran not in _PLAN_GRANS:
        return None
    between = ctx.text[after : ctx.start]
    if len(between) > _PLAN_REACH or _BREAK.search(between):
        return None  # the cheap tests first
    lowered = between.lower()
    consequence = "ing " in lowered and _CONSEQUENCE.search(between)
    if not consequence and not any(word in lowered for word in _PLAN_WORDS):
        return None
    now = ctx.dct.replace(day=1) if ref.gran == "month" else ctx.dct
    if ref.day >= now:
        return None  # a saying lies behind the writer
    if consequence:
        # "agreed in January to hear the case, setting up a ruling by June": what the dated act leads to
        # lies ahead of that act, not of the writer
        return ref if ctx.tense() == "future" else None
    plan = _THEN_WOULD.match(between) if _SAID_THEN_DATE.search(ctx.text, max(0, after - 40), after) else None
    if plan is None:
        plan = _DATE_THEN_SAID.match(between)
        if plan is None or not _saying_dated_before(ctx.text, after):
            return None
    # an expectation's object lies ahead of it, whatever the tense read around the date
    return ref if plan["expect"] or ctx.tense() == "future" else None


_BREAK = re.compile(r"[.!?;]\s|\n")
_PLAN_WORDS = ("would", "expect", "intend", "hope", "plan")  # a cheap test before _PLAN
# A participle of consequence after the dated act: "agreed Monday to hear the case, setting up a ruling".
_CONSEQUENCE = re.compile(CONSEQUENCE, re.IGNORECASE)
# Before the date its sentence holds only the subject ("Officials on Tuesday said"), not a clause of its
# own that the date belongs to ("The engineer who joined on June 3 said", "After talks on May 2, he said").
_OWN_CLAUSE = re.compile(
    r"\b(?:who|which|that|whose|when|after|since|before|until|while|as|[a-z]+ed|was|were|had)\b",
    re.IGNORECASE,
)


def _saying_dated_before(text: str, date_end: int) -> bool:
    """Say whether the date ending at `date_end`, before its verb of saying, follows only the subject."""
    left = text[max(0, date_end - _PLAN_REACH) : date_end]
    breaks = list(_BREAK.finditer(left))
    return _OWN_CLAUSE.search(left, breaks[-1].end() if breaks else 0) is None


def month_from_saying(month: int, ctx: Context) -> int | None:
    """Return the year of a month a "would" plan names after a dated saying: at or after the saying's."""
    plan = plan_saying(ctx)
    if plan is None:
        return None
    return plan.day.year + (month < plan.day.month)


def month_day_from_saying(month: int, day: int, ctx: Context) -> int | None:
    """Return the year of a month and day a "would" plan names after a dated saying: on or after it."""
    plan = plan_saying(ctx)
    if plan is None:
        return None
    return plan.day.year + ((month, day) < (plan.day.month, plan.day.day))


def weekend_from_saying(ctx: Context) -> Point | None:
    """Return the weekend a "would" plan names after a saying dated by a day: the one after that day."""
    plan = plan_saying(ctx)
    if plan is None or plan.gran != "day":
        return None
    step = 0 if plan.day.isoweekday() < 6 else 1  # the ISO week holds its own weekend
    return Point(plan.day + dt.timedelta(weeks=step), "weekend")


# A month named in full, for the month a figure was reported for ("orders in February rose").
_MONTH_NAMES = "January February March April May June July August September October November December".split()
_MONTH_NAMED = re.compile(rf"\b(?:{'|'.join(_MONTH_NAMES)})\b")
# The saying's own weekday: "the agency said Thursday", "the ministry reported on Friday".
_SAID_DAY = re.compile(rf"\b(?:{SAYING})\s+(?:on\s+)?\Z", re.IGNORECASE)
_MONTH_REACH = 800  # characters back to the month named


def month_before_saying(ctx: Context) -> Point | None:
    """Return the month last named before the saying's day the text just told, for "the previous month".

    "Orders in February rose 9 percent, the bureau said Friday. Compared with the previous month, ...":
    the previous month counts from February, the month the figures are for, not from the saying's month.
    """
    ref = ctx.ref
    if ref is None or ref.gran != "day" or not ctx.days or ctx.days[-1][1] != ref:
        return None
    start = ctx.days[-1][0]
    if not _SAID_DAY.search(ctx.text, max(0, start - 24), start):
        return None
    names = _MONTH_NAMED.findall(ctx.text, max(0, start - _MONTH_REACH), ctx.start)
    if not names:
        return None
    month = _MONTH_NAMES.index(names[-1]) + 1  # the last one before the expression
    year = ref.day.year - (month > ref.day.month)  # reported figures are for a month not after the saying
    return Point(dt.date(year, month, 1), "month")
