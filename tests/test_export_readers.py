"""A data editor takes every export into the tool that reads it (session 19): each case is read back by that
tool (icalendar, csv, json, xml.etree and the TimeML reader) and fails if the export breaks it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from xml.etree import ElementTree

import icalendar
import pytest

import timeline as timeline_api
from tests import timelinejs_page
from timeline import export, fileformat, sources, store
from timeline.dates import parse_when
from timeline.errors import DateError, StoreError
from timeline.evaluate import read_timeml, score_document
from timeline.models import Document, Event, Evidence, TimeExpression, Timeline
from timeline.typed_dates import when_of

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
    ("misspelt-field-with-a-default", _file(tag=["labor"]), '.tag (line 15, column 14): Extra inputs are not '
     'permitted (did you mean "tags"?)'),  # "tags" defaults to [], so is never missing
    ("tags-as-text", _file(tags="labor"), 'Input should be a valid list (a list: ["labor"])'),
    ("day-not-padded", _file(when={"value": "2025-03-12", "start": "2025-3-12", "end": "2025-03-12",
                                   "granularity": "day"}),
     '(a day as YYYY-MM-DD, "2025-01-05", not "2025-3-12")'),
    ("pinned-in-words", _file(pinned="maybe"), '(true or false, without quotes, not "maybe")'),
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


def _timed(sentence: str, phrase: str, value: str) -> tuple[Document, Event]:
    """An event of a document whose date phrase names its zone, or none ("at 5 p.m. EST on Tuesday")."""
    document = Document(id=f"doc-{value}", text=sentence, date=dt.date(2025, 3, 4))
    start = sentence.index(phrase)
    found = TimeExpression(tid="t1", start=start, end=start + len(phrase), text=phrase, type="TIME",
                           value=value)
    stated = Evidence(document=document.id, start=0, end=len(sentence), text=sentence, timex=found)
    event = Event(id=f"e-{value}", title=sentence.split(" at ")[0], when=parse_when(value), evidence=[stated])
    return document, event


# (sentence, its date phrase, value, TimelineJS display_date or None): a clock time shows in no zone in
# TimelineJS, so a zone the article names is said beside it; one it does not name leaves TimelineJS's own.
TLJS_ZONES = [
    ("Dockworkers walked out at 5 p.m. EST on Tuesday.", "5 p.m. EST on Tuesday", "2025-03-04T17:00",
     "4 March 2025, 17:00 EST"),
    ("The quake struck at 8:00pm JST on Thursday.", "8:00pm JST on Thursday", "2025-03-06T20:00",
     "6 March 2025, 20:00 JST"),
    ("The band plays at 9 p.m. PT on Saturday.", "9 p.m. PT on Saturday", "2025-03-08T21:00",
     "8 March 2025, 21:00 PT"),
    ("The doors open at 7 p.m. on Monday.", "7 p.m. on Monday", "2025-03-10T19:00", None),
]


@pytest.mark.parametrize(("sentence", "phrase", "value", "display"), TLJS_ZONES,
                         ids=[c[2] for c in TLJS_ZONES])
def test_timelinejs_says_the_zone_a_clock_time_was_given_in(sentence, phrase, value, display):
    document, event = _timed(sentence, phrase, value)
    timeline = Timeline(documents=[document], events=[event])
    (slide,) = json.loads(export.export(timeline, "timelinejs"))["events"]
    assert "hour" in slide["start_date"] and slide.get("display_date") == display


# (description, the slide's HTML text): TimelineJS shows HTML, where a bare line break is a space.
TLJS_TEXTS = [
    ("One line & more", "<p>One line &amp; more</p>"),
    ("Line one\nLine two", "<p>Line one<br>Line two</p>"),
    ("First paragraph.\n\nSecond <b>one</b>.",
     "<p>First paragraph.</p><p>Second &lt;b&gt;one&lt;/b&gt;.</p>"),
    ("Windows\r\nline\r\n\r\nends", "<p>Windows<br>line</p><p>ends</p>"),
]


@pytest.mark.parametrize(("description", "html"), TLJS_TEXTS, ids=[c[1][:20] for c in TLJS_TEXTS])
def test_timelinejs_keeps_the_line_breaks_of_a_description(description, html):
    event = Event(id="x", title="T", description=description, when=parse_when("2025-03"))
    (slide,) = json.loads(export.export(Timeline(events=[event]), "timelinejs"))["events"]
    assert slide["text"]["text"] == html


@pytest.mark.browser
def test_timelinejs_renders_every_slide_of_a_newsroom_timeline(tmp_path):
    """Old years, a century, zones, ranges, non-ASCII, line breaks: one marker and one slide each, no error.

    Needs TIMELINEJS_DIST, the dist/ folder of the npm package @knight-lab/timelinejs (3.9.11 checked).
    """
    documents, events = zip(*(_timed(*row[:3]) for row in TLJS_ZONES), strict=True)
    typed = [("0043", "Charter, “Domesday” ’era’ 中文"), ("the 19th century", "Mills — é ñ"),
             ("from 3 March 2025 to 7 March 2025", "Range week"), ("2025-W10", "Week ten"),
             ("2025-03-04TEV", "Evening"), ("2025-03-04T24:00", "Midnight"), ("2025", "A year"),
             ("March 2025", "=SUM(A1) <b>month</b>")]
    hand = [Event(id=f"h{n}", title=title, description="Line one\nLine two", when=when_of(date, None,
            reference=dt.date(2025, 3, 1))) for n, (date, title) in enumerate(typed)]
    data = export.export(Timeline(title="Newsroom", documents=list(documents), events=[*events, *hand]),
                         "timelinejs")
    seen = timelinejs_page.shown(data, tmp_path)
    assert seen["errors"] == [] and seen["messages"] == {"errors": [], "warnings": []}
    assert seen["events"] == seen["markers"] == len(events) + len(hand)
    assert {"43", "the 19th century", "4 March 2025, 17:00 EST", "6 March 2025, 20:00 JST",
            "3 March 2025 – 7 March 2025", "week of 3 March 2025"} <= set(seen["dates"])
    assert sum("Line one<br>Line two" in text for text in seen["texts"]) == len(hand)


# (the event, the start of its ICS description): an event added by hand cites no article for its time.
DOORS = _timed("The doors open at 7 p.m. on Monday.", "7 p.m. on Monday", "2025-03-10T19:00")[1]
ICS_TIME_SAID = [
    ("typed-by-hand", Event(id="h", title="Call", when=parse_when("2025-03-04T17:00")),
     "Time: 17:00 as typed, in no zone (a floating time"),
    ("told-in-an-article", DOORS, "Time: 19:00 as the article gives it, in a time zone it does not name"),
]


@pytest.mark.parametrize(("event", "said"), [c[1:] for c in ICS_TIME_SAID], ids=[c[0] for c in ICS_TIME_SAID])
def test_the_calendar_says_where_a_floating_time_comes_from(event, said):
    (read,) = icalendar.Calendar.from_ical(export.export(Timeline(events=[event]), "ics")).walk("VEVENT")
    assert str(read["DESCRIPTION"]).startswith(said)


# (id, an article's sentence, the TIMEX3 of its TimeML export: text and value). A range the event layer
# joined from two date phrases is written as those two again, as the tagger and TimeBank mark them; a range
# the tagger writes as one expression stays one.
TIMEML_RANGES = [
    ("from-to", "Service will be suspended from March 8 to March 12, 2025 for repairs.",
     [("March 8", "2025-03-08"), ("March 12, 2025", "2025-03-12")]),
    ("leaders-meet", "Leaders will meet in Geneva from June 2 to June 4, 2025.",
     [("June 2", "2025-06-02"), ("June 4, 2025", "2025-06-04")]),
    ("years", "The programme ran in 2019-2021 across the region.", [("2019", "2019"), ("2021", "2021")]),
    ("listed-days", "The strike ran on Thursday and Friday.",
     [("Thursday", "2025-02-27"), ("Friday", "2025-02-28")]),
    ("one-expression", "The club won the title in the 2006/07 season.", [("the 2006/07 season", "2006")]),
    ("plain-day", "The bridge reopened on February 14, 2025.", [("February 14, 2025", "2025-02-14")]),
]


@pytest.mark.parametrize(("sentence", "timexes"), [c[1:] for c in TIMEML_RANGES],
                         ids=[c[0] for c in TIMEML_RANGES])
def test_timeml_gold_of_an_export_is_what_the_tagger_finds_again(tmp_path, sentence, timexes):
    timeline = timeline_api.extract(sentence, dct=dt.date(2025, 3, 1))
    raw = export.export(timeline, "timeml")
    ElementTree.fromstring(raw.encode("utf-8"))  # well-formed
    (tmp_path / "doc.tml").write_text(raw, encoding="utf-8")
    gold = read_timeml(tmp_path / "doc.tml")
    assert gold.text == sentence and [(t.text, t.value) for t in gold.timexes] == timexes
    scores = score_document(gold.id, gold.timexes, timeline_api.tag(gold.text, dct=gold.dct))
    assert scores.strict_prf()[1] == 1.0  # read back as gold, every phrase is one the tagger finds
    assert {t.anchor for t in gold.timexes} <= {None, "t0", *(t.tid for t in gold.timexes)}


def test_timeml_a_date_counted_from_a_range_end_keeps_its_anchor(tmp_path):
    text = "Talks ran from March 8 to March 12, 2025. A day later the union voted."
    raw = export.export(timeline_api.extract(text, dct=dt.date(2025, 3, 1)), "timeml")
    (tmp_path / "doc.tml").write_text(raw, encoding="utf-8")
    gold = {t.text: t for t in read_timeml(tmp_path / "doc.tml").timexes}
    later = gold["A day later"]
    assert (later.anchor, later.value) == (gold["March 12, 2025"].tid, "2025-03-13")


# (column, what a hand edit of the file put there, the CSV cell): no cell a spreadsheet reads starts a
# formula, whichever field of the file it comes from; plain numbers and ISO days stay as they are.
HAND_TYPED_CELLS = [
    ("id", {"id": "=1+2"}, "'=1+2"),
    ("value", {"when": {"value": "=3+4", "start": "2025-01-01", "end": "2025-01-01", "granularity": "day"}},
     "'=3+4"),
    ("mod", {"when": {"value": "2025", "mod": "@SUM(A1)", "start": "2025-01-01", "end": "2025-12-31",
                      "granularity": "year"}}, "'@SUM(A1)"),
    ("end_value", {"when": {"value": "2025", "end_value": "-2+3", "start": "2025-01-01", "end": "2025-12-31",
                            "granularity": "year"}}, "'-2+3"),
    ("start", {}, "2025-01-01"),
    ("confidence", {"origin": "extracted", "confidence": 0.5}, "0.50"),
]


@pytest.mark.parametrize(("column", "typed", "cell"), HAND_TYPED_CELLS, ids=[c[0] for c in HAND_TYPED_CELLS])
def test_no_csv_cell_starts_a_formula_whatever_field_it_comes_from(column, typed, cell):
    day = {"value": "2025-01-01", "start": "2025-01-01", "end": "2025-01-01", "granularity": "day"}
    event = {"id": "abc123", "title": "Vote", "origin": "manual", "when": day}
    timeline = fileformat.parse(json.dumps({"schema_version": 2, "events": [{**event, **typed}]}))
    (row,) = csv.DictReader(io.StringIO(export.export(timeline, "csv", bom=False), newline=""))
    assert row[column] == cell


# (typed date, value and mod, the start of the ICS description): a date open on one side or approximate is
# kept so ("after 2020" was read as 2020 itself), and the calendar, which can only show whole days, says it.
QUALIFIED_DATES = [
    ("after 2020", "2020", "AFTER", "Date: after 2020."),
    ("by 2020", "2020", "ON_OR_BEFORE", "Date: on or before 2020."),
    ("no later than 31 May 2025", "2025-05-31", "ON_OR_BEFORE", "Date: on or before 31 May 2025."),
    ("since March 2024", "2024-03", "ON_OR_AFTER", "Date: on or after March 2024."),
    ("before 12 March 2025", "2025-03-12", "BEFORE", "Date: before 12 March 2025."),
    ("around March 2020", "2020-03", "APPROX", "Date: about March 2020."),
    ("early 2019", "2019", "START", "Date: early 2019."),
    ("12 March 2025", "2025-03-12", None, None),
    ("from 2020", "2020", None, None),
]


@pytest.mark.parametrize(("typed", "value", "mod", "said"), QUALIFIED_DATES,
                         ids=[c[0] for c in QUALIFIED_DATES])
def test_a_qualified_date_is_kept_and_the_calendar_says_it(typed, value, mod, said):
    when = when_of(typed, None, reference=dt.date(2025, 3, 1))
    assert (when.value, when.mod) == (value, mod)
    (event,) = icalendar.Calendar.from_ical(
        export.export(Timeline(events=[Event(id="x", title="Vote", when=when)]), "ics")).walk("VEVENT")
    assert (str(event["DESCRIPTION"]) if "DESCRIPTION" in event else None) == said


# (titles of the documents that state one event, the CSV sources cell split on "; "): one name a document,
# in the order of the documents column, whatever their titles hold.
SOURCE_CELLS = [
    (["Council votes; mayor resigns"], ["Council votes, mayor resigns, 14 February 2025"]),
    (["Bridge reopens", "Talks; then a vote; then a deal"],
     ["Bridge reopens, 14 February 2025", "Talks, then a vote, then a deal, 14 February 2025"]),
]


@pytest.mark.parametrize(("titles", "names"), SOURCE_CELLS, ids=["one", "two"])
def test_the_csv_sources_cell_splits_into_one_name_a_document(titles, names):
    timeline = _stated(None, [None] * len(titles))
    for document, title in zip(timeline.documents, titles, strict=True):
        document.title = title
    (row,) = csv.DictReader(io.StringIO(export.export(timeline, "csv", bom=False), newline=""))
    assert row["sources"].split("; ") == names and len(row["documents"].split(";")) == len(names)
