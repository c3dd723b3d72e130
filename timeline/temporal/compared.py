"""What a figure "a year earlier" is set against when the text is not at the quarter it reported.

Results stories compare a quarter with the same quarter a year back ("net rose in the third quarter from
$4 million a year ago"), and the tagger reads "a year ago", "the year-earlier period", "the 1988 period"
as that quarter. Two shapes set the figure against something else:

- a span of months told after the quarter ("For the nine months, net rose from $7 million a year
  earlier"): the span a year back, which no quarter value names, so the year;
- a day told after the quarter, outside it ("shares rose yesterday ... up from 3 cents a year earlier"):
  the comparison is chained to that day, so the year too, as with no quarter told.
"""

from __future__ import annotations

import re

from timeline.temporal.anchor import SENTENCE_START, Context

# A span of months that results report besides the quarter: the figure after it is the span's.
_MONTH_SPANS = [
    (r"(?:nine|six|eight|ten|eleven|9|6)[\s-]+months?", "For the nine months / the first six months"),
    (r"(?:first|second)[\s-]+half", "in the first half, sales rose / first-half sales"),
    (r"half[\s-]+year", "half-year profit of $3 million"),
    (r"year\s+to\s+date|year-to-date", "year-to-date revenue"),
]
_SPAN = re.compile(
    r"\b(?:" + "|".join(words for words, _ in _MONTH_SPANS) + r")\b"
    r"(?!\s+(?:ago|earlier|later|before|after)\b)",  # "six months ago" is a date, not a span reported
    re.IGNORECASE,
)
# A quarter told again after the span brings the comparison back to it.
_QUARTER_WORD = re.compile(r"\bquarter|\b(?:the\s+)?(?:latest|same|comparable)\s+period\b", re.IGNORECASE)
# "the quarter ended Sept. 30", "the three months to June": the day closes the period it follows.
_PERIOD_END = re.compile(
    r"\b(?:year|months|quarter|weeks|period|half)\s+(?:to|ended|ending|through)\s+\Z", re.IGNORECASE
)


def span_compared(ctx: Context) -> bool:
    """Say whether a span of months told since the last quarter word, in this sentence or the one before,
    is what "a year earlier" here sets its figure against ("For the nine months, net rose 5% from a year
    earlier"; "For the six months, net was $9 million. In the year-earlier period, ...")."""
    window = max(0, ctx.start - 400)
    told = ctx.text[window : ctx.start]
    if "month" not in told and "half" not in told and "date" not in told:
        return False
    starts = [m.end() for m in SENTENCE_START.finditer(ctx.text, window, ctx.start + 1)]
    opens = starts[-2] if len(starts) >= 2 else window
    spans = list(_SPAN.finditer(ctx.text, opens, ctx.start))
    if not spans:
        return False
    return _QUARTER_WORD.search(ctx.text, spans[-1].end(), ctx.start) is None


def day_compared(ctx: Context) -> bool:
    """Say whether the last date told is a day after the quarter the text spoke of, outside it and not the
    end of a reporting period: "a year earlier" there counts from that day, not from the quarter.

    "shares rose yesterday (Nov. 1) ... up from 3 cents a year earlier" is not the third quarter's
    figure; "for the quarter ended Sept. 30, net rose from $4 million a year earlier" still is.
    """
    quarter, ref = ctx.quarter, ctx.ref
    if quarter is None or ref is None or ref.gran != "day":
        return False
    first = quarter.day.replace(day=1)
    if ref.day < first:
        return False  # a day before the quarter is background
    last_month = first.month + 2
    if ref.day.year == first.year and ref.day.month <= last_month:
        return False  # inside the quarter
    told = [start for start, day in ctx.days if day.day == ref.day and start < ctx.start]
    if not told:
        return False
    return _PERIOD_END.search(ctx.text, max(0, told[-1] - 30), told[-1]) is None


def elsewhere(ctx: Context) -> bool:
    """Say whether a figure "a year earlier" is set against a span of months or a day told since the
    quarter, not against the quarter."""
    return span_compared(ctx) or day_compared(ctx)
