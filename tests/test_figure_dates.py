"""Tests for figure_dates.py: a date that is a figure's baseline or part of a figure dates no event."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.figure_dates import is_baseline, is_figure
from timeline.models import TimeExpression
from timeline.temporal import tag

DCT = date(2025, 10, 22)

# (sentence, its date phrase, whether the date is the period a figure is compared with)
BASELINES = [
    ("Net income was $412 million, up 9% from a year earlier.", "a year earlier", True),
    ("The share closed at 501 dollars, compared to Wednesday's close of 514 dollars.", "Wednesday", True),
    ("Exports rose to 686 billion yen, up from 612 billion yen in February.", "February", True),
    ("Sales fell 3% compared with the same period of 2024.", "the same period of 2024", True),
    ("The plant closed in February.", "February", False),
    ("Output rose, compared with June, when the plant closed.", "June", False),  # a clause of its own
]


@pytest.mark.parametrize(("sentence", "phrase", "expected"), BASELINES, ids=[c[0][:30] for c in BASELINES])
def test_is_baseline(sentence: str, phrase: str, expected: bool) -> None:
    timex = next(t for t in tag(sentence, dct=DCT) if t.text == phrase)
    assert is_baseline(sentence, timex) is expected


# (sentence, a number read as a year, whether it is part of a figure)
FIGURES = [
    ("Debts rose to 1300 billion dinars.", "1300", True),
    ("The euro bought 1.1777 dollars.", "1777", True),
    ("The mill opened in 1890 beside the river.", "1890", False),
]


@pytest.mark.parametrize(("sentence", "number", "expected"), FIGURES, ids=[c[1] for c in FIGURES])
def test_is_figure(sentence: str, number: str, expected: bool) -> None:
    start = sentence.index(number)
    timex = TimeExpression(start=start, end=start + len(number), text=number, type="DATE", value=number)
    assert is_figure(sentence, timex) is expected
