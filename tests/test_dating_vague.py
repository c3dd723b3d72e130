"""A season with no edges ("the holiday season") dates nothing; a season of the calendar or a year does."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.dating import VAGUE_PERIODS, is_vague
from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

DCT = date(2026, 11, 3)

# (id, sentence, the values of its events' dates)
CASES = [
    ("holiday-season-alone", "Toy sales rose ahead of the holiday season.", []),
    ("beside-a-month", "Shops stocked up in October ahead of the holiday season.", ["2026-10"]),
    ("dry-season", "Wells ran low in the dry season.", []),
    ("this-season: a season told from now stays, dated by its year", "The club lost four times this season.",
     ["2026"]),
    ("last-season stays", "The club won the title last season.", ["2025"]),
    ("calendar-season-stays", "Wells ran low this summer.", ["2026-SU"]),
    ("this-year-stays", "Toy sales rose this year.", ["2026"]),
    ("a-year-stays", "Toy sales rose in 2025.", ["2025"]),
]


@pytest.mark.parametrize(("text", "values"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_season_without_edges_dates_nothing(text: str, values: list[str]) -> None:
    document = Document(id="d", text=text, date=DCT)
    assert [event.when.value for event in extract(document, tag(text, dct=DCT))] == values


def test_the_holiday_season_leaves_the_title_whole() -> None:
    text = "Shops stocked up in October ahead of the holiday season."
    document = Document(id="d", text=text, date=DCT)
    [event] = extract(document, tag(text, dct=DCT))
    assert event.title == "Shops stocked up ahead of the holiday season"


@pytest.mark.parametrize("example", [p.strip() for _, e in VAGUE_PERIODS for p in e.split(";")])
def test_every_vague_period_row_has_examples_it_finds_vague(example: str) -> None:
    expressions = tag(f"Sales rose {example}.", dct=DCT)
    assert expressions and all(is_vague(timex) for timex in expressions), expressions
