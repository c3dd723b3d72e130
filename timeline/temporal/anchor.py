"""Choose what each expression is anchored to, and read the tense that decides past or future.

Deictic expressions ("yesterday", "last week", "on Saturday", "in March") count from the document
date; the tense of the nearest verb marker decides whether a bare weekday or month lies before or
after it. Anaphoric expressions ("the following year", "two days later", "that month") count from the
last date the text established. In narrative text, whose dates lie years away from the document
date, underspecified dates ("in March", "on 5 June") take the year of the story instead.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from timeline.temporal.values import Point

# Words that put the clause in the future or in the past, nearest to the expression wins.
# Future first: "expected" and "scheduled" look like past participles but point ahead.
_FUTURE_WORDS = (
    r"will|won't|wo|shall|'ll|going|plans?|planned|planning|scheduled|expects?|expected|intends?|intended"
    r"|would|upcoming|to|due|aims?|hopes?|wants?|set|should|could|might|may|must|next|coming|tomorrow"
)
_PAST_WORDS = (
    r"was|were|had|did|said|ago|last|went|came|began|took|made|met|told|left|won|lost|fell|rose|sold|bought"
    r"|held|gave|saw|got|paid|led|ran|became|found|spent|brought|thought|kept|struck|hit|put|yesterday|earlier"
    r"|wrote|knew|drew|grew|threw|spoke|broke|chose|froze|stole|woke|wore|tore|swore|shot|fought|sought|taught"
    r"|caught|built|sent|lent|meant|dealt|felt|heard|slid|stood|understood|withdrew|overthrew|forbade|fled"
    r"|\w{2,}ed"
)
_MARKER = re.compile(rf"\b(?:(?P<future>{_FUTURE_WORDS})|(?P<past>{_PAST_WORDS}))\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n\s*\n")
_WINDOW = 120

# Narrative text: a story date more than this many days from the document date may take over.
STORY_DISTANCE = 270


def is_far(point: Point, dct: dt.date) -> bool:
    """Say whether a date lies far enough from the document date to be part of a narrative."""
    return abs((point.day - dct).days) > STORY_DISTANCE


def tense_at(text: str, start: int, end: int) -> str | None:
    """Return "past" or "future" from the verb marker nearest the span in its sentence, else None."""
    left = text[max(0, start - _WINDOW) : start]
    breaks = list(_SENTENCE_BREAK.finditer(left))
    if breaks:
        left = left[breaks[-1].end() :]
    markers = list(_MARKER.finditer(left))
    if markers:
        return _kind(markers[-1])
    right = text[end : end + 60]
    stop = _SENTENCE_BREAK.search(right)
    if stop:
        right = right[: stop.start()]
    marker = _MARKER.search(right)
    return _kind(marker) if marker else None


def _kind(marker: re.Match[str]) -> str:
    if marker.group("future"):
        word = marker.group("future").lower()
        # "to" only signals a future after a verb of intent; on its own it is a preposition.
        if word == "to":
            following = marker.string[marker.end() : marker.end() + 12]
            return "future" if re.match(r"\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)[a-z]{2,}", following) \
                else "past"
        return "future"
    return "past"


@dataclass
class Context:
    """What one expression can be anchored to: the document date, the story so far, the tense."""

    text: str
    start: int
    end: int
    dct: dt.date | None
    ref: Point | None = None  # last date the text established (for anaphora)
    ref_tid: str | None = None
    story_point: Point | None = None  # last absolute date the text stated (year known)
    far: int = 0  # dates so far that lie years away from the document date (narrative evidence)
    near: int = 0  # dates so far close to the document date, and news-style deictic phrases
    _tense: str | None = field(default=None, repr=False)
    _tense_done: bool = field(default=False, repr=False)

    def tense(self) -> str | None:
        """Return the tense around the expression ("past", "future" or None), computed once."""
        if not self._tense_done:
            self._tense, self._tense_done = tense_at(self.text, self.start, self.end), True
        return self._tense

    def story(self, *, day_only: bool = False) -> Point | None:
        """Return the story date when the text is a narrative far from its document date, else None."""
        point = self.story_point
        if point is None:
            return None
        if day_only and point.gran != "day":
            return None
        if self.dct is None:
            return point
        if is_far(point, self.dct) and self.far > self.near:
            return point
        return None

    def base(self) -> tuple[Point | None, str | None]:
        """Return the reference for an anaphoric expression: the last date, else the document date."""
        if self.ref is not None:
            return self.ref, "ref"
        if self.dct is not None:
            return Point(self.dct, "day"), "dct"
        return None, None

    def now(self) -> tuple[Point | None, str | None]:
        """Return the reference for a deictic expression: the document date (or the story, if none)."""
        if self.dct is not None:
            return Point(self.dct, "day"), "dct"
        if self.ref is not None:
            return self.ref, "ref"
        return None, None
