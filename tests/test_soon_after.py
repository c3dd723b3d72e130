"""Tests for side_dates.owned_by_object on "after": a possessive date of a week at most before the noun
("after last week's storm") is soon before what follows it, which it dates; a longer one ("after last year's
storm") dates only the noun, and a preposition that makes the noun an object ("for") dates nothing."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

DCT = date(2025, 6, 12)  # a Thursday

# (id, text, {date value: title} of every event)
CASES = [
    ("a weekday's noun, as before", "The ferry service resumed after Monday's storm.",
     {"2025-06-09": "The ferry service resumed after the storm"}),
    ("last week's noun", "The ferry service resumed after last week's storm.",
     {"2025-W23": "The ferry service resumed after the storm"}),
    ("last weekend's noun", "The bakery reopened following last weekend's break-in.",
     {"2025-W23-WE": "The bakery reopened following the break-in"}),
    ("last night's noun", "Roads stayed shut after last night's landslide.",
     {"2025-06-11TNI": "Roads stayed shut after the landslide"}),
    ("last month's noun dates nothing", "The ferry service resumed after last month's storm.", {}),
    ("last year's noun dates nothing", "The coach quit after last year's relegation.", {}),
    ("a week's noun after 'for' dates nothing", "The driver was fined for last week's crash.", {}),
]


def _titles(text: str) -> dict[str, str]:
    found = extract(Document(id="d", text=text, date=DCT), tag(text, dct=DCT))
    return {e.when.value: e.title for e in found}


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_soon_after(text: str, expected: dict[str, str]) -> None:
    assert _titles(text) == expected
