"""updates: extraction and merging into a timeline file, and the notes on what moved."""

import pytest

from tests.timelines import manual, sample
from timeline import store, updates
from timeline.errors import StoreError
from timeline.models import Timeline

HOLDS = [  # (what is at the name, does it hold a timeline to keep)
    ("-", False),
    ("missing", False),
    ("file", True),
    ("/dev/null", False),
]


def place(tmp_path, kind: str) -> str:
    """Return a name of the kind: - and /dev/null as they are, else a path in tmp_path (a file made)."""
    if kind in ("-", "/dev/null"):
        return kind
    path = tmp_path / "timeline.json"
    if kind == "file":
        store.save(Timeline(), path)
    if kind == "corrupt":
        path.write_text('{"events": [}', encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(("kind", "holds"), HOLDS, ids=[k for k, _ in HOLDS])
def test_holds_timeline(tmp_path, kind, holds):
    assert updates.holds_timeline(place(tmp_path, kind)) is holds


READ_BEFORE = [  # (output, into, does it stop the command)
    ("missing", None, False),
    ("file", None, False),
    ("/dev/null", None, False),
    ("corrupt", None, True),
    ("-", "missing", True),  # --into names a file that must be there
    ("-", "corrupt", True),
    ("-", "file", False),
]


@pytest.mark.parametrize(("output", "into", "stops"), READ_BEFORE,
                         ids=[f"{o}-into-{i}" for o, i, _ in READ_BEFORE])
def test_read_before(tmp_path, output, into, stops):
    (tmp_path / "out").mkdir()
    output_name = place(tmp_path / "out", output)
    into_name = None if into is None else place(tmp_path, into)
    if stops:
        with pytest.raises(StoreError):
            updates.read_before(output_name, into=into_name)
    else:
        updates.read_before(output_name, into=into_name)


def test_extract_into_a_new_file_saves_the_extraction_and_notes_nothing(tmp_path):
    fresh = sample()
    saved, note = updates.extract_into(tmp_path / "t.json", fresh)
    assert [e.id for e in saved.events] == [e.id for e in store.load(tmp_path / "t.json").events]
    assert {e.id for e in saved.events} == {e.id for e in fresh.events}
    assert note is None


def test_extract_into_a_file_again_says_what_moved(tmp_path):
    target = tmp_path / "t.json"
    first = sample()
    store.save(first.model_copy(update={"events": first.events[1:]}), target)
    _, note = updates.extract_into(target, first)
    assert note is not None
    assert note.startswith("compared with the file before: 1 new event; ")


NOTES = [  # (the files merged: number of timelines holding sample(), with a hand event of the same date)
    ("one file", [sample()]),
    ("two copies", [sample(), sample()]),
]


@pytest.mark.parametrize(("name", "loaded"), NOTES, ids=[n for n, _ in NOTES])
def test_merged_and_merge_into_a_new_file_agree(tmp_path, name, loaded):
    combined, note = updates.merged(loaded)
    saved, file_note = updates.merge_into(tmp_path / "m.json", loaded)
    assert [e.id for e in saved.events] == [e.id for e in combined.events]
    assert note == file_note is None  # the hand event of sample() cites nothing anew


def test_merge_into_names_a_hand_event_that_cites_sentences_only_now(tmp_path):
    extracted = sample()
    twin = extracted.events[5]  # "25 October 2025", stated by the treaty article
    hand = manual(twin.title, twin.when.value).model_copy(update={"when": twin.when})
    store.save(Timeline(events=[hand]), tmp_path / "m.json")
    saved, note = updates.merge_into(tmp_path / "m.json", [extracted])
    assert note is not None and hand.id in note and "now cites the sentences" in note
    assert saved.events


def test_merge_into_keeps_the_file_own_events(tmp_path):
    store.save(Timeline(events=[manual("Council vote", "2024-03")]), tmp_path / "m.json")
    saved, _ = updates.merge_into(tmp_path / "m.json", [sample()])
    assert "hand-2024-03" in {e.id for e in saved.events}
