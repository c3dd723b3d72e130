"""Put a weekday in the week a phrase after it names: "on Thursday, Friday and Saturday last week".

A deictic week after a weekday, or after the list the weekday opens or continues, says which week each day
of the list falls in: written on Thursday 12 March 2026, "marched on Thursday, Friday and Saturday last
week" is 5, 6 and 7 March (the bare "Thursday" is not the document date). yearframe.framing_week reads the
same week when it opens the sentence ("Last week, the board met on Tuesday").
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.temporal.anchor import Context
from timeline.temporal.fragments import WEEKDAY

# The rest of the list after the weekday (a week has seven days: bounded, so that a run of weekdays costs
# no more than a list's reach each), then the week: (pattern, example).
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_MORE_DAYS = rf"(?:\s*(?:,|\band\b|\bor\b|&)\s*(?:(?:and|or)\s+)?(?:on\s+)?{WEEKDAY}{_PART}){{0,6}}"
WEEK_AFTER = [
    (r"(?P<rel>last|next|this)\s+week", "on Monday and Tuesday last week"),
    (r"of\s+(?P<ofrel>last|next|this)\s+week", "on Friday of next week"),
]
_WEEK_AFTER = re.compile(
    rf"{_PART}{_MORE_DAYS},?\s+(?:" + "|".join(pattern for pattern, _example in WEEK_AFTER) + r")\b(?!['’]s)",
    re.IGNORECASE,
)
_STEP = {"last": -1, "this": 0, "next": 1}


def week_after_list(weekday: int, ctx: Context) -> dt.date | None:
    """Return the day a weekday names in the week named after it or after its list, else None."""
    if ctx.dct is None:
        return None
    found = _WEEK_AFTER.match(ctx.text, ctx.end)
    if found is None:
        return None
    step = _STEP[(found["rel"] or found["ofrel"]).lower()]
    monday = ctx.dct - dt.timedelta(days=ctx.dct.isoweekday() - 1) + dt.timedelta(weeks=step)
    return monday + dt.timedelta(days=weekday - 1)
