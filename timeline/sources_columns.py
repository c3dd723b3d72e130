"""Read a PDF page's columns one after the other, not line by line across the page.

pypdf gives a page's text in the order its content stream draws it. Most writers draw a column at a time,
but some draw the page a printed row at a time, across every column, and the text comes out interleaved:
"The council approved the harbour The ferry crews went back to". pypdf's text visitor says where each
piece of text starts; a column's left edge is an x where pieces start, after other text on the same row,
on many rows (`COLUMN_ROWS`, `COLUMN_SHARE`), with prose on both sides (`COLUMN_CHARS`: a table of short
cells or a label and its value are not columns; nor are rows that open alike, "The council said it would"),
and that few rows cross (`COLUMN_STRAYS`). From the
first row split at an edge to the last, the page is read a column at a time; the rows above (a headline
across the columns) come first and the rows below last, each a paragraph apart. A page without such an
edge keeps pypdf's text exactly. Between two split rows, a row in larger type (a second story's headline)
starts the columns anew; one in the columns' type is read with the first column: the pieces carry no width
to tell a row across the page from a column's.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from statistics import median

COLUMN_ROWS = 3  # rows split at an edge for it to be a column's edge ...
COLUMN_SHARE = 0.2  # ... and this share of the page's rows
COLUMN_CHARS = 15  # the median length of the text on each side of an edge: prose, not table cells
# Rows with words on both sides of an edge but none starting at it, as a share of the rows that reach past
# it: more, and the edge is where words of one column happen to line up (a page placed word by word).
COLUMN_STRAYS = 0.25
ALIGNED = 1.5  # points: pieces starting this close share an edge
HEADING_SIZE = 1.2  # a row not split, in type this much larger than the columns', is a heading across them

Piece = tuple[str, "float | None", float]  # text, the x where it starts (None: not known), its type's size


def read_page(extract: Callable[..., str]) -> str:
    """Return the text of a page whose `extract` is pypdf's `page.extract_text`, its columns in order."""
    pieces: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text:
            scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
            pieces.append((text, tm[4] * cm[0] + tm[5] * cm[2] + cm[4], size * scale))

    text = extract(visitor_text=visit) or ""
    if "".join(piece for piece, _, _ in pieces) != text:  # the visitor missed some text: keep pypdf's order
        return text
    return in_column_order(pieces) or text


def rows(pieces: list[tuple[str, float, float]]) -> list[list[Piece]]:
    """Cut the pieces into printed rows at their line breaks; a piece after a break starts at no known x."""
    lines: list[list[Piece]] = [[]]
    for text, x, size in pieces:
        for number, part in enumerate(text.split("\n")):
            if number:
                lines.append([])
            if part.strip():
                lines[-1].append((part, x if number == 0 else None, size))
    return lines


def edges(lines: list[list[Piece]]) -> list[float]:
    """Return the left edges of the columns after the first, left to right (`COLUMN_ROWS`, `COLUMN_CHARS`)."""
    starts: dict[int, set[int]] = defaultdict(set)  # a point of the page's width: the rows a piece starts at
    for number, line in enumerate(lines):
        for _, x, _ in line[1:]:
            if x is not None:
                starts[round(x)].add(number)
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
    xs = [x for _, x, _ in line if x is not None]
    return (any(x < edge - ALIGNED for x in xs) and any(x > edge + ALIGNED for x in xs)
            and not any(abs(x - edge) <= ALIGNED for x in xs))  # fmt: skip


def _split(line: list[Piece], cuts: list[float]) -> list[str]:
    """Cut a row's text at the pieces aligned with `cuts`: one string a column, "" where it has none."""
    parts = [""] * (len(cuts) + 1)
    column = _column(line[0][1], cuts) if line and line[0][1] is not None else 0
    for text, x, _ in line:
        aligned = [n for n, cut in enumerate(cuts, 1) if x is not None and abs(x - cut) <= ALIGNED]
        column = aligned[0] if aligned else column
        parts[column] += text
    return [part.strip() for part in parts]


def _column(x: float, cuts: list[float]) -> int:
    return sum(1 for cut in cuts if x >= cut - ALIGNED)


def in_column_order(pieces: list[tuple[str, float, float]]) -> str | None:
    """Return the page's rows a column at a time between the first and last row split at an edge, a heading
    across the columns (`HEADING_SIZE`) starting the columns anew; None: no column edge on the page."""
    lines = rows(pieces)
    cuts = edges(lines)
    if not cuts:
        return None
    parts = [_split(line, cuts) for line in lines]
    split = [number for number, row in enumerate(parts) if sum(map(bool, row)) > 1]
    body = median(size for number in split for _, _, size in lines[number])
    blocks: list[str] = []
    plain: list[str] = []  # rows read as they come: above, below, headings
    columns: list[list[str]] = [[] for _ in range(len(cuts) + 1)]
    for number, line in enumerate(lines):
        heading = line and min(size for _, _, size in line) >= HEADING_SIZE * body and number not in split
        if split[0] <= number <= split[-1] and not heading:
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
            plain.append("".join(text for text, _, _ in line).strip())
    blocks += ["\n".join(part for column in columns for part in column), "\n".join(plain)]
    return "\n\n".join(block for block in blocks if block.strip())
