"""Write a Timeline as an RFC 5545 calendar (iCalendar): one VEVENT an event, all-day or at a clock time."""

from __future__ import annotations

import datetime as dt
import re

from timeline import __version__
from timeline.describe import say_when
from timeline.export_cite import citations, documents_of
from timeline.models import Document, Event, Timeline
from timeline.temporal.intervals import clock_of

CLOCK = re.compile(r"(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)")  # 17:00; not 24:00 or a part of day (MO)


def _ics_text(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines.

    Other control characters are not allowed in TEXT and are dropped.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(c for c in text if c in "\n\t" or not (ord(c) < 0x20 or ord(c) == 0x7F))
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\n", "\\n")


def uri(url: str) -> str:
    """Percent-encode spaces and control characters, which a URI value cannot hold."""
    return "".join(f"%{ord(c):02X}" if ord(c) <= 0x20 or ord(c) == 0x7F else c for c in url)


def _day(day: dt.date) -> str:
    """Spell a DATE value (RFC 5545 3.3.4): eight digits, the year in four ("00430315"; strftime's %Y
    writes the year 43 as "43", which no calendar reads)."""
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _fold(line: str) -> str:
    """Fold a content line into lines of at most 75 octets, never splitting a UTF-8 character."""
    if len(line) <= 18 or len(line.encode("utf-8")) <= 75:  # no UTF-8 character is longer than 4 octets
        return line
    pieces, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            pieces.append(current)
            current, size = " ", 1
        current += char
        size += width
    pieces.append(current)
    return "\r\n".join(pieces)


# The zones a clock time names in news text (the tagger keeps them in the expression's text, out of its value:
# "5 p.m. EST" is 2025-03-04T17:00), with their offset from UTC in minutes: (abbreviation, offset, example).
# A time in one of them is written in UTC, which every calendar shows at the reader's own clock time. ET and
# PT are standard or daylight time by the day; IST (India, Ireland or Israel) and times that name no zone stay
# floating, the clock time as written.
ZONE_OFFSETS = [
    ("EST", -300, "5 p.m. EST"), ("EDT", -240, "5 p.m. EDT"), ("CST", -360, "noon CST"),
    ("CDT", -300, "noon CDT"), ("MST", -420, "8 a.m. MST"), ("MDT", -360, "8 a.m. MDT"),
    ("PST", -480, "9 p.m. PST"), ("PDT", -420, "9 p.m. PDT"),
    ("GMT", 0, "14:00 GMT"), ("UTC", 0, "0300 UTC"), ("BST", 60, "10:00 BST"), ("CET", 60, "9 a.m. CET"),
    ("CEST", 120, "9 a.m. CEST"),
    ("AEST", 600, "4:00pm AEST"), ("AEDT", 660, "4:00pm AEDT"), ("ACST", 570, "10:30am ACST"),
    ("ACDT", 630, "10:30am ACDT"), ("AWST", 480, "10:30am AWST"), ("AWDT", 540, "10:30am AWDT"),
    ("NZST", 720, "7:00pm NZST"), ("NZDT", 780, "7:00pm NZDT"),
    ("JST", 540, "8:00pm JST"), ("HKT", 480, "8 p.m. HKT"), ("SGT", 480, "8 p.m. SGT"),
]  # fmt: skip
# Zones that keep daylight time by the day, named for a place: (abbreviation, IANA zone, example)
DAYLIGHT_ZONES = [("ET", "America/New_York", "noon ET"), ("PT", "America/Los_Angeles", "9 a.m. PT")]
_OFFSETS = {name: minutes for name, minutes, _ in ZONE_OFFSETS}
_PLACES = {name: place for name, place, _ in DAYLIGHT_ZONES}
_NAMES = sorted([*_OFFSETS, *_PLACES, "IST"], key=len, reverse=True)
ZONE = re.compile(r"\b(?P<zone>" + "|".join(_NAMES) + r")\b")


def stated_zone(event: Event) -> str | None:
    """Return the zone the event's own date phrase (of its start or its end) names after its clock time ("5
    p.m. EST"), if any."""
    for evidence in event.evidence:
        timex = evidence.timex
        if timex is not None and timex.value in (event.when.value, event.when.end_value):
            match = ZONE.search(timex.text)
            return match["zone"] if match else None
    return None


def _utc(day: dt.date, hour: int, minute: int, zone: str) -> dt.datetime | None:
    """Return the UTC moment of a clock time in `zone`, None when the zone's rules are not at hand."""
    local = dt.datetime(day.year, day.month, day.day, hour, minute)
    if zone in _OFFSETS:
        return local - dt.timedelta(minutes=_OFFSETS[zone])
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        aware = local.replace(tzinfo=ZoneInfo(_PLACES[zone]))
    except ZoneInfoNotFoundError:
        return None
    return aware.astimezone(dt.timezone.utc).replace(tzinfo=None)


def _ics_dates(event: Event) -> tuple[list[str], str]:
    """Return DTSTART and DTEND, and what a clock time is (for the description): all-day over the days
    covered, or a moment (or a stretch from one clock time to another) for a time of day.

    A clock time ("at 5:00 p.m.") is a moment with no end (RFC 5545 3.6.1); a range of clock times ("from
    10 p.m. on Friday until 6 a.m. on Saturday") ends at its second time. In a zone the article names ("5
    p.m. EST") it is written in UTC (FORM #2), so that each calendar shows it at its own clock time; in
    none, it is a floating time (FORM #1): the clock time as written, shown at that hour in any zone, since
    the place it was told in is unknown. The description says which.
    """
    when = event.when
    clock = CLOCK.fullmatch(when.time or "") if when.granularity == "time" else None
    end_clock = CLOCK.fullmatch(clock_of(when.end_value) or "") if when.end_value else None
    # a file written before ranges of clock times were checked may end one before it starts (17:00 to 09:00)
    backwards = clock and end_clock and (when.end, end_clock[0]) <= (when.start, clock[0])
    if not clock or when.end_value and not end_clock or backwards:
        if when.end == dt.date.max:  # the day after it has no four-digit year: its length in days says it
            return [f"DTSTART;VALUE=DATE:{_day(when.start)}",
                    f"DURATION:P{(when.end - when.start).days + 1}D"], ""
        return [f"DTSTART;VALUE=DATE:{_day(when.start)}",
                f"DTEND;VALUE=DATE:{_day(when.end + dt.timedelta(days=1))}"], ""
    ends = [("DTSTART", when.start, clock)] + ([("DTEND", when.end, end_clock)] if end_clock else [])
    typed = f"{when.time}–{end_clock[0]}" if end_clock else when.time
    zone = stated_zone(event)
    known = zone in _OFFSETS or zone in _PLACES
    moments = [_utc(day, int(c["hour"]), int(c["minute"]), zone) for _, day, c in ends] if known else [None]
    if None not in moments:
        told = "–".join(f"{m:%H:%M}" for m in moments) + (" UTC from" if end_clock else " UTC on")
        return [f"{name}:{_day(m)}T{m:%H%M}00Z" for (name, _, _), m in zip(ends, moments, strict=True)], (
            f"Time: {typed} {zone} as the article gives it, {told} {moments[0].day} "
            f"{moments[0]:%B %Y} (your calendar shows it in your own time zone).")
    told = f"in {zone}, which names more than one zone" if zone else "in a time zone it does not name"
    told = f"as the article gives it, {told}"
    if not any(e.timex for e in event.evidence):  # typed by hand: no article gave it
        told = "as typed, in no zone"
    return [f"{name}:{_day(day)}T{c['hour']}{c['minute']}00" for name, day, c in ends], (
        f"Time: {typed} {told} (a floating time: your calendar shows it at {typed} whatever its time "
        "zone).")


EARLIEST_STAMP = dt.date(1970, 1, 1)  # the Unix epoch: no DTSTAMP before it (see _ics_event)


def _ics_event(event: Event, documents_by_id: dict[str, Document]) -> list[str]:
    when = event.when
    # the event's own documents, in its order, not all of them (2,000 documents by 7,000 events took 15 s)
    own = [d for name in documents_of(event) if (d := documents_by_id.get(name))]
    # DTSTAMP is when the calendar object was created (RFC 5545 3.8.7.2), a UTC moment. The timeline file
    # records no time of its own making, and the current time would make two exports of one file differ:
    # the latest publication date of the evidence (or the event's own first day) stands in for it. Never
    # before 1970 (a history's event of 1890, an archive's article of 1911): no calendar object was made
    # then, and clients that keep the stamp as Unix time would get a negative one.
    stamp = max((d.date for d in own if d.date), default=when.start)
    stamp = max(stamp, EARLIEST_STAMP)
    description = event.description if event.description != event.title else ""
    times, said = _ics_dates(event)
    # A calendar entry covers whole days: "on or before 31 May 2025", "around March 2020" or "early 2019"
    # would read as certain, so the date is said as the page says it; so is a part of a day ("4 May 2026,
    # evening": an all-day entry, the evening said in words).
    qualified = f"Date: {say_when(when)}." if when.mod or (when.granularity == "time" and not said) else ""
    description = "\n\n".join(filter(None, [description, qualified, said]))
    # A calendar entry names where it is stated, as the other exports do: its URL holds one address, and an
    # article read from a file has none; the sources follow the description, each with its address.
    cited = [f"{name} ({uri(url)})" if url else name for name, url in citations(event, documents_by_id)]
    if cited:
        sources = f"Source{'s' if len(cited) > 1 else ''}: {'; '.join(cited)}"
        description = f"{description}\n\n{sources}" if description else sources
    lines = [
        "BEGIN:VEVENT",
        f"UID:{_ics_text(event.id)}@timeline",
        f"DTSTAMP:{_day(stamp)}T000000Z",
        *times,
        f"SUMMARY:{_ics_text(event.title)}",
    ]
    if description:
        lines.append(f"DESCRIPTION:{_ics_text(description)}")
    url = event.url or next((d.url for d in own if d.url), None)
    if url:
        lines.append(f"URL:{uri(url)}")
    if event.tags:
        lines.append("CATEGORIES:" + ",".join(_ics_text(t) for t in event.tags))
    lines.append("END:VEVENT")
    return lines


def to_ics(timeline: Timeline) -> str:
    """Return an RFC 5545 calendar: one VEVENT an event, all-day unless the article gave a clock time.

    An all-day event's DTEND is the day after it ends. Its DESCRIPTION ends with the documents that state it
    ("Source: Dunne found guilty, Riverside Ledger, 22 May 2026").

    Lines end in CRLF and are folded at 75 octets; text values are escaped.
    """
    documents = {d.id: d for d in timeline.documents}
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//timeline//timeline {__version__}//EN",
             "CALSCALE:GREGORIAN"]
    if timeline.title:
        lines.append(f"X-WR-CALNAME:{_ics_text(timeline.title)}")
    for event in timeline.events:
        lines.extend(_ics_event(event, documents))
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)
