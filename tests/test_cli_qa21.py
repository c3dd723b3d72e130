"""A demanding user's day, round 21: hand work survives an article reworded a little, a hand-edited file is
checked for what the models cannot see, and small messages say what they mean."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import cli

DATELINE = "PORTVILLE, March 3, 2026 - "
SENTENCES = [
    "The old pier was closed in 2019 after a storm damaged its pilings.",
    "The council will vote on the budget in May 2026.",
    "The museum opened in 1990 with a small colection of maps.",
]


def _run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(cli.main, list(args), input=stdin)


def _events(path: Path) -> dict[str, dict]:
    """Return the events of a timeline file by the year of their date."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {e["when"]["value"][:4]: e for e in data["events"]}


def _extracted(tmp_path: Path, sentences: list[str]) -> tuple[Path, Path]:
    article, timeline = tmp_path / "port.txt", tmp_path / "t.json"
    article.write_text(DATELINE + " ".join(sentences) + "\n", encoding="utf-8")
    result = _run("extract", str(article), "-o", str(timeline))
    assert result.exit_code == 0, result.output
    return article, timeline


# (id, the hand work done on the 1990 event, the sentences as the outlet corrected them, what the event is
# after the next extraction): the sentence reworded a little is the same statement, and keeps its id.
REWORDED = [
    ("typo-fixed-edited", ["--title", "Map museum opens"],
     [SENTENCES[0], SENTENCES[1], SENTENCES[2].replace("colection", "collection")], "Map museum opens"),
    ("typo-fixed-tagged", ["--tag", "museums"],
     [SENTENCES[0], SENTENCES[1], SENTENCES[2].replace("colection", "collection")], "museums"),
    ("sentence-moved-and-typo-fixed", ["--title", "Map museum opens"],
     ["Officials said more on Monday.", SENTENCES[2].replace("colection", "collection"), *SENTENCES[:2]],
     "Map museum opens"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("edit", "corrected", "kept"), [c[1:] for c in REWORDED], ids=[c[0] for c in REWORDED]
)
def test_hand_work_on_a_reworded_sentence_survives(
    tmp_path: Path, edit: list[str], corrected: list[str], kept: str
):
    article, timeline = _extracted(tmp_path, SENTENCES)
    museum = _events(timeline)["1990"]
    assert _run("edit", str(timeline), museum["id"], *edit).exit_code == 0
    article.write_text(DATELINE + " ".join(corrected) + "\n", encoding="utf-8")
    result = _run("extract", str(article), "--into", str(timeline))
    assert result.exit_code == 0, result.output
    events = [
        e for e in json.loads(timeline.read_text(encoding="utf-8"))["events"] if e["when"]["value"] == "1990"
    ]
    assert [e["id"] for e in events] == [museum["id"]]
    assert kept == events[0]["title"] or kept in events[0]["tags"]
    # the event cites what the article now says, not the sentence with the typo
    assert [v["text"] for v in events[0]["evidence"]] == [
        corrected[[s[:10] for s in corrected].index("The museum")]
    ]


def test_a_removed_event_stays_removed_when_its_sentence_is_reworded(tmp_path: Path):
    article, timeline = _extracted(tmp_path, SENTENCES)
    pier = _events(timeline)["2019"]
    assert _run("remove", str(timeline), pier["id"]).exit_code == 0
    article.write_text(
        DATELINE + " ".join([SENTENCES[0].replace("its pilings", "the pilings"), *SENTENCES[1:]]) + "\n",
        encoding="utf-8",
    )
    assert _run("extract", str(article), "--into", str(timeline)).exit_code == 0
    assert "2019" not in _events(timeline)


# (id, the 1990 sentence as the article now reads, whether the event keeps its id): a small correction
# is the same statement, another statement on the same date is not.
LIKENESS = [
    ("typo", SENTENCES[2].replace("colection", "collection"), True),
    ("one-word-changed", SENTENCES[2].replace("small", "modest"), True),
    ("another-statement", "The museum was sold in 1990 to a foreign bank.", False),
    ("another-date", SENTENCES[2].replace("1990", "1991"), False),
]


@pytest.mark.parametrize(("sentence", "same"), [c[1:] for c in LIKENESS], ids=[c[0] for c in LIKENESS])
def test_an_extracted_event_keeps_its_id_only_for_a_small_rewording(
    tmp_path: Path, sentence: str, same: bool
):
    article, timeline = _extracted(tmp_path, SENTENCES)
    before = _events(timeline)["1990"]["id"]
    article.write_text(DATELINE + " ".join([*SENTENCES[:2], sentence]) + "\n", encoding="utf-8")
    assert _run("extract", str(article), "--into", str(timeline)).exit_code == 0
    ids = {e["id"] for e in _events(timeline).values()}
    assert (before in ids) is same
