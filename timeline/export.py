"""Write a Timeline in the formats people use: JSON, JSON Lines, CSV, TimelineJS, iCalendar, Markdown, TimeML.

Every writer is a pure function of the Timeline and returns text; the same timeline gives the same
bytes (no current time, stable order). `export(timeline, fmt)` picks the writer by name.
"""

from __future__ import annotations

import collections
import csv
import datetime as dt
import io
import json
import re
from collections.abc import Callable, Mapping
from html import escape

from timeline.counts import counted
from timeline.describe import origin_name, say_value, say_when
from timeline.errors import InputError
from timeline.export_cite import citations, documents_of
from timeline.export_ics import CLOCK, stated_zone, to_ics, uri
from timeline.models import Document, Event, Timeline, When
from timeline.own_exports import MARKDOWN_MARK
from timeline.temporal.intervals import clock_of, parse_value
from timeline.textmeta import corrected, document_outlet


def readable_value(value: str) -> str:
    """Spell a TIMEX3 date value for people: 2025-10 -> "October 2025" (as the page says it)."""
    return say_value(value)


def readable(when: When) -> str:
    """Spell a When for people as the page does: "25 October 2025", "early 2019", "the late 1990s"."""
    return say_when(when)


def table(events: list[Event], documents: Mapping[str, Document] | None = None) -> str:
    """Return the events as an aligned text table for a terminal: id, date, origin, title (cut at 70).

    The origin counts the documents that state an event when they are several ("extracted, 3 sources"),
    and those a hand event cites ("manual, 1 source"): what is stated once stands out. With the timeline's
    `documents`, word-for-word copies of one text (a wire story saved twice) count as one source.
    """
    # a document's text stands for it; an unknown document, by its id (a tuple never equal to a text)
    texts = {name: " ".join(d.text.split()) for name, d in (documents or {}).items()}
    rows = [("ID", "DATE", "ORIGIN", "TITLE")]
    for event in events:
        origin = origin_name(event)
        cited = len({texts.get(e.document, (e.document,)) for e in event.evidence})
        if cited > 1 or (event.origin == "manual" and cited):  # a hand event cites the sentences of its twins
            origin += f", {cited} source{'s' if cited > 1 else ''}"
        title = event.title if len(event.title) <= 70 else event.title[:69] + "…"
        rows.append((event.id, readable(event.when), origin, " ".join(title.split())))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True)) + "  " + row[3]
        for row in rows
    )


def document_records(timeline: Timeline) -> list[dict]:
    """Return the documents as JSON records, as the table gives them: without their text, with `events`.

    `events` counts the events that cite the document (the table's EVENTS), and `outlet` is the name
    `--outlet` knows it by (its own, else its web host, else its dateline's), left out when there is none.
    """
    cited = collections.Counter(d for e in timeline.events for d in {v.document for v in e.evidence})
    records = []
    for document in timeline.documents:
        record = document.model_dump(mode="json", exclude={"text"})
        outlet = document_outlet(document)
        records.append({**record, **({"outlet": outlet} if outlet else {}), "events": cited[document.id]})
    return records


def document_table(timeline: Timeline) -> str:
    """Return the documents as an aligned text table: id, date, where the date came from, events, title.

    An UPDATED column (the date a document was last updated) follows DATE SOURCE when any document has one,
    a CORRECTED column ("yes": it carries a correction notice, textmeta.CORRECTION_NOTICES) when any does,
    an OUTLET column follows EVENTS when any document names its outlet: the name `--outlet` and the page's
    outlet filter know it by (its own, else its web host, else its dateline's).
    """
    cited = collections.Counter(d for e in timeline.events for d in {v.document for v in e.evidence})
    updates = any(d.updated for d in timeline.documents)
    fixed = {d.id for d in timeline.documents if corrected(d.text)}
    named = {d.id: document_outlet(d) for d in timeline.documents}
    outlets = any(named.values())
    optional = (("UPDATED",) if updates else ()) + (("CORRECTED",) if fixed else ())
    rows = [("ID", "DATE", "DATE SOURCE", *optional, "EVENTS", *(("OUTLET",) if outlets else ()), "TITLE")]
    for document in sorted(timeline.documents, key=lambda d: d.id):
        date = document.date.isoformat() if document.date else "-"
        updated = (document.updated.isoformat() if document.updated else "-",) if updates else ()
        correction = ("yes" if document.id in fixed else "-",) if fixed else ()
        outlet = (named[document.id] or "-",) if outlets else ()
        title = " ".join((document.title or "").split())
        rows.append((document.id, date, document.date_source, *updated, *correction, str(cited[document.id]),
                     *outlet, title if len(title) <= 70 else title[:69] + "…"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=True)) + "  " + row[-1]
        for row in rows
    )


