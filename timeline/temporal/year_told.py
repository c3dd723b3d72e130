"""Give a bare month told in the past after an earlier year that year: "In 1960 the party was banned. In
December its leader fled." is December 1960, though the text is news written in 2026.

A text that is not told as a narrative (a news date stood before: "The government said on Monday ...")
reads a bare month against the document date. A month told in the past right after a year stated in
figures, with no other date between them, in the same paragraph and a sentence or two on, continues what
that year told: the writer would have said "last December" for the recent one. A year less than five years
back is an aside in news, and the month stays the document date's.
"""

from __future__ import annotations

import re

from timeline.temporal.anchor import NEWS_LOOKBACK_YEARS, Context

# Sentence stops between the year and the month: the month opens one of the next two sentences. Within the
# year's own sentence a month is as often the writer's ("a law passed in 1982 made May 3 a holiday").
STOPS = (1, 2)
# A sentence stop; the dot of an abbreviation ("Dec. 5", "Mr. Lee") is none.
_STOP = re.compile(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})[.!?;]\s")
# A year in figures as the reference: "in 1960", "1960's ban" (not "last year", "two years later").
_FIGURES = re.compile(r"\d{4}\b")
# A year that names a thing ("the 1985 treaty"), ends a span ("his 1971-1988 rule", "thefts going back
# to 2001", "up to 2001") or starts one ("since 2003", "from 2003") is no time the story was told in.
_NOT_TOLD_IN = re.compile(r"(?:\b(?:the|since|from|to|until|till|through)|[-–])\s*\Z", re.IGNORECASE)


def told_year(ctx: Context) -> int | None:
    """Return the year a yearless month told in the past takes from the year stated just before it."""
    ref, dct, before = ctx.ref, ctx.dct, ctx.prev_end
    if ref is None or dct is None or before is None or ref.gran != "year" or ctx.tense() != "past":
        return None
    # a year a few years back is an aside in news ("The plant made 300 cars in 2022. The strike ended on
    # 3 February", written in March 2025, is this February), as anchor.Context.narrative has it
    if dct.year - ref.day.year < NEWS_LOOKBACK_YEARS or not _FIGURES.match(ctx.text, before - 4):
        return None
    if _NOT_TOLD_IN.search(ctx.text, max(0, before - 12), before - 4):
        return None
    between = ctx.text[before : ctx.start]
    if "\n" in between or not STOPS[0] <= len(_STOP.findall(between)) <= STOPS[1]:
        return None
    return ref.day.year
