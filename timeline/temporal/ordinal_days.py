"""Date an ordinal day of an episode from a sibling ordinal day the text dated: "the first day" after "the
second day, Saturday" is the Friday.

"Racing on the second day, Saturday, resumed once fog had stopped the first day": both days belong to one
episode, so the first lies one day before the second, not on the date told last.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.temporal import normalize as nz
from timeline.temporal.anchor import Context
from timeline.temporal.fragments import MONTH, ORD, WEEKDAY

# The sibling day right before its date ("the second day, Saturday", "the third day of the talks on March 9"),
# or right after it ("Saturday, the second day,", "on March 9, the third day").
_EPISODE = r"(?:\s+of\s+(?:the|its|their|his|her)\s+[\w-]+)?"
_SIBLING_BEFORE = re.compile(rf"\bthe\s+(?P<ord>{ORD})\s+day{_EPISODE}\s*,?\s+(?:on\s+)?\Z", re.IGNORECASE)
_SIBLING_AFTER = re.compile(rf"(?<=\w,\s)the\s+(?P<ord>{ORD})\s+day\b", re.IGNORECASE)
_DATE_BEFORE = re.compile(rf"\b(?:{WEEKDAY}|\d{{1,2}}|{MONTH})\s*,\s+\Z", re.IGNORECASE)


def sibling_day(ordinal: str, ctx: Context) -> dt.date | None:
    """Return the day of the `ordinal` day of an episode, counted from the dated sibling day just told.

    Only the date told right before (the reference) counts, and only when it names a sibling ordinal day;
    None otherwise.
    """
    index = nz.ordinal(ordinal)
    if index is None or ctx.ref is None or ctx.ref.gran != "day" or ctx.prev_end is None:
        return None
    told = [start for start, point in ctx.days if start < ctx.start and point == ctx.ref]
    if not told:
        return None
    found = _SIBLING_BEFORE.search(ctx.text, max(0, told[-1] - 60), told[-1])
    if found is None and _DATE_BEFORE.search(ctx.text, max(0, told[-1] - 12), told[-1]):
        found = _SIBLING_AFTER.match(ctx.text, told[-1])  # the sibling is the reference, dated beside it
    sibling = nz.ordinal(found["ord"]) if found else None
    if sibling is None or sibling == index:
        return None
    return ctx.ref.day + dt.timedelta(days=index - sibling)
