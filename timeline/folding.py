"""Text compared as a reader searches it: case and accents aside ("zurich" finds "ZÜRICH", "sao paulo" finds
"São Paulo"), for the filters of `list`, `export` and `--document`."""

from __future__ import annotations

import unicodedata


def folded(text: str) -> str:
    """Return `text` without case and accents: "Zürich" and "ZURICH" both give "zurich"; "ß" gives "ss"."""
    if text.isascii():
        return text.casefold()
    parts = unicodedata.normalize("NFKD", text)
    return "".join(char for char in parts if not unicodedata.combining(char)).casefold()
