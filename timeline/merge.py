"""Deduplicate events across sentences and documents; keep the user's hand work on re-extraction."""

from __future__ import annotations

import collections
import itertools
import re
from collections.abc import Iterable, Mapping
from pathlib import PurePath

from timeline import textmeta, twins
from timeline.events import event_id
from timeline.forecasts import evidence_order, forecast_pair
from timeline.models import Document, Event, Evidence, Timeline
from timeline.twins import attach_twins, content_words, evidence_key, hand_edited, is_hand_work, overlap


def _kept_with(known: int | list[int] | None) -> list[int] | tuple[int, ...]:
    """Return the kept events an index entry of dedupe names: none, one, or several."""
    if known is None:
        return ()
    return (known,) if isinstance(known, int) else known


def _newest_first(event: Event, documents: Mapping[str, Document], corrected: dict[str, bool]) -> tuple:
    """Return the rank of the copy of a story an event comes from: lowest for the newest document.

    A corrected copy first (it says so: textmeta.CORRECTION_NOTICES): copies that ran before the
    correction, even dated later (another outlet re-running the first version), repeat the figure it
    corrects. Then the latest copy: the one last updated, or for a copy without an update date the one dated
    last (a wire story rewritten for a later edition says it best); then the latest date; then the
    document id, so that the choice never depends on the order the files were read in. A document
    with neither date ranks after every dated one.
    """
    ranks = []
    for name in dict.fromkeys(e.document for e in event.evidence):
        document = documents.get(name)
        date = document.date if document is not None else None
        updated = document.updated if document is not None else None
        latest = max(filter(None, (date, updated)), default=None)
        fixed = corrected.get(name)
        if fixed is None:  # read once per document: the notice may stand anywhere in the text
            fixed = corrected[name] = document is not None and textmeta.corrected(document.text)
        ranks.append((not fixed, -latest.toordinal() if latest else 0, -date.toordinal() if date else 0,
                      name))
    return min(ranks, default=(True, 1, 1, ""))


def dedupe(events: Iterable[Event], *, documents: Mapping[str, Document] | None = None) -> list[Event]:
    """Merge events that state the same thing on the same date into one with several evidence entries.

    The same interval and overlapping content words make one event, with the highest confidence and
    every evidence entry; different events on the same day stay apart. Its id, title, description and
    date come from the copy in the newest of `documents` (`_newest_first`; looked up as each event
    arrives, so the mapping may fill while the events stream), or from the first copy when they are
    the same document or `documents` is not given. An event joins
    the first earlier kept event of its interval with the same id or overlapping words; an index from
    (interval, pair of words) to kept events finds the candidates, so that the time grows with the number of
    events, not with its square (a feed can give thousands of events on one day); a title with one content
    word joins the same sentence word for word (`twins.sentence_key`). An event that
    merges with none comes back as given; one that does is a copy: the given events are never changed.
    """
    merged: list[Event] = []
    # Made for the garbage collector as much as for speed: run after extracting a corpus, with every
    # event alive, each object dedupe keeps that the collector tracks (a model, a dict, a list, a set)
    # brings the next full collection nearer, and each object it makes brings the next collection
    # (of any generation) nearer; a full collection walks every object alive and took longer than the
    # merging itself. So the words of a kept event are one string, a pair of words is one string, and
    # each interval has one entry: (its pairs of words, its event ids).
    words_of: list[str] = []
    # two events can only be one when they share two words: index each pair of words, not each word,
    # so that a word common to many different events ("signed") does not make every one a candidate.
    # A pair found in one kept event (nearly all of them) maps to its bare number, not to a list:
    # keyed by (interval, word, word) with lists, the index of 2,452 news articles weighed more than
    # their events.
    by_span: dict[tuple, tuple[dict[str, int | list[int]], dict[str, int]]] = {}
    seen_evidence: dict[int, set[str]] = {}  # the evidence keys of each kept event that was copied
    ranks: list[tuple] = []
    corrected: dict[str, bool] = {}  # document id -> has a correction notice
    short_sentences: dict[str, int] = {}  # twins.sentence_key -> the kept event: a title with no pair
    foretold: set[int] = set()  # kept events a forecast and a report of it joined
    for event in events:
        span = (event.when.start, event.when.end)
        words = content_words(event)
        ordered = sorted(words)
        pairs = [f"{one} {other}" for one, other in itertools.combinations(ordered, 2)]
        in_span, ids = by_span.get(span) or by_span.setdefault(span, ({}, {}))
        found: set[int] = set()
        for pair in in_span.keys() & pairs:  # most pairs are new: look them up all at once
            found.update(_kept_with(in_span[pair]))
        candidates = sorted(found)
        same_id = ids.get(event.id)
        kept_at = next((i for i in candidates if overlap(set(words_of[i].split()), words)), None)
        sentence = twins.sentence_key(event, words)
        if sentence is not None and kept_at is None:
            kept_at = short_sentences.get(sentence)
        if same_id is not None and (kept_at is None or same_id < kept_at):
            kept_at = same_id
        if kept_at is None:
            # Kept as given, not copied: the event is copied when another joins it (its evidence list
            # and confidence are all that ever change), so that the given events are never changed.
            # A copy of every event left four more tracked objects per event (the model, its dict,
            # its field set, the evidence list).
            index = len(merged)
            merged.append(event)
            if sentence is not None:
                short_sentences.setdefault(sentence, index)
            ranks.append(_newest_first(event, documents, corrected) if documents is not None else ())
            words_of.append(" ".join(ordered))
            ids.setdefault(event.id, index)
            for pair in pairs:
                known = in_span.get(pair)
                if known is None:
                    in_span[pair] = index
                elif isinstance(known, int):
                    in_span[pair] = [known, index]
                else:
                    known.append(index)
            continue
        kept = merged[kept_at]
        seen = seen_evidence.get(kept_at)
        if seen is None:  # the first event to join: copy the kept one, whose evidence list will grow
            kept = merged[kept_at] = kept.model_copy(update={"evidence": list(kept.evidence)})
            seen = seen_evidence[kept_at] = {evidence_key(e) for e in kept.evidence}
        planned, plans = forecast_pair(kept, event)
        if planned != plans:
            foretold.add(kept_at)  # its evidence: the report's document first (forecasts.evidence_order)
        if planned != plans or documents is not None:
            rank = _newest_first(event, documents, corrected) if documents is not None else ()
            # the report of what a plan told ("Construction began" over "... is expected to begin"), else
            # a newer copy of the story: it gives the event its words
            if planned and not plans or planned == plans and rank < ranks[kept_at]:
                ranks[kept_at] = rank
                kept = merged[kept_at] = event.model_copy(
                    update={"evidence": kept.evidence, "confidence": kept.confidence}
                )
                ids.setdefault(event.id, kept_at)
        for evidence in event.evidence:
            key = evidence_key(evidence)
            if key not in seen:
                seen.add(key)
                kept.evidence.append(evidence)
        kept.confidence = max(kept.confidence, event.confidence)
    for index in seen_evidence:
        evidence = merged[index].evidence
        evidence.sort(key=lambda e: (e.document, e.start, e.end))
        if index in foretold:
            evidence.sort(key=evidence_order(evidence))  # what happened, then what forecast it
    return sort_events(merged)


