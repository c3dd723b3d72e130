"""Tests for opening_view.py: the span a timeline's page opens on."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import timelines
from timeline import placement
from timeline.opening_view import CORE_MIN, core_view, first_view


def _placed(values: list[str]) -> list[placement.Placed]:
    """Return one lane of hand-added events on these TIMEX3 values."""
    placed = []
    for index, value in enumerate(values):
        event = timelines.manual(f"Harbour board met, session {index}", value)
        event = event.model_copy(update={"id": f"e{index}"})
        cls = placement.class_of(event)
        start, stop = placement.extent(event, cls)
        placed.append(placement.Placed(index, event, "lane", cls, start, stop))
    return placed


# (id, TIMEX3 values, the years the page opens on or None for all events)
CASES = [
    ("one far-off event among thirty", [f"2025-03-{i % 28 + 1:02d}" for i in range(30)] + ["1945"],
     (2025, 2025)),
    ("fewer events than CORE_MIN", ["1945", "2025-03-01"][: CORE_MIN - 1], None),
    ("events spread evenly", [f"{year}-06-01" for year in range(2000, 2030)], None),
]


@pytest.mark.parametrize(("values", "years"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_core_view(values: list[str], years: tuple[int, int] | None) -> None:
    placed = _placed(values)
    core = core_view(placed)
    if years is None:
        assert core is None
    else:
        assert core is not None and (core[0].year, core[1].year) == years
    opened = first_view(placed, core)
    whole = first_view(placed, None)
    assert whole[0] <= opened[0] < opened[1] <= whole[1]
    assert whole[0] < min(p.start for p in placed) and max(p.stop for p in placed) < whole[1]
    if core is not None:  # padded around the core, inside the whole span
        assert opened[0] < core[0] and core[1] < opened[1]
        assert opened[1] - opened[0] < dt.timedelta(days=400)
