"""A clause's day and a clock time of that day make one event, at the time (clock_days.py), and a range of
clock times is the hours of one day (clock_ranges.py)."""

import datetime as dt

import pytest

from timeline import events
from timeline.models import Document
from timeline.temporal import tag

DCT = dt.date(2026, 3, 4)  # a Wednesday

# (id, invented sentence, its events as (value, end value, title, the phrase that dates it))
DAY_AND_CLOCK = [
    ("the day, then its hour", "The council will vote next Monday at 6 p.m.",
     [("2026-03-09T18:00", None, "The council will vote", "6 p.m.")]),
    ("the hour, then its day", "The council will vote at 6 p.m. next Monday.",
     [("2026-03-09T18:00", None, "The council will vote", "6 p.m.")]),
    ("a past day and its hour", "The bridge reopened on Monday at 5:30 a.m.",
     [("2026-03-02T05:30", None, "The bridge reopened", "5:30 a.m.")]),
    ("a day and a clock range on it", "The library is open Saturday from 9 a.m. to 1 p.m.",
     [("2026-03-07T09:00", "2026-03-07T13:00", "The library is open", "9 a.m. to 1 p.m.")]),
    ("the hour in another clause stays apart", "The mayor quit on Monday, and the council met at 4 p.m.",
     [("2026-03-02", None, "The mayor quit", "Monday"),
      ("2026-03-02T16:00", None, "The council met", "4 p.m.")]),
]

CLOCK_RANGES = [
    ("a bare start hour and an end with its day", "The clinic is open from 8 to 10 p.m. on Friday.",
     [("2026-03-06T20:00", "2026-03-06T22:00", "The clinic is open", "8 to 10 p.m. on Friday")]),
    ("a start told again in GMT", "Stations stay open from 6:30 a.m. (0330 GMT) to 5:30 p.m. (1430 GMT).",
     [("2026-03-04T06:30", "2026-03-04T17:30", "Stations stay open", "6:30 a.m. (0330 GMT) to 5:30 p.m.")]),
    ("the end's GMT twin dates nothing", "Stations stay open from 6 a.m. to 5 p.m. (1400 GMT).",
     [("2026-03-04T06:00", "2026-03-04T17:00", "Stations stay open", "6 a.m. to 5 p.m.")]),
]


def _events(sentence: str) -> list[tuple]:
    found = events.extract(Document(id="d", text=sentence, date=DCT), tag(sentence, dct=DCT))
    return [(e.when.value, e.when.end_value, e.title, e.evidence[0].timex.text) for e in found]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in DAY_AND_CLOCK],
                         ids=[c[0] for c in DAY_AND_CLOCK])
def test_a_day_and_its_hour_are_one_event(sentence, expected):
    assert _events(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in CLOCK_RANGES],
                         ids=[c[0] for c in CLOCK_RANGES])
def test_a_clock_range_is_the_hours_of_one_day(sentence, expected):
    assert _events(sentence) == expected


def test_the_hour_keeps_the_better_confidence():
    sentence = "The talks resume on March 9 at 10 a.m."
    (event,) = events.extract(Document(id="d", text=sentence, date=DCT), tag(sentence, dct=DCT))
    assert event.when.time == "10:00" and event.when.start == event.when.end == dt.date(2026, 3, 9)
    day_only = events.extract(Document(id="d", text="The talks resume on March 9.", date=DCT),
                              tag("The talks resume on March 9.", dct=DCT))
    assert event.confidence >= day_only[0].confidence
