"""Date a span told back from its end: "the past week" (P1W ending on the document date) covers its days.

Shared by the event layer, which dates events by it (dating), and by the check that tells a hand edit made
in the file from extraction's own date (twins.hand_edited): both must work out the same days.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.models import TimeExpression, When

_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")  # the end is a day: "2026-03-06"
_WEEKS = re.compile(r"P(?P<n>[12])W")  # "the past week" P1W, "the past fortnight" P2W


def back_from_end(timex: TimeExpression) -> When | None:
    """Return the days a span told back from its end covers ("the past week", P1W ending on the document
    date: the seven days before it and that day; "the past fortnight", P2W: fourteen), else None."""
    weeks = _WEEKS.fullmatch(timex.value)
    if weeks is None or timex.end_value is None or not _DAY_VALUE.fullmatch(timex.end_value):
        return None
    last = dt.date.fromisoformat(timex.end_value)
    first = last - dt.timedelta(days=7 * int(weeks["n"]))
    return When(value=first.isoformat(), start=first, end=last, granularity="day", end_value=timex.end_value)
