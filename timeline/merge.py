"""Deduplicate events across sentences and documents; keep the user's hand work on re-extraction."""

from __future__ import annotations

import collections
import re
from collections.abc import Iterable
from pathlib import PurePath

from timeline.deduping import dedupe
from timeline.event_ids import copy_ids, event_id, sort_events
from timeline.models import Document, Event, Evidence, Timeline
from timeline.reworded import inherit_ids, reworded
from timeline.twins import attach_twins, hand_edited, is_hand_work

__all__ = ["combine", "copy_ids", "dedupe", "reconcile", "same_documents", "sort_events"]


def _kept_ids(events: list[Event], known: set[str], hand: set[str]) -> list[Event]:
    """Return the events with the ids the file already gave them, so that ids stay stable on re-runs.

    A newer outlet's copy of a statement titles the merged event (`dedupe`), and would give it its
    own id too: the event the file knew as 3f2a... would turn up under a new id, and a calendar that
    imported its ICS export would get it twice. An event whose own id is new but which holds a copy
    the file knew (`copy_ids`) takes that copy's id back, unless another event already has it.
    """
    taken = {e.id for e in events} | hand
    result = []
    for event in events:
        if event.id not in known:
            old = sorted((copy_ids(event) & known) - taken)
            if old:
                taken.discard(event.id)
                taken.add(old[0])
                event = event.model_copy(update={"id": old[0]})
        result.append(event)
    return result


def _places(event: Event) -> list[tuple[str, int, int]]:
    """Return where the event's date phrases are: (document, start, end) of each evidence timex."""
    return [(e.document, e.timex.start, e.timex.end) for e in event.evidence if e.timex is not None]


def sort_documents(documents: Iterable[Document]) -> list[Document]:
    """Return documents sorted by id, the order of every timeline file: an extraction saved from Python
    and `timeline extract -o` (which reconciles into the file) then write the same bytes."""
    return sorted(documents, key=lambda d: d.id)


def _documents(*timelines: Timeline) -> list[Document]:
    """Return the documents of all timelines by id, later timelines winning, sorted by id."""
    return sort_documents({d.id: d for t in timelines for d in t.documents}.values())


def _moved(evidence: Evidence, text: str) -> Evidence:
    """Return the evidence placed where its sentence now is in a document's new text.

    An article edited between two extractions ("Pier to close" added above its dateline) moves its
    sentences: evidence kept by hand work points at the sentence's new place, nearest the old one.
    A sentence no longer in the text keeps its old place and words, a quote of what the article said.
    """
    if text[evidence.start : evidence.end] == evidence.text:
        return evidence
    places = [m.start() for m in re.finditer(re.escape(evidence.text), text)] if evidence.text else []
    if not places:
        return evidence
    shift = min(places, key=lambda place: (abs(place - evidence.start), place)) - evidence.start
    timex = evidence.timex
    if timex is not None:
        timex = timex.model_copy(update={"start": timex.start + shift, "end": timex.end + shift})
    return evidence.model_copy(
        update={"start": evidence.start + shift, "end": evidence.end + shift, "timex": timex}
    )


def _placed(event: Event, texts: dict[str, str]) -> Event:
    """Return a hand-worked event with its evidence placed in the documents' new texts."""
    evidence = [_moved(e, texts[e.document]) if e.document in texts else e for e in event.evidence]
    if evidence == event.evidence:
        return event
    return event.model_copy(update={"evidence": evidence})


def _cited(event: Event, evidence: list[Evidence], texts: dict[str, str]) -> Event:
    """Return a hand-worked event that also cites the sentences of `evidence` it does not cite yet.

    A sentence of the event's that its article no longer holds as it was ("repaired in 1968" now reads
    "repaired in 1969", or "colection" now "collection" further down) gives way to the fresh sentence told
    in its place or reworded a little (`reworded.reworded`): its offsets would not slice the
    article's text any more, and the fresh one is what the article now says.
    """
    stale = [
        e for e in event.evidence
        if e.document in texts and texts[e.document][e.start : e.end] != e.text
        and any(f.document == e.document and (f.start < e.end and e.start < f.end or reworded(e.text, f.text))
                for f in evidence)
    ]  # fmt: skip
    own = [e for e in event.evidence if not any(e is s for s in stale)]
    cited = {(e.document, e.start, e.end) for e in own}
    extra = [e for e in evidence if (e.document, e.start, e.end) not in cited]
    if not extra and not stale:
        return event
    return event.model_copy(
        update={"evidence": sorted([*own, *extra], key=lambda e: (e.document, e.start, e.end))}
    )