def documents_count(timeline: Timeline) -> str:
    """Return the line under the documents table: "4 documents", "4 documents, 1 without a date"."""
    undated = sum(d.date is None for d in timeline.documents)
    return counted(len(timeline.documents), "document") + (f", {undated} without a date" if undated else "")


def details(event: Event, documents: dict[str, Document] | None = None) -> str:
    """Return one event in full for a terminal: id, title, date, origin, confidence, tags, source, evidence.

    With the timeline's `documents`, each document that states it is cited (title, outlet, date, address)
    before the evidence, so that a fact-checker can quote it without looking the ids up.
    """
    when, origin = event.when, origin_name(event)
    lines = [
        f"id:          {event.id}",
        f"title:       {event.title}",
        f"date:        {readable(when)} ({when.value}{' ' + when.mod if when.mod else ''}, "
        f"{when.granularity}, {when.start} to {when.end})",
        f"origin:      {origin}{' (extracted, pinned)' if origin == 'edited' else ''}",
    ]
    if event.origin != "manual":  # the score extraction gave it, as the page's details show it
        lines.append(f"confidence:  {event.confidence:.2f}")
    if event.tags:
        lines.append(f"tags:        {', '.join(event.tags)}")
    if event.url:
        lines.append(f"source:      {event.url}")
    if event.description and event.description != event.title:
        lines.append(f"description: {event.description}")
    cited = citations(event, documents) if documents is not None else []
    for document, (name, url) in zip(documents_of(event), cited, strict=False):
        lines.append(f"stated in:   [{document}] {name}" + (f" <{url}>" if url else ""))
    for evidence in event.evidence:
        lines.append(f"evidence:    [{evidence.document} {evidence.start}-{evidence.end}] {evidence.text}")
    return "\n".join(lines)


def to_json(timeline: Timeline) -> str:
    """Return the timeline file itself."""
    return timeline.model_dump_json(indent=2) + "\n"


def to_jsonl(timeline: Timeline) -> str:
    """Return one JSON event a line."""
    return "".join(event.model_dump_json() + "\n" for event in timeline.events)


CSV_COLUMNS = [
    "id", "date", "start", "end", "granularity", "value", "end_value", "mod", "title", "description",
    "origin", "pinned", "tags", "url", "documents", "sources", "confidence",
]


# A cell starting with one of these is run as a formula by spreadsheets (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Cells that start with + or - but are plain data a spreadsheet reads as such, never as a formula;
# an example beside each. They keep their text: an apostrophe would turn a number into a string.
_PLAIN_DATA = re.compile(
    r"[+-]?\d+(?:[.,]\d+)*%?"  # -2, +1.5, -1,000, -3%
    r"|[+-]\d{4,6}(?:-\d{2}(?:-\d{2})?)?"  # -0044-03-15 (an ISO 8601 year before 1 AD), +12345
)
# The byte-order mark that tells Excel a CSV file is UTF-8; without it "ZÜRICH" shows as "ZÃœRICH".
BOM = "\ufeff"


def _cell(text: str) -> str:
    """Return free text safe for a spreadsheet: a leading formula character is quoted with an apostrophe.

    Plain numbers ("-2") and ISO dates ("-0044-03-15") are data, not formulas, and are left as they are.
    """
    if text.startswith(_FORMULA_START) and not _PLAIN_DATA.fullmatch(text):
        return "'" + text
    return text


