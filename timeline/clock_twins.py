"""Fold an event that only gives the hour of a day's event into it: "The explosion came at 6:10 a.m.".

A story names a happening with its day ("A gas explosion tore through a bakery on Friday") and goes back to
it with the hour ("The explosion came at 6:10 a.m."). Their titles share no two words, so the twins of
deduping.dedupe miss them. The later event is the earlier one when, in one document, it is dated by a
time of the day the earlier is dated on, comes after it, and its subject is a definite back-reference to
a happening ("The explosion", "The quake": references.is_event_noun) whose head is a word of the earlier
subject or ends one ("gas explosion" / "explosion", "earthquake" / "quake"). A time with another subject
("A fire broke out at 3 p.m."), a head the earlier subject lacks, or a doer ("The mayor arrived at noon",
another deed of the mayor's day) stays an event of its own. The folded event is dated by the hour, finer
(as one clause's day and hour are: clock_days), with the hour's id and evidence first, and keeps the day's
title: the earlier telling names the happening whole.
"""

from __future__ import annotations

import re

from timeline.models import Event
from timeline.references import is_event_noun
from timeline.verbs import first_verb

# A definite subject of one or two words before the verb: "(The quake) struck", "(The second blast) came".
_DEFINITE = re.compile(r"(?:The|the|That|This)\s+(?:[a-z][\w-]*\s+)?(?P<head>[a-z][\w-]{2,})\s*\Z")
_WORD = re.compile(r"[A-Za-z][\w-]*")


def folded(events: list[Event]) -> list[Event]:
    """Return the events with each that gives the hour of an earlier event of its day folded into that one,
    at that hour, with the evidence of both; the others as given, in their order."""
    days: dict[tuple[str, str], list[int]] = {}  # (document, day) -> the day-dated events, in order
    for index, event in enumerate(events):
        if event.evidence and event.when.value == event.when.start.isoformat() == event.when.end.isoformat():
            days.setdefault((event.evidence[0].document, event.when.value), []).append(index)
    if not days:
        return events
    into: dict[int, int] = {}
    for index, event in enumerate(events):
        if event.when.time is None or not event.evidence or event.when.start != event.when.end:
            continue
        first = event.evidence[0]
        head = _definite_head(event.title)
        if head is None:
            continue
        earlier = [i for i in days.get((first.document, event.when.start.isoformat()), ())
                   if events[i].evidence[0].start < first.start and _names(events[i].title, head)]
        if earlier:
            into[index] = earlier[-1]
    if not into:
        return events
    kept = {i: e for i, e in enumerate(events) if i not in into}
    hours: dict[int, list[int]] = {}
    for index, target in into.items():
        hours.setdefault(target, []).append(index)
    for target, folding in hours.items():
        day = events[target]
        # the hour dates the happening finer: its event's id, date and evidence lead, under the day's title
        # (the earlier, whole telling); two different hours of one day leave the day, which holds both
        timed = events[folding[0]] if all(events[i].when == events[folding[0]].when for i in folding) else day
        host = timed.model_copy(update={"evidence": list(timed.evidence), "title": day.title,
                                        "description": day.description})
        for member in [target, *folding]:
            host.evidence.extend(e for e in events[member].evidence if e not in host.evidence)
            host.confidence = max(host.confidence, events[member].confidence)
        kept[target] = host
    return [kept[i] for i in sorted(kept)]


def _definite_head(title: str) -> str | None:
    """Return the head of a title's definite subject that names a happening ("The quake struck": "quake"),
    else None: "The mayor arrived at noon" may tell another deed of the mayor's day."""
    verb = first_verb(title)
    if verb is None:
        return None
    found = _DEFINITE.fullmatch(title, 0, verb.start())
    return found["head"].lower() if found is not None and is_event_noun(found["head"]) else None


def _names(title: str, head: str) -> bool:
    """Tell whether a title's subject holds the head or a word that ends on it: "A strong earthquake" names
    "quake"."""
    verb = first_verb(title)
    subject = title[: verb.start()] if verb is not None else title
    return any(word.lower().endswith(head) for word in _WORD.findall(subject))
