"""An event over a range of clock times runs from its first time to its second in the ICS and TimelineJS
exports, not over whole days."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from timeline.dates import date_range
from timeline.errors import DateError
from timeline.export import to_timelinejs
from timeline.export_ics import to_ics
from timeline.models import Event, Evidence, TimeExpression, Timeline, When


def _hand(start: str, end: str) -> Event:
    return Event(id="e1", title="Road works", when=date_range(start, end), origin="manual")


def _backwards() -> Event:
    """A range of one day from 17:00 to 09:00, as a file written before such ranges were refused holds it."""
    day = dt.date(2026, 5, 4)
    when = When(value="2026-05-04T17:00", start=day, end=day, granularity="time", time="17:00",
                end_value="2026-05-04T09:00")  # fmt: skip
    return Event(id="e1", title="Road works", when=when, origin="manual")


def _told(text: str, start: str, end: str) -> Event:
    """An extracted range whose second time names its zone: "from 7 a.m. to 8 p.m. EST"."""
    when = date_range(start, end)
    timex = TimeExpression(tid="t2", start=0, end=len(text), text=text, type="TIME", value=end)
    evidence = Evidence(document="d", start=0, end=len(text), text=text, timex=timex)
    return Event(id="e1", title="Polls open", when=when, evidence=[evidence])


# (id, event, its DTSTART and DTEND lines, words of its description)
CASES = [
    ("one-day-floating", _hand("2026-05-04T09:00", "2026-05-04T17:00"),
     ["DTSTART:20260504T090000", "DTEND:20260504T170000"], "09:00–17:00 as typed, in no zone"),
    ("overnight-floating", _hand("2026-05-04T22:00", "2026-05-05T02:00"),
     ["DTSTART:20260504T220000", "DTEND:20260505T020000"], "22:00–02:00 as typed"),
    ("zone-of-its-end-in-utc", _told("8 p.m. EST", "2026-03-05T07:00", "2026-03-05T20:00"),
     ["DTSTART:20260305T120000Z", "DTEND:20260306T010000Z"], "07:00–20:00 EST as the article gives it"),
    ("a-time-to-a-day-all-day", _hand("2026-05-04T09:00", "2026-05-06"),
     ["DTSTART;VALUE=DATE:20260504", "DTEND;VALUE=DATE:20260507"], None),
    ("backwards-in-an-old-file-all-day", _backwards(),
     ["DTSTART;VALUE=DATE:20260504", "DTEND;VALUE=DATE:20260505"], None),
]  # fmt: skip


@pytest.mark.parametrize(("event", "dates", "said"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_range_of_clock_times_is_timed(event: Event, dates: list[str], said: str | None) -> None:
    ics = to_ics(Timeline(events=[event]))
    lines = ics.replace("\r\n ", "").replace("\\,", ",").split("\r\n")
    assert [line for line in lines if line.startswith(("DTSTART", "DTEND"))] == dates
    assert (said is None and "Time: " not in ics) or any(said in line for line in lines)


# (id, --date, --end): a range whose end comes before its start on the clock of one day
BACKWARDS = [
    ("same-day-clock", "2026-05-04T17:00", "2026-05-04T09:00"),
    ("typed-words", "4 May 2026 5pm", "4 May 2026 9am"),
]


@pytest.mark.parametrize(("start", "end"), [c[1:] for c in BACKWARDS], ids=[c[0] for c in BACKWARDS])
def test_a_range_ending_before_it_starts_on_the_clock_is_refused(start: str, end: str) -> None:
    with pytest.raises(DateError, match="is before the start"):
        date_range(start, end)


# (id, event, TimelineJS end_date)
SLIDES = [
    ("one-day", _hand("2026-05-04T09:00", "2026-05-04T17:00"),
     {"year": 2026, "month": 5, "day": 4, "hour": 17, "minute": 0}),
    ("overnight", _hand("2026-05-04T22:00", "2026-05-05T02:00"),
     {"year": 2026, "month": 5, "day": 5, "hour": 2, "minute": 0}),
    ("a-time-to-a-day", _hand("2026-05-04T09:00", "2026-05-06"), {"year": 2026, "month": 5, "day": 6}),
]  # fmt: skip


@pytest.mark.parametrize(("event", "end"), [c[1:] for c in SLIDES], ids=[c[0] for c in SLIDES])
def test_a_slide_over_clock_times_ends_at_its_second_time(event: Event, end: dict[str, int]) -> None:
    slide = json.loads(to_timelinejs(Timeline(events=[event])))["events"][0]
    assert slide["end_date"] == end
