"""A data editor takes every export into the tool that reads it (session 19): each case is read back by that
tool (icalendar, csv, json, xml.etree and the TimeML reader) and fails if the export breaks it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import icalendar
import pytest

from timeline import export, fileformat, sources, store
from timeline.dates import parse_when
from timeline.edit import when_of
from timeline.errors import DateError, StoreError
from timeline.models import Document, Event, Evidence, Timeline

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


def _file(**changes) -> str:
    day = {"value": "2025-03-12", "start": "2025-03-12", "end": "2025-03-12", "granularity": "day"}
    event = {"id": "abc123", "title": "Bank raises its rate", "description": "", "origin": "manual",
             "when": day}
    event.update(changes)
    return json.dumps({"schema_version": 2, "events": [event]}, indent=2)


# (id, the event as a hand edit left it, what the message says; None: it loads). A value edited without its
# start and end would be listed on one day and drawn and exported on another; a misspelt field is named.
HAND_EDITS = [
    ("value-moved-alone", _file(when={"value": "2025-03-21", "start": "2025-03-12", "end": "2025-03-12",
                                      "granularity": "day"}),
     "when (line 9, column 15): \"value\" '2025-03-21' is not the date \"start\" and \"end\" give "
     '(2025-03-12 to 2025-03-12): change them together, or delete "start", "end" and "granularity"'),
    ("start-moved-alone", _file(when={"value": "2025-03", "start": "2025-04-01", "end": "2025-04-30",
                                      "granularity": "month"}), "\"value\" '2025-03' is not the date"),
    ("value-alone-is-worked-out", _file(when={"value": "2025-03-21"}), None),
    ("mod-narrows", _file(when={"value": "2019", "mod": "START", "start": "2019-01-01", "end": "2019-04-30",
                                "granularity": "year"}), None),
    ("range-to-end-value", _file(when={"value": "2025-03-08", "end_value": "2025-03-12",
                                       "start": "2025-03-08", "end": "2025-03-12", "granularity": "day"}),
     None),
    ("range-end-edited-alone", _file(when={"value": "2025-03-08", "end_value": "2025-03-12",
                                           "start": "2025-03-08", "end": "2025-03-20", "granularity": "day"}),
     "\"value\" '2025-03-08' is not the date"),
    ("end-before-start-said-so", _file(when={"value": "2025-03", "start": "2025-03-20", "end": "2025-03-02",
                                             "granularity": "month"}), "end 2025-03-02 is before start"),
    ("misspelt-field", _file(titel="Bank raises its rate", title=None).replace('  "title": null,\n', ""),
     '.titel (line 14, column 16): Extra inputs are not permitted (did you mean "title"?)'),
    ("misspelt-when-field", _file(when={"value": "2025-03-12", "start": "2025-03-12", "end": "2025-03-12",
                                        "granularty": "day"}), '(did you mean "granularity"?)'),
    ("unknown-field", _file(colour="red"),
     '.colour (line 15, column 17): Extra inputs are not permitted ("colour" is no field here: remove it;'),
]


@pytest.mark.parametrize(("content", "message"), [c[1:] for c in HAND_EDITS], ids=[c[0] for c in HAND_EDITS])
def test_a_hand_edit_that_contradicts_itself_is_named_with_what_to_do(tmp_path, content, message):
    path = tmp_path / "timeline.json"
    path.write_text(content, encoding="utf-8")
    if message is None:
        assert len(store.load(path).events) == 1
        return
    with pytest.raises(StoreError) as caught:
        store.load(path)
    assert message in str(caught.value) and "more problem" not in str(caught.value)


# (typed date, the value read, or None: refused as before the year 1). A year before 1 AD has no day in the
# file (ISO days from 0001-01-01): it is refused as such, never read as the year after Christ it spells.
BEFORE_YEAR_ONE = [
    ("43 BC", None), ("1250 BCE", None), ("44 B.C.", None), ("the 3rd century BC", None),
    ("circa 500 BC", None), ("100 BC to 44 BC", None), ("-0043", None), ("\u22120043", None),
    ("-0043-03-15", None), ("BC0043", None),
    ("0043", "0043"), ("-3 days", "2025-02-26"), ("2019-2021", "2019"), ("around 2019", "2019"),
]


@pytest.mark.parametrize(("typed", "value"), BEFORE_YEAR_ONE, ids=[c[0] for c in BEFORE_YEAR_ONE])
def test_a_date_before_the_year_one_is_refused_as_such(typed, value):
    if value is not None:
        assert when_of(typed, None, reference=dt.date(2025, 3, 1)).value == value
        return
    with pytest.raises(DateError, match=r"is before the year 1, and a timeline's days start there"):
        when_of(typed, None, reference=dt.date(2025, 3, 1))
    with pytest.raises(StoreError, match=r"events\[0\]\.when \(line 6, column 15\): .* is before the year 1"):
        typed_into_a_file = {"schema_version": 2, "events": [{"title": "Romans", "when": typed}]}
        fileformat.parse(json.dumps(typed_into_a_file, indent=2))


def _stated(own_url: str | None, document_urls: list[str | None]) -> Timeline:
    documents = [Document(id=f"d{i}", text="The bridge reopened on 14 February 2025.", url=url,
                          date=dt.date(2025, 2, 14)) for i, url in enumerate(document_urls)]
    evidence = [Evidence(document=d.id, start=0, end=40, text=d.text) for d in documents]
    event = Event(id="e1", title="The bridge reopened", when=parse_when("2025-02-14"), url=own_url,
                  evidence=evidence)
    return Timeline(documents=documents, events=[event])


# (id, the event's own link, its documents' addresses, the CSV url cell, the ICS URL): a spreadsheet row links
# to where the event is stated, as the calendar entry does; a link set by hand comes first.
LINKS = [
    ("stated-in-a-page", None, ["https://news.example/bridge?a=1&b=2"], "https://news.example/bridge?a=1&b=2",
     "https://news.example/bridge?a=1&b=2"),
    ("first-page-with-an-address", None, [None, "https://b.example/x", "https://c.example/y"],
     "https://b.example/x", "https://b.example/x"),
    ("own-link-first", "https://mine.example/note", ["https://news.example/bridge"], "https://mine.example/note",
     "https://mine.example/note"),
    ("no-address-anywhere", None, [None], "", None),
]


@pytest.mark.parametrize(("own", "addresses", "cell", "ics_url"), [c[1:] for c in LINKS],
                         ids=[c[0] for c in LINKS])
def test_a_csv_row_links_where_its_event_is_stated_as_the_calendar_does(own, addresses, cell, ics_url):
    timeline = _stated(own, addresses)
    (row,) = csv.DictReader(io.StringIO(export.export(timeline, "csv").removeprefix(export.BOM), newline=""))
    assert row["url"] == cell
    (event,) = icalendar.Calendar.from_ical(export.export(timeline, "ics")).walk("VEVENT")
    assert (str(event["URL"]) if "URL" in event else None) == ics_url


# (id, a front matter line as a CMS or a person writes it, the title read). A double-quoted value reads its
# escapes and a single-quoted one its doubled quote, as YAML does; quotes that do not wrap the whole value
# are the title's own (a headline quoting someone), never cut.
FRONT_MATTER_TITLES = [
    ("escaped-quotes", r'title: "Mayor: \"We will rebuild\""', 'Mayor: "We will rebuild"'),
    ("quote-at-the-end", 'title: Mayor: "We will rebuild"', 'Mayor: "We will rebuild"'),
    ("quoted-in-parts", 'title: "Yes" means yes, said "Ana"', '"Yes" means yes, said "Ana"'),
    ("single-quoted", "title: 'It''s done'", "It's done"),
    ("apostrophe-inside-single", "title: 'It's done'", "It's done"),
    ("escaped-backslash-and-unicode", r'title: "C:\\archive \u00e9t\u00e9"', "C:\\archive été"),
    ("formula-kept-as-text", r'title: "=HYPERLINK(\"http://x\")"', '=HYPERLINK("http://x")'),
    ("curly-quotes-untouched", "title: \u201cQuotes\u201d \u2019n\u2019 \u2014 \u4e2d\u6587",
     "\u201cQuotes\u201d \u2019n\u2019 \u2014 \u4e2d\u6587"),
    ("plain", "title: Council notes", "Council notes"),
]


@pytest.mark.parametrize(("line", "title"), [c[1:] for c in FRONT_MATTER_TITLES],
                         ids=[c[0] for c in FRONT_MATTER_TITLES])
def test_a_front_matter_title_is_read_as_yaml_reads_it(tmp_path, line, title):
    note = tmp_path / "note.md"
    note.write_text(f"---\n{line}\ndate: 2025-02-20\n---\nThe council voted on February 18.\n",
                    encoding="utf-8")
    (document,) = sources.read([str(note)], on_problem=pytest.fail)
    assert document.title == title
