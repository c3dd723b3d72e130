"""--min-confidence on extract, build, list and export: weaker extracted events left out, hand work kept."""

import json

import pytest
from click.testing import CliRunner

import cli

# Invented: an absolute date (0.95), a day counted from the publication date (0.85), a week counted from it
# (0.45: "next week" may be the calendar week or the seven days to come).
ARTICLE = """---
title: Harbour bridge repairs
date: 2025-10-25
---
The county council approved a repair budget on 3 March 2021.
Engineers closed the bridge on Monday.
Tolls could double next week, officials warned.
"""
SURE, RELATIVE, WEEK = "2021-03-03", "2025-10-20", "2025-W44"


def run(*args, stdin=None):
    return CliRunner().invoke(cli.main, [str(a) for a in args], input=stdin)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "bridge.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def timeline_file(tmp_path, article):
    """Return a timeline file of the article's three events and one added by hand (on 2024-05-01)."""
    path = tmp_path / "t.json"
    assert run("extract", article, "-o", path).exit_code == 0
    added = run("add", path, "--date", "2024-05-01", "--title", "Reopening ceremony held")
    assert added.exit_code == 0, added.output
    return path


def values(timeline: dict) -> list[str]:
    return sorted(e["when"]["value"] for e in timeline["events"])


def test_article_confidences_are_as_the_rules_give_them(article):
    result = run("extract", article)
    confidences = {e["when"]["value"]: e["confidence"] for e in json.loads(result.stdout)["events"]}
    assert confidences == {SURE: 0.95, RELATIVE: 0.85, WEEK: 0.45}


EXTRACTED = [  # (--min-confidence, dates kept)
    ("0", [SURE, WEEK, RELATIVE]),
    ("0.45", [SURE, WEEK, RELATIVE]),  # at least: an event of 0.45 stays
    ("0.7", [SURE, RELATIVE]),
    ("0.9", [SURE]),
    ("1", []),
]


@pytest.mark.parametrize(("minimum", "kept"), EXTRACTED, ids=[row[0] for row in EXTRACTED])
def test_extract_leaves_out_weaker_events(article, minimum, kept):
    result = run("extract", article, "--min-confidence", minimum)
    assert result.exit_code == 0, result.output
    assert values(json.loads(result.stdout)) == sorted(kept)
    dropped = 3 - len(kept)
    assert (f"left out {dropped} extracted event" in result.stderr) == (dropped > 0)


def test_extract_into_a_file_keeps_hand_added_and_hand_edited_events(tmp_path, article, timeline_file):
    events = json.loads(timeline_file.read_text())["events"]
    weak = next(e for e in events if e["when"]["value"] == WEEK)
    assert run("edit", timeline_file, weak["id"][:8], "--title", "Tolls may double").exit_code == 0
    result = run("extract", article, "--into", timeline_file, "--min-confidence", "0.9")
    assert result.exit_code == 0, result.output
    saved = json.loads(timeline_file.read_text())
    assert values(saved) == sorted([SURE, WEEK, "2024-05-01"])  # 0.85 left out, 0.45 edited: kept
    assert [e["title"] for e in saved["events"] if e["when"]["value"] == WEEK] == ["Tolls may double"]
    # the extraction's copy of the edited event is left out as well: the user's stays
    assert "left out 2 extracted events with a confidence under 0.9 (hand-added" in result.stderr


def test_build_writes_only_the_events_sure_enough(tmp_path, article):
    result = run("build", article, "-o", tmp_path / "out", "--min-confidence", "0.8")
    assert result.exit_code == 0, result.output
    assert values(json.loads((tmp_path / "out" / "timeline.json").read_text())) == [SURE, RELATIVE]
    page = (tmp_path / "out" / "timeline.html").read_text(encoding="utf-8")
    assert "Engineers closed the bridge" in page and "Tolls could double" not in page


LISTED = [  # (--min-confidence, dates listed): the event added by hand always passes
    ("0.4", [SURE, WEEK, RELATIVE, "2024-05-01"]),
    ("0.8", [SURE, RELATIVE, "2024-05-01"]),
    ("0.95", [SURE, "2024-05-01"]),
]


@pytest.mark.parametrize(("minimum", "listed"), LISTED, ids=[row[0] for row in LISTED])
def test_list_shows_the_events_at_or_above_the_threshold(timeline_file, minimum, listed):
    result = run("list", timeline_file, "--json", "--min-confidence", minimum)
    assert result.exit_code == 0, result.output
    assert values({"events": json.loads(result.stdout)}) == sorted(listed)


def test_list_table_counts_what_it_left_out(timeline_file):
    result = run("list", timeline_file, "--min-confidence", "0.9")
    assert result.exit_code == 0, result.output
    assert "2 of 4 events" in result.stderr and "Tolls could double" not in result.stdout


@pytest.mark.parametrize(("minimum", "listed"), LISTED, ids=[row[0] for row in LISTED])
def test_export_writes_the_events_at_or_above_the_threshold(timeline_file, minimum, listed):
    result = run("export", timeline_file, "--format", "json", "--min-confidence", minimum)
    assert result.exit_code == 0, result.output
    assert values(json.loads(result.stdout)) == sorted(listed)


def test_export_csv_with_min_confidence_leaves_the_weak_row_out(timeline_file):
    result = run("export", timeline_file, "--format", "csv", "--min-confidence", "0.7")
    assert result.exit_code == 0, result.output
    assert "Engineers closed the bridge" in result.stdout and "Tolls could double" not in result.stdout


COMMANDS = [
    ("extract", "{article}"),
    ("build", "{article}", "-o", "{tmp}/out"),
    ("list", "{timeline}"),
    ("export", "{timeline}", "--format", "json"),
]


@pytest.mark.parametrize("value", ["-0.1", "1.5", "high"])
@pytest.mark.parametrize("command", COMMANDS, ids=[row[0] for row in COMMANDS])
def test_min_confidence_is_a_number_from_0_to_1(tmp_path, article, timeline_file, command, value):
    names = {"article": article, "timeline": timeline_file, "tmp": tmp_path}
    result = run(*[part.format(**names) for part in command], "--min-confidence", value)
    assert result.exit_code == 2
    assert "Invalid value for '--min-confidence'" in result.output
    assert not (tmp_path / "out").exists()
