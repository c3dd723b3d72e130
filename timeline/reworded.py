"""Keep an event's id when its article rewords its sentence a little between two extractions.

An event's id comes from its document, its clause's words and its date (`event_ids.event_id`): an outlet
that corrects a typo ("a small colection" -> "a small collection") gives the statement a new id, and the
user's work on the old one (edited, tagged, removed) would no longer find it. A fresh event whose id the
file does not know takes the id of an event of the file that extraction no longer finds, when one of its
sentences is in the same document, states the same date value and reads nearly the same (`SIMILAR`).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from timeline.models import Event

# How alike two sentences must read (difflib's ratio of their lowercased words, 0 to 1) to be one statement
# reworded. Examples, each of the same document and date:
#   "opened in 1990 with a small colection" / "... small collection"            0.99: the same statement
#   "The pier was closed in 2019 after a storm damaged its pilings" / "... the pilings"  0.95: the same
#   "Smith won the seat in 2019" / "Jones won the seat in 2019"                  0.77: another statement
SIMILAR = 0.9
_WORD = re.compile(r"\w+")


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _ratio(said: str, words: str) -> float:
    """Return how alike two wordings read (difflib's ratio, 1 when equal), 0 when under `SIMILAR`."""
    if said == words:
        return 1.0
    matcher = difflib.SequenceMatcher(None, said, words, autojunk=False)
    if matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
        return 0.0
    ratio = matcher.ratio()
    return ratio if ratio >= SIMILAR else 0.0


def reworded(one: str, other: str) -> bool:
    """Tell whether two different sentences read nearly the same: one is the other reworded a little."""
    return one != other and _ratio(_words(one), _words(other)) > 0


def inherit_ids(fresh: list[Event], old: Iterable[Event]) -> list[Event]:
    """Return the fresh events, each reworded one with the id of the old event it rewords.

    `old` are the events of the file (kept, hand-worked and removed ones); only those whose id no fresh
    event has are looked for, and only by fresh events whose id no old event has. The likest pairs are
    matched first, one fresh event to one old event.
    """
    old = list(old)
    known = {e.id for e in old}
    found = {e.id for e in fresh}
    # the sentences of the old events no fresh event has, by (document, date value): one look-up a sentence
    lost: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for event in old:
        if event.id not in found:
            for evidence in event.evidence:
                if evidence.timex is not None:
                    key = (evidence.document, evidence.timex.value)
                    lost.setdefault(key, []).append((event.id, _words(evidence.text)))
    if not lost:
        return fresh
    likeness: dict[tuple[int, str], float] = {}  # (fresh index, old id) -> the likest pair of their sentences
    for index, event in enumerate(fresh):
        if event.id in known:
            continue
        for evidence in event.evidence:
            candidates = lost.get((evidence.document, evidence.timex.value)) if evidence.timex else None
            for old_id, said in candidates or ():
                ratio = _ratio(said, _words(evidence.text))
                if ratio > likeness.get((index, old_id), 0.0):
                    likeness[index, old_id] = ratio
    result, taken = list(fresh), set()
    for (index, old_id), _ in sorted(likeness.items(), key=lambda pair: (-pair[1], pair[0])):
        if old_id in taken or result[index] is not fresh[index]:
            continue
        taken.add(old_id)
        result[index] = fresh[index].model_copy(update={"id": old_id})
    return result
