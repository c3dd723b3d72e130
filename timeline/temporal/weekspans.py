"""Read the second weekday of a span or pair from the first: "from Monday to Friday", "Thursday and Friday".

days.py asks these before it resolves a weekday on its own.
"""

from __future__ import annotations

import re

from timeline.temporal.anchor import Context
from timeline.temporal.fragments import WEEKDAY
from timeline.temporal.values import Point

# "from Monday to Friday", "Friday-Sunday": the second weekday of a span falls after the first.
# "to" only after "from"/"between": "adjourned Monday until Wednesday", "moved Monday to Friday" defer.
_SPAN_TO = re.compile(rf"\s*(?:-|–|(?P<to>to)|through|thru)\s*(?P<wd>{WEEKDAY})(?![\w])", re.IGNORECASE)
_FROM = re.compile(r"\b(?:from|between)\s+\Z", re.IGNORECASE)
_WEEKDAY_END = re.compile(rf"(?<![\w]){WEEKDAY}\Z", re.IGNORECASE)
_RANGE_FROM = re.compile(
    rf"(?:\b(?:from|between)\s+{WEEKDAY}\s*(?:-|–|to|through|thru)|(?<![\w]){WEEKDAY}\s*(?:-|–|through|thru))\s*\Z",
    re.IGNORECASE,
)

# "opens Tuesday and runs until Sunday": a second verb of the same subject takes the span to its end.
_AND_UNTIL = re.compile(r"\s+and\s+(?:[a-z]+\s+){1,2}(?:until|till|through|thru)\s+\Z")
_AND_ON = re.compile(r"\s+and\s+(?:on\s+)?")
# "opens on Monday and closes on Friday", "will arrive Monday and leave on Friday": a second verb of the same
# subject, not past, takes the sequence on; the second day comes after the first.
_AND_VERB_ON = re.compile(r"\s+and\s+(?:will\s+|is\s+to\s+|then\s+)?[a-z]{3,}\s+(?:on\s+)?")


def in_range(ctx: Context) -> Point | None:
    """Return the day of the weekday opening the span this weekday closes ("from Monday to Friday")."""
    if (
        ctx.prev_end is not None
        and ctx.ref is not None
        and ctx.ref.gran == "day"
        and ctx.start - ctx.prev_end <= 30
        and _AND_UNTIL.match(ctx.text[ctx.prev_end : ctx.start])
        and _WEEKDAY_END.search(ctx.text, max(0, ctx.prev_end - 12), ctx.prev_end)
    ):
        return ctx.ref
    if (
        ctx.prev_end is not None
        and ctx.ref is not None
        and ctx.ref.gran == "day"
        and _AND_ON.fullmatch(ctx.text, ctx.prev_end, ctx.start)
        and _WEEKDAY_END.search(ctx.text, max(0, ctx.prev_end - 12), ctx.prev_end)
        and ctx.tense() != "past"
    ):
        return ctx.ref  # "will strike on Thursday and Friday" (written on a Friday): the Friday after
    if (
        ctx.prev_end is not None
        and ctx.ref is not None
        and ctx.ref.gran == "day"
        and ctx.start - ctx.prev_end <= 30
        and _AND_VERB_ON.fullmatch(ctx.text, ctx.prev_end, ctx.start)
        and _WEEKDAY_END.search(ctx.text, max(0, ctx.prev_end - 12), ctx.prev_end)
        and ctx.tense() == "future"
        and (ctx.dct is None or ctx.ref.day >= ctx.dct)
    ):
        # "voting opens on Monday and closes on Friday": the Friday after that Monday; not after a day gone
        # by ("lost Friday and will play Monday": the writer's coming Monday)
        return ctx.ref
    if (
        ctx.prev_end is None
        or ctx.start - ctx.prev_end > 10
        or ctx.ref is None
        or ctx.ref.gran != "day"
        or "," in ctx.text[ctx.prev_end : ctx.start]  # a list ("Monday, Tuesday"), not a span: no search
        or not _RANGE_FROM.search(ctx.text, max(0, ctx.prev_end - 20), ctx.start)
    ):
        return None
    return ctx.ref


def span_end(ctx: Context) -> re.Match[str] | None:
    """Return the match of the weekday closing the span this weekday opens ("from Tuesday to Thursday")."""
    last = _SPAN_TO.match(ctx.text, ctx.end)
    if last and last.group("to") and not _FROM.search(ctx.text, max(0, ctx.start - 10), ctx.start):
        return None  # "moved Monday to Friday": two days, not a span
    return last
