"""Group a timeline's events for the page: lanes by story, and the outlet each document comes from.

A lane by document holds the events first read in one story. Documents are told apart by their headline
and their outlet: a live blog's updates and a daily column (one headline, one outlet, many documents) are
one story and share a lane; two outlets under one generic headline ("Live updates") are two stories, two
lanes, each named with its outlet. Documents whose outlet cannot be read (no web address, no dateline
naming one) and that share a headline share a lane.
"""

from __future__ import annotations

import re
from collections import defaultdict
from urllib.parse import urlsplit

from timeline import datelines
from timeline.models import Document, Timeline
from timeline.placement import HAND

SEPARATOR = " \u00b7 "  # "Live updates · Bay Courier"
HEAD_CHARS = 400  # a dateline sits in the first lines of an article
HEAD_LINES = 6
# The outlet a dateline names, each with an example: "KESTREL BAY, Nov. 4 (Bay Courier) -", "(AP) —",
# "NEW YORK, Nov. 3, 2025 /PRNewswire/ --".
_NAMED = re.compile(r"\((?P<bracket>[A-Z][^()\n]{0,40})\)|/(?P<wire>[A-Za-z][\w -]{1,30})/")


def outlet(document: Document) -> str | None:
    """Return the outlet a document comes from: its web address's host, else the outlet its dateline names."""
    if document.url:
        host = (urlsplit(document.url).hostname or "").removeprefix("www.")
        if host:
            return host
    for line in document.text[:HEAD_CHARS].splitlines()[:HEAD_LINES]:
        span = datelines.dateline(line, 0, len(line))
        named = _NAMED.search(line, *span) if span else None
        if named:
            return named.group("bracket") or named.group("wire")
    return None


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
        title = (document.title if document else None) or document_id
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
