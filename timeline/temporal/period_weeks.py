"""Give a week named by its place in a quarter or year told by its article: "the last week of the quarter".

"the last week" alone is the week before this one; followed by "of the quarter" it is the closing week of
that quarter, which "the quarter" itself names (theunit.py reads it from the document date and the tense).
The week is the ISO week holding the middle day of the period's first or last seven days, as
"the last week of August" is (periods.py): the last week of a quarter that ends on Tuesday, March 31, is
the week of the 23rd to the 29th.
"""

from __future__ import annotations

import datetime as dt

from timeline.temporal.anchor import Context
from timeline.temporal.intervals import interval
from timeline.temporal.normalize import Norm
from timeline.temporal.rules import HANDLERS, Groups, handles
from timeline.temporal.values import Point, fmt, shift

# days from the period's first day, or back from its last, to the middle of its first or last seven days
_MIDDLE = 3


@handles("weekofperiod")
def _week_of_period(g: Groups, ctx: Context) -> Norm | None:
    """Give "the last week of the quarter" the ISO week that closes the quarter "the quarter" names."""
    period = HANDLERS["theunit"]({"unit": g["unit"].lower(), "det": "the"}, ctx)
    bounds = interval(period.value) if period is not None and period.type == "DATE" else None
    if bounds is None:
        return None
    start, end, gran = bounds
    last = g["ord"].lower() in ("last", "final")
    day = end - dt.timedelta(days=_MIDDLE) if last else start + dt.timedelta(days=_MIDDLE)
    if ctx.dct is not None and day > ctx.dct and ctx.tense() == "past":
        # "sales jumped in the last week of the year" written in January: a past verb tells a week gone by
        day = shift(Point(day, "day"), gran, -1).day
    return Norm("DATE", fmt(Point(day, "week")), anchor=period.anchor)