def copy_ids(event: Event) -> set[str]:
    """Return the event's id and the id each of its evidence clauses would get on its own.

    Deduplication keeps one id for a statement found in several places (the newest copy's); the
    same statement extracted again, alone or beside another outlet's copy, may get another of these.
    """
    values = {event.when.value} | {e.timex.value for e in event.evidence if e.timex is not None}
    return {event.id} | {event_id(e.document, e.text, v) for e in event.evidence for v in values}


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


def sort_events(events: list[Event]) -> list[Event]:
    """Sort events by date, then title, then id, so that output is deterministic."""
    return sorted(events, key=lambda e: (e.when.start, e.when.end, e.title, e.id))


def _places(event: Event) -> list[tuple[str, int, int]]:
    """Return where the event's date phrases are: (document, start, end) of each evidence timex."""
    return [(e.document, e.timex.start, e.timex.end) for e in event.evidence if e.timex is not None]


def _documents(*timelines: Timeline) -> list[Document]:
    """Return the documents of all timelines by id, later timelines winning, sorted by id."""
    documents = {d.id: d for t in timelines for d in t.documents}
    return sorted(documents.values(), key=lambda d: d.id)


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


def _cited(event: Event, evidence: list[Evidence]) -> Event:
    """Return a hand-worked event that also cites the sentences of `evidence` it does not cite yet."""
    cited = {(e.document, e.start, e.end) for e in event.evidence}
    extra = [e for e in evidence if (e.document, e.start, e.end) not in cited]
    if not extra:
        return event
    return event.model_copy(update={"evidence": sorted([*event.evidence, *extra],
                                                       key=lambda e: (e.document, e.start, e.end))})


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
    """
    known = {d.id for d in existing}
    fresh_ids = {d.id for d in fresh}
    renamed: dict[str, str] = {}
    for document in fresh:
        if document.id in known or not document.source:
            continue
        matches = [
            old.id for old in existing
            if old.id not in fresh_ids and old.source and _tail(old.source, document.source)
            and _tail(old.id, document.id)
        ]  # fmt: skip
        if len(matches) == 1:
            renamed[document.id] = matches[0]
    targets = collections.Counter(renamed.values())
    return {new: old for new, old in renamed.items() if targets[old] == 1}


def _rebased(event: Event, renamed: dict[str, str]) -> Event:
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
        _rebased(e, renamed) if any(v.document in renamed for v in e.evidence) else e for e in fresh.events
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
    same file under another id (one folder of the corpus extracted again) keeps its id in the file.
    """
    known, read = {d.id: d for d in existing.documents}, {}
    edited = [
        e.model_copy(update={"pinned": True}) if hand_edited(e, known, read=read) else e
        for e in existing.events
    ]
    existing = existing.model_copy(update={"events": edited})
    fresh = same_documents(existing, fresh)
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
            kept[mine] = _cited(kept[mine], event.evidence)
    kept, extracted = attach_twins(
        kept, [
            e for e in dedupe(new + older, documents={d.id: d for d in _documents(existing, fresh)})
            if e.id not in kept_ids and e.id not in removed
        ]
    )
    known_ids = {e.id for e in existing.events if not is_hand_work(e)}
    extracted = _kept_ids(extracted, known_ids, {e.id for e in kept} | removed)
    # record the title written, so that a title changed in a text editor is told from it next time
    extracted = [
        e if e.extracted_title == e.title else e.model_copy(update={"extracted_title": e.title})
        for e in extracted
    ]
    events = sort_events(kept + extracted)
    return Timeline(
        title=fresh.title or existing.title,
        documents=_documents(existing, fresh),
        events=events,
        removed=sorted(removed),
        written=sorted({e.id for e in events if e.evidence}),
        removed_events=_still_removed([existing], events),
    )


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
