"""Run the whole flow: sources -> temporal -> events -> merge -> Timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from timeline import events, merge, sources, temporal
from timeline.models import Document, Timeline


def extract_documents(documents: Iterable[Document], *, title: str | None = None) -> Timeline:
    """Tag each document, turn its expressions into events, and merge them into one Timeline."""
    kept: list[Document] = []
    found = []
    for document in documents:
        kept.append(document)
        found.extend(events.extract(document, temporal.tag(document.text, dct=document.date)))
    return Timeline(title=title, documents=kept, events=merge.dedupe(found))


def extract(
    inputs: str | Path | Iterable[str | Path], *, dct: dt.date | None = None, title: str | None = None
) -> Timeline:
    """Build a Timeline from paths (files, folders) or from plain strings of text.

    A string that names an existing path is read as a file; any other string is taken as text.
    `dct` is the document creation date used where a document carries none.
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    documents: list[Document] = []
    for item in inputs:
        if isinstance(item, Path) or Path(item).exists():
            documents.extend(sources.read([item], dct=dct))
        else:
            documents.append(sources.from_text(item, dct=dct))
    return extract_documents(documents, title=title)
