"""Extract or merge into a timeline file, and say what moved (`timeline build`, `extract`, `merge`).

The file is changed under its lock (store.update); the notes compare it before and after: events gone,
new or kept, documents changed or not read again, hand events pinned or citing new sentences.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from timeline import merge, run_notes, store, twins
from timeline.counts import counted
from timeline.models import Event, Timeline


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


def extract_into(
    target: str | Path, fresh: Timeline, *, left_out: frozenset[str] = frozenset()
) -> tuple[Timeline, str | None]:
    """Reconcile a fresh extraction into a timeline file (made when missing); return what was saved and the
    notes on how its events and documents moved and on the hand events pinned or citing new sentences.
    `left_out`: the ids of the events --min-confidence left out of `fresh`, said apart when the file had
    them."""
    before: list[Timeline] = []

    def reconciled(current: Timeline) -> Timeline:
        before.append(current)
        return merge.reconcile(current, fresh)

    saved = store.update(target, reconciled, create=True)
    return saved, _joined([
        twins.changes_note(before[0], saved, left_out=left_out),
        run_notes.documents_note(before[0], saved, read=fresh),
        twins.pinned_note(before[0], saved), twins.cited_note(before[0], saved),
    ])  # fmt: skip


def _all_events(timelines: Iterable[Timeline]) -> Timeline:
    return Timeline(events=[event for timeline in timelines for event in timeline.events])


def _hand_version(event: Event) -> tuple:
    return event.title, event.description, event.when, event.tags, event.url


def differing_note(timelines: list[Timeline]) -> str | None:
    """Say which hand events two of the merged timelines hold differently (the first one's is kept).

    `merge.combine` keeps the first timeline's version of an event edited by hand in several: the others'
    edits are named, so that none is left out unseen.
    """
    first: dict[str, Event] = {}
    left: list[tuple[Event, Event]] = []
    for timeline in timelines:
        for event in timeline.events:
            if not twins.is_hand_work(event):
                continue
            kept = first.setdefault(event.id, event)
            if _hand_version(kept) != _hand_version(event) and all(o is not event for _, o in left):
                left.append((kept, event))
    if not left:
        return None
    shown = "; ".join(
        f'{kept.id} "{kept.title}" ({kept.when.value}), not "{other.title}" ({other.when.value})'
        for kept, other in left[: twins.NOTED]
    )
    more = f"; and {len(left) - twins.NOTED} more" if len(left) > twins.NOTED else ""
    return (
        f"{counted(len(left), 'event')} edited by hand differently in two files: the first file's version "
        f"kept (`timeline edit ID` changes it): {shown}{more}"
    )


def merged(loaded: list[Timeline]) -> tuple[Timeline, str | None]:
    """Combine timelines; return the result and the notes on hand events edited differently in two of them
    and on those that cite sentences only now."""
    combined = merge.combine(loaded)
    return combined, _joined([differing_note(loaded), twins.cited_note(_all_events(loaded), combined)])


def merge_into(output: str | Path, loaded: list[Timeline]) -> tuple[Timeline, str | None]:
    """Combine timelines with the file `output` (made when missing, its own events merged in last); return
    what was saved and the notes on hand events edited differently in two of them and on those that cite
    sentences only now (not those whose evidence one of the files already held)."""
    read: list[Timeline] = []

    def combined(current: Timeline) -> Timeline:
        read.append(current)
        return merge.combine([*loaded, current])

    saved = store.update(output, combined, create=True)
    return saved, _joined(
        [differing_note([*loaded, *read[-1:]]), twins.cited_note(_all_events([*loaded, *read]), saved)]
    )
