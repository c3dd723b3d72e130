"""Each export format is read back by what reads it: icalendar, csv, json, the TimeML reader."""

import csv
import datetime as dt
import io
import json
from xml.etree import ElementTree

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests import timelinejs_page
from timeline import edit, export, export_timeml
from timeline.dates import parse_when
from timeline.errors import InputError
from timeline.evaluate import read_timeml
from timeline.models import Document, Event, Evidence, TimeExpression, Timeline

TEXT = "The council met on 3 March 2019 & voted. Work began in 2020 <slowly>.\nIt ended in early 2021."


def timex(text: str, value: str, tid: str, mod: str | None = None,
          anchor: str | None = None) -> TimeExpression:
    start = TEXT.index(text)
    return TimeExpression(tid=tid, start=start, end=start + len(text), text=text, type="DATE", value=value,
                          mod=mod, anchor=anchor)


def extracted(id: str, sentence: str, expression: TimeExpression) -> Event:
    start = TEXT.index(sentence)
    return Event(
        id=id, title=sentence, description=sentence,
        when=parse_when(expression.value if not expression.mod else f"early {expression.value}"),
        evidence=[Evidence(document="doc-1", start=start, end=start + len(sentence), text=sentence,
                           timex=expression)],
    )


def sample() -> Timeline:
    timeline = Timeline(
        title="Council; works, and more",
        documents=[Document(id="doc-1", text=TEXT, date=dt.date(2021, 6, 1), url="https://example.org/a")],
        events=[
            extracted("e1", "The council met on 3 March 2019 & voted.",
                      timex("3 March 2019", "2019-03-03", "t1")),
            extracted("e2", "Work began in 2020 <slowly>.", timex("2020", "2020", "t2")),
            extracted("e3", "It ended in early 2021.", timex("early 2021", "2021", "t3", mod="START",
                                                              anchor="dct")),
        ],
    )
    edit.add(timeline, title="A long, hand-added event; with \\ backslash and ünïcödé " + "x" * 80,
             when=parse_when("October 2025"), description="Line one\nline two", tags=["a,b", "c"],
             url="https://example.org/manual")
    edit.add(timeline, title="Week", when=parse_when("2025-W43"))
    return timeline


def test_every_format_is_deterministic():
    for fmt in export.FORMATS:
        assert export.export(sample(), fmt) == export.export(sample(), fmt), fmt


def test_json_is_the_timeline_file():
    assert Timeline.model_validate_json(export.export(sample(), "json")) == sample()


def test_jsonl_has_one_event_a_line():
    lines = export.export(sample(), "jsonl").splitlines()
    assert [Event.model_validate_json(line) for line in lines] == sample().events


def read_csv(text: str) -> list[dict[str, str]]:
    """Read the CSV back as a spreadsheet user's script would: utf-8-sig drops the byte-order mark."""
    return list(csv.DictReader(io.StringIO(text.encode("utf-8").decode("utf-8-sig"))))


def test_csv_has_a_header_and_a_row_per_event():
    rows = read_csv(export.export(sample(), "csv"))
    assert list(rows[0]) == export.CSV_COLUMNS
    by_id = {row["id"]: row for row in rows}
    assert by_id["e1"]["date"] == "3 March 2019" and by_id["e1"]["documents"] == "doc-1"
    manual = next(row for row in rows if row["origin"] == "manual" and row["tags"])
    assert (manual["date"], manual["tags"], manual["description"]) == ("October 2025", "a,b;c",
                                                                       "Line one\nline two")
    assert by_id["e3"]["start"] == "2021-01-01" and by_id["e3"]["mod"] == "START"


