"""Give "the first half of the 1990s" its half of the decade: 1990 to 1994, not the first third.

TimeML has no value for half a decade or a century, so the tagger writes the decade with mod START or END
(199 START), the value "early 1990s" has too; an event's days read the phrase to tell the two apart.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.models import TimeExpression

# (pattern, example): the words that name a half of the period after them.
HALVES = [
    (r"first|earlier", "the first half of the 1990s: 1990-01-01..1994-12-31"),
    (r"second|latter|last|later", "the latter half of the 1980s: 1985-01-01..1989-12-31"),
]
_HALF_OF = re.compile(
    r"\b(?:" + "|".join(pattern for pattern, _example in HALVES) + r")\s+half\s+of\b", re.IGNORECASE
)


def half_days(timex: TimeExpression, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date] | None:
    """Return the days of the half a phrase names of the whole years from `start` to `end`, else None."""
    if timex.mod not in ("START", "END") or not _HALF_OF.search(timex.text):
        return None
    years = end.year - start.year + 1
    if years < 2 or (start.month, start.day, end.month, end.day) != (1, 1, 12, 31):
        return None
    middle = start.year + years // 2
    if timex.mod == "START":
        return start, dt.date(middle - 1, 12, 31)
    return dt.date(middle, 1, 1), end
