"""Tests for dating.find on alternatives: two neighbouring times joined by "or" are one event over both
(the start of the first to the end of the second), as a range is, even when the tagger read the second in
another year; two times apart stay two events."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

DCT = date(2025, 3, 20)  # a Thursday in March: a past April is last year's

# (id, text, [(start, end, title)] of every event)
CASES = [
    ("two parts of neighbouring days", "The barge ran aground late Monday or early Tuesday.",
     [("2025-03-17", "2025-03-18", "The barge ran aground")]),
    ("two neighbouring days", "The barge ran aground on Sunday or Monday.",
     [("2025-03-16", "2025-03-17", "The barge ran aground")]),
    ("two neighbouring years", "The chapel was rebuilt in 1911 or 1912.",
     [("1911-01-01", "1912-12-31", "The chapel was rebuilt")]),
    ("two months read in two years", "The barge ran aground in April or May.",
     [("2024-04-01", "2024-05-31", "The barge ran aground")]),
    ("the end and the start of two months read in two years", "The barge ran aground in late April or early"
     " May.", [("2024-04-21", "2024-05-10", "The barge ran aground")]),
    ("the second month named in the year after", "The barge ran aground in December or January.",
     [("2024-12-01", "2025-01-31", "The barge ran aground")]),
    ("two months ahead", "The barge will be refloated in April or May.",
     [("2025-04-01", "2025-05-31", "The barge will be refloated")]),
    ("two days apart stay two", "The barge ran aground on Monday or Thursday.",
     [("2025-03-17", "2025-03-17", "The barge ran aground"),
      ("2025-03-20", "2025-03-20", "The barge ran aground")]),
    ("two months apart stay two", "The barge ran aground in April or June.",
     [("2024-04-01", "2024-04-30", "The barge ran aground"),
      ("2024-06-01", "2024-06-30", "The barge ran aground")]),
]


def _events(text: str) -> list[tuple[str, str, str]]:
    found = extract(Document(id="d", text=text, date=DCT), tag(text, dct=DCT))
    return sorted((e.when.start.isoformat(), e.when.end.isoformat(), e.title) for e in found)


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_alternatives(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _events(text) == expected
