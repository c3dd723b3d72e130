"""Counts in messages and headings: "1 event", "3 events", "none of the 3 events matches", "a, b, ..."."""

from __future__ import annotations

from collections.abc import Sequence


def counted(number: int, noun: str) -> str:
    """Return the number and the noun, plural unless the number is 1: "1 event", "0 events", "3 files"."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def none_of(number: int, kind: str) -> str:
    """Return "none of the 3 events matches" or, of one, "the only event does not match"."""
    return f"the only {kind[:-1]} does not match" if number == 1 else f"none of the {number} {kind} matches"


def listed(names: Sequence[str], most: int) -> str:
    """Return the first `most` names joined by commas, then ", ..." when there are more: "a, b, ..."."""
    return ", ".join(names[:most]) + (", ..." if len(names) > most else "")
