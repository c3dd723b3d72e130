"""Cite the documents an event is stated in, as every export does: their title, outlet and date, or id."""

from __future__ import annotations

from timeline.describe import say_value
from timeline.models import Document, Event, Evidence


def _folded(text: str) -> str:
    return " ".join(text.split())


def quoted(event: Event) -> Evidence | None:
    """Return the evidence whose sentence the event's description quotes, None when it quotes none.

    Its evidence is kept in document order, and merging or quoting may put another document's sentence first:
    the description is the sentence that holds it ("The dam was drained on Tuesday"), else one it holds
    (a hand event's description joins the sentences it quotes).
    """
    said = _folded(event.description)
    if not said:
        return None
    texts = [(e, _folded(e.text)) for e in event.evidence]
    return next((e for e, text in texts if text and said in text), None) or next(
        (e for e, text in texts if text and text in said), None)


def documents_of(event: Event) -> list[str]:
    """Return the ids of the documents an event is stated in: the one its description quotes (`quoted`)
    first, so that the first source an export lists is where its quoted sentence is read; then in the order
    of its evidence."""
    first = quoted(event)
    return list(dict.fromkeys([*([first.document] if first else []), *(e.document for e in event.evidence)]))


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
