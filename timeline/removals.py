"""Bring back removed events: what `timeline remove` took out, as it was, or ids extraction may find again.

`edit.remove` keeps each event it takes out in `Timeline.removed_events` and records the ids of its copies
in `Timeline.removed`, so that extraction does not bring it back; `restore` undoes both.
"""

from __future__ import annotations

from timeline.counts import counted, listed
from timeline.errors import InputError, NotFoundError
from timeline.event_ids import copy_ids, sort_events
from timeline.models import Event, Timeline


def removed_without_copy(timeline: Timeline) -> list[str]:
    """Return the removed ids that `restore` takes but keeps no event of.

    The events deleted from the file in an editor since the last extraction, and those `timeline
    remove` of an older version took out: such a removal recorded the ids of the event's copies in other
    sentences too (`copy_ids`), which no file tells apart from the event's own. The ids of the copies of
    a kept event are left out.
    """
    kept = {i for e in timeline.removed_events for i in copy_ids(e)}
    deleted = set(timeline.written) - {e.id for e in timeline.events}
    return sorted((set(timeline.removed) | deleted) - kept)


def without_copy_note(bare: list[str]) -> str | None:
    """Say that some ids were removed without a kept copy (`removed_without_copy`), and how they come back
    (None for none)."""
    if not bare:
        return None
    ids = counted(len(bare), "id")
    return (f"and {ids} removed without a kept copy, by an older version or in an editor "
            f"({listed(bare, 5)}): `timeline restore ID` lets the next extraction of its article bring it "
            "back")


def find_removed(timeline: Timeline, prefix: str, *, name: str = "the timeline") -> Event | str:
    """Return the removed event whose id is `prefix` or starts with it, or the bare id removed without a copy.

    A bare id is one `timeline remove` of an older version recorded, or an extracted event deleted from
    the file in an editor: only the next extraction can bring those back.
    """
    prefix = prefix.strip()
    if not prefix:
        raise NotFoundError("give the id of a removed event (or the first characters of one)")
    kept = {e.id: e for e in timeline.removed_events}
    bare = set(removed_without_copy(timeline))
    if prefix in kept or prefix in bare:
        return kept.get(prefix, prefix)
    matches = [i for i in sorted(kept) if i.startswith(prefix)]
    matches = matches or [i for i in sorted(bare) if i.startswith(prefix)]
    if not matches:
        where = " (it is in the timeline: see `timeline show`)" if any(
            e.id.startswith(prefix) for e in timeline.events) else ""
        raise NotFoundError(f"no removed event with an id starting {prefix!r} in {name}{where}: "
                            "see `timeline list --removed`")
    if len(matches) > 1:
        shown = ", ".join(matches[:5]) + (", ..." if len(matches) > 5 else "")
        raise NotFoundError(f"{prefix!r} matches {len(matches)} removed events in {name} ({shown}): "
                            "give more characters")
    return kept.get(matches[0], matches[0])


def restore(timeline: Timeline, prefix: str, *, name: str = "the timeline") -> Event | str:
    """Undo `remove`: put a removed event back as it was, and let extraction find it again.

    Returns the event put back, or, for an id removed without a kept copy, that id: taken out of
    `removed` (and of the ids extraction wrote, for one deleted in an editor), its event comes back at
    the next extraction of its article.
    """
    found = find_removed(timeline, prefix, name=name)
    if isinstance(found, str):
        timeline.removed = [i for i in timeline.removed if i != found]
        timeline.written = [i for i in timeline.written if i != found]
        return found
    if any(e.id == found.id for e in timeline.events):
        raise InputError(f"an event with the id {found.id} is already in {name}: remove it first")
    others = {i for e in timeline.removed_events if e.id != found.id for i in copy_ids(e)}
    freed = copy_ids(found) - others
    timeline.removed = [i for i in timeline.removed if i not in freed]
    timeline.removed_events = [e for e in timeline.removed_events if e.id != found.id]
    timeline.events = sort_events([*timeline.events, found])
    return found
