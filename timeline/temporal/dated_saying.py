"""Find the day a saying is dated by, for the weekdays and parts of day told in what was said.

"On June 3, the engineer said: 'We open the gates Monday.'" dates the words on June 3, so their "Monday" is
the one after June 3, not the one near the document date. Only a sentence that opens with the date (after an
optional "On") and goes on to a verb of saying or telling counts; a weekday right after a second verb of
saying ("..., the mayor said Friday") dates that saying, from the document date as before.

A quoted "today" told in the past tense, in a report of the day before the document date ("Lyon won on
Saturday. 'Today we controlled the game,' the coach said."), is that day: the words were said after the
game, the report was dated the next morning.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.temporal.anchor import Context
from timeline.temporal.quick import lacks
from timeline.temporal.saying import SAYING, SAYING_VERBS
from timeline.temporal.tense import tense_at

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
        return None
    day, verb_end = found
    delta = weekday - day.isoweekday()
    if told_tense(ctx, verb_end) == "past":
        return day - dt.timedelta(days=(-delta) % 7 or 7)
    return day + dt.timedelta(days=delta % 7 or 7)


def quoted_yesterday(ctx: Context) -> dt.date | None:
    """Return the day before the document date when a past-tense quoted "today" speaks of it, else None."""
    if ctx.dct is None or ctx.ref is None or ctx.ref.gran != "day" or ctx.ref.day != ctx.dct - _ONE_DAY:
        return None
    paragraph = ctx.text[ctx.text.rfind("\n", 0, ctx.start) + 1 : ctx.start]
    if paragraph.count('"') % 2 == 1:
        close = ctx.text.find('"', ctx.end)
    elif paragraph.count("“") > paragraph.count("”"):
        close = ctx.text.find("”", ctx.end)
    else:
        return None  # not in a quotation
    # the tense of the words quoted, not of the "he said" after them
    words = ctx.text[:close] if close >= 0 else ctx.text
    return ctx.ref.day if tense_at(words, ctx.start, ctx.end) == "past" else None


_ONE_DAY = dt.timedelta(days=1)
