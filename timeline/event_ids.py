"""An event's id and its order: what the hand-editing commands need of the event layer without loading it.

`event_id` gives a statement the same id at every extraction; `copy_ids` the ids its copies could have had;
`sort_events` the order of every file and listing. timeline.events, merge and deduping import them from
here, and so do edit and removals, which `timeline list`, `add` or `remove` load without the tagger.
"""

from __future__ import annotations

import hashlib
import re

from timeline.models import Event

_WORDS = re.compile(r"\w+")
# Every ASCII character that is no word character (\w), made a space: an ASCII text's words are then its
# runs without a space, which str.split finds faster than _WORDS (tests/test_events_shortcuts.py: the same).
_NOT_WORD_TO_SPACE = str.maketrans({chr(c): " " for c in range(128) if not _WORDS.match(chr(c))})


def event_id(document_id: str, clause: str, value: str) -> str:
    """Return a stable id from the document, the clause's normalized words and the date value."""
    lowered = clause.lower()
    plain = lowered.translate(_NOT_WORD_TO_SPACE).split() if lowered.isascii() else _WORDS.findall(lowered)
    words = " ".join(plain)
    return hashlib.sha1(f"{document_id}\0{words}\0{value}".encode()).hexdigest()[:12]


def copy_ids(event: Event) -> set[str]:
    """Return the event's id and the id each of its evidence clauses would get on its own.

    Deduplication keeps one id for a statement found in several places (the newest copy's); the
    same statement extracted again, alone or beside another outlet's copy, may get another of these.
    """
    values = {event.when.value} | {e.timex.value for e in event.evidence if e.timex is not None}
    return {event.id} | {event_id(e.document, e.text, v) for e in event.evidence for v in values}


def sort_events(events: list[Event]) -> list[Event]:
    """Sort events by date, then title, then id, so that output is deterministic."""
    return sorted(events, key=lambda e: (e.when.start, e.when.end, e.title, e.id))