def _tail(one: str, other: str) -> bool:
    """Tell whether one path ends with the other, part by part ("corpus/a/x.txt" and "a/x.txt")."""
    a, b = PurePath(one).parts, PurePath(other).parts
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return bool(shorter) and longer[len(longer) - len(shorter) :] == shorter


def _same_files(existing: list[Document], fresh: list[Document]) -> dict[str, str]:
    """Map each fresh document id to the id an existing document has for the same file, when they differ.

    A document's id is its path under the folder named on the command line: "valleypost/x" when the
    whole corpus was read, "x" when `valleypost/` or `valleypost/x.txt` is extracted again. Both paths
    and ids must end alike, and only one existing document may match (two folders can hold an x.txt).
    A file renamed since (`zurich.md` to `2026-02-10-zurich.md`, to date it by its name) is the existing
    document not read again whose text it holds word for word, when only one does.
    """
    known = {d.id for d in existing}
    fresh_ids = {d.id for d in fresh}
    renamed: dict[str, str] = {}
    for document in fresh:
        if document.id in known:
            continue
        matches = [
            old.id for old in existing
            if old.id not in fresh_ids and old.source and document.source
            and _tail(old.source, document.source) and _tail(old.id, document.id)
        ]  # fmt: skip
        if not matches and document.source and document.text.strip():
            matches = [
                old.id for old in existing
                if old.id not in fresh_ids and old.source and old.source != document.source
                and old.text == document.text
            ]  # fmt: skip
        if len(matches) == 1:
            renamed[document.id] = matches[0]
    targets = collections.Counter(renamed.values())
    return {new: old for new, old in renamed.items() if targets[old] == 1}


def rebased(event: Event, renamed: dict[str, str]) -> Event:
    """Return a fresh event with its evidence in the renamed documents, its id the one they give."""
    evidence = [
        e.model_copy(update={"document": renamed.get(e.document, e.document)}) for e in event.evidence
    ]
    new_id = event.id
    for old, new in zip(event.evidence, evidence, strict=True):
        if old.document in renamed and event.id == event_id(old.document, old.text, event.when.value):
            new_id = event_id(new.document, new.text, event.when.value)
    return event.model_copy(update={"id": new_id, "evidence": evidence})


def same_documents(existing: Timeline, fresh: Timeline) -> Timeline:
    """Return the fresh extraction with the ids the existing file gives the same files' documents.

    Extracting one changed article, or one folder, of a corpus into the corpus's timeline then refreshes
    that article's events instead of adding the article a second time under a shorter id.
    """
    renamed = _same_files(existing.documents, fresh.documents)
    if not renamed:
        return fresh
    documents = [d.model_copy(update={"id": renamed.get(d.id, d.id)}) for d in fresh.documents]
    events = [
        rebased(e, renamed) if any(v.document in renamed for v in e.evidence) else e for e in fresh.events
    ]
    return fresh.model_copy(update={"documents": documents, "events": sort_events(events)})


