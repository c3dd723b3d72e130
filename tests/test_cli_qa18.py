"""A researcher's day, round 18: a filtered TimelineJS export, `list` matching nothing, `add --date
yesterday` on an archive, a dateline without a year."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import cli
from tests import timelines


def run(*args, code: int = 0):
    result = CliRunner().invoke(cli.main, [str(a) for a in args])
    assert result.exit_code == code, result.output
    return result


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "t.json"
    path.write_text(timelines.sample().model_dump_json(indent=2), encoding="utf-8")
    return path


# (options, the title slide's text): all the events and documents, as the page says, or those exported
HEADLINES = [
    ((), "10 events from 2 documents"),
    (("--document", "bridge"), "3 events from 1 document"),
    (("--from", "2026-06", "--to", "2026-06"), "1 event"),
    (("--query", "Hanoi"), "1 event from 1 document"),
]


@pytest.mark.parametrize(("options", "said"), HEADLINES, ids=[" ".join(o) or "all" for o, _ in HEADLINES])
def test_timelinejs_title_slide_counts_what_was_exported(sample, options, said):
    out = json.loads(run("export", sample, "--format", "timelinejs", *options).stdout)
    assert out["title"]["text"]["text"] == said
    assert len(out["events"]) == int(said.split()[0])


# (options, what stderr says): nothing on stdout but a message, exit 0
NOTHING = [
    (("--query", "zeppelin"), "nothing matched: none of the 10 events matches the options given"),
    (("--from", "1990", "--to", "1991"), "nothing matched: none of the 10 events matches"),
    (("--removed",), "no removed events: nothing was removed"),
]


@pytest.mark.parametrize(("options", "said"), NOTHING, ids=[" ".join(o) for o, _ in NOTHING])
def test_list_matching_nothing_says_so_on_stderr(sample, options, said):
    result = run("list", sample, *options)
    assert result.stdout == ""
    assert said in result.stderr


def test_list_of_an_empty_timeline_says_how_to_fill_it(tmp_path):
    path = tmp_path / "empty.json"
    run("add", path, "--title", "x", "--date", "2020")
    run("remove", path, json.loads(run("list", path, "--json").stdout)[0]["id"])
    result = run("list", path, "--query", "x")
    assert result.stdout == "" and "no events yet: `timeline extract`" in result.stderr


def test_list_matching_some_still_prints_the_table_and_the_count(sample):
    result = run("list", sample, "--query", "bridge")
    assert result.stdout.startswith("ID") and "bridge" in result.stdout
    assert "of 10 events" in result.stderr


# (--date, --as-of, the date added, what the message says it was read from)
AS_OF = [
    ("yesterday", "2001-12-28", "27 December 2001", '"yesterday" read from --as-of, 28 December 2001'),
    ("last Monday", "28 December 2001", "24 December 2001", '"last Monday" read from --as-of, 28 December'),
    ("Dec 24", "2001-12-28", "24 December 2001", '"Dec 24" read from --as-of'),
    ("2017", "2001-12-28", "2017", None),
]


@pytest.mark.parametrize(("date", "as_of", "added", "said"), AS_OF, ids=[r[0] for r in AS_OF])
def test_add_reads_relative_dates_from_as_of(tmp_path, date, as_of, added, said):
    result = run("add", tmp_path / "t.json", "--date", date, "--as-of", as_of, "--title", "Fires reach town")
    assert f"({added})" in result.stderr
    assert (said in result.stderr) if said else "read from" not in result.stderr


def test_add_yesterday_without_as_of_names_today_and_the_documents_date(sample):
    result = run("add", sample, "--date", "yesterday", "--title", "Late event")
    assert '"yesterday" read from today' in result.stderr
    assert "latest document is dated 1 February 2026: --as-of 2026-02-01 reads it from there" in result.stderr


def test_edit_end_reads_from_as_of(sample):
    event = json.loads(run("list", sample, "--json", "--query", "Hanoi").stdout)[0]["id"]
    result = run("edit", sample, event, "--end", "tomorrow", "--as-of", "2025-10-25")
    assert "(week of 20 October 2025 \u2013 26 October 2025)" in result.stderr
    assert '"tomorrow" read from --as-of, 25 October 2025' in result.stderr


def test_as_of_must_be_one_day(tmp_path):
    result = run("add", tmp_path / "t.json", "--date", "yesterday", "--as-of", "2001", "--title", "x", code=1)
    assert "--as-of: '2001' is more than a day" in result.output
    assert not (tmp_path / "t.json").exists()


def test_timelinejs_of_the_whole_timeline_counts_documents_as_the_page_does(sample, tmp_path):
    data = json.loads(sample.read_text(encoding="utf-8"))
    data["documents"].append({**data["documents"][0], "id": "silent", "text": "Nothing dated here."})
    sample.write_text(json.dumps(data), encoding="utf-8")
    out = json.loads(run("export", sample, "--format", "timelinejs").stdout)
    assert out["title"]["text"]["text"] == "10 events from 3 documents"


def test_list_from_last_week_reads_from_as_of(sample):
    result = run("list", sample, "--from", "last week", "--as-of", "2026-01-15")
    assert [line.split()[1:4] for line in result.stdout.splitlines()[1:]] == [
        ["12", "January", "2026"], ["June", "2026", "manual"]]
    assert result.stderr == '2 of 10 events; "last week" read from --as-of, 15 January 2026\n'


def test_list_and_export_from_a_relative_date_name_the_day_and_the_documents_date(sample):
    listed = run("list", sample, "--from", "tomorrow")
    exported = run("export", sample, "--format", "csv", "--from", "tomorrow")
    for said in (listed.stderr, exported.stderr):
        assert '"tomorrow" read from today' in said and "--as-of 2026-02-01 reads it from there" in said
