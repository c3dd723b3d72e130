"""Read the rows of a dated list or table: each row is an event, titled by its name and the list's lead.

"The biggest port strikes:" over "1. June 2011  Kessel Docks  41 days  wages" and "2. June 2011  Marrow
Quay  12 days  pensions" lists two strikes. A row has no verb, and its words besides the date may be two
("Marrow Quay"): it is still an event, never a dateline nor a heading (events.extract). Its cells (split by
a tab, a "|", or two spaces or more) give the title: the first cell with a letter names what the row is of,
the lead's plural noun of a happening tells what happened to it, the other cells follow in brackets:
"Kessel Docks: strike (41 days, wages)". Without such a lead the title is the name and the cells:
"Kessel Docks (41 days, wages)". Two rows are never one event, whatever words they share (`other_rows`):
each names its own subject.
"""

from __future__ import annotations

import re

from timeline.models import Event
from timeline.references import is_event_noun

# The shape of a row: a list marker, or three cells or more split by tabs, bars or runs of spaces.
# | row                                        | why          |
# | "1. May 2011  Kessel Docks  41 days"       | a marker     |
# | "- June 2011: Marrow Quay"                 | a marker     |
# | "3 | March 2009 | Tarn Bank | 1,200"        | cells        |
# | "June 2011\tKessel Docks\t41 days"         | cells        |
_MARKER = re.compile(r"\s*(?:\d{1,3}[.)]|[-*•–])\s+")
_GAP = re.compile(r"\t+|\s*\|\s*|\s{2,}")
# Two whitespace characters in a row: a line without them, a tab or a bar has no gap, and is one cell.
_TWO_SPACES = re.compile(r"\s\s")
# Plural nouns of a happening a list's lead may give, each with its singular: "The largest (bankruptcies):",
# besides the occurrences of references.is_event_noun ("Major (strikes) since 1990").
LEAD_NOUNS = {
    "bankruptcies": "bankruptcy",  # "The largest bankruptcies in the region:"
    "failures": "failure",  # "Bank failures since 2008"
    "closures": "closure",  # "Plant closures this decade:"
    "resignations": "resignation",  # "Cabinet resignations:"
    "deaths": "death",  # "Notable deaths of the year"
    "defaults": "default",  # "Sovereign defaults, 1980-2020"
    "layoffs": "layoff",  # "The largest layoffs:"
    "recalls": "recall",  # "Major car recalls:"
    "outbreaks": "outbreak",  # "Recent outbreaks:"
    "eruptions": "eruption",  # "Deadliest eruptions:"
}
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _line(text: str, at: int) -> tuple[int, int]:
    """Return the span of the line that holds `text[at]`."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _shaped(line: str) -> bool:
    """Tell whether a line has the shape of a row: a list marker, or three cells."""
    if not line.strip():
        return False
    # a line of prose has no gap (_GAP needs a tab, a bar or two spaces): one cell, told without a split
    return _MARKER.match(line) is not None or (
        ("\t" in line or "|" in line or _TWO_SPACES.search(line) is not None) and len(_cells(line)) >= 3)


def _cells(line: str) -> list[str]:
    """Return a line's cells, its list marker left out."""
    marker = _MARKER.match(line)
    body = line[marker.end() :] if marker is not None else line
    return [cell.strip() for cell in _GAP.split(body.strip()) if cell.strip()]


def is_row(text: str, sentence: tuple[int, int]) -> bool:
    """Tell whether a sentence is a whole line shaped as a row, with a line of that shape next to it."""
    start, end = _line(text, sentence[0])
    line = text[start:end]
    marker = _MARKER.match(line)
    words = text[sentence[0] : sentence[1]].strip()
    if words not in (line.strip(), line[marker.end() if marker else 0 :].strip()):
        return False  # a sentence of a line of several: prose
    if not _shaped(line):
        return False
    before = _line(text, start - 1) if start > 0 else None
    after = _line(text, end + 1) if end < len(text) else None
    return any(side is not None and _shaped(text[side[0] : side[1]]) for side in (before, after))


def row_title(text: str, sentence: tuple[int, int], dates: list[tuple[int, int]]) -> str | None:
    """Return a row's title: its name, the happening its list's lead tells, its other cells; None for a row
    of fewer than three cells (a list item of words, which titles.py reads), or with no cell of words
    besides its dates."""
    start, end = _line(text, sentence[0])
    line = text[start:end]
    cells = _cells(line)
    if len(cells) < 3:
        return None
    dated = [text[a:b] for a, b in dates]
    cells = [c for c in cells if not any(c.strip(":,;- ") == d for d in dated)]
    named = next((i for i, c in enumerate(cells) if _WORD.search(c) and not c.isdigit()), None)
    if named is None:
        return None
    name, rest = cells[named].strip(":,;- "), [c for i, c in enumerate(cells) if i > named]
    noun = _lead_noun(text, start)
    title = f"{name}: {noun}" if noun else name
    return f"{title} ({', '.join(rest)})" if rest else title


def _lead_noun(text: str, row_start: int) -> str | None:
    """Return the singular of the first plural noun of a happening in the line that leads a list: the
    nearest line above its rows that is no row ("The largest bankruptcies:" gives "bankruptcy")."""
    at = row_start
    while at > 0:
        start, end = _line(text, at - 1)
        line, at = text[start:end], start
        if not _shaped(line):  # a blank line, or another row of the list (a header row) above this one
            break
    else:
        return None
    for word in _WORD.findall(line):
        lower = word.lower()
        if lower in LEAD_NOUNS:
            return LEAD_NOUNS[lower]
        if lower.endswith("s") and is_event_noun(lower[:-1]):  # "strikes", "mergers"
            return lower[:-1]
    return None


def other_rows(one: Event, other: Event) -> bool:
    """Tell whether two events are two rows of a list in one document: never one event."""
    if not one.evidence or not other.evidence:
        return False
    a, b = one.evidence[0], other.evidence[0]
    return a.document == b.document and a.start != b.start and _shaped(a.text) and _shaped(b.text) \
        and "\n" not in a.text and "\n" not in b.text
