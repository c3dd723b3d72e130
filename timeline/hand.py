"""Hand work on a timeline file (`timeline add`, `edit`, `remove`, `restore`): each change made under the
file's lock (store.transaction), and the lines that say what it did.

Dates are typed as people say them; relative ones ("yesterday", "Dec 28") count from --as-of, else from
`today`, which the caller passes (the library never asks the clock), and the line names that day
(read_from.day_note). A --quote is found in a document of the file and kept as evidence (quotes.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from timeline import edit, quotes, removals, store, twins, typed_dates
from timeline.counts import counted
from timeline.errors import InputError
from timeline.export import readable
from timeline.models import Event, Evidence, Timeline
from timeline.read_from import day_note


def _quoted(timeline: Timeline, quote: str | None, document: str | None, name: str) -> list[Evidence]:
    return [] if quote is None else [quotes.quote_evidence(timeline, quote, document=document, name=name)]


def _citing(evidence: Iterable[Evidence]) -> str:
    """Return ", citing harbour-0412 120-164" for each passage cited."""
    return "".join(f", citing {e.document} {e.start}-{e.end}" for e in evidence)


def _typed_tags(*given: Iterable[str]) -> None:
    """Refuse an empty --tag or --untag (a variable left empty in a script would pass for a tag given), and a
    --tag holding ';', the CSV's separator of tags."""
    if any(not tag.strip() for tags in given for tag in tags):
        raise InputError('a tag cannot be empty (`timeline list --tag ""` lists the events without one)')
    joined = next((tag for tag in given[0] if ";" in tag), None)  # --untag takes off one a file holds
    if joined is not None:  # the CSV export separates tags with ";": "council;budget" would read back as two
        raise InputError(f"a tag cannot hold ';' ({joined!r}): repeat --tag for several, --tag a --tag b")


def add(
    path: str, *, title: str, date: str, end: str | None = None, description: str = "",
    url: str | None = None, tags: Iterable[str] = (), quote: str | None = None, document: str | None = None,
    as_of: str | None = None, today: dt.date,
) -> tuple[Event, str]:
    """Add an event by hand to the timeline file `path` (made when missing, unless a --quote must cite one of
    its documents); return it and the line saying so. A quoted passage is its description unless one is
    given."""
    if quote is not None and not Path(path).exists():
        raise InputError(f"{path}: no such timeline file, and --quote cites one of its documents: extract "
                         f"the articles first (`timeline extract ... -o {path}`)")
    _typed_tags(tags)
    reference = typed_dates.reference_day(as_of, today=today)
    when = typed_dates.when_of(date, end, reference=reference)
    with store.transaction(path, create=quote is None) as current:
        read_from = day_note(date, end, reference=reference, as_of=as_of, timeline=current)
        cited = _quoted(current, quote, document, path)
        event = edit.add(current, title=title, when=when, description=description or "".join(
            " ".join(e.text.split()) for e in cited), url=url, tags=tags, evidence=cited)
        taken = twins.take_quoted_twins(current, event)
        event = next(e for e in current.events if e.id == event.id)  # with the sentences it took, if any
    said = f"added {event.id} ({readable(event.when)}) to {path}{_citing(cited)}{read_from}"
    if taken:  # the extracted events of the sentence quoted: one event, not two side by side
        named = "; ".join(f"{e.id} {e.title}" for e in taken)
        said += (f"\nit takes the place of {counted(len(taken), 'extracted event')} of the sentence quoted "
                 f"(their sentences are its evidence now): {named}")
    return event, said


def change(
    path: str, event_id: str, *, title: str | None = None, date: str | None = None, end: str | None = None,
    description: str | None = None, url: str | None = None, tags: Iterable[str] = (),
    untags: Iterable[str] = (), quote: str | None = None, document: str | None = None,
    as_of: str | None = None, today: dt.date,
) -> str:
    """Change an event of the timeline file `path` (an id or a unique prefix; an edited extracted event is
    pinned); return the line saying what it is now, or that it already was as given."""
    _typed_tags(tags, untags)
    reference = typed_dates.reference_day(as_of, today=today)
    with store.transaction(path) as current:
        found = edit.find(current, event_id, name=path)
        when = typed_dates.when_of(date, end, reference=reference, current=found.when)
        read_from = day_note(date, end, reference=reference, as_of=as_of, timeline=current)
        cited = _quoted(current, quote, document, path)
        changed = edit.edit(current, found.id, title=title, when=when, description=description, url=url,
                            add_tags=tags, remove_tags=untags, add_evidence=cited)
    if changed is found:
        held = {t.casefold() for t in found.tags}
        absent = [t.strip() for t in untags if t.strip() and t.strip().casefold() not in held]
        if absent:  # --untag of a tag it does not carry: say which it carries, a tag typed wrong shows
            tags = ", ".join(found.tags) or "none"
            return f"unchanged {found.id}: it has no tag {absent[0]!r} (its tags: {tags})"
        already = " (it cites that passage already)" if cited else ""
        return f"unchanged {found.id}: it already is as given{already}"
    where = _citing(changed.evidence[len(found.evidence):])
    return f"edited {changed.id}: {changed.title} ({readable(changed.when)}){where}{read_from}"


def remove(path: str, event_ids: Iterable[str]) -> list[str]:
    """Remove events of the timeline file `path` by id or unique prefix; return the lines saying which, and
    how to bring them back."""
    with store.transaction(path) as current:
        gone = edit.remove(current, event_ids, name=path)
    them = "it" if len(gone) == 1 else "them"
    return [*(f"removed {event.id}: {event.title}" for event in gone),
            f"(`timeline restore` brings {them} back; `timeline list --removed` lists the removed events)"]


def restore(path: str, event_ids: Iterable[str]) -> list[str]:
    """Bring back removed events of the timeline file `path`, each id once; return a line for each."""
    with store.transaction(path) as current:
        back = [removals.restore(current, given, name=path) for given in dict.fromkeys(event_ids)]
    return [
        f"restored {found}: it comes back when its article is extracted again (removed by an older version, "
        "it may stay out while its copies in other sentences are still removed)" if isinstance(found, str)
        else f"restored {found.id}: {found.title} ({readable(found.when)})"
        for found in back
    ]
