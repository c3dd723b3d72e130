"""Give a month the story dated back its year near the document date when its paragraph counts from that date.

Run by tagger.tag after its pass, once every expression has its value and anchor: a history's chain of
years ends at a paragraph of news, whose bare months are the writer's recent ones. SINCE finds "since" just
before a date, a look back: the tagger does not move the story to such a date either.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left

from timeline.models import TimeExpression
from timeline.temporal import normalize as nz
from timeline.temporal.anchor import Context
from timeline.temporal.fragments import MONTH

# "closed since 2020": a state that lasts until now starts there; the story does not move back to it.
SINCE = re.compile(r"\bsince\s+(?:the\s+)?\Z", re.IGNORECASE)
# The year records began, a measure's baseline: "since records began in 1974", "since record-keeping began
# in 1880", "since records were first kept in 1850", "since measurements started in 1961".
_RECORDS_SINCE = re.compile(
    r"\bsince\s+(?:(?:comparable|official|modern|reliable)\s+)?(?:records?|record-keeping|recordkeeping"
    r"|measurements?|observations?|data)\s+(?:(?:were|was)\s+first\s+(?:kept|taken|collected)|began|started"
    r"|begun|were\s+started)\s+in\s+\Z",
    re.IGNORECASE,
)
_STORY_MONTH = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)(?:-(?P<d>\d\d))?")
_YEAR_WRITTEN = re.compile(r"\d{4}|['’]\d\d\b")
_NAMES_MONTH = re.compile(rf"\b(?:{MONTH})\b", re.IGNORECASE)


def recent_months(found: list[TimeExpression], text: str, dct: dt.date) -> list[TimeExpression]:
    """Give a month (or a month's day) the story dated back its year near the document date when the rest
    of its paragraph counts from the document date.

    "... By the mid-1990s the valley was green.\n\nWater fell below 15% in September, officials said on
    Monday.": the paragraph's other dates count from the document date, so September is the writer's
    recent one, not 1990's. Only a year taken from an earlier paragraph is given up ("said last month it
    would reopen the road in March" keeps its own reading). A date right after "since" ("the lowest since
    1974") is a look back and is not counted; a paragraph with no other date keeps the story's year.
    """
    starts = {}
    positions = [e.start for e in found]  # in text order: a paragraph's expressions are a slice
    result = list(found)
    for i, e in enumerate(found):
        starts[e.tid] = e.start
        if e.type != "DATE" or e.anchor in (None, "dct"):
            continue  # the cheap tests first: most expressions are no month the story dated
        told = _STORY_MONTH.fullmatch(e.value)
        if told is None or _YEAR_WRITTEN.search(e.text) or not _NAMES_MONTH.search(e.text):
            continue  # "a year earlier" counts from the story, as it should
        opens = text.rfind("\n", 0, e.start) + 1
        if starts.get(e.anchor, opens) >= opens:
            continue  # its year came from this paragraph
        closes = text.find("\n", e.end)
        closes = len(text) if closes < 0 else closes
        near = [
            o
            for o in found[bisect_left(positions, opens) : bisect_left(positions, closes)]
            if o is not e and o.type in ("DATE", "TIME")
        ]
        others = [o for o in near if not SINCE.search(text, max(0, o.start - 12), o.start)]
        # "Water levels fell below 15% in September, the lowest since records began in 1974.": a month
        # measured against the year records began is the writer's recent one; "its worst defeat since 1942"
        # in a war history is no such measure, and the history keeps chaining
        baseline = bool(others) and all(
            _RECORDS_SINCE.search(text, max(0, o.start - 60), o.start) for o in others
        )
        if not baseline and (not others or any(o.anchor != "dct" for o in others)):
            continue  # a full date near the document date may be the story itself: only deictic ones count
        month = int(told.group("m"))
        ctx = Context(text, e.start, e.end, dct)
        if told.group("d"):
            year, _ = nz.resolve_month_day(month, int(told.group("d")), ctx)
        else:
            year, _ = nz.resolve_month(month, ctx)
        if year is not None and year != int(told.group("y")):
            result[i] = e.model_copy(update={"value": f"{year:04d}" + e.value[4:], "anchor": "dct"})
    return result
