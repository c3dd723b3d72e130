"""An analyst follows a story for weeks: she re-runs `timeline build` into one folder as articles arrive.

Each case is a pain met in QA round 12: ids that changed when another outlet restated an event, a
removed event that came back that way.
"""

import json

import pytest
from click.testing import CliRunner

import cli

# Three outlets restate one happening; each later one is newer (front matter dates).
POST = ("a-post.md", "2024-09-27", "Heavy rain damaged the spillway of the old dam on 26 September 2024.")
LEDGER = ("b-ledger.md", "2024-09-29",
          "The old dam's spillway was damaged by heavy rain on 26 September 2024.")
WIRE = ("c-wire.md", "2024-09-30", "On 26 September 2024 heavy rain damaged the old dam spillway.")
OTHER = ("d-notes.md", "2024-09-27", "The town council met on 12 September 2024 to plan repairs.")


def _write(folder, *articles):
    folder.mkdir(exist_ok=True)
    for name, date, text in articles:
        (folder / name).write_text(f"---\ndate: {date}\n---\n{text}\n", encoding="utf-8")


def _build(folder, out):
    result = CliRunner().invoke(cli.main, ["build", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return json.loads((out / "timeline.json").read_text(encoding="utf-8"))


def _dam(timeline):
    return [e for e in timeline["events"] if e["when"]["value"] == "2024-09-26"]


def test_an_event_keeps_its_id_when_a_newer_outlet_restates_it(tmp_path):
    _write(tmp_path / "news", POST, OTHER)
    (first,) = _dam(_build(tmp_path / "news", tmp_path / "out"))
    _write(tmp_path / "news", LEDGER)
    _write(tmp_path / "news", WIRE)
    (again,) = _dam(_build(tmp_path / "news", tmp_path / "out"))
    assert again["id"] == first["id"], "the id the file gave the event must stay (ICS UIDs, removals)"
    assert sorted({v["document"] for v in again["evidence"]}) == ["a-post", "b-ledger", "c-wire"]
    assert again["description"].startswith("On 26 September"), "the newest copy still describes it"
    ics = CliRunner().invoke(cli.main, ["export", str(tmp_path / "out" / "timeline.json"), "--format", "ics"])
    assert f"UID:{first['id']}@timeline" in ics.output


@pytest.mark.parametrize("restated_by", [[LEDGER], [LEDGER, WIRE]], ids=["one-outlet", "two-outlets"])
def test_a_removed_event_stays_removed_when_another_outlet_restates_it(tmp_path, restated_by):
    _write(tmp_path / "news", POST, OTHER)
    (dam,) = _dam(_build(tmp_path / "news", tmp_path / "out"))
    removed = CliRunner().invoke(cli.main, ["remove", str(tmp_path / "out" / "timeline.json"), dam["id"]])
    assert removed.exit_code == 0, removed.output
    _write(tmp_path / "news", *restated_by)
    timeline = _build(tmp_path / "news", tmp_path / "out")
    assert _dam(timeline) == [], "a removed event came back under another outlet's id"
    assert [e["when"]["value"] for e in timeline["events"]] == ["2024-09-12"], "the other event stays"


NEWSAPI = {"status": "ok", "totalResults": 2, "articles": [
    {"source": {"id": None, "name": "Ledger Daily"}, "title": "Lines divert ships", "url": "https://l.example/1",
     "publishedAt": "2026-11-03T09:00:00Z", "content": "Two shipping lines diverted vessels on Tuesday."},
    {"source": {"id": None, "name": "Ledger Daily"}, "title": "Grain piles up", "url": "https://l.example/2",
     "publishedAt": "2026-11-06T09:00:00Z", "content": "Grain piled up at the port on Friday."},
]}
# (id, the .json file's content, the documents read: (id, date, title), or the warning about it)
EXPORTS = [
    ("newsapi-response", NEWSAPI,
     [("api-1", "2026-11-03", "Lines divert ships"), ("api-2", "2026-11-06", "Grain piles up")]),
    ("a-bare-list", [{"headline": "Vote held", "body": "The vote was held on 2 March 2025.", "id": "v1"}],
     [("v1", None, "Vote held")]),
    ("results-key", {"results": [{"text": "It opened on 2 May 2024.", "date": "2024-05-03"}]},
     [("api-1", "2024-05-03", None)]),
    ("a-timeline-file", {"schema_version": 1, "events": []}, "api.json: a timeline file, not articles"),
    ("a-config-file", {"name": "x", "version": 2}, "api.json: no articles in this JSON file"),
]


@pytest.mark.parametrize("content,expected", [c[1:] for c in EXPORTS], ids=[c[0] for c in EXPORTS])
def test_a_news_api_export_in_the_folder_is_read_or_named(tmp_path, content, expected):
    _write(tmp_path / "news", OTHER)
    (tmp_path / "news" / "api.json").write_text(json.dumps(content), encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["build", str(tmp_path / "news"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    timeline = json.loads((tmp_path / "out" / "timeline.json").read_text(encoding="utf-8"))
    read = [(d["id"], d["date"], d["title"]) for d in timeline["documents"] if d["id"] != "d-notes"]
    if isinstance(expected, str):
        assert read == []
        assert expected in result.stderr, "a .json file in the folder was skipped without a word"
    else:
        assert read == expected


def test_a_news_api_export_named_on_the_command_line_is_read(tmp_path):
    (tmp_path / "api.json").write_text(json.dumps(NEWSAPI), encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["extract", str(tmp_path / "api.json"), "-o", "-"])
    assert result.exit_code == 0, result.output
    timeline = json.loads(result.stdout)
    assert [(d["id"], d["url"], d["source"]) for d in timeline["documents"]] == [
        ("api-1", "https://l.example/1", f"{tmp_path / 'api.json'}:1"),
        ("api-2", "https://l.example/2", f"{tmp_path / 'api.json'}:2"),
    ]
    assert {e["when"]["value"] for e in timeline["events"]} == {"2026-11-03", "2026-11-06"}


# (id, the event typed into the file's "events" by hand, its origin and pinned as read back)
TYPED = [
    ("title-and-date", {"title": "Union files notice", "when": "20 October 2026"}, "manual"),
    ("title-and-value", {"title": "Union files notice", "when": {"value": "2026-10-20"}}, "manual"),
    ("says-it-is-extracted", {"title": "Union files notice", "when": "2026-10-20", "origin": "extracted"},
     "extracted"),
]


@pytest.mark.parametrize("typed,origin", [c[1:] for c in TYPED], ids=[c[0] for c in TYPED])
def test_an_event_typed_into_the_file_without_an_id_gets_one_and_survives_a_rebuild(tmp_path, typed, origin):
    _write(tmp_path / "news", OTHER)
    _build(tmp_path / "news", tmp_path / "out")
    path = tmp_path / "out" / "timeline.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["events"].append(typed)
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    listed = CliRunner().invoke(cli.main, ["list", str(path), "--json"])
    assert listed.exit_code == 0, listed.output
    (mine,) = [e for e in json.loads(listed.stdout) if e["title"] == "Union files notice"]
    assert len(mine["id"]) == 12 and mine["origin"] == origin
    timeline = _build(tmp_path / "news", tmp_path / "out")
    assert [(e["id"], e["when"]["value"]) for e in timeline["events"] if e["title"] == "Union files notice"] \
        == [(mine["id"], "2026-10-20")], "the id shown by list is the one the file keeps"


def test_a_re_run_says_how_the_file_changed(tmp_path):
    runs = []
    for articles in ([POST], [OTHER], []):
        _write(tmp_path / "news", *articles)
        result = CliRunner().invoke(cli.main, ["build", str(tmp_path / "news"), "-o", str(tmp_path / "out")])
        assert result.exit_code == 0, result.output
        runs.append([line for line in result.stderr.splitlines() if line.startswith("compared with")])
    assert runs == [
        [],  # a new file: nothing to compare with
        ["compared with the file before: 1 new event; 1 event kept its id"],
        ["compared with the file before: no event added or gone (2 events)"],
    ]


# (id, the title she types over the extracted one in a text editor): each is her edit and must survive
RETITLED = [
    ("reworded-with-the-articles-own-words", "Heavy rain damaged the dam spillway"),
    ("shortened", "Heavy rain damaged the spillway"),
    ("new-words", "Spillway wrecked by storm"),
]


@pytest.mark.parametrize("title", [c[1] for c in RETITLED], ids=[c[0] for c in RETITLED])
def test_a_title_changed_in_a_text_editor_survives_the_next_build(tmp_path, title):
    _write(tmp_path / "news", POST, OTHER)
    _build(tmp_path / "news", tmp_path / "out")
    path = tmp_path / "out" / "timeline.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    (dam,) = _dam(data)
    assert dam["extracted_title"] == dam["title"] != title
    dam["title"] = title
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    _write(tmp_path / "news", LEDGER)  # a new outlet restates it, as on any day of a story
    (again,) = _dam(_build(tmp_path / "news", tmp_path / "out"))
    assert (again["id"], again["title"], again["pinned"]) == (dam["id"], title, True)
    assert sorted({v["document"] for v in again["evidence"]}) == ["a-post", "b-ledger"]


def test_a_title_left_alone_follows_the_newest_copy(tmp_path):
    _write(tmp_path / "news", POST, OTHER)
    (dam,) = _dam(_build(tmp_path / "news", tmp_path / "out"))
    _write(tmp_path / "news", WIRE)
    (again,) = _dam(_build(tmp_path / "news", tmp_path / "out"))
    assert again["pinned"] is False and again["description"].startswith("On 26 September")


GOOD = '{\n  "schema_version": 1,\n  "events": [\n    {\n      "id": "a1",\n      "title": "Strike",\n' \
       '      "when": "2 November 2026"\n    }\n  ]\n}\n'
# (id, the slip made in a text editor, the message's end: the place and what to do)
SLIPS = [
    ("comma-left-out-between-fields", GOOD.replace('"a1",', '"a1"'),
     "line 6, column 7: Expecting ',' delimiter (a comma is missing at the end of line 5)"),
    ("typographic-quotes", GOOD.replace('"Strike"', "\u201cStrike\u201d"),
     'line 6, column 16: Expecting value (the left double quotation mark \u201c is not a JSON quote: type a '
     'straight " instead)'),
    ("comma-left-last", GOOD.replace('"2 November 2026"', '"2 November 2026",'),
     "line 8, column 5: Expecting property name enclosed in double quotes (the comma at the end of line 7 "
     "has nothing after it: remove it)"),
]


@pytest.mark.parametrize("text,message", [c[1:] for c in SLIPS], ids=[c[0] for c in SLIPS])
def test_a_slip_in_a_hand_edited_file_is_named_with_its_place_and_the_fix(tmp_path, text, message):
    path = tmp_path / "timeline.json"
    path.write_text(GOOD, encoding="utf-8")
    assert CliRunner().invoke(cli.main, ["list", str(path)]).exit_code == 0, "the good file reads"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["list", str(path)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {path}: not valid JSON at {message}\n"
