"""A time told again in another zone, in parentheses right after it, dates nothing.

"The tremor hit at 2:35 p.m. (0535 GMT)", "a speech at 8:00 pm Sunday (0100 GMT Monday)": the time in
parentheses is the same moment as the time before it, told for readers elsewhere, and may fall on another
day (Monday for a Sunday evening's address). The time before it dates the clause; the twin would give
the same clause a second event, at another hour or on another day.
"""

from __future__ import annotations

import re

from timeline.models import TimeExpression

# What stands between the time told first and its twin: an opening parenthesis ("2:35 p.m. (0535 GMT)").
_OPENS = re.compile(r"\s*\(\s*")
# What follows the twin up to the closing parenthesis: nothing ("(0535 GMT)"), a zone or a word or two
# the tagger left out ("(1530 GMT local)", "(0424 GMT, Friday)").
_CLOSES = re.compile(r"[^()\n]{0,20}\)")


def restates_time(text: str, timex: TimeExpression, before: TimeExpression | None) -> bool:
    """Tell whether a time is the twin in parentheses of the time told just before it (see the module)."""
    if before is None or timex.type != "TIME" or before.type != "TIME":
        return False
    if not 0 < timex.start - before.end < 5 or "(" not in text[before.end : timex.start]:
        return False
    return bool(_OPENS.fullmatch(text, before.end, timex.start)) and bool(_CLOSES.match(text, timex.end))
