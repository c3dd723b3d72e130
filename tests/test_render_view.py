"""Tests of the figure at the edges a demanding reader meets: ancient dates, outliers, long lane names."""

from __future__ import annotations

import pytest

from tests import timelines
from timeline.models import Timeline
from timeline.render import build_figure

# (id, TIMEX3 values of the events): dates near the calendar's start, where padding once overflowed.
ANCIENT = [
    ("year 6", ["0006", "1998-05-04", "2001"]),
    ("7th century", ["06", "1990"]),
    ("first day of the calendar", ["0001-01-01", "2020-02-02"]),
]


@pytest.mark.parametrize("values", [values for _, values in ANCIENT], ids=[name for name, _ in ANCIENT])
@pytest.mark.parametrize("count", [1, 200], ids=["labelled", "unlabelled"])
def test_ancient_dates_are_drawn_with_four_digit_years(values, count):
    events = [timelines.manual(f"Event {i} {value}", value) for value in values for i in range(count)]
    events = [e.model_copy(update={"id": f"e{n}"}) for n, e in enumerate(events)]
    figure = build_figure(Timeline(events=events))
    xs = [x for trace in figure.data for x in trace.x if x is not None]
    assert all(len(x.split("-")[0]) == 4 for x in xs), xs
    assert min(xs) < "1000" and figure.layout.xaxis.rangeslider.range[0] <= min(xs)