def to_csv(timeline: Timeline, *, bom: bool = True) -> str:
    """Return a CSV table (RFC 4180) of the events with a header row; tags and documents are `;`-separated.

    `sources` names the documents as people cite them: "Flood damages spillway, 27 September 2024"; a
    semicolon of a title becomes a comma there, so that the cell splits on "; " into one name a document.
    `url` is the event's own link, else the address of the first document that states it (the ICS URL).
    `origin` names it as `timeline list` does (describe.origin_name: "edited", an extracted event changed by
    hand). `confidence` is the score extraction gave the event ("0.85", to sort the weakest first); empty for
    an event added by hand, which has none.

    The text starts with a UTF-8 byte-order mark (read it back with encoding "utf-8-sig") so that
    Excel reads the file as UTF-8; `bom=False` leaves it out. Text typed by people or taken from
    articles never starts a cell with a formula character (=, +, -, @, tab, carriage return): such a
    cell gets a leading apostrophe, unless it is a plain number or an ISO date.
    """
    buffer = io.StringIO()
    if bom:
        buffer.write(BOM)
    # Rows end in CRLF (RFC 4180): the writer then quotes a lone carriage return inside a cell, which
    # with a bare "\n" ending it left unquoted, splitting the row in a spreadsheet.
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    documents = {d.id: d for d in timeline.documents}
    for event in timeline.events:
        when = event.when
        cited = citations(event, documents)
        # every cell, not only free text: an id, a value or a mod typed into the file by hand is text too
        writer.writerow([_cell(cell) for cell in (
            event.id, readable(when), when.start.isoformat(), when.end.isoformat(), when.granularity,
            when.value, when.end_value or "", when.mod or "", event.title, event.description,
            origin_name(event), str(event.pinned).lower(), ";".join(t.replace(";", ",") for t in event.tags),
            event.url or next(filter(None, (url for _name, url in cited)), ""),
            ";".join(documents_of(event)), "; ".join(name.replace(";", ",") for name, _url in cited),
            "" if event.origin == "manual" else f"{event.confidence:.2f}",
        )])
    return buffer.getvalue()




# Granularities whose TimelineJS date shows only a year, or a year and a month; the others show a day.
_YEAR_ONLY = {"year", "decade", "century", "millennium"}
_YEAR_MONTH = {"month", "quarter", "half", "season"}
# Granularities a TimelineJS date spells whole: no end_date or display_date needed.
_OWN_UNIT = {"year", "month", "day", "time"}


def _tljs_date(day: dt.date, granularity: str, *, narrowed: bool, time: str | None) -> dict[str, int]:
    """Return a TimelineJS date object as precise as the date is, and no more."""
    if granularity in _YEAR_ONLY and not narrowed:
        return {"year": day.year}
    if granularity in _YEAR_ONLY | _YEAR_MONTH:
        return {"year": day.year, "month": day.month}
    date = {"year": day.year, "month": day.month, "day": day.day}
    clock = CLOCK.fullmatch(time or "") if granularity == "time" else None
    if clock:  # TimelineJS hours run 0 to 23: midnight at a day's end (24:00) is said in words
        date.update(hour=int(clock["hour"]), minute=int(clock["minute"]))
    return date


def _tljs_event(event: Event, documents: dict[str, Document]) -> dict:
    when = event.when
    narrowed = when.mod in ("START", "MID", "END")
    start = _tljs_date(when.start, when.granularity, narrowed=narrowed, time=when.time)
    slide: dict = {"start_date": start}
    end_granularity = when.granularity
    if when.end_value:
        parsed = parse_value(when.end_value)
        end_granularity = parsed[2] if parsed else when.granularity
    end_time = clock_of(when.end_value) if when.end_value else None  # 22:00 on Friday to 06:00 on Saturday
    end = _tljs_date(when.end, end_granularity, narrowed=narrowed, time=end_time)
    if end != start and (when.end_value or narrowed or when.granularity not in _OWN_UNIT):
        slide["end_date"] = end
    # A part of the day ("2025-09-10TNI") has no TimelineJS field: the date says it in words.
    part_of_day = when.granularity == "time" and "hour" not in start
    if readable(when) != readable_value(when.value) or when.granularity not in _OWN_UNIT or part_of_day:
        slide["display_date"] = readable(when)
    zone = stated_zone(event) if "hour" in start else None
    if zone:  # TimelineJS shows a clock time as it is, in no zone: "5 p.m. EST" says it beside it
        slide["display_date"] = f"{readable(when)} {zone}"
    paragraphs = [_paragraphs(event.description)] if event.description else []
    if event.url:
        paragraphs.append(f'<p><a href="{escape(event.url)}">source</a></p>')
    for name, url in citations(event, documents):
        cited = f'<a href="{escape(url)}">{escape(name)}</a>' if url else escape(name)
        paragraphs.append(f"<p>Source: {cited}</p>")
    slide["text"] = {"headline": escape(event.title), "text": "".join(paragraphs)}
    if event.tags:
        slide["group"] = escape(event.tags[0])
    slide["unique_id"] = f"event-{event.id}"
    return slide


