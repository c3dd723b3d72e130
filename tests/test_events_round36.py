"""Round 36 (the lead's probes, invented): a relative clause after two coordinated phrases is on both.

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
    ("a relative clause after two names joined by 'and' takes both",
     date(2026, 11, 24),
     "Austin and Dallas, which had raised their minimum wage to $15 an hour in 2023, sued the state.",
     {"2023": "Austin and Dallas had raised their minimum wage to $15 an hour"}),
    ("a relative clause after two phrases joined by 'and' takes both",
     date(2026, 11, 24),
     "The union and the employers, who signed a deal in 2019, will meet on Monday.",
     {"2019": "The union and the employers signed a deal",
      "2026-11-30": "The union and the employers will meet"}),
    ("a singular verb in the relative clause takes the last name only",
     date(2026, 11, 24),
     "Reed met Lopez and Smith, who has led the union since 2020, on Monday.",
     {"2020": "Smith has led the union", "2026-11-23": "Reed met Lopez and Smith"}),
]


def _titles(text: str, dct: date) -> dict[str, str]:
    document = Document(id="d", text=text, date=dct)
    return {event.when.value: event.title for event in extract(document, tag(text, dct=dct))}


@pytest.mark.parametrize(("dct", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round36_titles(dct: date, text: str, expected: dict[str, str]) -> None:
    assert _titles(text, dct) == expected
