"""Say what a run did: its documents and events counted, where their dates came from, copies, and changes.

`summary` is what `timeline build` and `extract` print after a run; `documents_note` compares the documents of
a re-built file with those it held before.
"""

from __future__ import annotations

import collections
import datetime as dt
from collections.abc import Iterable

from timeline.counts import counted
from timeline.models import Document, Timeline


def _name(document: Document) -> str:
    """Name a document by its file, or by its id and source when it is a feed's line: "rw-18 (RiverWatch)"."""
    if document.id.rsplit("/", 1)[-1] in document.source:
        return document.source
    return f"{document.id} ({document.source})"


UNDATED_SHOWN = 10  # the summary names this many documents without a date, so that one can date them


def summary(result: Timeline) -> str:
    """Say how many documents and events there are, where dates came from, and how to give a missing one."""
    counts = collections.Counter(document.date_source for document in result.documents)
    lines = [f"{counted(len(result.documents), 'document')}, {counted(len(result.events), 'event')}"]
    found = ", ".join(f"{source} {counts[source]}" for source in sorted(counts) if source != "none")
    if found:
        lines.append(f"document dates from: {found}")
    if counts["none"]:
        have = "document has no date, so its" if counts["none"] == 1 else "documents have no date, so their"
        ways = (
            "a `date:` line of front matter or a sidecar <name>.meta.json, a \"date\" field in JSON Lines, "
            "or a date in the file name (2025-10-25-name.txt)"
        )
        if counts["none"] == len(result.documents):
            how = f"Give one with --dct YYYY-MM-DD, {ways}."
        else:  # --dct would re-date the documents that have a date of their own too
            one = "it" if counts["none"] == 1 else "each"
            how = f"Give {one} one with {ways} (not --dct: it gives every document its date, replacing the " \
                  "dates the others carry)."
        lines.append(
            f"{counts['none']} {have} relative dates (\"last week\") stay unresolved (values with X). {how}"
        )
        undated = [_name(d) for d in result.documents if d.date_source == "none"]
        shown = ", ".join(undated[:UNDATED_SHOWN])
        more = len(undated) - UNDATED_SHOWN
        lines.append(f"without a date: {shown}" + (f" and {more} more" if more > 0 else ""))
    copies = copied_documents(result.documents)
    if copies:
        shown = ", ".join(f"{copy} = {first}" for copy, first in copies[:UNDATED_SHOWN])
        more = len(copies) - UNDATED_SHOWN
        repeat = "repeats another's" if len(copies) == 1 else "repeat others'"
        lines.append(f"{counted(len(copies), 'document')} {repeat} text word for word (a copy is not a "
                     f"second source): {shown}" + (f" and {more} more" if more > 0 else ""))
    return "\n".join(lines)


def copied_documents(documents: Iterable[Document]) -> list[tuple[str, str]]:
    """Return (copy id, first id) of the documents whose text another has, spaces aside: a wire story saved
    twice, or run word for word by a second outlet. Its events cite both, which corroborates nothing.

    The first is the one published first (then the first id); the others are its copies.
    """
    first: dict[str, str] = {}
    copies = []
    for document in sorted(documents, key=lambda d: (d.date is None, d.date or dt.date.min, d.id)):
        text = " ".join(document.text.split())
        if not text:
            continue
        if text in first:
            copies.append((document.id, first[text]))
        else:
            first[text] = document.id
    return copies


# The details of a document a re-run reports as changed, each with the word that names it; where a document
# was read from (`source`) is left out: a folder moved or named another way is no change to the story.
DOCUMENT_DETAILS = [
    ("title", "title"),  # a headline rewritten since the last build
    ("outlet", "outlet"),  # "outlet: Riverside Ledger" added to front matter
    ("date", "date"),  # a sidecar .meta.json dates the article
    ("date_source", "date"),  # the same date, read from metadata now, not from the file name
    ("updated", "updated"),  # the page was updated again (dateModified)
    ("url", "url"),  # a canonical address found
    ("text", "text"),  # the article was edited
]
CHANGED_SHOWN = 3  # the note names this many documents of each kind


def documents_note(before: Timeline, after: Timeline, *, read: Timeline | None = None) -> str | None:
    """Say how a re-run changed the documents of a file that held some: new ones, and what changed in others.

    "documents compared with the file before: 1 changed (ledger-appeal: title, outlet)". A build whose
    events stay the same but whose articles gained an outlet, a date or a new headline says so, as a build
    whose events moved does. With `read` (what the run extracted), the documents it did not read again
    are named too: they stay in the file with their events (`merge.reconcile`), so that an article deleted
    from the folder is not silently kept. None for a new file, or when no document changed.
    """
    if not before.documents:
        return None
    old, new = {d.id: d for d in before.documents}, {d.id: d for d in after.documents}
    added = sorted(new.keys() - old.keys())
    kept = []
    if read is not None:  # read again under another id (a folder named another way): same file
        ids, files = {d.id for d in read.documents}, {d.source for d in read.documents if d.source}
        kept = sorted(n for n in new.keys() & old.keys() if n not in ids and new[n].source not in files)
    changed = {}
    for name in sorted(new.keys() & old.keys()):
        words = [word for field_name, word in DOCUMENT_DETAILS
                 if getattr(old[name], field_name) != getattr(new[name], field_name)]
        if words:
            changed[name] = ", ".join(dict.fromkeys(words))
    said, details = [], [f"{name}: {words}" for name, words in changed.items()]
    kinds = (("new", added), ("changed", details), ("not read again, kept with their events", kept))
    for word, names in kinds:
        if names:
            more = f"; {len(names) - CHANGED_SHOWN} more" if len(names) > CHANGED_SHOWN else ""
            said.append(f"{len(names)} {word} ({'; '.join(names[:CHANGED_SHOWN])}{more})")
    return f"documents compared with the file before: {', '.join(said)}" if said else None
