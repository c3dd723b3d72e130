"""Read the quarter a results period closing on a written day makes up: "the quarter ended July 31".

A company's quarter need not be a calendar one; it is given the calendar quarter that holds most of its
three months, the one of its middle month (May to July is mostly April-June: the second quarter).
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.temporal import normalize as nz
from timeline.temporal.anchor import Context
from timeline.temporal.fragments import MONTH
from timeline.temporal.values import Point

# "the quarter ended July 31", "the quarter ending Sept. 30, 1989", "the quarter that ended on Oct. 31".
_ENDED = re.compile(
    rf"\s+(?:that\s+)?(?:ended|ending|ends)\s+(?:on\s+)?(?P<mon>{MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    r"(?:,?\s+(?P<y>\d{4})\b)?",
    re.IGNORECASE,
)


def quarter_ended(ctx: Context) -> Point | None:
    """Return the calendar quarter of a quarter that ends on the day written after it, else None.

    Written in October 1989, "the quarter ended July 31" is 1989-Q2 (May to July), "the quarter ended
    Sept. 30" 1989-Q3; with no year, the last such month up to the document date.
    """
    if ctx.text[ctx.end : ctx.end + 1] != " ":
        return None
    match = _ENDED.match(ctx.text, ctx.end)
    if match is None:
        return None
    month = nz.month_number(match["mon"])
    if month is None:
        return None
    if match["y"]:
        year = int(match["y"])
    elif ctx.dct is not None:
        year = ctx.dct.year if month <= ctx.dct.month else ctx.dct.year - 1
    else:
        return None
    middle = dt.date(year, month, 1) - dt.timedelta(days=1)  # the last day of the month before
    return Point(dt.date(middle.year, (middle.month - 1) // 3 * 3 + 1, 1), "quarter")


# A figure of "this quarter" that results report: "This quarter's loss includes charges", "this quarter's
# results", "this quarter's net income".
_THIS_QUARTER_FIGURE = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:loss|losses|profits?|earnings|results|net|income|revenues?|sales|gains?"
    r"|charges?|deficit|margins?)\b",
    re.IGNORECASE,
)


def this_quarter_reported(ctx: Context) -> Point | None:
    """Return the quarter a results story reported when it calls that quarter's figure "this quarter's".

    Written on Nov. 1 after "a net loss for the third quarter ended Sept. 30", "This quarter's loss includes
    charges" is the third quarter's loss: figures exist only for a quarter that has ended. With no ended
    quarter reported just before the document's, or said of the future ("this quarter's profit will
    rise"), "this quarter" stays the document's quarter (None).
    """
    quarter, dct = ctx.quarter, ctx.dct
    if quarter is None or dct is None or not _THIS_QUARTER_FIGURE.match(ctx.text, ctx.end):
        return None
    current = (dct.year, (dct.month - 1) // 3)
    before = (current[0] - 1, 3) if current[1] == 0 else (current[0], current[1] - 1)
    if (quarter.day.year, (quarter.day.month - 1) // 3) != before or ctx.tense() == "future":
        return None
    return quarter
