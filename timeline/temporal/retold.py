"""Give a day of the month the story already dated the same year when it is told again.

"On October 7, Hamas gunmen breached the border ... In October 2021, the groups were banned ... the surprise
attack on October 7": the second "October 7" is the day the story told first, not a day of 2021. A day
the text dated near the document date keeps that year when its paragraph names no year of its own.
"""

from __future__ import annotations

import re

from timeline.temporal.anchor import Context

# A year written in the paragraph: "on October 7 that year", "In 2021 ... on October 7" name their own year.
_YEAR = re.compile(
    r"(?<![\d.,$])(?:1[6-9]|20)\d\d(?![\d%])|\b(?:this|that|the\s+same|the\s+previous|the\s+next)\s+year\b"
)
# How many of the last stated days are looked at: a bound, so that a text of many dates is tagged in linear
# time (a story retells its day within a few dozen dates).
LOOKBACK = 40
PARAGRAPH = 1500  # the most characters read before the day (to its paragraph's start) and after it
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+|\n")


def retold_year(month: int, day: int, ctx: Context) -> int | None:
    """Return the year of the same month and day told earlier near the document date, if the text told it."""
    if ctx.dct is None:
        return None
    years = {
        point.day.year
        for start, point in ctx.days[-LOOKBACK:]
        if start < ctx.start
        and point.gran == "day"
        and (point.day.month, point.day.day) == (month, day)
        and abs(point.day.year - ctx.dct.year) <= 1
    }
    if len(years) != 1:
        return None
    # a year named in the paragraph, up to the sentence's end, is the day's own: "Another major event of this
    # year was ... in April 2004 ... (posted online on April 30.)"
    window = max(0, ctx.start - PARAGRAPH)
    opens = ctx.text.rfind("\n", window, ctx.start) + 1 or window
    closes = _SENTENCE_END.search(ctx.text, ctx.end, ctx.end + PARAGRAPH)
    if _YEAR.search(ctx.text, opens, closes.start() if closes else min(len(ctx.text), ctx.end + PARAGRAPH)):
        return None
    return years.pop()
