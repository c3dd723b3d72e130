"""Write a Timeline as an RFC 5545 calendar (iCalendar): one VEVENT an event, all-day or at a clock time."""

from __future__ import annotations

import datetime as dt
import re

from timeline import __version__
from timeline.export_cite import citations, documents_of
from timeline.models import Document, Event, Timeline, When

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


def _fold(line: str) -> str:
    """Fold a content line into lines of at most 75 octets, never splitting a UTF-8 character."""
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


def _ics_dates(when: When) -> list[str]:
    """Return DTSTART and DTEND: all-day over the days covered, or a moment for a time of day.

    A clock time ("at 5:00 p.m.") is a floating local time as the article wrote it, with no end (the
    event is that moment, RFC 5545 3.6.1); the zone is rarely stated, and then as words.
    """
    clock = CLOCK.fullmatch(when.time or "") if when.granularity == "time" and not when.end_value else None
    if clock:
        return [f"DTSTART:{when.start:%Y%m%d}T{clock['hour']}{clock['minute']}00"]
    return [f"DTSTART;VALUE=DATE:{when.start:%Y%m%d}",
            f"DTEND;VALUE=DATE:{when.end + dt.timedelta(days=1):%Y%m%d}"]


EARLIEST_STAMP = dt.date(1970, 1, 1)  # the Unix epoch: no DTSTAMP before it (see _ics_event)


def _ics_event(event: Event, documents_by_id: dict[str, Document]) -> list[str]:
    when = event.when
    dates = {name: d.date for name, d in documents_by_id.items()}
    urls = {name: d.url for name, d in documents_by_id.items()}
    documents = documents_of(event)
    # DTSTAMP is when the calendar object was created (RFC 5545 3.8.7.2), a UTC moment. The timeline file
    # records no time of its own making, and the current time would make two exports of one file differ:
    # the latest publication date of the evidence (or the event's own first day) stands in for it. Never
    # before 1970 (a history's event of 1890, an archive's article of 1911): no calendar object was made
    # then, and clients that keep the stamp as Unix time would get a negative one.
    stamp = max((d for doc in documents if (d := dates.get(doc))), default=when.start)
    stamp = max(stamp, EARLIEST_STAMP)
    description = event.description if event.description != event.title else ""
    # A calendar entry names where it is stated, as the other exports do: its URL holds one address, and an
    # article read from a file has none; the sources follow the description, each with its address.
    cited = [f"{name} ({uri(url)})" if url else name for name, url in citations(event, documents_by_id)]
    if cited:
        sources = f"Source{'s' if len(cited) > 1 else ''}: {'; '.join(cited)}"
        description = f"{description}\n\n{sources}" if description else sources
    lines = [
        "BEGIN:VEVENT",
        f"UID:{_ics_text(event.id)}@timeline",
        f"DTSTAMP:{stamp:%Y%m%d}T000000Z",
        *_ics_dates(when),
        f"SUMMARY:{_ics_text(event.title)}",
    ]
    if description:
        lines.append(f"DESCRIPTION:{_ics_text(description)}")
    url = event.url or next((u for d in documents if (u := urls.get(d))), None)
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
