"""Deduplicate events across sentences and documents; keep the user's hand work on re-extraction."""

from __future__ import annotations

from timeline.models import Event, Timeline


def dedupe(events: list[Event]) -> list[Event]:
    """Merge events that state the same thing on the same date into one with several evidence entries."""
    merged: dict[str, Event] = {}
    for event in events:
        kept = merged.get(event.id)
        if kept is None:
            merged[event.id] = event.model_copy(deep=True)
        else:
            kept.evidence.extend(e for e in event.evidence if e not in kept.evidence)
    return sort_events(list(merged.values()))


def sort_events(events: list[Event]) -> list[Event]:
    """Sort events by date, then title, then id, so that output is deterministic."""
    return sorted(events, key=lambda e: (e.when.start, e.when.end, e.title, e.id))


def reconcile(existing: Timeline, fresh: Timeline) -> Timeline:
    """Combine a fresh extraction with an existing file: manual and pinned events stay, removed stay gone."""
    kept = [e for e in existing.events if e.origin == "manual" or e.pinned]
    kept_ids = {e.id for e in kept}
    removed = set(existing.removed)
    new = [e for e in fresh.events if e.id not in kept_ids and e.id not in removed]
    documents = {d.id: d for d in existing.documents}
    documents.update({d.id: d for d in fresh.documents})
    return Timeline(
        title=fresh.title or existing.title,
        documents=sorted(documents.values(), key=lambda d: d.id),
        events=sort_events(kept + new),
        removed=sorted(removed),
    )