FORMULA_CASES = [
    ("equals", "=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("plus", "+1 vote", "'+1 vote"),
    ("minus", "-2 seats", "'-2 seats"),
    ("at", "@SUM(A1)", "'@SUM(A1)"),
    ("plain", "Council votes", "Council votes"),
    ("inner-equals", "Score 2=2", "Score 2=2"),
    ("tab", "\tcmd", "'\tcmd"),
    ("carriage-return", "\r=1+1", "'\r=1+1"),
    ("negative-number", "-2", "-2"),
    ("negative-decimal", "-1.5", "-1.5"),
    ("positive-number", "+3", "+3"),
    ("negative-percent", "-3%", "-3%"),
    ("iso-date", "2025-10-25", "2025-10-25"),
    ("iso-date-before-1-ad", "-0044-03-15", "-0044-03-15"),
    ("number-then-formula", "-1+1|cmd", "'-1+1|cmd"),
    ("minus-alone", "-", "'-"),
]


@pytest.mark.parametrize(("title", "cell"), [c[1:] for c in FORMULA_CASES], ids=[c[0] for c in FORMULA_CASES])
def test_csv_cells_never_start_a_spreadsheet_formula(title, cell):
    timeline = sample()
    timeline.events[0].title = title
    rows = read_csv(export.export(timeline, "csv"))
    assert rows[[row["id"] for row in rows].index(timeline.events[0].id)]["title"] == cell


# (id, the event's tags, the `tags` cell): a tag's own ";" (typed into the file by hand) is a "," there, so
# that the cell splits on ";" into the tags it holds
TAG_CELLS = [
    ("two", ["council", "budget"], "council;budget"),
    ("comma-kept", ["Paris, France"], "Paris, France"),
    ("own-semicolon", ["north;south", "port"], "north,south;port"),
]


@pytest.mark.parametrize(("tags", "cell"), [c[1:] for c in TAG_CELLS], ids=[c[0] for c in TAG_CELLS])
def test_csv_tags_split_on_semicolons_into_the_tags(tags, cell):
    timeline = sample()
    timeline.events[0].tags = tags
    rows = read_csv(export.export(timeline, "csv"))
    assert rows[[row["id"] for row in rows].index(timeline.events[0].id)]["tags"] == cell


BOM_CASES = [
    ("default", {}, b"\xef\xbb\xbfid,date,"),
    ("with-bom", {"bom": True}, b"\xef\xbb\xbfid,date,"),
    ("without-bom", {"bom": False}, b"id,date,"),
]


@pytest.mark.parametrize(("options", "head"), [c[1:] for c in BOM_CASES], ids=[c[0] for c in BOM_CASES])
def test_csv_is_utf8_with_a_byte_order_mark_unless_asked_not_to(tmp_path, options, head):
    timeline = sample()
    timeline.events[0].title = "ZÜRICH votes"
    path = tmp_path / "t.csv"
    path.write_bytes(export.export(timeline, "csv", **options).encode("utf-8"))
    assert path.read_bytes().startswith(head)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == export.CSV_COLUMNS
    assert rows[[row["id"] for row in rows].index(timeline.events[0].id)]["title"] == "ZÜRICH votes"


def test_only_csv_carries_a_byte_order_mark():
    for fmt in export.FORMATS:
        assert export.export(sample(), fmt).startswith(export.BOM) == (fmt == "csv"), fmt


def test_ics_is_read_by_icalendar_as_all_day_events():
    raw = export.export(sample(), "ics")
    calendar = icalendar.Calendar.from_ical(raw)
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert len(events) == 5
    first = events["e1@timeline"]
    assert first.decoded("DTSTART") == dt.date(2019, 3, 3) and first.decoded("DTEND") == dt.date(2019, 3, 4)
    assert first.decoded("DTSTAMP") == dt.datetime(2021, 6, 1, tzinfo=dt.timezone.utc)
    assert str(first["URL"]) == "https://example.org/a"
    manual = next(e for e in events.values() if str(e["SUMMARY"]).startswith("A long"))
    assert str(manual["SUMMARY"]) == "A long, hand-added event; with \\ backslash and ünïcödé " + "x" * 80
    assert str(manual["DESCRIPTION"]) == "Line one\nline two"
    assert manual.decoded("DTSTART") == dt.date(2025, 10, 1)
    assert manual.decoded("DTEND") == dt.date(2025, 11, 1)
    assert [str(c) for c in manual["CATEGORIES"].cats] == ["a,b", "c"]
    assert "\r\nX-WR-CALNAME:Council\\; works\\, and more\r\n" in raw


def test_ics_lines_are_crlf_folded_at_75_octets_and_escaped():
    raw = export.export(sample(), "ics")
    assert raw.endswith("END:VCALENDAR\r\n") and "\n" not in raw.replace("\r\n", "")
    lines = raw.split("\r\n")
    assert max(len(line.encode("utf-8")) for line in lines) <= 75
    assert any(line.startswith(" ") for line in lines), "the long summary should be folded"
    unfolded = raw.replace("\r\n ", "")
    assert "SUMMARY:A long\\, hand-added event\\; with \\\\ backslash" in unfolded
    assert "DESCRIPTION:Line one\\nline two" in unfolded


def test_ics_folding_never_splits_a_character():
    event = Event(id="u", title="é" * 100, when=parse_when("2019"))
    raw = export.export(Timeline(events=[event]), "ics")
    raw.encode("utf-8").decode("utf-8")
    assert all(len(line.encode("utf-8")) <= 75 for line in raw.split("\r\n"))
    assert str(icalendar.Calendar.from_ical(raw).walk("VEVENT")[0]["SUMMARY"]) == "é" * 100


def test_timelinejs_has_the_fields_timelinejs_requires():
    data = json.loads(export.export(sample(), "timelinejs"))
    assert data["title"]["text"]["headline"] == "Council; works, and more"
    assert len(data["events"]) == 5
    for slide in data["events"]:
        assert isinstance(slide["start_date"]["year"], int)
        assert set(slide["start_date"]) <= {"year", "month", "day", "hour", "minute"}
        assert slide["text"]["headline"]
    assert len({slide["unique_id"] for slide in data["events"]}) == 5
    by_id = {slide["unique_id"]: slide for slide in data["events"]}
    assert by_id["event-e1"]["start_date"] == {"year": 2019, "month": 3, "day": 3}
    assert "end_date" not in by_id["event-e1"]
    assert "&lt;slowly&gt;" in by_id["event-e2"]["text"]["headline"]
    cited = '<p>Source: <a href="https://example.org/a">doc-1, 1 June 2021</a></p>'
    assert cited in by_id["event-e2"]["text"]["text"]


def _cited(documents: list[Document]) -> Timeline:
    """Return a timeline of one event stated in each of `documents`, at the same place."""
    evidence = [Evidence(document=d.id, start=0, end=9, text="It rained.") for d in documents]
    event = Event(id="r", title="Rain", when=parse_when("3 June 2025"), evidence=evidence)
    return Timeline(documents=documents, events=[event])


WIRE = Document(id="wire/wns", text="It rained.", title="Rain <falls>", date=dt.date(2025, 6, 3),
                url="https://wire.example/rain")
PAPER = Document(id="paper/rain", text="It rained.", title="Rain, again")
FEED = Document(id="rw-18", text="It rained.")
NAMED = Document(id="post/rain", text="It rained.", title="Rain stops play", outlet="Valley Post",
                 date=dt.date(2025, 6, 3))
SELF_NAMED = Document(id="post/brief", text="It rained.", title="Valley Post briefing", outlet="Valley Post")
# An exported event says where it is stated, with or without a URL.
# (id, documents, Markdown line, TimelineJS paragraphs, CSV `sources` cell)
CITATION_CASES = [
    ("titled-with-url", [WIRE], "  Source: [Rain \\<falls\\>, 3 June 2025](<https://wire.example/rain>)",
     ['<p>Source: <a href="https://wire.example/rain">Rain &lt;falls&gt;, 3 June 2025</a></p>'],
     "Rain <falls>, 3 June 2025", "Source: Rain <falls>, 3 June 2025 (https://wire.example/rain)"),
    ("no-url-no-date", [PAPER], "  Source: Rain, again", ["<p>Source: Rain, again</p>"], "Rain, again",
     "Source: Rain, again"),
    ("untitled-line-of-a-feed", [FEED], "  Source: rw-18", ["<p>Source: rw-18</p>"], "rw-18",
     "Source: rw-18"),
    ("named-outlet", [NAMED], "  Source: Rain stops play, Valley Post, 3 June 2025",
     ["<p>Source: Rain stops play, Valley Post, 3 June 2025</p>"],
     "Rain stops play, Valley Post, 3 June 2025", "Source: Rain stops play, Valley Post, 3 June 2025"),
    ("outlet-already-in-the-title", [SELF_NAMED], "  Source: Valley Post briefing",
     ["<p>Source: Valley Post briefing</p>"], "Valley Post briefing", "Source: Valley Post briefing"),
    ("wire-story-in-two-outlets", [PAPER, WIRE],
     "  Sources: Rain, again; [Rain \\<falls\\>, 3 June 2025](<https://wire.example/rain>)",
     ["<p>Source: Rain, again</p>",
      '<p>Source: <a href="https://wire.example/rain">Rain &lt;falls&gt;, 3 June 2025</a></p>'],
     "Rain, again; Rain <falls>, 3 June 2025",
     "Sources: Rain, again; Rain <falls>, 3 June 2025 (https://wire.example/rain)"),
]  # fmt: skip


@pytest.mark.parametrize(("documents", "markdown", "timelinejs", "csv_cell", "ics"),
                         [c[1:] for c in CITATION_CASES], ids=[c[0] for c in CITATION_CASES])  # fmt: skip
def test_markdown_timelinejs_csv_and_ics_cite_the_sources(documents, markdown, timelinejs, csv_cell, ics):
    timeline = _cited(documents)
    assert export.export(timeline, "markdown").splitlines()[-1] == markdown
    slide = json.loads(export.export(timeline, "timelinejs"))["events"][0]
    assert slide["text"]["text"] == "".join(timelinejs)
    assert [row["sources"] for row in read_csv(export.export(timeline, "csv"))] == [csv_cell]
    calendar = icalendar.Calendar.from_ical(export.export(timeline, "ics"))
    assert [str(e["DESCRIPTION"]) for e in calendar.walk("VEVENT")] == [ics]


def test_an_ics_description_is_followed_by_its_sources():
    timeline = _cited([NAMED])
    timeline.events[0].description = "It rained all day; the match was called off."
    event = icalendar.Calendar.from_ical(export.export(timeline, "ics")).walk("VEVENT")[0]
    assert str(event["DESCRIPTION"]) == (
        "It rained all day; the match was called off.\n\nSource: Rain stops play, Valley Post, 3 June 2025"
    )


TLJS_DATES = [
    ("year", "2017", {"year": 2017}, None, None),
    ("month", "October 2025", {"year": 2025, "month": 10}, None, None),
    ("day", "25 October 2025", {"year": 2025, "month": 10, "day": 25}, None, None),
    ("week", "2025-W43", {"year": 2025, "month": 10, "day": 20}, {"year": 2025, "month": 10, "day": 26},
     "week of 20 October 2025"),
    ("quarter", "Q1 2013", {"year": 2013, "month": 1}, {"year": 2013, "month": 3}, "first quarter of 2013"),
    ("late-decade", "the late 1990s", {"year": 1996, "month": 9}, {"year": 1999, "month": 12},
     "the late 1990s"),
    ("early", "early 2019", {"year": 2019, "month": 1}, {"year": 2019, "month": 4}, "early 2019"),
    ("decade", "the 1990s", {"year": 1990}, {"year": 1999}, "the 1990s"),
    ("time", "2013-03-22T14:30", {"year": 2013, "month": 3, "day": 22, "hour": 14, "minute": 30}, None,
     None),
    # TimelineJS hours run 0 to 23: midnight ending a day is said in words
    ("midnight", "2026-01-10T24:00", {"year": 2026, "month": 1, "day": 10}, None,
     "10 January 2026, midnight"),
]


@pytest.mark.parametrize(("typed", "start", "end", "display"), [c[1:] for c in TLJS_DATES],
                         ids=[c[0] for c in TLJS_DATES])
def test_timelinejs_dates_are_as_precise_as_the_date(typed, start, end, display):
    timeline = Timeline(events=[Event(id="x", title="T", when=parse_when(typed))])
    slide = json.loads(export.export(timeline, "timelinejs"))["events"][0]
    assert slide["start_date"] == start
    assert slide.get("end_date") == end
    assert slide.get("display_date") == display


def test_timelinejs_range_has_an_end_date():
    timeline = Timeline(events=[Event(id="x", title="T", when=parse_when("2019"))])
    edit.edit(timeline, "x", when=parse_when("2019").model_copy(
        update={"end": dt.date(2021, 12, 31), "end_value": "2021"}))
    slide = json.loads(export.export(timeline, "timelinejs"))["events"][0]
    assert (slide["start_date"], slide["end_date"], slide["display_date"]) == (
        {"year": 2019}, {"year": 2021}, "2019 – 2021")


def test_markdown_is_a_dated_list():
    text = export.export(sample(), "markdown")
    lines = text.splitlines()
    assert lines[0] == "# Council; works, and more"
    assert "- **3 March 2019**: The council met on 3 March 2019 & voted." in lines
    assert "- **2020**: Work began in 2020 \\<slowly\\>." in lines
    assert "- **early 2021**: It ended in early 2021." in lines
    assert "- **week of 20 October 2025**: Week" in lines
    assert "  Line one line two" in lines and "  <https://example.org/manual>" in lines


# (id, a description, its Markdown line): at a line's start under an item, a list or underline mark would
# make a nested list or a heading of the item, so it is escaped; elsewhere it stays
MARKDOWN_STARTS = [
    ("dash-list", "- not a list", "  \\- not a list"),
    ("plus-list", "+ not a list", "  \\+ not a list"),
    ("ordered-list", "2026. A year of storms", "  2026\\. A year of storms"),
    ("ordered-paren", "3) third", "  3\\) third"),
    ("underline", "===", "  \\==="),
    ("rule", "---", "  \\---"),
    ("a-year-and-words", "2026 was wet", "  2026 was wet"),
    ("a-decimal", "3.5 million left", "  3.5 million left"),
    ("dash-inside", "A - B", "  A - B"),
]


@pytest.mark.parametrize(("description", "line"), [c[1:] for c in MARKDOWN_STARTS],
                         ids=[c[0] for c in MARKDOWN_STARTS])  # fmt: skip
def test_a_markdown_description_never_opens_a_block(description, line):
    event = Event(id="x", title="Storms", description=description, when=parse_when("2019"), origin="manual")
    assert export.export(Timeline(events=[event]), "markdown").splitlines()[5] == line


def test_timeml_is_read_back_with_the_same_text_and_timexes(tmp_path):
    raw = export.export(sample(), "timeml")
    assert raw.startswith('<?xml version="1.0" ?>\n<TimeML>')
    assert 'functionInDocument="CREATION_TIME">2021-06-01</TIMEX3></DCT>' in raw
    assert '<TIMEX3 tid="t3" type="DATE" value="2021" mod="START" temporalFunction="true" ' \
           'anchorTimeID="t0">early 2021</TIMEX3>' in raw
    (tmp_path / "doc.tml").write_text(raw, encoding="utf-8")
    gold = read_timeml(tmp_path / "doc.tml")
    assert gold.text == TEXT and gold.dct == dt.date(2021, 6, 1)
    assert [(t.start, t.end, t.text, t.value, t.tid) for t in gold.timexes] == [
        (e.evidence[0].timex.start, e.evidence[0].timex.end, e.evidence[0].timex.text,
         e.evidence[0].timex.value, e.evidence[0].timex.tid)
        for e in sample().events if e.evidence
    ]


def test_timeml_of_several_documents_is_one_file_each():
    timeline = sample()
    timeline.documents.append(Document(id="doc-2", text="Nothing dated."))
    with pytest.raises(InputError, match="TimeML is one document a file and this timeline has 2"):
        export.export(timeline, "timeml")
    written = export_timeml.timeml_documents(timeline)
    assert sorted(written) == ["doc-1", "doc-2"]
    assert "<TEXT>Nothing dated.</TEXT>" in written["doc-2"] and "<DCT>" not in written["doc-2"]


def test_unknown_format():
    with pytest.raises(InputError, match="unknown export format 'pdf': choose one of json, jsonl, csv"):
        export.export(sample(), "pdf")


def test_text_typed_by_hand_cannot_break_the_formats():
    event = Event(id="x", title="Two\nlines", url="https://example.org/a b\r\nBEGIN:VEVENT", tags=["<b>"],
                  when=parse_when("2019"))
    timeline = Timeline(events=[event])
    calendar = icalendar.Calendar.from_ical(export.export(timeline, "ics"))
    assert len(calendar.walk("VEVENT")) == 1
    assert str(calendar.walk("VEVENT")[0]["URL"]) == "https://example.org/a%20b%0D%0ABEGIN:VEVENT"
    assert "- **2019**: Two lines\n" in export.export(timeline, "markdown")
    assert json.loads(export.export(timeline, "timelinejs"))["events"][0]["group"] == "&lt;b&gt;"


@pytest.mark.browser
def test_timelinejs_itself_reads_the_export(tmp_path):
    """Load the export into Knight Lab's TimelineJS in Chromium: no errors, one marker an event.

    Needs TIMELINEJS_DIST, the dist/ folder of the npm package @knight-lab/timelinejs (3.9.11 checked).
    """
    timeline = sample()
    edit.add(timeline, title="A decade", when=parse_when("the 1990s"))
    data = export.export(timeline, "timelinejs")
    seen = timelinejs_page.shown(data, tmp_path)
    assert seen["errors"] == [] and seen["messages"] == {"errors": [], "warnings": []}
    assert seen["events"] == seen["markers"] == 6
    assert {"the 1990s", "early 2021", "week of 20 October 2025", "2020"} <= set(seen["dates"])


def _ics_expected(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in text if c in "\n\t" or not (ord(c) < 0x20 or ord(c) == 0x7F))


@settings(max_examples=150, deadline=None)
@given(title=st.text(alphabet=st.characters(exclude_categories=["Cs"]), min_size=1, max_size=300))
def test_any_title_survives_the_ics_round_trip(title):
    raw = export.export(Timeline(events=[Event(id="x", title=title, when=parse_when("2019"))]), "ics")
    assert all(len(line.encode("utf-8")) <= 75 for line in raw.split("\r\n"))
    event = icalendar.Calendar.from_ical(raw).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == _ics_expected(title)


@settings(max_examples=100, deadline=None)
@given(text=st.text(alphabet=st.one_of(st.sampled_from("\r\n\t\x0c\x00&<>\"'"),
                                      st.characters(exclude_categories=["Cs"])), min_size=1, max_size=200),
       cut=st.integers(min_value=0, max_value=199))
def test_any_text_survives_the_timeml_round_trip(tmp_path_factory, text, cut):
    start = min(cut, len(text) - 1)
    phrase = TimeExpression(start=start, end=start + 1, text=text[start], type="DATE", value="2019")
    event = Event(id="x", title="T", when=parse_when("2019"),
                  evidence=[Evidence(document="d", start=0, end=len(text), text=text, timex=phrase)])
    raw = export.export(Timeline(documents=[Document(id="d", text=text)], events=[event]), "timeml")
    parsed = ElementTree.fromstring(raw.encode("utf-8"))
    assert len("".join(parsed.find("TEXT").itertext())) == len(text)
    path = tmp_path_factory.mktemp("tml") / "d.tml"
    path.write_text(raw, encoding="utf-8", newline="")
    gold = read_timeml(path)
    assert len(gold.text) == len(text)
    assert [(t.start, t.end) for t in gold.timexes] == [(start, start + 1)]


def test_timeml_anchors_always_resolve():
    text = "It began in 2019 and ended two years later."
    later = TimeExpression(tid="t7", start=27, end=42, text="two years later", type="DATE", value="2021",
                           anchor="t3")
    today = TimeExpression(tid="t8", start=12, end=16, text="2019", type="DATE", value="2019", anchor="dct")
    events = [Event(id=i, title="T", when=parse_when("2019"),
                    evidence=[Evidence(document="d", start=0, end=len(text), text=text, timex=timex)])
              for i, timex in (("a", later), ("b", today))]
    raw = export.export(Timeline(documents=[Document(id="d", text=text)], events=events), "timeml")
    assert "anchorTimeID" not in raw and "<DCT>" not in raw
    assert '<TIMEX3 tid="t7" type="DATE" value="2021">two years later</TIMEX3>' in raw


def test_table_aligns_columns_and_cuts_long_titles():
    events = [
        Event(id="a1", title="Short", when=parse_when("2017")),
        Event(id="b2", title="Long " * 20, origin="manual", when=parse_when("2025-10-25")),
    ]
    assert export.table(events).splitlines() == [
        "ID  DATE             ORIGIN     TITLE",
        "a1  2017             extracted  Short",
        "b2  25 October 2025  manual     " + ("Long " * 14)[:69].strip() + "…",
    ]


def test_timelinejs_says_a_part_of_the_day_in_words():
    night = {"value": "2025-09-10TNI", "start": "2025-09-10", "end": "2025-09-10", "granularity": "time"}
    timeline = Timeline(events=[Event.model_validate({"id": "x", "title": "T", "when": night})])
    slide = json.loads(export.export(timeline, "timelinejs"))["events"][0]
    assert (slide["start_date"], slide.get("end_date"), slide["display_date"]) == (
        {"year": 2025, "month": 9, "day": 10}, None, "10 September 2025, night")


ICS_WHEN = [
    # (value, DTSTART as icalendar reads it, DTEND or None)
    ("2026-02-19T17:00", dt.datetime(2026, 2, 19, 17, 0), None),  # a floating local time, a moment
    ("2026-02-19T09:05", dt.datetime(2026, 2, 19, 9, 5), None),
    ("2026-01-10T24:00", dt.date(2026, 1, 10), dt.date(2026, 1, 11)),  # midnight ending the day: all day
    ("2026-02-19", dt.date(2026, 2, 19), dt.date(2026, 2, 20)),
    ("2026-02", dt.date(2026, 2, 1), dt.date(2026, 3, 1)),
]


@pytest.mark.parametrize(("value", "start", "end"), ICS_WHEN, ids=[row[0] for row in ICS_WHEN])
def test_ics_gives_a_clock_time_its_moment_and_other_dates_whole_days(value, start, end):
    timeline = Timeline(events=[Event(id="x", title="Call", when=parse_when(value))])
    calendar = icalendar.Calendar.from_ical(export.export(timeline, "ics"))
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("DTSTART") == start and type(event.decoded("DTSTART")) is type(start)
    assert (event.decoded("DTEND") if "DTEND" in event else None) == end


# (id, the event's date, its documents' dates, DTSTAMP): deterministic, and never before 1970.
STAMPS = [
    ("latest-document-date", "2019-03-03", [dt.date(2019, 3, 4), dt.date(2021, 6, 1)], dt.date(2021, 6, 1)),
    ("no-document-the-event-day", "2019-03-03", [], dt.date(2019, 3, 3)),
    ("event-of-1890-without-document", "1890", [], dt.date(1970, 1, 1)),
    ("archive-article-of-1911", "1905", [dt.date(1911, 5, 2)], dt.date(1970, 1, 1)),
    ("undated-document-the-event-day", "1999-12-31", [None], dt.date(1999, 12, 31)),
]


@pytest.mark.parametrize(("date", "published", "stamp"), [c[1:] for c in STAMPS], ids=[c[0] for c in STAMPS])
def test_ics_dtstamp_is_the_latest_source_date_never_before_1970(date, published, stamp):
    documents = [Document(id=f"d{i}", text="...", date=d) for i, d in enumerate(published)]
    event = Event(id="e1", title="Works", when=parse_when(date),
                  evidence=[Evidence(document=d.id, start=0, end=3, text="...") for d in documents])
    timeline = Timeline(documents=documents, events=[event])
    raw = export.export(timeline, "ics")
    (read,) = icalendar.Calendar.from_ical(raw).walk("VEVENT")
    assert read.decoded("DTSTAMP") == dt.datetime.combine(stamp, dt.time(), tzinfo=dt.timezone.utc)
    assert export.export(timeline, "ics") == raw, "the same timeline gives the same bytes"


DOCUMENT_TABLES = [
    # (id, documents, header, the row of the first document by id)
    ("no outlet known: no column", [PAPER, FEED], ["ID", "DATE", "DATE", "SOURCE", "EVENTS", "TITLE"],
     ["paper/rain", "-", "none", "1", "Rain,", "again"]),
    ("an outlet known: a column", [PAPER, NAMED],
     ["ID", "DATE", "DATE", "SOURCE", "EVENTS", "OUTLET", "TITLE"],
     ["paper/rain", "-", "none", "1", "-", "Rain,", "again"]),
]  # fmt: skip


@pytest.mark.parametrize(("documents", "header", "row"), [c[1:] for c in DOCUMENT_TABLES],
                         ids=[c[0] for c in DOCUMENT_TABLES])  # fmt: skip
def test_the_document_table_names_outlets_when_any_is_known(documents, header, row):
    lines = export.document_table(_cited(documents)).splitlines()
    assert lines[0].split() == header
    assert lines[1].split() == row


def _dated(*dates: dt.date | None) -> Timeline:
    return Timeline(documents=[Document(id=f"d{i}", text="x", date=date) for i, date in enumerate(dates)])


DOCUMENTS_COUNT = [  # (documents' dates, the line under the table)
    ((), "0 documents"),
    ((dt.date(2025, 1, 2),), "1 document"),
    ((dt.date(2025, 1, 2), None), "2 documents, 1 without a date"),
    ((None, None, None), "3 documents, 3 without a date"),
]


@pytest.mark.parametrize(("dates", "said"), DOCUMENTS_COUNT, ids=[s for _, s in DOCUMENTS_COUNT])
def test_documents_count(dates, said):
    assert export.documents_count(_dated(*dates)) == said
