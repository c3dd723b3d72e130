"""The year a sentence opens with frames the yearless months and days told after it in its clause.

"Last year, the festival was cancelled in July" is July of last year, as "In 2019, the festival was
cancelled in July" is July 2019 and "cancelled in July last year" is: a month, season or day named
without a year after a deictic year that opens the sentence ("Last year", "Next year's", "Two years
ago") belongs to that year. What the sentence goes on to report, contrast or date otherwise does not:
"Last year sales fell, the company said in March", "Last year was flat, but in March sales rose",
"GM, which lost money last year, in July extended ...". Nor does a possessive ("Last year's election was
annulled in March": the annulment may follow the election).
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.temporal.anchor import SENTENCE_START, Context

# How far back a framing year may stand from the month it frames.
_REACH = 200

# Counts of years before "ago", with an example each.
_COUNTS = {
    "a": 1,  # "A year ago, in March, ..."
    "one": 1,  # "One year ago ..."
    "two": 2,  # "Two years ago, the plant closed in May"
    "three": 3,  # "Three years ago ..."
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,  # "Ten years ago, in June, ..."
}
# The deictic years, each with its offset from the document's year.
_DEICTIC = {"last": -1, "this": 0, "next": 1}  # "Last year, ...", "This year ...", "Next year, ... in May"

# A deictic year opening the sentence, after an optional conjunction and preposition or modifier:
# "Last year, ...", "And earlier this year ...", "In late last year ...", "Two years ago, ..." ("Last
# year's edition ..." is matched to be refused).
_FRAME = re.compile(
    r"[\"“'(]?\s*(?:(?:and|so|then|yet)\s+)?"
    r"(?:(?:in|during|throughout|over|by)\s+)?(?:(?:early|earlier|late|later|mid)[\s-]+)?"
    rf"(?:(?P<rel>{'|'.join(_DEICTIC)})\s+year|(?P<count>{'|'.join(_COUNTS)}|\d{{1,2}})\s+years?\s+ago)"
    r"(?P<poss>['’]s)?\b",
    re.IGNORECASE,
)

# What ends the frame between it and the month: a clause of saying or reporting ("the company said in
# March"), a contrast ("but in March"), a relative clause ("which was founded in May"), a quotation,
# another year ("this year", "2019", "a year earlier"), or a clause break (";", ":", a dash).
_BREAK = re.compile(
    r"[;:\"“”—–]|\s-\s|\b(?:but|while|whereas|although|though|however|which|who|whose|since|until|till"
    r"|said|says|say|told|tells|according|reported|reports|announced|announces|issued|published|released"
    r"|forecast|forecasts|predicted|expected|estimated|revised|stated|added|noted|wrote|filed|approved"
    r"|confirmed|showed|shows|quoted|revealed|disclosed"
    r"|year|years|week|weeks|ago|\d{4})\b",
    re.IGNORECASE,
)


def _frame(ctx: Context, unit: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """Return the frame of `unit` ("year", "week") opening the sentence of the expression, if nothing
    between them ends it."""
    if ctx.dct is None:
        return None
    window = max(0, ctx.start - _REACH)
    if ctx.text.rfind(unit, window, ctx.start) < 0:
        return None
    opens = window
    for found in SENTENCE_START.finditer(ctx.text, window, ctx.start):
        opens = found.end()
    if opens == window and window > 0:
        return None  # the sentence opens further back than a frame can reach
    frame = pattern.match(ctx.text, opens, ctx.start)
    if frame is None or _BREAK.search(ctx.text, frame.end(), ctx.start):
        return None
    return frame


# A year written in figures opening the sentence: "In 2023, the festival was cancelled in July", "During 2023
# the plant closed in May" ("By 2023, ..." is an end point, not a frame; "2023's budget" a possessive).
_WRITTEN_FRAME = re.compile(
    r"[\"“'(]?\s*(?:(?:and|so|then|yet)\s+)?(?:(?:in|during|throughout)\s+)?(?:(?:early|late|mid)[\s-]+)?"
    r"(?P<year>(?:1[6-9]|20)\d\d)\b(?!['’]s|\s*[-–/]\s*\d)",
    re.IGNORECASE,
)


def _written_frame(ctx: Context) -> int | None:
    """Return the year written in figures that opens the sentence, when it lies next to the document's year.

    A year further back already sets the story's year (anchor.Context.story); one next to the document's
    did not, so "In 2023, the festival was cancelled in July" (written in October 2024) read this July.
    """
    if ctx.dct is None:
        return None
    window = ctx.text[max(0, ctx.start - _REACH) : ctx.start]
    near = [year for year in (ctx.dct.year - 1, ctx.dct.year + 1) if str(year) in window]
    if not near:
        return None
    frame = _frame(ctx, str(near[0]), _WRITTEN_FRAME)
    if frame is None or int(frame["year"]) not in near:
        return None
    return int(frame["year"])


def framing_year(ctx: Context) -> tuple[int, str] | None:
    """Return the year a year opening the sentence gives the yearless month or day here, if any, and its
    anchor: "dct" for a deictic year, "ref" for one written in figures.

    "Last year, the festival was cancelled in July" (written in 2024): 2023 for "July"; "In 2023, ..." too.
    """
    frame = _frame(ctx, "year", _FRAME)
    if frame is None or ctx.dct is None:
        written = _written_frame(ctx)
        return None if written is None else (written, "ref")
    if frame["poss"]:
        # "Last year's election was annulled in March", "Last year's results were released in March": the
        # noun's year need not be the verb's (annulled, released after it), so a possessive does not frame
        return None
    if frame["rel"]:
        return ctx.dct.year + _DEICTIC[frame["rel"].lower()], "dct"
    count = frame["count"].lower()
    return ctx.dct.year - (_COUNTS[count] if count in _COUNTS else int(count)), "dct"


def on_dct_day(month: int, day: int, ctx: Context) -> bool:
    """Say whether a day is the document date's own month and day: an anniversary told on it ("Six years
    ago, on 3rd May, I started ..." written on 3 May) is read, as annotators read it, as today's."""
    return ctx.dct is not None and (ctx.dct.month, ctx.dct.day) == (month, day)


# A deictic week opening the sentence: "Last week, ...", "Next week the board meets on Tuesday", "Two weeks
# ago, ...". ("This week" needs no frame: its days are the tense's nearest.)
_WEEK_FRAME = re.compile(
    r"[\"“'(]?\s*(?:(?:and|so|then|yet)\s+)?(?:(?:early|earlier|late|later)\s+)?"
    rf"(?:(?P<rel>last|next)\s+week|(?P<count>{'|'.join(_COUNTS)}|\d{{1,2}})\s+weeks?\s+ago)\b(?!['’]s)",
    re.IGNORECASE,
)


def framing_week(weekday: int, ctx: Context) -> dt.date | None:
    """Return the day a bare weekday names in the week a deictic week opening the sentence frames.

    "Last week, the board met on Tuesday" (written on Thursday 10 October 2024): Tuesday 1 October.
    """
    frame = _frame(ctx, "week", _WEEK_FRAME)
    if frame is None or ctx.dct is None:
        return None
    if frame["rel"]:
        step = -1 if frame["rel"].lower() == "last" else 1
    else:
        count = frame["count"].lower()
        step = -(_COUNTS[count] if count in _COUNTS else int(count))
    monday = ctx.dct - dt.timedelta(days=ctx.dct.isoweekday() - 1) + dt.timedelta(weeks=step)
    return monday + dt.timedelta(days=weekday - 1)
