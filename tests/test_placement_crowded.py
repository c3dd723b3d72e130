"""Packing a crowded lane of thousands of events (no labels) stays linear: the row that frees first is found
from each row's last mark, never by reading the row's events again (26 s for 7,000 events before). Its long
bars are spread over its rows, not all drawn over each other in the one row that frees first (session 21)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import placement
from timeline.models import Event, When
from timeline.placement import Placed, pack

# (id, events, days they spread over, bars among them every n-th)
CASES = [
    ("a-week-of-news", 3000, 7, 0),
    ("two-years-with-month-bars", 6000, 700, 5),
]


def _placed(count: int, days: int, bars: int) -> list[Placed]:
    placed = []
    for i in range(count):
        day = dt.date(2025, 1, 1) + dt.timedelta(days=i * days // count)
        if bars and i % bars == 0:  # the month of that day, a bar
            end = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
            when = When(value=day.isoformat()[:7], start=day.replace(day=1), end=end, granularity="month")
        else:
            when = When(value=day.isoformat(), start=day, end=day, granularity="day")
        event = Event(id=f"e{i}", title=f"Event {i}", when=when)
        cls = placement.class_of(event)
        start, stop = placement.extent(event, cls)
        placed.append(Placed(index=i, event=event, lane="All events", cls=cls, start=start, stop=stop))
    return placed


@pytest.mark.parametrize(("count", "days", "bars"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_crowded_unlabelled_lane_is_packed_without_rereading_rows(monkeypatch, count, days, bars):
    def reread(*args, **kwargs):
        raise AssertionError("a row's events read again for a lane without labels")

    monkeypatch.setattr(placement, "_clear_for", reread)
    placed = _placed(count, days, bars)
    first, last = min(p.start for p in placed), max(p.stop for p in placed)
    rows = pack(placed, ["All events"], first, last)
    assert rows == placement.MAX_ROWS_CROWDED
    assert not any(p.labeled or p.text for p in placed)
    assert sorted({p.y for p in placed}) == list(range(rows)), "every row is used"


# (id, day marks filling every row, long bars that overlap each other, their length in years)
SPREADS = [
    ("centuries-of-thirty-year-spans", 2000, 300, 30),
    ("a-few-decade-spans", 1500, 40, 10),
]


def _depth(items: list[Placed]) -> int:
    """Return how many of these bars are drawn over each other at most."""
    edges = sorted([(p.start, 1) for p in items] + [(p.stop, -1) for p in items])
    depth = most = 0
    for _, step in edges:
        depth += step
        most = max(most, depth)
    return most


@pytest.mark.parametrize(("days", "spans", "years"), [c[1:] for c in SPREADS], ids=[c[0] for c in SPREADS])
def test_long_bars_of_a_full_lane_are_spread_over_its_rows(days, spans, years):
    placed = _placed(days, 700, 0)
    for i in range(spans):
        start = dt.date(1700 + i // 2, 1, 1)
        end = dt.date(start.year + years - 1, 12, 31)
        when = When(value=str(start.year), end_value=str(end.year), start=start, end=end, granularity="year")
        event = Event(id=f"s{i}", title=f"Span {i}", when=when)
        start_at, stop_at = placement.extent(event, "range")
        placed.append(
            Placed(index=days + i, event=event, lane="All events", cls="range", start=start_at, stop=stop_at)
        )
    first, last = min(p.start for p in placed), max(p.stop for p in placed)
    rows = pack(placed, ["All events"], first, last)
    bars = [p for p in placed if p.cls == "range"]
    fair = -(-_depth(bars) // rows)  # every row takes its share of the bars running at once
    assert max(_depth([p for p in bars if p.y == row]) for row in range(rows)) <= fair + 1
