"""Turn a Document and its temporal expressions into dated Events with evidence."""

from __future__ import annotations

import hashlib
import re

from timeline.models import Document, Event, Evidence, TimeExpression, When
from timeline.temporal.intervals import interval

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+|\n+")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    following = _SENTENCE_END.search(text, end)
    right = following.start() if following else len(text)
    return left, right


def when_of(timex: TimeExpression) -> When | None:
    """Return the When of a DATE or TIME expression with a concrete value, else None."""
    if timex.type not in ("DATE", "TIME"):
        return None
    bounds = interval(timex.value, timex.mod)
    if bounds is None:
        return None
    start, end, granularity = bounds
    return When(value=timex.value, start=start, end=end, granularity=granularity, mod=timex.mod)


def event_id(document_id: str, start: int, value: str) -> str:
    """Return a stable id for an event stated at `start` in a document."""
    return hashlib.sha1(f"{document_id}\0{start}\0{value}".encode()).hexdigest()[:12]


def extract(document: Document, timexes: list[TimeExpression]) -> list[Event]:
    """Return an event for each DATE or TIME expression that dates something in `document`."""
    events = []
    for timex in timexes:
        when = when_of(timex)
        if when is None:
            continue
        left, right = _sentence_bounds(document.text, timex.start, timex.end)
        sentence = document.text[left:right]
        events.append(
            Event(
                id=event_id(document.id, left, timex.value),
                title=sentence[:80],
                description=sentence,
                when=when,
                evidence=[
                    Evidence(document=document.id, start=left, end=right, text=sentence, timex=timex)
                ],
            )
        )
    return events
