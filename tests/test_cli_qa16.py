"""A journalist's afternoon, session 16: what `show` and the CSV say of an event's confidence, a JSON Lines
feed or an export of articles given where a timeline file goes, the events a re-run lost named, and merge's
count of files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import cli

ARTICLE = """Ferry halted after engine fire

PORT ELLEN, March 3, 2026 - The island ferry was withdrawn from service on Monday after a fire broke out.

Islanders held a public meeting on Sunday to demand a second vessel.
"""


def _run(*args: str):
    return CliRunner().invoke(cli.main, list(args))


@pytest.fixture
def timeline_file(tmp_path: Path) -> Path:
    article = tmp_path / "ferry.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "t.json"
    result = _run("extract", str(article), "-o", str(path))
    assert result.exit_code == 0, result.output
    result = _run("add", str(path), "--date", "March 2026", "--title", "Operator fined")
    assert result.exit_code == 0, result.output
    return path


def _events(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["events"]


def test_show_gives_an_extracted_events_confidence_and_none_for_hand_work(timeline_file: Path):
    events = _events(timeline_file)
    extracted = next(e for e in events if e["origin"] == "extracted")
    manual = next(e for e in events if e["origin"] == "manual")
    shown = _run("show", str(timeline_file), extracted["id"])
    assert shown.exit_code == 0, shown.output
    assert f"confidence:  {extracted['confidence']:.2f}\n" in shown.stdout
    shown = _run("show", str(timeline_file), manual["id"])
    assert shown.exit_code == 0 and "confidence" not in shown.stdout, shown.stdout


def test_the_csv_has_a_confidence_column_empty_for_hand_work(timeline_file: Path):
    result = _run("export", str(timeline_file), "--format", "csv", "--no-bom")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    scores = {row["id"]: row["confidence"] for row in rows}
    for event in _events(timeline_file):
        want = "" if event["origin"] == "manual" else f"{event['confidence']:.2f}"
        assert scores[event["id"]] == want, (event["title"], scores[event["id"]])
    assert any(scores.values()), "the extracted events have a score"


# (id, file name, content, what the error says beside where it broke): articles given to a command that
# reads a timeline file are named as such, with the command that reads them
NOT_TIMELINES = [
    ("json-lines-feed", "feed.jsonl",
     '{"id": "w1", "text": "Talks resumed on Monday."}\n{"id": "w2", "text": "Talks ended on Friday."}\n',
     "JSON Lines"),
    ("news-api-export", "news.json",
     '{"status": "ok", "articles": [{"title": "Talks", "content": "Talks resumed on Monday."}]}',
     "holds articles"),
    ("list-of-articles", "export.json", '[{"headline": "Talks", "body": "Talks resumed on Monday."}]',
     "holds articles"),
]


@pytest.mark.parametrize(("name", "content", "said"), [c[1:] for c in NOT_TIMELINES],
                         ids=[c[0] for c in NOT_TIMELINES])
@pytest.mark.parametrize("command", ["list", "merge"])
def test_articles_given_for_a_timeline_file_point_to_extract(tmp_path: Path, command, name, content, said):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    args = [command, str(path)] + (["-o", str(tmp_path / "out.json")] if command == "merge" else [])
    result = _run(*args)
    assert result.exit_code == 1, result.output
    assert said in result.stderr and "`timeline extract`" in result.stderr, result.stderr
    assert "Traceback" not in result.output


def test_a_list_that_holds_no_articles_gets_no_hint(tmp_path: Path):
    path = tmp_path / "numbers.json"
    path.write_text("[1, 2, 3]", encoding="utf-8")
    result = _run("list", str(path))
    assert result.exit_code == 1 and "the top level is a list" in result.stderr
    assert "extract" not in result.stderr, result.stderr


def test_a_re_run_names_the_events_it_lost(tmp_path: Path, timeline_file: Path):
    article = tmp_path / "ferry.txt"
    lost = next(e for e in _events(timeline_file) if "meeting" in e["title"])
    article.write_text(ARTICLE.replace("Islanders held a public meeting on Sunday", "Islanders met"),
                       encoding="utf-8")
    result = _run("extract", str(article), "-o", str(timeline_file))
    assert result.exit_code == 0, result.output
    assert f"1 gone (merged with another copy of the statement, or no longer found: {lost['id']} " \
           f"{lost['title']})" in result.stderr, result.stderr


# (files merged, what the count says)
MERGED = [(1, "from 1 file -> "), (2, "from 2 files -> ")]


@pytest.mark.parametrize(("count", "said"), MERGED, ids=[c[1].strip(" ->") for c in MERGED])
def test_merge_counts_its_files_in_english(tmp_path: Path, timeline_file: Path, count, said):
    result = _run("merge", *[str(timeline_file)] * count, "-o", str(tmp_path / "both.json"))
    assert result.exit_code == 0, result.output
    assert said in result.stderr, result.stderr


# (id, front matter of the article, the outlet `documents --json` gives): the name `--outlet` knows it by
OUTLETS = [
    ("own", "outlet: Island Post\n", "Island Post"),
    ("web-host", "url: https://news.island.example/ferry\n", "news.island.example"),
    ("none", "", None),
]


@pytest.mark.parametrize(("front", "outlet"), [c[1:] for c in OUTLETS], ids=[c[0] for c in OUTLETS])
def test_documents_json_gives_the_tables_events_and_outlet(tmp_path: Path, front, outlet):
    article = tmp_path / "ferry.txt"
    body = ARTICLE.partition("\n\n")[2].replace("PORT ELLEN, March 3, 2026 - ", "")
    article.write_text(f"---\ntitle: Ferry halted\ndate: 2026-03-03\n{front}---\n{body}", encoding="utf-8")
    path = tmp_path / "t.json"
    assert _run("extract", str(article), "-o", str(path)).exit_code == 0
    shown = json.loads(_run("documents", str(path), "--json").stdout)
    events = len(_events(path))
    assert events >= 1
    assert [(d["id"], d["events"], d.get("outlet")) for d in shown] == [("ferry", events, outlet)]
    if outlet:
        chosen = json.loads(_run("documents", str(path), "--json", "--outlet", outlet).stdout)
        assert [d["id"] for d in chosen] == ["ferry"], "the outlet given is the one --outlet takes"


def test_export_help_says_timeml_tags_the_dates_of_events_only(timeline_file: Path):
    help_text = " ".join(_run("export", "--help").output.split())
    assert "the dates of their events tagged as TIMEX3" in help_text
    assert "`timeline tag --format timeml`" in help_text
    result = _run("export", str(timeline_file), "--format", "timeml")
    assert result.exit_code == 0, result.output
    tagged = result.stdout.count("<TIMEX3 ") - 1  # the DCT's
    dating = {e["evidence"][0]["timex"]["start"] for e in _events(timeline_file) if e["evidence"]}
    assert 0 < tagged == len(dating), "one TIMEX3 for each date phrase that dates an event"


def test_documents_counts_one_document_in_english(timeline_file: Path):
    result = _run("documents", str(timeline_file))
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == "1 document", result.stderr


ONE = "Quake hits town\n\nLIMA, May 4, 2026 - A quake hit the town on Sunday.\n"

# (id, command, the line said of one event): a single event is counted in the singular
SINGULAR = [
    ("extract", ["extract", "{article}", "-o", "{out}/t.json"], "1 event in "),
    ("build", ["build", "{article}", "-o", "{out}/site"], "(1 event)\n"),
    ("render", ["render", "{timeline}", "-o", "{out}/t.html"], "1 event -> "),
    ("merge", ["merge", "{timeline}", "-o", "{out}/both.json"], "1 event from 1 file -> "),
]


@pytest.mark.parametrize(("args", "said"), [c[1:] for c in SINGULAR], ids=[c[0] for c in SINGULAR])
def test_one_event_is_counted_in_the_singular(tmp_path: Path, args, said):
    article = tmp_path / "quake.txt"
    article.write_text(ONE, encoding="utf-8")
    path = tmp_path / "one.json"
    assert _run("extract", str(article), "-o", str(path)).exit_code == 0
    assert len(_events(path)) == 1
    out = tmp_path / "out"
    out.mkdir()
    filled = [a.format(article=article, out=out, timeline=path) for a in args]
    result = _run(*filled)
    assert result.exit_code == 0, result.output
    assert said in result.stderr and "1 events" not in result.stderr, result.stderr


# (id, command): a search that misses the only event says so in English
MISSED = [
    ("list", ["list"]),
    ("list-removed", ["list", "--removed"]),
    ("export", ["export", "--format", "csv"]),
]


@pytest.mark.parametrize("args", [c[1] for c in MISSED], ids=[c[0] for c in MISSED])
def test_missing_the_only_event_says_so_in_the_singular(tmp_path: Path, args):
    path = tmp_path / "t.json"
    assert _run("add", str(path), "--date", "June 2026", "--title", "Mill talks").exit_code == 0
    if "--removed" in args:
        assert _run("remove", str(path), json.loads(path.read_text())["events"][0]["id"]).exit_code == 0
        assert _run("add", str(path), "--date", "May 2026", "--title", "Mill vote").exit_code == 0
    result = _run(args[0], str(path), *args[1:], "--query", "zeppelin")
    assert result.exit_code == 0, result.output
    kind = "removed event" if "--removed" in args else "event"
    assert f"the only {kind} does not match the options given" in result.stderr, result.stderr
    assert "none of the 1" not in result.stderr
