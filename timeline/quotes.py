"""Find a passage quoted by hand in a document of a timeline: the evidence of an event added by hand.

`timeline add --quote "..." [--document ID]` cites the article an event is stated in, as an extracted
event does: the quote is found in the document's text and recorded with its offsets, so that the page
and the exports show it as evidence. A quote copied from a browser or a word processor may differ from
the text in its spaces, line breaks, case, and typographic quotes and dashes: those are read as equal.
"""

from __future__ import annotations

import re

from timeline.edit import documents_matching
from timeline.errors import InputError, NotFoundError
from timeline.models import Document, Evidence, Timeline

# A character of a quote -> the characters of the text it stands for (editors curl quotes and dashes).
SAME_CHARACTERS = [
    ("'", "'\u2019\u2018`"),  # don't / don\u2019t
    ('"', '"\u201c\u201d'),  # "yes" / \u201cyes\u201d
    ("\u2019", "'\u2019\u2018`"),
    ("\u2018", "'\u2019\u2018`"),
    ("\u201c", '"\u201c\u201d'),
    ("\u201d", '"\u201c\u201d'),
    ("-", "-\u2013\u2014"),  # 2001-2002 / 2001\u20132002
    ("\u2013", "-\u2013\u2014"),
    ("\u2014", "-\u2013\u2014"),
]
_SAME = {char: f"[{re.escape(chars)}]" for char, chars in SAME_CHARACTERS}
SHOWN = 3  # places named in an error about a quote found several times


def _pattern(quote: str) -> re.Pattern[str]:
    """Return the quote as a pattern: words as typed, any run of white space between them, any case.

    A quote starts and ends at word boundaries: "the" is not found inside "other".
    """
    words = quote.split()
    body = r"\s+".join("".join(_SAME.get(c, re.escape(c)) for c in word) for word in words)
    return re.compile(r"(?<!\w)" + body + r"(?!\w)", re.IGNORECASE)


def _documents(timeline: Timeline, document: str | None, name: str) -> list[Document]:
    """Return the documents to look in: the one --document names, or every one."""
    if document is None:
        if not timeline.documents:
            raise InputError(f"{name} holds no documents to quote: `timeline extract ... --into {name}` "
                             "adds the articles")
        return timeline.documents
    found = documents_matching(timeline, document, name=name)
    if not found:
        raise NotFoundError(f"give the id of a document of {name} (see `timeline documents`)")
    if len(found) > 1:
        shown = ", ".join(d.id for d in found[:5]) + (", ..." if len(found) > 5 else "")
        raise NotFoundError(f"--document {document!r} names {len(found)} documents of {name} ({shown}): "
                            "give one id")
    return found


def quote_evidence(timeline: Timeline, quote: str, *, document: str | None = None,
                   name: str = "the timeline") -> Evidence:
    """Return the evidence where `quote` stands in the document named (or the only one that has it).

    Raises when the quote is empty, is not found, is found in more than one place, or when the document
    keeps no text (a timeline written with --shards keeps none).
    """
    if not quote.split():
        raise InputError("--quote is empty: give words of the article, as it has them")
    chosen = _documents(timeline, document, name)
    textless = [d.id for d in chosen if not d.text]
    if textless and len(textless) == len(chosen):
        which = f"the document {textless[0]}" if len(chosen) == 1 else f"the documents of {name}"
        raise InputError(f"{which} keeps no text to find the quote in (extract the articles again into "
                         f"{name}, without --shards)")
    pattern = _pattern(quote)
    places = [(d, m) for d in chosen for m in pattern.finditer(d.text)]
    if not places:
        where = f"the document {chosen[0].id}" if len(chosen) == 1 else f"any document of {name}"
        raise NotFoundError(f"--quote {_short(quote)!r} is not in {where}: copy the words as the article "
                            "has them (spaces, case and curly quotes do not matter)")
    if len(places) > 1:
        shown = ", ".join(f"{d.id} at {m.start()}" for d, m in places[:SHOWN])
        more = ", ..." if len(places) > SHOWN else ""
        hint = "quote more words" + (", or give --document" if document is None and
                                     len({d.id for d, _ in places}) > 1 else "")
        raise InputError(f"--quote {_short(quote)!r} is in {len(places)} places ({shown}{more}): {hint}")
    found, match = places[0]
    return Evidence(document=found.id, start=match.start(), end=match.end(), text=match.group())


def _short(quote: str, room: int = 60) -> str:
    """Return a quote cut for an error message."""
    quote = " ".join(quote.split())
    return quote if len(quote) <= room else quote[: room - 1].rsplit(" ", 1)[0] + "\u2026"
