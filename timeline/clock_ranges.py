"""Read a range of clock times as the hours of one day: "from 8:00 a.m. (0500 GMT) to 6:00 p.m. Thursday".

Two things hide such a range from dating.find, which reads a range from two expressions side by side:
- the start's time told again in another zone, in parentheses ("8:00 a.m. (0500 GMT) to 6:00 p.m."): the
  range goes on past that twin (zone_twins), whose phrase stands between the start and the link word;
- an end that names the day the start was already read on ("from 7 to 8 p.m. on Thursday"): the tagger
  reads the end from the start, and a weekday counted from a time on that weekday lands a week later, which
  made the range a week long. An end read from its start, on the same weekday a week after it and at a
  later hour, is on the start's day.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.models import TimeExpression
from timeline.zone_twins import restates_time

# What closes a zone twin after its time: "(0500 GMT)", "(0815 GMT, Friday)".
_CLOSES = re.compile(r"[^()\n]{0,20}\)")
_CLOCK_VALUE = re.compile(r"(?P<day>\d{4}-\d{2}-\d{2})T(?P<clock>\d{2}:\d{2})")


def past_twin(text: str, timex: TimeExpression, following: TimeExpression) -> int | None:
    """Return where the zone twin `following` of the time `timex` ends, past its closing parenthesis
    ("8:00 a.m. (0500 GMT)": just after ")"), or None when `following` is no such twin."""
    if not restates_time(text, following, timex):
        return None
    closes = _CLOSES.match(text, following.end)
    return closes.end() if closes is not None else None


def on_start_day(start: TimeExpression, end: TimeExpression) -> TimeExpression:
    """Return the end of a clock range on its start's day when the tagger read it a week later from the
    start ("from 7 to 8 p.m. on Thursday": 8 p.m. of the next Thursday); else `end` as it is."""
    if start.type != "TIME" or end.type != "TIME" or end.anchor is None or end.anchor != start.tid:
        return end
    first, last = _CLOCK_VALUE.match(start.value), _CLOCK_VALUE.match(end.value)
    if first is None or last is None or last["clock"] <= first["clock"]:
        return end
    if dt.date.fromisoformat(last["day"]) - dt.date.fromisoformat(first["day"]) != dt.timedelta(days=7):
        return end
    return end.model_copy(update={"value": first["day"] + end.value[len(last["day"]) :]})
