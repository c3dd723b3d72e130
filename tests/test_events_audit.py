"""Event-layer defects found by the QA audit of main, one table row each (all sentences invented)."""

import datetime as dt

import pytest

from timeline import merge
from timeline.events import extract
from timeline.models import Document, TimeExpression

DCT = dt.date(2025, 3, 14)


def timex(text: str, phrase: str, kind: str, value: str, *, nth: int = 0, **fields) -> TimeExpression:
    """Return the expression `phrase` (its nth occurrence in `text`) with document offsets."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return TimeExpression(start=start, end=start + len(phrase), text=phrase, type=kind, value=value, **fields)


def run(text: str, marks: list[tuple]) -> list:
    """Extract and deduplicate the events of `text`, expressions as (phrase, type, value[, fields])."""
    found = [timex(text, m[0], m[1], m[2], **(m[3] if len(m) > 3 else {})) for m in marks]
    return merge.dedupe(extract(Document(id="doc", text=text, date=DCT), found))


# (id, text, expressions as the tagger gives them, expected (start, end, title) of each event).
CASES = [
    (
        "dateline with a full date is no event",
        "LIMA, Feb. 7, 2024 (AP) — A quake shook Peru on Tuesday.",
        [("Feb. 7, 2024", "DATE", "2024-02-07"), ("Tuesday", "DATE", "2024-02-06")],
        [("2024-02-06", "2024-02-06", "A quake shook Peru")],
    ),
    (
        "dateline with a day and month is no event, and leaves the title",
        "ROTTERDAM, March 14 (Reuters) - Dock workers walked out on Monday.",
        [("March 14", "DATE", "2025-03-14"), ("Monday", "DATE", "2025-03-10")],
        [("2025-03-10", "2025-03-10", "Dock workers walked out")],
    ),
    (
        "dateline before an undated sentence gives nothing",
        "LIMA, Feb. 7, 2024 (AP) — Rescue teams searched the rubble.",
        [("Feb. 7, 2024", "DATE", "2024-02-07")],
        [],
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_audit_cases(text, marks, expected):
    events = run(text, marks)
    assert [(e.when.start.isoformat(), e.when.end.isoformat(), e.title) for e in events] == expected
