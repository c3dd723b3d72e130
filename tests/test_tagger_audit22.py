"""Fixes from a hand audit of unseen wire stories (session 22): a fortnight told back from today is a span
of fourteen days, and "one-day" naming a cricket format is no span. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline.temporal import tag

THURSDAY = dt.date(2026, 3, 12)

# (id, text, expected (text, type, value, end_value) of each expression)
CASES = [
    ("the last fortnight is fourteen days up to now", "Prices have fallen over the last fortnight.",
     [("the last fortnight", "DURATION", "P2W", "2026-03-12")]),
    ("the past fortnight too", "The past fortnight has been hard for growers.",
     [("The past fortnight", "DURATION", "P2W", "2026-03-12")]),
    ("a fortnight ago stays the week two weeks back", "He left a fortnight ago.",
     [("a fortnight ago", "DATE", "2026-W09", None)]),
    ("a fortnight alone is a length", "The inquiry lasted a fortnight.",
     [("a fortnight", "DURATION", "P2W", None)]),
    ("one-day internationals are a format", "She has played 40 one-day internationals.", []),
    ("the one-day squad is a format", "The board named its one-day squad on Monday.",
     [("Monday", "DATE", "2026-03-09", None)]),
    ("the one-day series is a format", "The one-day series starts in April.",
     [("April", "DATE", "2026-04", None)]),
    ("a one-day strike is a span", "Nurses held a one-day strike on Tuesday.",
     [("one-day", "DURATION", "P1D", None), ("Tuesday", "DATE", "2026-03-10", None)]),
    ("a one-day summit is a span", "The one-day summit ended without a deal.",
     [("one-day", "DURATION", "P1D", None)]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_audit22(text: str, expected: list[tuple]) -> None:
    found = [(t.text, t.type, t.value, t.end_value) for t in tag(text, dct=THURSDAY)]
    assert found == expected


def test_an_event_over_the_last_fortnight_covers_its_fourteen_days() -> None:
    (event,) = timeline.extract("Prices have fallen over the last fortnight.", dct=THURSDAY).events
    assert (event.when.start, event.when.end) == (dt.date(2026, 2, 26), THURSDAY)


# (id, text, expected (text, value) of each expression): no document date, so the season counts from the date
# the text told last
SEASON_CASES = [
    ("next summer after a summer day is the next year's",
     "The fair opened on 12 August 2024. It will return next summer.",
     [("12 August 2024", "2024-08-12"), ("next summer", "2025-SU")]),
    ("next summer after a spring month is that year's",
     "The fair opened in March 2024. It will return next summer.",
     [("March 2024", "2024-03"), ("next summer", "2024-SU")]),
    ("last winter after a summer day is the winter before",
     "The pier reopened on 12 August 2024 after last winter.",
     [("12 August 2024", "2024-08-12"), ("last winter", "2023-WI")]),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in SEASON_CASES], ids=[c[0] for c in SEASON_CASES]
)
def test_a_season_counted_from_the_date_told(text: str, expected: list[tuple]) -> None:
    assert [(t.text, t.value) for t in tag(text)] == expected


@pytest.mark.parametrize("text", [None, b"on Monday", 5], ids=["none", "bytes", "int"])
def test_tag_refuses_what_is_not_text(text: object) -> None:
    with pytest.raises(timeline.InputError, match="takes the text as a string"):
        tag(text)


# (id, text, expected (text, value)): a half of a game played in quarters is no half of the calendar
HALF_CASES = [
    ("trailed in the first half", "The Hawks trailed by 12 in the first half before rallying.", []),
    ("a score in the first half", "The Bulls led 45-40 in the first half.", []),
    ("a company trailing stays a calendar half", "The firm trailed rivals in the first half as sales fell.",
     [("the first half", "2026-H1")]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in HALF_CASES], ids=[c[0] for c in HALF_CASES])
def test_a_half_of_a_game(text: str, expected: list[tuple]) -> None:
    assert [(t.text, t.value) for t in tag(text, dct=THURSDAY)] == expected
