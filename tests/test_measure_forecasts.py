"""A measure's forecast figure ("the economy would grow 2% in 2027") is dated by its telling."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.measure_forecasts import FORECAST_CUES, MEASURES
from timeline.models import Document
from timeline.temporal import tag

DCT = date(2031, 3, 14)  # a Friday

# (id, sentence, the values and titles of its events)
CASES = [
    ("growth-said-on-a-day", "The treasury said on Wednesday the economy would grow 3% in 2032.",
     [("2031-03-12", "The treasury said the economy would grow 3%")]),
    ("inflation-that-clause",
     "The central bank said on Monday that inflation would ease to 2.5 percent in 2033.",
     [("2031-03-10", "The central bank said that inflation would ease to 2.5 percent")]),
    ("expected-then-telling",
     "Exports are expected to climb 6 percent next year, the trade office said on Tuesday.",
     [("2031-03-11", "The trade office said exports are expected to climb 6 percent")]),
    ("a-plan-keeps-its-year", "The mill will shut in 2034, its owner said on Thursday.",
     [("2034", "The mill will shut")]),
    ("a-past-month-figure-stays-alone",
     "Output rose 4 percent in January and is forecast to rise 5 percent in 2032.",
     [("2031-01", "Output rose 4 percent")]),
    ("last-year-is-no-telling: both years stay",
     "Tea exports rose 4 percent last year and are expected to climb 5 percent in 2032.",
     [("2030", "Tea exports rose 4 percent"), ("2032", "Tea exports are expected to climb 5 percent")]),
    ("a-day-is-no-period", "Shares will open 2 percent higher on Monday, brokers said on Friday.",
     [("2031-03-17", "Shares will open 2 percent higher")]),
]


@pytest.mark.parametrize(("text", "events"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_measure_forecast_is_dated_by_its_telling(text: str, events: list[tuple[str, str]]) -> None:
    found = extract(Document(id="d", text=text, date=DCT), tag(text, dct=DCT))
    assert [(e.when.value, e.title) for e in found] == events


@pytest.mark.parametrize("example", [e for _, e in MEASURES + FORECAST_CUES])
def test_every_row_example_is_a_forecast_of_a_measure(example: str) -> None:
    text, now = f"The office said on Wednesday {example}.", date(2026, 11, 20)  # the rows' years lie ahead
    found = extract(Document(id="d", text=text, date=now), tag(text, dct=now))
    assert [e.when.value for e in found] == ["2026-11-18"]
