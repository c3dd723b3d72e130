"""Change a Timeline by hand: add, edit and remove events, find them by a unique id prefix, filter them.

These functions change the Timeline in place and return what they touched; wrap them in
`store.transaction(path)` to apply them to a file safely.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable

from timeline import removals
from timeline.errors import InputError, NotFoundError
from timeline.event_ids import copy_ids, sort_events
from timeline.folding import folded
from timeline.models import Document, Event, Evidence, Timeline, When, is_web_link
from timeline.textmeta import document_outlet


def find(timeline: Timeline, prefix: str, *, name: str = "the timeline") -> Event:
    """Return the event whose id is `prefix`, or the only one whose id starts with it."""
    prefix = prefix.strip()
    if not prefix:
        raise NotFoundError("give an event id (or the first characters of one)")
    for event in timeline.events:
        if event.id == prefix:
            return event
    matches = [e for e in timeline.events if e.id.startswith(prefix)]
    if not matches:
        if any(e.id.startswith(prefix) for e in timeline.removed_events):
            raise NotFoundError(f"the event {prefix!r} was removed from {name}: `timeline restore` brings "
                                "it back (`timeline list --removed` lists what was removed)")
        if any(i.startswith(prefix) for i in removals.removed_without_copy(timeline)):
            raise NotFoundError(f"the event {prefix!r} was removed from {name}, which keeps no copy of it: "
                                "`timeline restore` lets the next extraction of its article bring it back")
        raise NotFoundError(f"no event with an id starting {prefix!r} in {name}: see `timeline list`")
    if len(matches) > 1:
        shown = ", ".join(e.id for e in matches[:5]) + (", ..." if len(matches) > 5 else "")
        raise NotFoundError(
            f"{prefix!r} matches {len(matches)} events in {name} ({shown}): give more characters"
        )
    return matches[0]


def manual_id(title: str, when: When, taken: set[str]) -> str:
    """Return a stable id for a hand-added event, distinct from every id in `taken`."""
    salt = 0
    while True:
        key = f"manual\0{title}\0{when.value}\0{when.end_value}\0{salt}"
        candidate = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
        if candidate not in taken:
            return candidate
        salt += 1


def _tags(tags: Iterable[str]) -> list[str]:
    """Return the tags stripped, without empties or repeats, in the order given."""
    return list(dict.fromkeys(t.strip() for t in tags if t.strip()))


def _link(url: str | None) -> str | None:
    """Return a link given by hand, stripped, or raise: only http(s) addresses are kept."""
    if not url or not url.strip():
        return None
    if not is_web_link(url):
        # an address typed without its scheme, as a browser's bar shows it: "example.org/page"
        bare = ":" not in url and "." in url.split("/")[0] and is_web_link(f"https://{url.strip()}")
        hint = f" (https://{url.strip()}?)" if bare else ""
        raise InputError(f"the source {url!r} is not a web link: give an http:// or https:// address{hint}")
    return url.strip()


def add(
    timeline: Timeline,
    *,
    title: str,
    when: When,
    description: str = "",
    url: str | None = None,
    tags: Iterable[str] = (),
    evidence: Iterable[Evidence] = (),
) -> Event:
    """Add an event by hand (origin "manual"); an event with the same title and date is refused.

    `evidence` cites where a document of the timeline states it (`quotes.quote_evidence`).
    """
    title = " ".join(title.split())  # one line: a title pasted with its line break or tab is a heading still
    if not title:
        raise InputError("an event needs a title: give --title")
    url = _link(url)
    for event in timeline.events:
        if event.title.casefold() == title.casefold() and event.when.value == when.value:
            raise InputError(
                f"an event {title!r} on {when.value} is already there (id {event.id}): "
                "edit it with `timeline edit` instead"
            )
    event = Event(
        id=manual_id(title, when, {e.id for e in [*timeline.events, *timeline.removed_events]}
                     | set(timeline.removed)),
        title=title,
        description=description,
        when=when,
        origin="manual",
        tags=_tags(tags),
        url=url,
        evidence=list(evidence),
    )
    timeline.events = sort_events([*timeline.events, event])
    return event


def edit(
    timeline: Timeline,
    prefix: str,
    *,
    title: str | None = None,
    when: When | None = None,
    description: str | None = None,
    url: str | None = None,
    add_tags: Iterable[str] = (),
    remove_tags: Iterable[str] = (),
    add_evidence: Iterable[Evidence] = (),
    name: str = "the timeline",
) -> Event:
    """Change the given fields of an event; an edited extracted event is pinned against re-extraction.

    `add_evidence` cites more places that state it (`quotes.quote_evidence`); one inside a passage it
    cites already adds nothing. When every field already has the value given, the event itself is returned,
    unchanged and unpinned.
    """
    event = find(timeline, prefix, name=name)
    changes: dict[str, object] = {}
    if title is not None:
        if not title.strip():
            raise InputError("a title cannot be empty")
        changes["title"] = " ".join(title.split())
    if when is not None:
        changes["when"] = when
    if description is not None:
        changes["description"] = description
    if url is not None:
        changes["url"] = _link(url)
    dropped = {t.casefold() for t in _tags(remove_tags)}  # in any case, as `list --tag` finds them
    tags = [t for t in _tags([*event.tags, *add_tags]) if t.casefold() not in dropped]
    changes["tags"] = tags
    more = [e for e in add_evidence if not any(  # a quote inside a sentence it cites adds nothing
        e.document == v.document and v.start <= e.start and e.end <= v.end for v in event.evidence)]
    if more:
        changes["evidence"] = [*event.evidence, *more]
    changes = {field: value for field, value in changes.items() if getattr(event, field) != value}
    if not changes:
        return event
    data = {**event.model_dump(), **changes}
    if event.origin == "extracted":
        data["pinned"] = True
    edited = Event.model_validate(data)
    timeline.events = sort_events([edited if e.id == event.id else e for e in timeline.events])
    return edited


def remove(timeline: Timeline, prefixes: Iterable[str], *, name: str = "the timeline") -> list[Event]:
    """Remove events by id or unique prefix; extracted ones (and twins a hand event cites) stay removed.

    Every id is resolved before anything is removed: one unknown id removes nothing.
    """
    targets = [find(timeline, prefix, name=name) for prefix in prefixes]
    gone = {e.id for e in targets}
    timeline.events = [e for e in timeline.events if e.id not in gone]
    # a hand event citing extracted sentences (twins.attach_twins) took their events' place: removing it
    # removes them too, or they would come back as extracted events on the next extraction
    tombstones = {i for e in targets if e.origin == "extracted" or e.evidence for i in copy_ids(e)}
    timeline.removed = sorted(set(timeline.removed) | tombstones)
    gone_events = list({e.id: e for e in targets}.values())
    # kept as they were, for `restore`; the latest removal of an id wins
    timeline.removed_events = [e for e in timeline.removed_events if e.id not in gone] + gone_events
    return gone_events


def cited_only(timeline: Timeline) -> Timeline:
    """Return a copy of the timeline with only the documents its events cite."""
    stating = {item.document for event in timeline.events for item in event.evidence}
    return timeline.model_copy(update={"documents": [d for d in timeline.documents if d.id in stating]})


def documents_matching(timeline: Timeline, text: str, *, name: str = "the timeline") -> list[Document]:
    """Return the document whose id is `text`, else those whose id contains it or whose title has it
    from the start of a word, in any case and without accents ("wns" names "wire/wns-turbine", not "Canoe race
    moved downstream"; "zurich" names "Zürich: strike ends").
    """
    text = text.strip()
    exact = [d for d in timeline.documents if d.id == text]
    if exact or not text:
        return exact
    needle = folded(text)
    in_title = re.compile(r"(?<!\w)" + re.escape(needle))
    found = [
        d for d in timeline.documents
        if needle in folded(d.id) or in_title.search(folded(d.title or ""))
    ]
    if not found:
        raise NotFoundError(
            f"no document of {name} has an id or title containing {text!r}: see `timeline documents`"
        )
    return found


def documents_of_outlet(timeline: Timeline, outlet: str, *, name: str = "the timeline") -> list[Document]:
    """Return the documents an outlet published, its name given in any case ("harbour herald").

    A document's outlet is the one it names, else its web address's host, else its dateline's, as the
    page's outlet filter reads it (textmeta.document_outlet). The name must be whole: "Herald" is not
    "Harbour Herald", so that one outlet never brings another's articles along.
    """
    wanted = " ".join(outlet.split()).casefold()
    outlets = {d.id: document_outlet(d) for d in timeline.documents}
    found = [d for d in timeline.documents if " ".join((outlets[d.id] or "").split()).casefold() == wanted]
    if not found:
        known = sorted({o for o in outlets.values() if o}, key=str.casefold)
        shown = ", ".join(known[:10]) + (", ..." if len(known) > 10 else "")
        raise NotFoundError(f"no document of {name} comes from the outlet {outlet!r}: "
                            + (f"its outlets are {shown}" if known else "its documents name no outlet"))
    return found


def documents_chosen(
    timeline: Timeline, *, document: str | None = None, outlet: str | None = None, name: str = "the timeline"
) -> list[Document] | None:
    """Return the documents that --document and --outlet both name (None when neither is given).

    With both, a document must match each: "--document strike --outlet 'Bay Courier'".
    """
    if document is None and outlet is None:
        return None
    for option, given, what in (("document", document, "a document's id or words of its title"),
                                ("outlet", outlet, "an outlet's whole name")):  # fmt: skip
        if given is not None and not given.strip():
            raise InputError(f"--{option} is empty: give {what} (`timeline documents` lists them)")
    found = documents_matching(timeline, document, name=name) if document is not None else timeline.documents
    if outlet is not None:
        published = {d.id for d in documents_of_outlet(timeline, outlet, name=name)}
        found = [d for d in found if d.id in published]
        if not found:
            raise NotFoundError(
                f"no document of {name} matching {document!r} comes from the outlet {outlet!r}"
            )
    return found


def select(
    timeline: Timeline,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    query: str | None = None,
    tag: str | None = None,
    documents: Iterable[str] | None = None,
) -> list[Event]:
    """Return the events that overlap [start, end], contain `query` and carry `tag` (both in any case, the
    query without accents too: "zurich" finds "ZÜRICH"); an empty `tag` chooses the events without one.

    With `documents` (ids), only the events stated in one of them.
    """
    needle = folded(query) if query else None
    cited = set(documents) if documents is not None else None
    chosen = []
    for event in timeline.events:
        if cited is not None and not any(e.document in cited for e in event.evidence):
            continue
        if start is not None and event.when.end < start:
            continue
        if end is not None and event.when.start > end:
            continue
        if tag is not None and not carries(event, tag):
            continue
        if needle is not None:
            texts = [event.title, event.description, *event.tags, *(e.text for e in event.evidence)]
            haystack = " ".join(texts)
            if needle not in folded(haystack):
                continue
        chosen.append(event)
    return sort_events(chosen)


def carries(event: Event, tag: str) -> bool:
    """Tell whether an event carries `tag` (in any case); an empty tag ("", as `--tag ""`) is carried by the
    events that have none, the ones still to tag."""
    wanted = tag.strip().casefold()
    return wanted in {t.casefold() for t in event.tags} if wanted else not event.tags
