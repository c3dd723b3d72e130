"""Place "the next fiscal year" told after a period counted from today: from today, not one step on.

"Sales will grow next year ... in the next fiscal year" (written in 2010): the coming accounting year is
counted from the writer's day, not from the calendar year just named, and "The next fiscal year" said
again later is the same year, not the one after it. A period the text stated itself ("fiscal 1989 ...
the next fiscal year") still chains.
"""

from __future__ import annotations

import re

from timeline.temporal.anchor import Context
from timeline.temporal.values import Point

# The words of an accounting year, which does not follow the calendar year named before it:
# "the next fiscal year" (example beside each: "the next financial year", "the next budget year").
_ACCOUNTING = re.compile(r"(?i)\b(?:fiscal|financial|budget)\s")

# Units long enough that one named twice is the same period, not a story moving on ("The next day ...
# The next day" steps through a story; "the next quarter ... the next quarter" is one quarter).
_PERIOD_GRANS = ("month", "quarter", "half", "year")


def _words(text: str) -> str:
    return " ".join(text.lower().split())


def from_today(gran: str, ctx: Context) -> tuple[Point | None, str | None, int] | None:
    """Return (base, anchor, count) for "the next <period>" when the period it follows was counted from
    today: the same words again keep their value, an accounting year counts from today; else None."""
    if ctx.ref_words is None or gran not in _PERIOD_GRANS:
        return None
    said = ctx.text[ctx.start : ctx.end]
    if _words(said) == _words(ctx.ref_words):
        return ctx.ref, "dct", 0  # "the next quarter ... The next quarter": the one told already
    if _ACCOUNTING.search(said) and not _ACCOUNTING.search(ctx.ref_words):
        base, anchor = ctx.now()  # "next year ... the next fiscal year": the coming accounting year
        return base, anchor, 1
    return None
