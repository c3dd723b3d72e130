"""Extract or merge into a timeline file, and say what moved (`timeline build`, `extract`, `merge`).

The file is changed under its lock (store.update); the notes compare it before and after: events gone,
new or kept, documents changed or not read again, hand events pinned or citing new sentences.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from timeline import merge, pipeline, store, twins
from timeline.models import Timeline


def holds_timeline(path: str | Path) -> bool:
    """Tell whether a name to write to is a file already there (not -, a device, a pipe): its work is kept."""
    return path != store.STDIN and Path(path).exists() and not store.is_stream(path)


def read_before(output: str | Path, *, into: str | Path | None = None) -> None:
    """Read the file an extraction goes into (`into`, else an `output` already there), so that a missing
    or corrupt file stops the command before the slow extraction; raise StoreError if it cannot be read."""
    existing = into or (output if holds_timeline(output) else None)
    if existing is not None:
        store.load(existing)


def _joined(notes: Iterable[str | None]) -> str | None:
    return "\n".join(note for note in notes if note) or None


def extract_into(target: str | Path, fresh: Timeline) -> tuple[Timeline, str | None]:
    """Reconcile a fresh extraction into a timeline file (made when missing); return what was saved and the
    notes on how its events and documents moved and on the hand events pinned or citing new sentences."""
    before: list[Timeline] = []

    def reconciled(current: Timeline) -> Timeline:
        before.append(current)
        return merge.reconcile(current, fresh)

    saved = store.update(target, reconciled, create=True)
    return saved, _joined([
        twins.changes_note(before[0], saved), pipeline.documents_note(before[0], saved, read=fresh),
        twins.pinned_note(before[0], saved), twins.cited_note(before[0], saved),
    ])  # fmt: skip


def _all_events(timelines: Iterable[Timeline]) -> Timeline:
    return Timeline(events=[event for timeline in timelines for event in timeline.events])


def merged(loaded: list[Timeline]) -> tuple[Timeline, str | None]:
    """Combine timelines; return the result and the note on hand events that cite sentences only now."""
    combined = merge.combine(loaded)
    return combined, twins.cited_note(_all_events(loaded), combined)


def merge_into(output: str | Path, loaded: list[Timeline]) -> tuple[Timeline, str | None]:
    """Combine timelines with the file `output` (made when missing, its own events merged in last); return
    what was saved and the note on hand events that cite sentences only now (not those whose evidence one
    of the files already held)."""
    read: list[Timeline] = []

    def combined(current: Timeline) -> Timeline:
        read.append(current)
        return merge.combine([*loaded, current])

    saved = store.update(output, combined, create=True)
    return saved, twins.cited_note(_all_events([*loaded, *read]), saved)
