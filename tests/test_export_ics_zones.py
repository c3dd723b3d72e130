"""An ICS event at a clock time: in UTC when its article names the zone, else a floating time, said so."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline.export_ics import DAYLIGHT_ZONES, ZONE_OFFSETS, _fold, to_ics
from timeline.models import Event, Evidence, TimeExpression, Timeline, When

DCT = dt.date(2026, 7, 2)

# (id, the article's sentence, DTSTART, words of its description)
CASES = [
    ("named-zone-in-utc", "The council voted at 5 p.m. EST on March 4, 2026 to close the bridge.",
     "DTSTART:20260304T220000Z", "17:00 EST as the article gives it, 22:00 UTC on 4 March 2026"),
    ("ahead-of-utc-a-day-earlier", "The union walked out at 9:30 a.m. AEDT on Jan. 3, 2026.",
     "DTSTART:20260102T223000Z", "22:30 UTC on 2 January 2026"),
    ("daylight-by-the-day", "The mayor resigned at noon ET on July 1, 2026.",
     "DTSTART:20260701T160000Z", "12:00 ET as the article gives it, 16:00 UTC"),
    ("standard-by-the-day", "The mayor resigned at noon ET on January 12, 2026.",
     "DTSTART:20260112T170000Z", "17:00 UTC"),
    ("no-zone-floating", "The port reopened at 9:15 a.m. on May 2, 2026.",
     "DTSTART:20260502T091500", "in a time zone it does not name (a floating time"),
    ("ambiguous-zone-floating", "The board met at 8 p.m. IST on May 3, 2026.",
     "DTSTART:20260503T200000", "in IST, which names more than one zone (a floating time"),
    ("a-day-stays-all-day", "The port reopened on May 2, 2026.", "DTSTART;VALUE=DATE:20260502", None),
]  # fmt: skip


def _unfolded(ics: str) -> str:
    return ics.replace("\r\n ", "").replace("\\,", ",")


@pytest.mark.parametrize(("sentence", "start", "said"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_timed_event_says_its_zone(sentence: str, start: str, said: str | None) -> None:
    ics = _unfolded(to_ics(timeline.extract(sentence, dct=DCT)))
    lines = ics.split("\r\n")
    assert start in lines
    if said is None:
        assert "Time: " not in ics and "DTEND;VALUE=DATE:20260503" in lines
    else:
        assert said in ics and not any(line.startswith("DTEND") for line in lines)


def _event(text: str) -> Event:
    timex = TimeExpression(tid="t1", start=0, end=len(text), text=text, type="TIME", value="2026-03-04T17:00")
    when = When(value="2026-03-04T17:00", start=dt.date(2026, 3, 4), end=dt.date(2026, 3, 4),
                granularity="time", time="17:00")  # fmt: skip
    return Event(id="e1", title="Vote", when=when, evidence=[Evidence(document="d", start=0, end=len(text),
                                                                     text=text, timex=timex)])  # fmt: skip


@pytest.mark.parametrize(("zone", "minutes", "example"), ZONE_OFFSETS, ids=[z for z, _, _ in ZONE_OFFSETS])
def test_every_zone_row_gives_its_utc_moment(zone: str, minutes: int, example: str) -> None:
    ics = to_ics(Timeline(events=[_event(f"5 p.m. {zone} on March 4, 2026")]))
    moment = dt.datetime(2026, 3, 4, 17) - dt.timedelta(minutes=minutes)
    assert f"DTSTART:{moment:%Y%m%dT%H%M%S}Z" in ics.split("\r\n")


STANDARD_IN_MARCH = {"ET": "20260304T140000Z", "PT": "20260304T170000Z"}  # 9 a.m. before daylight time


@pytest.mark.parametrize(("zone", "place", "example"), DAYLIGHT_ZONES, ids=[z for z, _, _ in DAYLIGHT_ZONES])
def test_every_daylight_zone_row_is_read_in_utc(zone: str, place: str, example: str) -> None:
    event = _event(f"9 a.m. {zone} on March 4, 2026")
    event.when.time = "09:00"
    ics = to_ics(Timeline(events=[event]))
    assert f"DTSTART:{STANDARD_IN_MARCH[zone]}" in ics.split("\r\n")


# (id, a content line): folded at 75 octets, never inside a UTF-8 character, and unfolded back unchanged
FOLDS = [
    ("short", "SUMMARY:Vote"),
    ("exactly-75", "S" * 75),
    ("76", "S" * 76),
    ("short-but-wide", "SUMMARY:" + "\u00dc" * 20 + "\U0001f30a" * 5),
    ("wide-at-the-edge", "D" * 74 + "\u00e9" + "x" * 80),
    ("long", "DESCRIPTION:" + "The council voted. " * 30),
]


@pytest.mark.parametrize("line", [line for _, line in FOLDS], ids=[i for i, _ in FOLDS])
def test_a_line_is_folded_at_75_octets(line: str) -> None:
    folded = _fold(line)
    assert all(len(piece.encode("utf-8")) <= 75 for piece in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line
    assert (folded == line) == (len(line.encode("utf-8")) <= 75)
