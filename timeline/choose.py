"""The events that the filter options of `list` and `export` choose, and the lines said about them.

The options are --from, --to, --query, --tag, --document, --outlet and --min-confidence (`Filters`);
`choose` reads them against a timeline as `edit.select` and `confident` do, and keeps the notes a
command prints: the documents --document and --outlet named, and the day relative dates were read from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from timeline import edit, typed_dates
from timeline.confident import confident
from timeline.counts import counted, listed, none_of
from timeline.models import Event, Timeline
from timeline.read_from import day_note

DOCUMENTS_SHOWN = 10  # the note on --document and --outlet names this many documents
TAGS_SHOWN = 10  # the note on a --tag no event carries names this many tags


@dataclass(frozen=True)
class Filters:
    """The options that choose events, as typed (None: not given)."""

    start: str | None = None  # --from
    end: str | None = None  # --to
    query: str | None = None
    tag: str | None = None
    document: str | None = None
    outlet: str | None = None
    min_confidence: float | None = None

    def given(self) -> bool:
        """Tell whether any option chooses events (an empty --from, --to or --query does not; an empty --tag
        chooses the untagged events)."""
        chooses = (self.tag, self.document, self.outlet, self.min_confidence)
        return bool(self.start or self.end or self.query) or any(o is not None for o in chooses)


@dataclass(frozen=True)
class Choice:
    """The events chosen, the ids of the documents --document and --outlet named, and the notes to say."""

    events: list[Event]
    documents: list[str] | None  # None: every document
    documents_note: str | None  # "--document port: 2 documents (a, b)", None when it names one by its id
    read_from: str  # "; "yesterday" read from today, ..." (read_from.day_note), to end a message
    tag_note: str | None = None  # "no event has the tag 'x': its tags are ...", when --tag names no event's


def documents_chosen(
    timeline: Timeline, *, document: str | None, outlet: str | None, name: str
) -> tuple[list[str] | None, str | None]:
    """Return the ids of the documents --document and --outlet name (None: neither is given), and the note
    naming them, left out (None) when --document is the one document's whole id, or empty."""
    found = edit.documents_chosen(timeline, document=document, outlet=outlet, name=name)
    if found is None:
        return None, None
    ids = [d.id for d in found]
    if not ids or (len(ids) == 1 and outlet is None and ids[0] == (document or "").strip()):
        return ids, None
    named = " ".join(f"--{option} {value}" for option, value in (("document", document), ("outlet", outlet))
                     if value is not None)
    return ids, f"{named}: {counted(len(found), 'document')} ({listed(ids, DOCUMENTS_SHOWN)})"


def of_outlet(timeline: Timeline, outlet: str | None, *, name: str) -> Timeline:
    """Return the timeline with only the documents of `outlet` (`timeline documents --outlet`; all without
    one); raise NotFoundError, naming the outlets there are, when none is of it."""
    if outlet is None:
        return timeline
    return timeline.model_copy(update={"documents": edit.documents_of_outlet(timeline, outlet, name=name)})


def choose(
    timeline: Timeline, filters: Filters, *, reference: dt.date, as_of: str | None, name: str
) -> Choice:
    """Return the events `filters` choose, relative dates counted from `reference` (the day of `as_of`, the
    --as-of typed, or today); raise InputError for a --from after its --to or NotFoundError for a document
    or outlet that is not there (named after `name`, the timeline file)."""
    first, last = typed_dates.period(filters.start, filters.end, reference=reference)
    ids, note = documents_chosen(timeline, document=filters.document, outlet=filters.outlet, name=name)
    selected = edit.select(timeline, start=first, end=last, query=filters.query, tag=filters.tag,
                           documents=ids)
    return Choice(
        events=confident(selected, filters.min_confidence), documents=ids, documents_note=note,
        read_from=day_note(filters.start, filters.end, reference=reference, as_of=as_of, timeline=timeline),
        tag_note=tag_note(timeline, filters.tag),
    )  # fmt: skip


def tag_note(timeline: Timeline, tag: str | None) -> str | None:
    """Say that no event of the timeline carries `tag`, naming the tags it has, so that a tag typed wrong
    shows (None when one carries it, or without --tag)."""
    if tag is None or any(edit.carries(event, tag) for event in timeline.events):
        return None
    if not tag.strip():
        return "every event has a tag (an empty --tag chooses the events without one)"
    known = sorted({t for event in timeline.events for t in event.tags}, key=str.casefold)
    if not known:
        return f"no event has a tag yet (`timeline edit TIMELINE ID --tag {tag.strip()}` tags one)"
    return f"no event has the tag {tag.strip()!r}: its tags are {listed(known, TAGS_SHOWN)}"


def exported(timeline: Timeline, choice: Choice, fmt: str) -> Timeline:
    """Return the timeline an export of the chosen events writes: TimeML writes documents, those named, and
    TimelineJS's title slide counts documents, those of the events chosen."""
    chosen = timeline.model_copy(update={"events": choice.events})
    if fmt == "timeml" and choice.documents is not None:
        named = set(choice.documents)
        chosen = chosen.model_copy(update={"documents": [d for d in chosen.documents if d.id in named]})
    if fmt == "timelinejs":
        chosen = edit.cited_only(chosen)
    return chosen


def export_warning(total: int, choice: Choice) -> str | None:
    """Warn that the options chose no event of a timeline that has some: a typo in --query should not pass
    for an empty calendar."""
    if not total or choice.events:
        return None
    if choice.tag_note:
        return f"warning: {choice.tag_note}: the export holds no event"
    return (f"warning: {none_of(total, 'events')} the options given: the export holds no event "
            f"(`timeline list` takes the same options){choice.read_from}")


NOTHING_TO_LIST = {  # what `timeline list` says of a timeline without events, --removed or not
    False: "no events yet: `timeline extract` finds them in articles, `timeline add` adds one by hand",
    True: "no removed events: nothing was removed from this timeline (`timeline remove ID` removes one)",
}


def list_note(choice: Choice, total: int, *, removed: bool = False, bare: int = 0) -> str:
    """Return the line `timeline list` says on standard error: "3 of 32 events", or why it lists none (a
    header alone reads as a broken command). `bare` removed ids kept no copy: something was removed."""
    kind = "removed events" if removed else "events"
    if choice.events:
        return f"{len(choice.events)} of {total} {kind}{choice.read_from}"
    if not total and removed and bare:
        return "no removed event kept as it was"  # removals.without_copy_note says what was removed
    if not total:
        return NOTHING_TO_LIST[removed]
    if choice.tag_note:
        return f"nothing matched: {choice.tag_note}"
    return f"nothing matched: {none_of(total, kind)} the options given{choice.read_from}"
