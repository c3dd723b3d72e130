"""Which week a bare weekday falls in: the one before or after the reference day, by tense.

"Tuesday" alone is the Tuesday before the reference day under a past verb and the one after it under a
future or a present of schedule ("On Monday the Fed meets", "by Friday", "how about Friday?"). Inside a
story it counts from the story day (`resolve.story_date`); "last Tuesday", "this Friday" count from the
writer's day even there.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.temporal.anchor import Context
from timeline.temporal.resolve import story_date
from timeline.temporal.schedule import and_present, falls_on, present_after, present_at
from timeline.temporal.tensewords import WORD, is_mark
from timeline.temporal.values import Point
from timeline.temporal.yearframe import framing_week

# "as early as Tuesday", "by Friday": a deadline ahead of the document date ("until" looks both ways).
_WOULD = re.compile(r"\bwould\s+(?:[\w-]+\s+){0,8}(?:on\s+)?\Z", re.IGNORECASE)
# A modal and its verb before the weekday in the same clause: "can sign up on Friday", "could ride free on
# Sunday". Lower case, so the month "May" is no modal; "could have", "may have" look back.
_MODAL_VERB = re.compile(
    r"\b(?:[Cc]an|[Cc]ould|may|might|must|should)\s+(?:not\s+|also\s+|still\s+)?(?!have\b|'ve\b|be\b)[a-z]+"
    r"(?:\s+[\w'’-]+){0,5}\s+(?:on\s+)?\Z"
)
_LOOKS_AHEAD = re.compile(
    r"\b(?:as\s+(?:early|soon|late)\s+as|by|no\s+later\s+than|until|till|til)\s+\Z", re.IGNORECASE
)

# A weekday opening its sentence ("On Friday, the envoy would tour the port"), and the words after it up to a
# "would" that looks ahead ("would have" looks back; "On Friday, the ministry would not comment" is a refusal
# that day).
_FRONTED = re.compile(r"(?:\A|[.!?][\"'”’)]?\s+|\n)[\"“']?(?:(?:on|early|late)\s+)?\Z", re.IGNORECASE)
_THEN_WOULD = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?P<subject>(?:[\w'’.-]+\s+){1,5}?)would\s+(?!have\b|'ve\b|not\b)",
    re.IGNORECASE,
)


def fronted_would(text: str, start: int, end: int) -> bool:
    """Say whether a weekday opens its sentence and the first verb after it is "would": a plan ahead.

    "On Friday, the envoy would tour the port" (said of a visit's programme) is the coming Friday, as
    "would tour the port on Friday" is; "On Friday, officials said he would go" takes the tense of "said".
    """
    if not _FRONTED.search(text, max(0, start - 12), start):
        return False
    then = _THEN_WOULD.match(text, end)
    return then is not None and not any(is_mark(word.lower()) for word in WORD.findall(then["subject"]))


# A suggestion: "how about Friday?", "what about friday night or sat?".
_SUGGESTED = re.compile(
    r"\b(?:how|what)\s+about\s+(?:(?:this|on)\s+)?(?:(?:[\w-]+\s+){1,2}(?:or|and)\s+)?\Z", re.IGNORECASE
)

# A weekday's event of schedule: "Sunday's final leg", "Tuesday's presidential election".
_SCHEDULE_AFTER = re.compile(
    r"'s\s+(?:[\w-]+\s+){0,2}?(?:final|race|game|vote|meeting|match|election|stage|leg|summit|talks|hearing"
    r"|trial|debate|round|showdown|clash|decider|semi-?final|poll|referendum|deadline|session|ceremony"
    r"|opening|launch|kickoff|premiere|fixture|tie|derby|rally|parade|march)s?\b",
    re.IGNORECASE,
)
# A present verb of looking ahead just before it: "head into", "prepare for", "are gearing up for".
_AHEAD_VERB = re.compile(
    r"\b(?:(?:is|are|am|'re)\s+(?:heading|preparing|gearing|looking|bracing|counting)|head|heads|go|goes|prepare|prepares|await|awaits|eye|eyes|look|looks"
    r"|gear|gears|turn|turns|face|faces|enter|enters|approach|approaches|target|targets|meet|meets|play"
    r"|plays|contest|contests|vote|votes)\s+(?:(?!after\b|since\b|from\b|following\b)[\w-]+\s+){0,4}\Z",
    re.IGNORECASE,
)


# The day's own past verb right after it: "their game on Monday was cancelled" (not "was expected to").
_DAY_OWN_PAST = re.compile(
    r"\s+(?:was|were)\s+(?!(?:expected|scheduled|due|set|planned|going\s+to|to|likely|about|supposed|slated)\b)"
    r"[a-z]+(?:ed|ing)\b"  # "analysts late Friday night were expecting": their own past progressive
)


def resolve_weekday(weekday: int, rel: str | None, ctx: Context) -> tuple[Point | None, str | None]:
    """Return the day a weekday names, from its relative word and the tense, and its anchor."""
    rel = (rel or "").lower()
    # "last Tuesday", "this Friday" speak from the writer's day even inside a story
    deictic = rel in ("last", "past", "this", "coming") and ctx.dct is not None
    story = None if deictic else story_date(ctx, day_only=True)
    base, anchor = (story.day, "ref") if story is not None else (ctx.dct, "dct")
    if base is None:
        return None, None
    if rel in ("last", "past", "previous"):
        day = base + dt.timedelta(days=(weekday - base.isoweekday()) % 7 - 7)
    elif rel in ("next", "coming", "following"):
        day = base + dt.timedelta(days=(weekday - base.isoweekday()) % 7 or 7)
    elif rel == "this":
        day = base + dt.timedelta(days=weekday - base.isoweekday())
    elif not rel and (framed := framing_week(weekday, ctx)) is not None:
        return Point(framed, "day"), "dct"  # "Last week, the board met on Tuesday": last week's Tuesday
    else:
        ahead = _LOOKS_AHEAD.search(ctx.text, max(0, ctx.start - 24), ctx.start)
        # "by Friday" looks ahead, but not after a past verb: "had filed reports by Wednesday"
        tense = falls_on(ctx.text, ctx.start) or ctx.tense()  # "the holiday falls on Friday": ahead
        if _DAY_OWN_PAST.match(ctx.text, ctx.end):
            tense = "past"  # "will play after their game on Monday was cancelled": the day's own verb
        elif tense == "past" and and_present(ctx.text, ctx.start):
            tense = "future"  # "began on Monday and resume on Wednesday": the present verb's day is ahead
        if anchor == "ref" or (ahead and tense != "past"):
            tense = "future"
        possessive = ctx.text.startswith("'s", ctx.end)  # "Thursday's closing price" was reported
        if tense is None and not possessive and present_at(ctx.text, ctx.start):
            tense = "future"
        if tense is None and not possessive and present_after(ctx.text, ctx.start, ctx.end):
            tense = "future"  # "On Monday the Fed meets"
        if tense is None and not possessive and _WOULD.search(ctx.text, max(0, ctx.start - 60), ctx.start):
            tense = "future"  # "said he would travel to Washington Thursday": the coming Thursday
        modal = _MODAL_VERB.search(ctx.text, max(0, ctx.start - 60), ctx.start)
        if tense is None and not possessive and modal:
            tense = "future"  # "members may collect the forms on Friday": leave or means, ahead
        fronted = anchor == "dct" and not possessive and fronted_would(ctx.text, ctx.start, ctx.end)
        if tense != "future" and fronted:
            tense = "future"  # "On Friday, the envoy would be received": "received" after "would" is no past
        if (
            tense is None
            and "about" in ctx.text[max(0, ctx.start - 40) : ctx.start]
            and _SUGGESTED.search(ctx.text, max(0, ctx.start - 40), ctx.start)
        ):
            tense = "future"  # "what about thursday night or fri?": a day suggested lies ahead
        if (
            tense != "future"
            and possessive
            and _SCHEDULE_AFTER.match(ctx.text, ctx.end)
            and _AHEAD_VERB.search(ctx.text, max(0, ctx.start - 60), ctx.start)
        ):
            # "they head into Sunday's final leg": a present verb looks ahead to the event, whatever
            # past verb came earlier in the sentence ("After a crash on Friday, they head into ...").
            tense = "future"
        delta = weekday - base.isoweekday()
        if tense == "future":
            day = base + dt.timedelta(days=delta % 7)
        else:
            day = base - dt.timedelta(days=(-delta) % 7)
    return Point(day, "day"), anchor
