"""Cite the documents an event is stated in, as every export does: their title, outlet and date, or id."""

from __future__ import annotations

from timeline.describe import say_value
from timeline.models import Document, Event


def documents_of(event: Event) -> list[str]:
    """Return the ids of the documents an event is stated in, in the order of its evidence."""
    return list(dict.fromkeys(e.document for e in event.evidence))


def citations(event: Event, documents: dict[str, Document]) -> list[tuple[str, str | None]]:
    """Return (name, url) of each document an event's evidence comes from: title, outlet and date, or id.

    "Crane to lift dam turbine, Valley Post, 3 June 2025": a reader of an exported timeline sees where each
    event is stated even when a document has no URL (a text file, a line of a feed). The outlet is left out
    when the title names it already.
    """
    cited = []
    for name in documents_of(event):
        document = documents.get(name)
        if document is None:
            cited.append((name, None))
            continue
        label = " ".join((document.title or document.id).split())
        if document.outlet and document.outlet.casefold() not in label.casefold():
            label += f", {document.outlet}"
        if document.date is not None:
            label += f", {say_value(document.date.isoformat())}"
        cited.append((label, document.url))
    return cited
