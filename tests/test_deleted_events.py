"""An extracted event deleted from the timeline file in an editor stays deleted on the next build."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import cli

ARTICLE = (
    "---\ndate: 2026-05-04\n---\n"
    "The ferry company cancelled all crossings on Monday. Divers inspected the damaged pier on Tuesday. "
    "The harbour master reopened the pier on Friday.\n"
)


def build(articles: Path, out: Path) -> dict:
    result = CliRunner().invoke(cli.main, ["build", str(articles), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return json.loads((out / "timeline.json").read_text(encoding="utf-8"))


def titles(data: dict) -> list[str]:
    return [event["title"] for event in data["events"]]


def built_then_deleted(articles: Path, out: Path, *, old_file: bool = False) -> dict:
    """Build the article's timeline, delete one event from the file as an editor would; return it."""
    articles.mkdir()
    (articles / "ferry.md").write_text(ARTICLE, encoding="utf-8")
    data = build(articles, out)
    assert len(data["events"]) == 3, titles(data)
    assert sorted(data["written"]) == sorted(e["id"] for e in data["events"])
    if old_file:
        del data["written"]  # a file written before the tool recorded what it wrote
    deleted = next(e for e in data["events"] if e["title"].startswith("Divers"))
    data["events"] = [e for e in data["events"] if e is not deleted]
    (out / "timeline.json").write_text(json.dumps(data, indent=2), encoding="utf-8")
    return deleted


# (id, what the user does to the file between builds, whether the deleted event is back after the build)
EDITS = [
    ("deleted-stays-deleted", lambda data: None, False),
    ("taken-out-of-removed-comes-back", lambda data: data.update(removed=[]), True),
]


@pytest.mark.parametrize(("then", "back"), [c[1:] for c in EDITS], ids=[c[0] for c in EDITS])
def test_an_event_deleted_in_an_editor(tmp_path: Path, then, back: bool) -> None:
    articles, out = tmp_path / "articles", tmp_path / "out"
    deleted = built_then_deleted(articles, out)
    again = build(articles, out)  # the deletion is recorded: it stays deleted
    assert deleted["id"] in again["removed"] and deleted["title"] not in titles(again)
    then(again)  # the user's next move
    (out / "timeline.json").write_text(json.dumps(again, indent=2), encoding="utf-8")
    last = build(articles, out)
    assert (deleted["title"] in titles(last)) is back, titles(last)
    assert len(last["events"]) == (3 if back else 2)


def test_a_file_from_before_written_existed_gets_the_event_back_once(tmp_path: Path) -> None:
    out = tmp_path / "out"
    deleted = built_then_deleted(tmp_path / "articles", out, old_file=True)
    again = build(tmp_path / "articles", out)
    assert deleted["title"] in titles(again) and deleted["id"] in again["written"]
