"""Group a timeline's events for the page: lanes by story, the outlet each document comes from, its name.

A lane by document holds the events first read in one story. Documents are told apart by their headline
and their outlet: a live blog's updates and a daily column (one headline, one outlet, many documents) are
one story and share a lane; two outlets under one generic headline ("Live updates") are two stories, two
lanes, each named with its outlet. Documents whose outlet cannot be read (none named, no web address, no
dateline naming one) and that share a headline share a lane.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from timeline.describe import headline
from timeline.models import Document, Timeline
from timeline.placement import ALL, HAND, UNTAGGED, GroupBy
from timeline.textmeta import document_outlet as outlet

SEPARATOR = " \u00b7 "  # "Live updates · Bay Courier"


def lane_names(timeline: Timeline, group_by: GroupBy) -> dict[str, str]:
    """Return event id -> lane name for the chosen grouping (before rare lanes are folded).

    By document, lanes are by story (`story_lanes`); by tag, an event's first tag names its lane.
    """
    if group_by == "document":
        return story_lanes(timeline)
    if group_by == "tag":
        return {event.id: event.tags[0] if event.tags else UNTAGGED for event in timeline.events}
    return {event.id: ALL for event in timeline.events}


def story_lanes(timeline: Timeline) -> dict[str, str]:
    """Return event id -> lane name, lanes by story: one lane per headline and outlet.

    A headline that two outlets (or an outlet and an unknown one) share names each lane with its outlet.
    """
    documents = {d.id: d for d in timeline.documents}
    outlets = {d.id: outlet(d) for d in timeline.documents}
    story_of: dict[str, tuple[str, str | None] | None] = {}
    for event in timeline.events:
        if not event.evidence:
            story_of[event.id] = None
            continue
        document_id = event.evidence[0].document
        document = documents.get(document_id)
        title = headline(document) if document else document_id
        story_of[event.id] = (title, outlets.get(document_id))
    sources: dict[str, set[str | None]] = defaultdict(set)
    for story in story_of.values():
        if story is not None:
            sources[story[0]].add(story[1])
    lanes = {}
    for event_id, story in story_of.items():
        if story is None:
            lanes[event_id] = HAND
        else:
            title, source = story
            lanes[event_id] = f"{title}{SEPARATOR}{source}" if len(sources[title]) > 1 and source else title
    return lanes


def filter_names(documents: dict[str, Document], outlets: dict[str, str | None]) -> dict[str, str]:
    """Name each document for the page's document filter: its headline, told apart from others of it.

    A daily column's documents under one headline go by their date ("Port dispute · 2026-11-04": the
    filter sorts them by day), or by their id when two share a day; one headline from two outlets names
    its outlet first ("Live updates · Bay Courier · 2026-11-04").
    """
    named = {d: headline(document) for d, document in documents.items()}
    sources = defaultdict(set)
    for d in documents:
        sources[named[d]].add(outlets[d])
    story = {d: (named[d], outlets[d] if len(sources[named[d]]) > 1 else None) for d in documents}
    size = Counter(story.values())
    days = Counter((story[d], documents[d].date) for d in documents)
    names = {}
    for d, document in documents.items():
        title, source = story[d]
        name = f"{title}{SEPARATOR}{source}" if source else title
        if size[story[d]] > 1:
            day = document.date
            name += SEPARATOR + (day.isoformat() if day and days[(story[d], day)] == 1 else d)
        names[d] = name
    return names
