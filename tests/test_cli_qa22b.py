"""A user-session audit, round 22: a web page's headline ends its own sentence (its date no longer takes the
tense of the paragraph under it, while a wrapped line still joins the next); every output names an edited
event "edited"; the first source an export lists is the one its description quotes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import icalendar
import pytest
from click.testing import CliRunner

import cli
from timeline.dates import parse_when
from timeline.models import Document, Event, Evidence, Timeline


def _run(*args: str):
    return CliRunner().invoke(cli.main, list(args))


def _page(body: str) -> str:
    return (
        "<!doctype html><html><head><title>Valley Post</title>"
        '<meta property="article:published_time" content="2026-04-10T08:00:00Z"></head>'
        f"<body><article>{body}</article></body></html>"
    )


def _feed(content: str) -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Post</title><item>'
        "<title>Reservoir news</title><pubDate>Fri, 10 Apr 2026 08:00:00 GMT</pubDate>"
        f"<description><![CDATA[{content}]]></description></item></channel></rss>"
    )


_DRAINED = "<p>The upper reservoir was drained on Tuesday after engineers found a crack in the dam wall.</p>"
_MORE = "<p>Residents were asked to save water while the board looks for contractors, officials said.</p>"
# (file name, its content, the line whose date is asked, the value that date takes); the pages are dated
# 10 April 2026: a summer ahead of it is 2026's, one read in a past tense 2025's.
HEADING_CASES = [
    ("headline", "page.html", _page(f"<h1>Reservoir empty, repairs to start in summer</h1>{_DRAINED}{_MORE}"),
     "Reservoir empty, repairs to start in summer", "2026-SU"),
    ("subheading", "page.html", _page(f"<h1>Dam cracked</h1>{_DRAINED}<h2>Repairs to follow in summer</h2>"
                                      f"{_MORE}"), "Repairs to follow in summer", "2026-SU"),
    ("heading-broken-by-br", "page.html",
     _page(f"<h1>Dam cracked</h1>{_MORE}<h2>Repairs to start<br>in summer</h2>{_DRAINED}"),
     "Repairs to start\nin summer", "2026-SU"),
    ("feed-item-heading", "feed.xml",
     _feed(f"<h2>Reservoir empty, repairs to start in summer</h2>{_DRAINED}"),
     "Reservoir empty, repairs to start in summer", "2026-SU"),
    # a line broken before the end of its sentence goes on with the next: its verb is theirs
    ("wrapped-text-line", "note.txt", "Date: 2026-04-10\n\nCrews working on the dam wall in summer\nfound a "
     "second crack, the board said.\n", "Crews working on the dam wall in summer", "2025-SU"),
    ("line-break-in-a-paragraph", "page.html",
     _page("<h1>Dam cracked</h1><p>Crews working on the dam wall in summer<br>found a second crack, the "
           "board said.</p>" + _MORE), "Crews working on the dam wall in summer", "2025-SU"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "content", "line", "value"), [c[1:] for c in HEADING_CASES],
                         ids=[c[0] for c in HEADING_CASES])
def test_a_heading_ends_its_own_sentence(tmp_path: Path, name: str, content: str, line: str, value: str):
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    result = _run("extract", str(source), "--dct", "2026-04-10")
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    text = found["documents"][0]["text"]
    assert line in text
    dated = [e for e in found["events"] if any(v["text"].startswith(line) for v in e["evidence"])]
    assert [e["when"]["value"] for e in dated] == [value]


ARTICLE = (
    "Dam repairs approved\n\n"
    "The council approved the dam repairs on 3 March 2026. The upper reservoir was drained on 7 April 2026.\n"
)


def _timeline(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """Return a timeline file with an extracted event, an edited one and one added by hand, and their ids."""
    article, timeline = tmp_path / "post.txt", tmp_path / "t.json"
    article.write_text(ARTICLE, encoding="utf-8")
    assert _run("extract", str(article), "--dct", "2026-04-10", "-o", str(timeline)).exit_code == 0
    events = json.loads(timeline.read_text(encoding="utf-8"))["events"]
    ids = {"extracted": events[0]["id"], "edited": events[1]["id"]}
    assert _run("edit", str(timeline), ids["edited"], "--title", "Reservoir drained").exit_code == 0
    added = _run("add", str(timeline), "--title", "Contract signed", "--date", "2026-04-09")
    assert added.exit_code == 0, added.output
    events = json.loads(timeline.read_text(encoding="utf-8"))["events"]
    hand = next(e for e in events if e["origin"] == "manual")
    return timeline, {**ids, "manual": hand["id"]}


def _list_origins(timeline: Path) -> dict[str, str]:
    lines = _run("list", str(timeline)).stdout.splitlines()
    start = lines[0].index("ORIGIN")
    return {line.split()[0]: line[start:].split("  ")[0].strip() for line in lines[1:] if line.strip()}


def _csv_origins(timeline: Path) -> dict[str, str]:
    rows = csv.DictReader(io.StringIO(_run("export", str(timeline), "--format", "csv", "--no-bom").stdout))
    return {row["id"]: row["origin"] for row in rows}


def _show_origins(timeline: Path) -> dict[str, str]:
    ids = [e["id"] for e in json.loads(timeline.read_text(encoding="utf-8"))["events"]]
    origins = {}
    for event_id in ids:
        shown = _run("show", str(timeline), event_id).stdout.splitlines()
        line = next(x for x in shown if x.startswith("origin:"))
        origins[event_id] = line.split()[1]
    return origins


# (output, how its origin of each event is read)
ORIGIN_CASES = [("list", _list_origins), ("csv", _csv_origins), ("show", _show_origins)]


@pytest.mark.parametrize("read", [c[1] for c in ORIGIN_CASES], ids=[c[0] for c in ORIGIN_CASES])
def test_every_output_names_the_origin_alike(tmp_path: Path, read):
    timeline, ids = _timeline(tmp_path)
    origins = read(timeline)
    assert {origin: origins[event_id] for origin, event_id in ids.items()} == {
        "extracted": "extracted", "edited": "edited", "manual": "manual"}


FIRST = "The ferry strike began on 2 March 2026, the union said."
SECOND = "Ferry crews walked out on 2 March 2026 over pay, the port authority said."


def _two_sources(tmp_path: Path, description: str) -> Path:
    """Return a timeline file of one event stated in two documents, its description `description`."""
    documents = [Document(id="a-wire", text=FIRST, title="Strike begins", outlet="Wire One"),
                 Document(id="b-post", text=SECOND, title="Crews walk out", outlet="Harbour Post")]
    evidence = [Evidence(document=d.id, start=0, end=len(d.text), text=d.text) for d in documents]
    event = Event(id="e1", title="The ferry strike began", description=description,
                  when=parse_when("2026-03-02"), evidence=evidence)
    path = tmp_path / "t.json"
    path.write_text(Timeline(documents=documents, events=[event]).model_dump_json(indent=2), encoding="utf-8")
    return path


def _markdown_sources(path: Path) -> list[str]:
    out = _run("export", str(path), "--format", "markdown").stdout
    line = next(x for x in out.splitlines() if x.strip().startswith("Source"))
    return [name.split(",")[0] for name in line.split(": ", 1)[1].split("; ")]


def _ics_sources(path: Path) -> list[str]:
    calendar = icalendar.Calendar.from_ical(_run("export", str(path), "--format", "ics").stdout)
    said = str(next(iter(calendar.walk("VEVENT")))["DESCRIPTION"])
    return [name.split(",")[0] for name in said.split("Sources: ", 1)[1].split("; ")]


def _csv_sources(path: Path) -> list[str]:
    row = next(csv.DictReader(io.StringIO(_run("export", str(path), "--format", "csv", "--no-bom").stdout)))
    return [name.split(",")[0] for name in row["sources"].split("; ")]


# (format, how the sources it lists are read)
SOURCE_FORMATS = [("markdown", _markdown_sources), ("ics", _ics_sources), ("csv", _csv_sources)]
# (case, the description, the sources in the order listed)
QUOTED_CASES = [
    ("quotes-the-first", FIRST, ["Strike begins", "Crews walk out"]),
    ("quotes-the-second", SECOND, ["Crews walk out", "Strike begins"]),
    ("quotes-part-of-the-second", "Ferry crews walked out on 2 March 2026 over pay", ["Crews walk out",
                                                                                      "Strike begins"]),
    ("typed-by-hand", "A strike over pay.", ["Strike begins", "Crews walk out"]),
]


@pytest.mark.parametrize("read", [f[1] for f in SOURCE_FORMATS], ids=[f[0] for f in SOURCE_FORMATS])
@pytest.mark.parametrize(("description", "listed"), [c[1:] for c in QUOTED_CASES],
                         ids=[c[0] for c in QUOTED_CASES])
def test_the_first_source_listed_is_the_one_quoted(tmp_path: Path, read, description: str, listed: list[str]):
    assert read(_two_sources(tmp_path, description)) == listed
