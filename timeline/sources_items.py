"""Hold what reading inputs passes around: an Input to read, an Item read, a Problem met, a Fallback date.

They live apart from `timeline.sources` so that the readers of each kind of input (`sources_json`,
`sources_timeml`) can use them without importing the module that dispatches to them. So does how a kind
of input opens (`opening_kind`), which tells standard input's kind.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

STDIN = "-"

# How the bytes of a kind of input open, to know standard input (or a file whose suffix tells nothing) by
# them: (kind, pattern, example). A zip archive is read as Word, which says so when it is not one.
OPENINGS = [
    ("pdf", rb"%PDF-", "%PDF-1.7"),
    ("docx", rb"PK\x03\x04", "a zip archive: word/document.xml, docProps/core.xml, ..."),
    ("feed", rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b",
     '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">'),
]  # fmt: skip
_OPENINGS = [(kind, re.compile(pattern, re.S)) for kind, pattern, _ in OPENINGS]


def opening_kind(data: bytes) -> str | None:
    """Return the kind of input its first bytes tell (`OPENINGS`), None when they tell none."""
    head = data[:4096]
    return next((kind for kind, pattern in _OPENINGS if pattern.match(head)), None)


ProblemHandler = Callable[["Problem"], None]


@dataclass(frozen=True)
class Fallback:
    """A document date to use only where a document carries none (`timeline tag --dct`).

    A plain date given as `dct` overrides the documents' own dates (`timeline build --dct`).
    """

    date: dt.date


GivenDate = dt.date | Fallback


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input (or one line of it): it was skipped, or read with a caveat."""

    source: str
    line: int | None
    message: str
    # What it shares with others of its kind, said once for them all when there are many
    # (`timeline.problem_groups`): "a dateline without a year, so no date". Empty: its message is that.
    kind: str = ""

    def __str__(self) -> str:
        source = "standard input" if self.source == STDIN else self.source  # "-" says nothing in a message
        where = f"{source}:{self.line}" if self.line else source
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Input:
    """A path to read (or "-" for standard input) and the name its documents' ids start from."""

    path: str
    name: str
    kind: str | None
    lines: tuple[int, int] | None = None  # for a JSON Lines file: read only lines first..last-1 (1-based)


@dataclass(frozen=True)
class Item:
    """Input read but not parsed yet: the bytes of a whole file, or of one line of a JSON Lines file."""

    source: str
    name: str
    kind: str
    data: bytes
    line: int | None = None
    read: int | None = None  # input bytes behind `data` when more than it holds: a line's BOM and CRLF

    @property
    def size(self) -> int:
        """Return the number of input bytes this item accounts for (for progress)."""
        return self.read if self.read is not None else len(self.data) + (1 if self.line else 0)
