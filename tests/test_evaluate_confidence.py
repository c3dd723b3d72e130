"""Event scores by confidence, at or above each threshold and per band (`evaluate --by-confidence`)."""

import json

import pytest
from click.testing import CliRunner

import cli
from tests.test_evaluate_events import TIMEML
from timeline.evaluate_events import Marks, by_confidence, confidence_table, flat_buckets, scores_at

# Invented marks: (confidence, date right, evidence entries without a date) per event; the best confidence
# of the events covering each anchored gold event (None: missed).
MARKS = Marks(
    events=[(0.95, True, 0), (0.85, True, 1), (0.85, False, 0), (0.7, True, 0), (0.65, False, 2),
            (0.4, False, 0)],
    anchored=[0.95, 0.85, 0.7, None],
)

AT_LEAST = [  # (threshold, events, correct, found, continued)
    (0.0, 6, 3, 3, 3),
    (0.5, 5, 3, 3, 3),
    (0.7, 4, 3, 3, 1),  # 0.7 is at least 0.7
    (0.8, 3, 2, 2, 1),
    (0.9, 1, 1, 1, 0),
    (0.96, 0, 0, 0, 0),
]


@pytest.mark.parametrize(("minimum", "events", "correct", "found", "continued"), AT_LEAST,
                         ids=[str(row[0]) for row in AT_LEAST])
def test_scores_at_keep_the_events_at_or_above_the_threshold(minimum, events, correct, found, continued):
    scores = scores_at(MARKS, minimum)
    counts = (scores.system, scores.correct, scores.found, scores.continued)
    assert counts == (events, correct, found, continued)
    assert scores.gold == 4  # recall is always out of every anchored gold event


def test_by_confidence_gives_thresholds_and_the_bands_that_hold_events():
    figures = by_confidence(MARKS, thresholds=(0.5, 0.8))
    assert list(figures["at_least"]) == [">= 0.5", ">= 0.8"]
    assert figures["at_least"][">= 0.8"]["kept"] == 0.5
    assert figures["at_least"][">= 0.8"]["anchored_recall"] == 0.5
    assert figures["buckets"] == {
        "0.0 to 0.5": {"events": 1, "correct": 0, "date_precision": 0.0},
        "0.5 to 0.8": {"events": 2, "correct": 1, "date_precision": 0.5},
        "0.8 to 1.0": {"events": 3, "correct": 2, "date_precision": 0.6667},
    }
    assert flat_buckets(figures) == []


def test_by_confidence_leaves_out_empty_bands():
    assert list(by_confidence(MARKS, thresholds=(0.2, 0.3, 0.5))["buckets"]) == ["0.3 to 0.5", "0.5 to 1.0"]


def test_flat_buckets_names_a_band_dated_no_better_than_the_one_below():
    marks = Marks(events=[(0.6, True, 0), (0.75, False, 0), (0.75, True, 0), (0.85, True, 0)], anchored=[])
    assert flat_buckets(by_confidence(marks, thresholds=(0.7, 0.8))) == ["0.7 to 0.8"]


def test_confidence_table_aligns_both_tables():
    lines = confidence_table(by_confidence(MARKS, thresholds=(0.5, 0.8))).splitlines()
    assert lines[0].split() == ["confidence", "events", "kept", "correct", "precision", "found", "recall"]
    assert lines[1].split()[:3] == [">=", "0.5", "5"] and lines[3] == ""
    assert lines[4].split() == ["bucket", "events", "correct", "precision"]
    assert len({len(line) for line in lines[:3]}) == 1 and len({len(line) for line in lines[4:]}) == 1


@pytest.fixture
def gold_folder(tmp_path):
    (tmp_path / "demo.tml").write_text(TIMEML, encoding="utf-8")
    return tmp_path


def test_evaluate_by_confidence_command(gold_folder):
    args = ["evaluate", "--events", "--by-confidence", "--json", str(gold_folder)]
    result = CliRunner().invoke(cli.main, args)
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    # the tagger reads "voted yesterday" from the publication date (0.85), "began in 2019" as absolute but
    # a year (0.95 - 0.1): both in one band
    assert figures["at_least"][">= 0.8"]["events"] == figures["at_least"][">= 0.8"]["found"] == 2
    assert figures["at_least"][">= 0.8"]["anchored_recall"] == 1.0
    assert figures["at_least"][">= 0.9"]["events"] == figures["at_least"][">= 0.9"]["found"] == 0
    assert list(figures["buckets"]) == ["0.8 to 0.9"]
    assert "dated no better" not in result.stderr  # one band: none to be out of order


def test_evaluate_by_confidence_prints_a_table(gold_folder):
    result = CliRunner().invoke(cli.main, ["evaluate", "--events", "--by-confidence", "--gold-timexes",
                                           str(gold_folder)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].split()[0] == "confidence"
    assert "bucket" in result.stdout


def test_by_confidence_goes_with_events(gold_folder):
    result = CliRunner().invoke(cli.main, ["evaluate", "--by-confidence", str(gold_folder)])
    assert result.exit_code == 2 and "--by-confidence goes with --events" in result.output