def reconcile(existing: Timeline, fresh: Timeline) -> Timeline:
    """Combine a fresh extraction with an existing file without losing the user's hand work.

    Manual and pinned (hand-edited) events keep the user's words and date (an extracted event edited
    in the file itself is pinned first: `twins.hand_edited`), and a fresh event that
    restates one of them (same id, same date phrase, or `same_event`) is not duplicated: one found by
    `same_event` gives its evidence to the hand event (`attach_twins`), so its sentence is not lost.
    Ids the user removed stay removed. Extracted events of documents that were extracted again are
    replaced by the fresh ones; those of documents not in the fresh extraction are kept. The evidence
    of hand work follows its sentence when a document's text changed. A document read again from the
    same file under another id (one folder of the corpus extracted again) keeps its id in the file, and a
    sentence reworded a little keeps its event's id (`reworded.inherit_ids`).
    """
    known, read = {d.id: d for d in existing.documents}, {}
    edited = [
        e.model_copy(update={"pinned": True}) if hand_edited(e, known, read=read) else e
        for e in existing.events
    ]
    existing = existing.model_copy(update={"events": edited})
    fresh = same_documents(existing, fresh)
    # a sentence reworded a little (a typo corrected) keeps its event's id: edits, tags and removals hold
    fresh = fresh.model_copy(
        update={"events": inherit_ids(fresh.events, [*existing.events, *existing.removed_events])}
    )
    texts = {d.id: d.text for d in fresh.documents}
    kept = [_placed(e, texts) for e in existing.events if is_hand_work(e)]
    kept_ids = {e.id for e in kept}
    # an extracted event deleted from the file in an editor stays deleted, as `timeline remove` would have it
    removed = set(existing.removed) | (set(existing.written) - {e.id for e in existing.events})
    refreshed = {d.id for d in fresh.documents}
    older = []
    for event in existing.events:
        if is_hand_work(event):
            continue
        evidence = [e for e in event.evidence if e.document not in refreshed]
        if evidence or not event.evidence:
            older.append(event.model_copy(update={"evidence": evidence}, deep=True))
    # A pinned event whose date was edited, or whose value a better tagger now reads differently,
    # is still the same statement: recognize it by the place of its date phrase as well as by id.
    kept_places = {place: i for i, e in enumerate(kept) for place in _places(e)}
    kept_at = {e.id: i for i, e in enumerate(kept)}
    # a removed statement stays removed when another outlet restates it: the merged event holds
    # a copy whose id was removed (`edit.remove` records the id of every copy)
    new = []
    for event in fresh.events:
        if copy_ids(event) & removed and event.id not in kept_ids:
            continue
        mine = next((kept_at[i] for i in sorted(copy_ids(event) & kept_ids)), None)
        if mine is None:
            mine = next((kept_places[p] for p in _places(event) if p in kept_places), None)
        if mine is None:
            new.append(event)
        else:  # the user's event: another outlet's copy of it gives its sentence as evidence
            kept[mine] = _cited(kept[mine], event.evidence, texts)
    kept, extracted = attach_twins(
        kept, [
            e for e in dedupe(new + older, documents={d.id: d for d in _documents(existing, fresh)})
            if e.id not in kept_ids and e.id not in removed
        ]
    )
    known_ids = {e.id for e in existing.events if not is_hand_work(e)}
    extracted = _kept_ids(extracted, known_ids, {e.id for e in kept} | removed)
    events = sort_events(kept + titled(extracted))
    return Timeline(
        title=fresh.title or existing.title,
        documents=_documents(existing, fresh),
        events=events,
        removed=sorted(removed),
        written=written(events),
        removed_events=_still_removed([existing], events),
    )


def titled(extracted: list[Event]) -> list[Event]:
    """Record on each extracted event the title extraction wrote, so that a title changed in a text editor
    is told from it next time."""
    return [e if e.extracted_title == e.title else e.model_copy(update={"extracted_title": e.title})
            for e in extracted]  # fmt: skip


def written(events: list[Event]) -> list[str]:
    """Return the ids a file records as written by extraction: one gone from the file was removed by hand."""
    return sorted({e.id for e in events if e.evidence})


def _still_removed(timelines: list[Timeline], events: list[Event]) -> list[Event]:
    """Return the removed events kept for `restore` (the first timeline's of each) not back in `events`."""
    present = {e.id for e in events}
    kept: dict[str, Event] = {}
    for timeline in timelines:
        for event in timeline.removed_events:
            if event.id not in present:
                kept.setdefault(event.id, event)
    return list(kept.values())


def combine(timelines: list[Timeline]) -> Timeline:
    """Merge several timelines into one, deduplicating as extraction does.

    An id removed in any of them stays removed unless some timeline holds it as hand work; where
    one timeline has an event as hand work and another as extracted, the hand-worked one wins.
    A document that a later timeline read from the same file under another id (it was extracted from
    a folder inside the first one's) takes the id an earlier timeline gives it.
    """
    aligned: list[Timeline] = []
    for timeline in timelines:
        known = Timeline(documents=[d for earlier in aligned for d in earlier.documents])
        aligned.append(same_documents(known, timeline) if aligned else timeline)
    timelines = aligned
    removed = {i for t in timelines for i in t.removed}
    hand: dict[str, Event] = {}
    for timeline in timelines:
        for event in timeline.events:
            if is_hand_work(event):
                hand.setdefault(event.id, event)
    extracted = [
        e for t in timelines for e in t.events
        if not is_hand_work(e) and e.id not in hand and e.id not in removed
    ]
    documents = {d.id: d for t in reversed(timelines) for d in t.documents}
    kept, rest = attach_twins(list(hand.values()), dedupe(extracted, documents=documents))
    return Timeline(
        title=next((t.title for t in timelines if t.title), None),
        documents=_documents(*reversed(timelines)),
        events=sort_events(kept + rest),
        removed=sorted(removed - set(hand)),
        removed_events=_still_removed(timelines, kept + rest),
    )
