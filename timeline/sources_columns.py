"""Read a PDF page's columns one after the other, not line by line across the page.

pypdf gives a page's text in the order its content stream draws it. Most writers draw a column at a time,
but some draw the page a printed row at a time, across every column, and the text comes out interleaved:
"The council approved the harbour The ferry crews went back to". pypdf's text visitor says where each
piece of text starts; a column's left edge is an x where pieces start, after other text on the same row,
on many rows (`COLUMN_ROWS`, `COLUMN_SHARE`), with prose on both sides (`COLUMN_CHARS`: a table of short
cells or a label and its value are not columns; nor are rows that open alike, "The council said it would"),
and that few rows cross (`COLUMN_STRAYS`). From the first row split at an edge to the last (and on, while a
longer column goes on at its line spacing, `SPACING`), the page is read a column at a time; the rows above
(a headline across the columns) come first and the rows below last, each a paragraph apart. A page without
such an edge keeps pypdf's text exactly. Between two split rows, a row in larger type with no column's text
beside it (a second story's headline) starts the columns anew; a row across the page in the columns' type
is read with the first column: the pieces carry no width to tell it from a column's.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from itertools import pairwise
from statistics import median
from typing import NamedTuple

COLUMN_ROWS = 3  # rows split at an edge for it to be a column's edge ...
COLUMN_SHARE = 0.2  # ... and this share of the page's rows
COLUMN_CHARS = 15  # the median length of the text on each side of an edge: prose, not table cells
# Rows with words on both sides of an edge but none starting at it, as a share of the rows that reach past
# it: more, and the edge is where words of one column happen to line up (a page placed word by word).
COLUMN_STRAYS = 0.25
ALIGNED = 1.5  # points: pieces starting this close share an edge
# A row not split, in type this much larger than the columns', and with no column's text beside it (within
# its own size up or down, right of the first edge), is a heading across the columns.
HEADING_SIZE = 1.2
SPACING = 1.5  # a row this many line spacings below a column's last, or closer, goes on in that column


class Piece(NamedTuple):
    """A run of text pypdf gave at once, where it starts (None: after a line break inside it) and its size."""

    text: str
    x: float | None
    y: float | None
    size: float


def read_page(extract: Callable[..., str]) -> str:
    """Return the text of a page whose `extract` is pypdf's `page.extract_text`, its columns in order."""
    pieces: list[Piece] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text:
            x, y = tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            pieces.append(Piece(text, x, y, size * math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])))

    text = extract(visitor_text=visit) or ""
    if "".join(piece.text for piece in pieces) != text:  # the visitor missed some text: keep pypdf's order
        return text
    return in_column_order(pieces) or text


def rows(pieces: list[Piece]) -> list[list[Piece]]:
    """Cut the pieces into printed rows at their line breaks; a piece after a break starts at no known x."""
    lines: list[list[Piece]] = [[]]
    for piece in pieces:
        for number, part in enumerate(piece.text.split("\n")):
            if number:
                lines.append([])
            if part.strip():
                lines[-1].append(Piece(part, None, None, piece.size) if number else piece._replace(text=part))
    return lines


def edges(lines: list[list[Piece]]) -> list[float]:
    """Return the left edges of the columns after the first, left to right (`COLUMN_ROWS`, `COLUMN_CHARS`)."""
    starts: dict[int, set[int]] = defaultdict(set)  # a point of the page's width: the rows a piece starts at
    for number, line in enumerate(lines):
        for piece in line[1:]:
            if piece.x is not None:
                starts[round(piece.x)].add(number)
    needed = max(COLUMN_ROWS, COLUMN_SHARE * sum(1 for line in lines if line))
    found: list[float] = []
    for point in sorted(starts):
        numbers = starts.get(point - 1, set()) | starts[point] | starts.get(point + 1, set())
        if len(numbers) < needed or (found and point - found[-1] <= 2 * ALIGNED):
            continue
        across = sum(1 for line in lines[min(numbers) : max(numbers) + 1] if _across(line, point))
        if across > COLUMN_STRAYS * (len(numbers) + across):
            continue
        sides = list(zip(*(_split(lines[number], [point]) for number in sorted(numbers)), strict=True))
        if all(median(map(len, side)) >= COLUMN_CHARS and len(set(side)) > len(side) / 2 for side in sides):
            found.append(point)
    return found


