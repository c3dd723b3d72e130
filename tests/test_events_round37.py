"""Round 37 (a fact-checker's leftovers, invented): a title keeps no date phrase of its own, not even after a
verb of a fixed time ("are scheduled (for May 20)").

Each row is a text, its document date, and the titles of all its events by date value.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

# (id, document date, text, {date value: title}); every event of the text is checked
CASES = [
    ("'scheduled for' a date drops the date",
     date(2026, 5, 18),
     "Closing statements are scheduled for May 20.",
     {"2026-05-20": "Closing statements are scheduled"}),
    ("'set for' a weekday drops the date",
     date(2026, 5, 18),
     "The council vote is set for Thursday.",
     {"2026-05-21": "The council vote is set"}),
    ("'take place' drops the date",
     date(2026, 5, 18),
     "The handover took place on Friday.",
     {"2026-05-15": "The handover took place"}),
    ("'will last until' keeps its bound: the title without it is not whole",
     date(2026, 5, 18),
     "The exhibition will last until June 9.",
     {"2026-06-09": "The exhibition will last until June 9"}),
]


def _titles(text: str, dct: date) -> dict[str, str]:
    document = Document(id="d", text=text, date=dct)
    return {event.when.value: event.title for event in extract(document, tag(text, dct=dct))}


@pytest.mark.parametrize(("dct", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round37_titles(dct: date, text: str, expected: dict[str, str]) -> None:
    assert _titles(text, dct) == expected