def _paragraphs(text: str) -> str:
    """Return text as HTML paragraphs: a blank line starts one, a line break stays one (TimelineJS shows
    its text as HTML, where a bare newline is a space)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = [block.strip("\n") for block in re.split(r"\n[ \t]*\n", text)]
    return "".join("<p>" + "<br>".join(escape(line) for line in block.split("\n")) + "</p>"
                   for block in blocks if block)


def to_timelinejs(timeline: Timeline) -> str:
    """Return Knight Lab TimelineJS3 JSON: a title slide and one slide an event, text HTML-escaped.

    A year-only date carries only `year`; a month only `year` and `month`. Dates that span more than
    their own unit (a week, a quarter, "early 2019", a range) get an `end_date` and a `display_date`.
    The title slide counts the events and the documents, as the page's subtitle does (`timeline export`
    of some events keeps only the documents they cite).
    """
    documents = {d.id: d for d in timeline.documents}
    count = counted(len(timeline.events), "event")
    count += f" from {counted(len(documents), 'document')}" if documents else ""
    data = {
        "title": {"text": {"headline": escape(timeline.title or "Timeline"), "text": count}},
        "events": [_tljs_event(event, documents) for event in timeline.events],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def to_markdown(timeline: Timeline) -> str:
    """Return a Markdown document: a heading and a dated list, each title with its sentence and sources."""
    lines = [f"# {_md(timeline.title or 'Timeline')}", "", MARKDOWN_MARK, ""]  # the mark: extraction skips it
    documents = {d.id: d for d in timeline.documents}
    for event in timeline.events:
        lines.append(f"- **{_md(readable(event.when))}**: {_md(' '.join(event.title.split()))}")
        if event.description and event.description != event.title:
            lines.append(f"  {_md_line(' '.join(event.description.split()))}")
        if event.url:
            lines.append(f"  <{uri(event.url)}>")
        cited = [
            f"[{_md(name)}](<{uri(url)}>)" if url else _md(name) for name, url in citations(event, documents)
        ]
        if cited:
            lines.append(f"  Source{'s' if len(cited) > 1 else ''}: {'; '.join(cited)}")
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    """Escape the characters Markdown would read as formatting."""
    return "".join("\\" + c if c in "\\`*_[]<>#|" else c for c in text)


# What Markdown reads as a block at a line's start, in an item's text too: a list item ("- a", "+ a",
# "2026. A year", "3) b"), a heading's underline ("===", "---").
_LINE_START = re.compile(r"(?P<mark>[-+=])|(?P<number>\d{1,9})(?P<dot>[.)])(?=\s|\Z)")


def _md_line(text: str) -> str:
    """Escape `text` for the start of a Markdown line: as _md does, and a list or underline mark first."""
    start = _LINE_START.match(text)
    if start is None:
        return _md(text)
    if start["mark"]:
        return "\\" + _md(text)
    return f"{start['number']}\\{start['dot']}{_md(text[start.end():])}"


def to_timeml(timeline: Timeline) -> str:
    """Return the TimeML of the timeline's one document (timeline.export_timeml, imported here: its XML
    modules are no part of `timeline list` or `export --format csv`)."""
    from timeline import export_timeml

    return export_timeml.to_timeml(timeline)


WRITERS: dict[str, Callable[[Timeline], str]] = {
    "json": to_json,
    "jsonl": to_jsonl,
    "csv": to_csv,
    "timelinejs": to_timelinejs,
    "ics": to_ics,
    "markdown": to_markdown,
    "timeml": to_timeml,
}
FORMATS = tuple(WRITERS)


def export(timeline: Timeline, fmt: str, *, bom: bool = True) -> str:
    """Return the timeline written in format `fmt` (one of FORMATS); `bom` is for csv only."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise InputError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}") from None
    return to_csv(timeline, bom=bom) if writer is to_csv else writer(timeline)
