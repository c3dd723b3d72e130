"""Counts in messages and headings: "1 event", "3 events"."""

from __future__ import annotations


def counted(number: int, noun: str) -> str:
    """Return the number and the noun, plural unless the number is 1: "1 event", "0 events", "3 files"."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
