"""Helpers shared by the table-driven tagger tests: what the tagger finds as comparable rows, and test ids."""

from __future__ import annotations

import datetime as dt

from timeline.temporal import tag


def rows(text: str, dct: dt.date) -> list[tuple[str, str, str, str | None]]:
    """Return (extent, type, value, mod) of each expression the tagger finds in `text`, in text order."""
    return [(t.text, t.type, t.value, t.mod) for t in tag(text, dct=dct)]


def ids(cases) -> list[str]:
    """Name each case by the start of its sentence."""
    return [case[0][:48] for case in cases]
