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