def _across(line: list[Piece], edge: float) -> bool:
    """Tell whether a row has text on both sides of `edge` but none starting at it: text across the edge."""
    xs = [piece.x for piece in line if piece.x is not None]
    return (any(x < edge - ALIGNED for x in xs) and any(x > edge + ALIGNED for x in xs)
            and not any(abs(x - edge) <= ALIGNED for x in xs))  # fmt: skip


def _split(line: list[Piece], cuts: list[float]) -> list[str]:
    """Cut a row's text at the pieces aligned with `cuts`, or starting left of the column so far (pypdf puts
    text a point or two lower on the row before): one string a column, "" where it has none, a line break
    where the row comes back to a column."""
    parts: list[list[str]] = [[] for _ in range(len(cuts) + 1)]
    column, previous = (_column(line[0].x, cuts) if line and line[0].x is not None else 0), None
    for text, x, _, _ in line:
        aligned = [n for n, cut in enumerate(cuts, 1) if x is not None and abs(x - cut) <= ALIGNED]
        if aligned:
            column = aligned[0]
        elif x is not None and column and x < cuts[column - 1] - ALIGNED:  # back left of this column's edge
            column = _column(x, cuts)
        if column != previous or not parts[column]:
            parts[column].append("")
        parts[column][-1] += text
        previous = column
    return ["\n".join(line.strip() for line in part if line.strip()) for part in parts]


def _column(x: float, cuts: list[float]) -> int:
    return sum(1 for cut in cuts if x >= cut - ALIGNED)


def _heading(lines: list[list[Piece]], number: int, body: float, edge: float) -> bool:
    """Tell whether a row is a heading across the columns (`HEADING_SIZE`), not a column's own subheading."""
    line = lines[number]
    if not line or line[0].x is None or line[0].x >= edge - ALIGNED:
        return False
    size = min(piece.size for piece in line)
    if size < HEADING_SIZE * body:
        return False
    near = (piece for row in lines[max(0, number - 2) : number + 3] for piece in row if piece.x is not None)
    return not any(piece.x >= edge - ALIGNED and abs(piece.y - line[0].y) < size for piece in near)


def _longer_column(lines: list[list[Piece]], split: list[int], body: float) -> int:
    """Return the last row of the columns: past the last split row, the rows that go on at the columns' line
    spacing in their type (a column longer than the others), not a note set apart below them."""
    ys = [min(piece.y for piece in lines[number] if piece.y is not None) for number in split]
    spacing = median([above - below for above, below in pairwise(ys) if above > below] or [body])
    last, y = split[-1], ys[-1]
    for line in lines[last + 1 :]:
        start = line[0] if line else None
        if start is None or start.y is None or start.size >= HEADING_SIZE * body:
            break
        if not 0 < y - start.y <= SPACING * spacing:
            break
        last, y = last + 1, start.y
    return last


def in_column_order(pieces: list[Piece]) -> str | None:
    """Return the page's rows a column at a time between the first and last row split at an edge, a heading
    across the columns (`HEADING_SIZE`) starting the columns anew; None: no column edge on the page."""
    lines = rows(pieces)
    cuts = edges(lines)
    if not cuts:
        return None
    parts = [_split(line, cuts) for line in lines]
    split = [number for number, row in enumerate(parts) if sum(map(bool, row)) > 1]
    body = median(piece.size for number in split for piece in lines[number])
    last = _longer_column(lines, split, body)
    blocks: list[str] = []
    plain: list[str] = []  # rows read as they come: above, below, headings
    columns: list[list[str]] = [[] for _ in range(len(cuts) + 1)]
    for number, line in enumerate(lines):
        if split[0] <= number <= last and not _heading(lines, number, body, cuts[0]):
            if plain:
                blocks.append("\n".join(plain))
                plain = []
            for column, part in enumerate(parts[number]):
                if part:
                    columns[column].append(part)
        else:
            if any(columns):
                blocks.append("\n".join(part for column in columns for part in column))
                columns = [[] for _ in range(len(cuts) + 1)]
            plain.append("".join(piece.text for piece in line).strip())
    blocks += ["\n".join(part for column in columns for part in column), "\n".join(plain)]
    return "\n\n".join(block for block in blocks if block.strip())
