"""A data editor takes every export into the tool that reads it (session 19): each case is read back by that
tool (icalendar, csv, json, xml.etree and the TimeML reader) and fails if the export breaks it."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from timeline import export
from timeline.dates import parse_when
from timeline.models import Event, Timeline

# (typed date, DTSTART and DTEND as icalendar reads them, or the length of a last day's event): an old year
# keeps its four digits ("00430101"), which a strict reader requires; the last day a date can be has no day
# after it, so its length says where it ends.
OLD_AND_LAST_DAYS = [
    ("0043", dt.date(43, 1, 1), dt.date(44, 1, 1)),
    ("0900-03-15", dt.date(900, 3, 15), dt.date(900, 3, 16)),
    ("0999-12", dt.date(999, 12, 1), dt.date(1000, 1, 1)),
    ("0043-03-15T09:30", dt.datetime(43, 3, 15, 9, 30), None),
    ("9999", dt.date(9999, 1, 1), dt.timedelta(days=365)),
    ("9999-12-31", dt.date(9999, 12, 31), dt.timedelta(days=1)),
]


@pytest.mark.parametrize(("typed", "start", "end"), OLD_AND_LAST_DAYS, ids=[c[0] for c in OLD_AND_LAST_DAYS])
def test_ics_dates_of_any_year_are_read_by_a_strict_reader(typed, start, end):
    raw = export.export(Timeline(events=[Event(id="x", title="Old", when=parse_when(typed))]), "ics")
    (event,) = icalendar.Calendar.from_ical(raw).walk("VEVENT")
    assert event.errors == []
    assert event.decoded("DTSTART") == start and type(event.decoded("DTSTART")) is type(start)
    if isinstance(end, dt.timedelta):
        assert event.decoded("DURATION") == end and "DTEND" not in event
    else:
        assert (event.decoded("DTEND") if "DTEND" in event else None) == end
