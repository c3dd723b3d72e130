"""`timeline restore` undoes `timeline remove`; `timeline list --removed` shows what it can bring back.

A removed extracted event stays out on re-extraction until it is restored; a restored one is back as it
was (its id, its edits) and stays on the next extraction.
"""

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


def run(*args: str, code: int = 0):
    result = CliRunner().invoke(cli.main, [str(a) for a in args])
    assert result.exit_code == code, result.output
    return result


def read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def titles(path: Path) -> list[str]:
    return [e["title"] for e in read(path)["events"]]


@pytest.fixture
def made(tmp_path: Path) -> dict:
    """Extract the article into t.json; return the names and the id of the divers' event."""
    (tmp_path / "ferry.md").write_text(ARTICLE, encoding="utf-8")
    target = tmp_path / "t.json"
    run("extract", tmp_path / "ferry.md", "-o", target)
    divers = next(e for e in read(target)["events"] if e["title"].startswith("Divers"))
    return {"article": tmp_path / "ferry.md", "t": target, "divers": divers}


def test_a_file_with_nothing_removed_has_no_removed_events_field(made) -> None:
    assert "removed_events" not in read(made["t"])


def test_a_removed_extracted_event_stays_out_until_restored_then_stays(made) -> None:
    target, divers = made["t"], made["divers"]
    removed = run("remove", target, divers["id"][:6])
    assert "`timeline restore` brings it back" in removed.output
    run("extract", made["article"], "--into", target)
    assert divers["title"] not in titles(target), "removed events do not come back on re-extraction"
    listed = run("list", target, "--removed")
    assert divers["id"] in listed.stdout and "1 of 1 removed events" in listed.output
    restored = run("restore", target, divers["id"][:6])
    assert f"restored {divers['id']}: {divers['title']}" in restored.output
    back = next(e for e in read(target)["events"] if e["id"] == divers["id"])
    assert back == divers
    assert "removed_events" not in read(target) and divers["id"] not in read(target)["removed"]
    run("extract", made["article"], "--into", target)
    assert titles(target).count(divers["title"]) == 1 and len(titles(target)) == 3


def test_a_restored_edited_event_keeps_the_edit(made) -> None:
    target, divers = made["t"], made["divers"]
    run("edit", target, divers["id"], "--title", "Pier inspected by divers", "--tag", "pier")
    run("remove", target, divers["id"])
    run("restore", target, divers["id"])
    run("extract", made["article"], "--into", target)
    back = next(e for e in read(target)["events"] if e["id"] == divers["id"])
    assert back["title"] == "Pier inspected by divers" and back["pinned"] and back["tags"] == ["pier"]
    assert len(titles(target)) == 3


def test_a_hand_event_removed_and_restored(tmp_path: Path) -> None:
    target = tmp_path / "t.json"
    event_id = run("add", target, "--date", "March 2026", "--title", "Tender opened", "--tag", "pier").stdout
    event_id = event_id.strip()
    run("remove", target, event_id)
    assert read(target)["events"] == [] and read(target)["removed"] == []
    shown = run("show", target, event_id, code=1)
    assert "was removed" in shown.output and "timeline restore" in shown.output
    run("restore", target, event_id)
    assert titles(target) == ["Tender opened"] and read(target)["events"][0]["tags"] == ["pier"]


def test_adding_again_what_was_removed_does_not_take_its_id(tmp_path: Path) -> None:
    target = tmp_path / "t.json"
    first = run("add", target, "--date", "March 2026", "--title", "Tender opened").stdout.strip()
    run("remove", target, first)
    second = run("add", target, "--date", "March 2026", "--title", "Tender opened").stdout.strip()
    assert second != first
    run("restore", target, first)
    assert sorted(e["id"] for e in read(target)["events"]) == sorted([first, second])


# (id, what restore is given, the message it stops with)
REFUSED = [
    ("unknown", "zzzz", "no removed event with an id starting 'zzzz'"),
    ("not-removed", "{kept}", "(it is in the timeline: see `timeline show`)"),
    ("empty", " ", "give the id of a removed event"),
]


@pytest.mark.parametrize(("given", "message"), [c[1:] for c in REFUSED], ids=[c[0] for c in REFUSED])
def test_restore_refuses(made, given: str, message: str) -> None:
    kept = next(e["id"] for e in read(made["t"])["events"] if e["id"] != made["divers"]["id"])
    run("remove", made["t"], made["divers"]["id"])
    before = made["t"].read_bytes()
    result = run("restore", made["t"], given.format(kept=kept[:5]), code=1)
    assert message in result.output
    assert made["t"].read_bytes() == before


def test_an_event_deleted_in_an_editor_is_listed_and_restored_by_the_next_extraction(made) -> None:
    target, divers = made["t"], made["divers"]
    data = read(target)
    data["events"] = [e for e in data["events"] if e["id"] != divers["id"]]
    target.write_text(json.dumps(data), encoding="utf-8")
    listed = run("list", target, "--removed")
    assert "1 id removed without a kept copy" in listed.output and divers["id"] in listed.output
    restored = run("restore", target, divers["id"])
    assert "comes back when its article is extracted again" in restored.output
    run("extract", made["article"], "--into", target)
    assert divers["title"] in titles(target)


def test_merge_keeps_removed_events_for_restore(made, tmp_path: Path) -> None:
    run("remove", made["t"], made["divers"]["id"])
    other = tmp_path / "other.json"
    run("add", other, "--date", "June 2026", "--title", "New ferry ordered")
    both = tmp_path / "both.json"
    run("merge", made["t"], other, "-o", both)
    assert made["divers"]["title"] not in titles(both)
    run("restore", both, made["divers"]["id"])
    assert made["divers"]["title"] in titles(both) and len(titles(both)) == 4


def test_list_removed_json_and_filters(made) -> None:
    run("remove", made["t"], made["divers"]["id"])
    shown = json.loads(run("list", made["t"], "--removed", "--json").stdout)
    assert [e["id"] for e in shown] == [made["divers"]["id"]]
    none = json.loads(run("list", made["t"], "--removed", "--json", "--query", "ferry company").stdout)
    assert none == []


def test_show_of_an_id_removed_without_a_copy_says_restore(made) -> None:
    data = read(made["t"])
    data["events"] = [e for e in data["events"] if e["id"] != made["divers"]["id"]]
    data["removed"] = [made["divers"]["id"]]  # as an older version's `timeline remove` left it
    made["t"].write_text(json.dumps(data), encoding="utf-8")
    shown = run("show", made["t"], made["divers"]["id"][:6], code=1)
    assert "keeps no copy of it: `timeline restore` lets the next extraction" in shown.output
    run("restore", made["t"], made["divers"]["id"])
    assert made["divers"]["id"] not in read(made["t"])["removed"]
    run("extract", made["article"], "--into", made["t"])
    assert made["divers"]["title"] in titles(made["t"])


def test_an_event_typed_into_the_file_does_not_take_a_removed_events_id(tmp_path: Path) -> None:
    target = tmp_path / "t.json"
    first = run("add", target, "--date", "March 2026", "--title", "Tender opened").stdout.strip()
    run("remove", target, first)
    data = read(target)
    data["events"].append({"title": "Tender opened", "when": "March 2026"})
    target.write_text(json.dumps(data), encoding="utf-8")
    typed = json.loads(run("list", target, "--json").stdout)[0]["id"]
    assert typed != first
    run("restore", target, first)
    assert sorted(e["id"] for e in read(target)["events"]) == sorted([first, typed])
