"""A timeline file edited by hand in a text editor: typed dates are read, and a rebuild keeps the edits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import cli
from timeline import store
from timeline.errors import StoreError
from timeline.fileformat import parse
from timeline.twins import hand_edited

DAY = {"value": "2024-03-12", "start": "2024-03-12", "end": "2024-03-12", "granularity": "day"}


def timeline_with(when, origin: str = "extracted") -> str:
    event = {"id": "aaa111aaa111", "title": "Appeal heard", "when": when, "origin": origin}
    return json.dumps({"schema_version": 1, "events": [event]}, indent=4)


TYPED = [
    # (id, what the person typed as "when", value, start, end, granularity)
    ("day-words", "12 March 2024", "2024-03-12", "2024-03-12", "2024-03-12", "day"),
    ("month-words", "March 2024", "2024-03", "2024-03-01", "2024-03-31", "month"),
    ("iso-day", "2024-03-12", "2024-03-12", "2024-03-12", "2024-03-12", "day"),
    ("us-order", "March 12, 2024", "2024-03-12", "2024-03-12", "2024-03-12", "day"),
    ("range", "June to August 2026", "2026-06", "2026-06-01", "2026-08-31", "month"),
    ("value-only-object", {"value": "2024-W11"}, "2024-W11", "2024-03-11", "2024-03-17", "week"),
]


@pytest.mark.parametrize(("typed", "value", "start", "end", "granularity"), [c[1:] for c in TYPED],
                         ids=[c[0] for c in TYPED])  # fmt: skip
def test_a_date_typed_into_the_file_is_read_as_the_commands_read_it(typed, value, start, end, granularity):
    (event,) = parse(timeline_with(typed)).events
    assert (event.when.value, str(event.when.start), str(event.when.end), event.when.granularity) == (
        value, start, end, granularity
    )  # fmt: skip
    assert event.pinned is isinstance(typed, str)  # a typed date is an edit: the event is pinned


def test_a_typed_date_on_an_event_added_by_hand_is_not_pinned() -> None:
    (event,) = parse(timeline_with("12 March 2024", origin="manual")).events
    assert (event.when.value, event.pinned) == ("2024-03-12", False)


UNREADABLE = [
    ("relative", "last Tuesday", "is relative to today"),
    ("no-year", "12 March", "is relative to today"),
    ("not-a-date", "soonish", "cannot read the date 'soonish'"),
    ("bad-value", {"value": "around then"}, "is not a date value"),
]


@pytest.mark.parametrize(("typed", "message"), [c[1:] for c in UNREADABLE], ids=[c[0] for c in UNREADABLE])
def test_an_unreadable_typed_date_names_its_place(typed, message) -> None:
    with pytest.raises(StoreError) as error:
        parse(timeline_with(typed), name="t.json")
    place = "t.json: not a valid timeline at events[0] (id aaa111aaa111).when (line 7, column 21)"
    assert place in str(error.value)
    assert message in str(error.value)


ARTICLES = {
    "court.txt": "---\ndate: 2024-03-13\n---\nAppeals court hears dam case\n\nA three-judge panel heard "
                 "arguments this week in the builder's appeal over the dam contract. A ruling is expected "
                 "in August.\n",
    "flood.txt": "---\ndate: 2024-04-30\n---\nCreek floods\n\nHeavy rain sent the creek over its banks on "
                 "Monday night, breaching the cofferdam. About 40 homes were evacuated.\n",
}  # fmt: skip


def build(folder: Path, out: Path) -> None:
    result = CliRunner().invoke(cli.main, ["build", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output


def test_edits_made_in_the_file_survive_a_rebuild_with_new_articles(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    build(articles, out)
    path = out / "timeline.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    by_title = {e["title"]: e for e in data["events"]}
    heard = next(e for t, e in by_title.items() if t.startswith("A three-judge panel heard"))
    heard["when"] = "12 March 2024"  # the week the article says, made the day the fact-checker knows
    flood = next(e for t, e in by_title.items() if t.startswith("Heavy rain sent"))
    flood["title"] = "Cofferdam breached in overnight flood"
    ruling = next(e for t, e in by_title.items() if t.startswith("A ruling is expected"))
    ruling["title"] = "Ruling expected from the appeals court"
    del ruling["description"]  # a field removed: the description was wrong
    edited = {heard["id"], flood["id"], ruling["id"]}
    path.write_text(json.dumps(data, indent=4, ensure_ascii=False), encoding="utf-8")  # reindented

    (articles / "ruling.txt").write_text(
        "---\ndate: 2024-08-20\n---\nAppeal lost\n\nThe appeals court upheld the dam contract on Monday.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli.main, ["build", str(articles), "-o", str(out)])
    assert result.exit_code == 0, result.output
    # the typed date was pinned on reading the file; the title and description edits on extraction
    assert "2 events edited in the file by hand kept as edited (pinned): " in result.stderr
    build(articles, out)  # twice: nothing doubles
    events = store.load(path).events
    titles = [e.title for e in events]
    assert "Cofferdam breached in overnight flood" in titles
    assert "Ruling expected from the appeals court" in titles
    assert not any(t.startswith(("Heavy rain sent", "A ruling is expected")) for t in titles)
    (court,) = [e for e in events if "three-judge" in e.title]
    assert (court.when.value, court.pinned) == ("2024-03-12", True)
    assert {e.id for e in events if e.pinned} == edited
    assert any("upheld the dam contract" in t for t in titles)
    assert len(titles) == len(set(titles))


def test_an_untouched_extraction_is_not_taken_for_hand_edits(tmp_path: Path) -> None:
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    build(seeds, tmp_path)
    timeline = store.load(tmp_path / "timeline.json")
    documents = {d.id: d for d in timeline.documents}
    assert len(timeline.events) > 20
    assert [e.title for e in timeline.events if hand_edited(e, documents)] == []


SAVED = [
    # (id, how an editor saved the file, what reading it says: None when it reads)
    ("notepad-bom-crlf", lambda text: "\ufeff" + text.replace("\n", "\r\n"), None),
    ("comma-left-last", lambda text: text.replace('"origin": "extracted"', '"origin": "extracted",'),
     "t.json: not valid JSON at line 14, column 9: Expecting property name enclosed in double quotes "
     "(the comma at the end of line 13 has nothing after it: remove it)"),
    ("comma-left-last-in-a-list", lambda text: text.replace("}\n    ]", "},\n    ]"),
     "t.json: not valid JSON at line 15, column 5: Expecting value "
     "(the comma at the end of line 14 has nothing after it: remove it)"),
]  # fmt: skip


@pytest.mark.parametrize(("save", "message"), [c[1:] for c in SAVED], ids=[c[0] for c in SAVED])
def test_a_file_saved_by_a_text_editor_reads_or_says_what_to_fix(tmp_path: Path, save, message) -> None:
    path = tmp_path / "t.json"
    path.write_bytes(save(timeline_with(DAY)).encode("utf-8"))
    if message is None:
        (event,) = store.load(path).events
        assert event.when.value == "2024-03-12"
        return
    with pytest.raises(StoreError) as error:
        store.load(path)
    assert str(error.value) == message.replace("t.json", str(path))
