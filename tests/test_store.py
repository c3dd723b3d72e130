"""Timeline files never lose work: atomic saves, a lock around read-modify-write, clear errors, upgrades."""

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import fileformat, store
from timeline.errors import StoreError
from timeline.models import SCHEMA_VERSION, Event, Timeline, When

ROOT = Path(__file__).resolve().parent.parent


def sample(n: int = 2) -> Timeline:
    day = dt.date(2025, 10, 25)
    return Timeline(
        title="Sample",
        events=[
            Event(id=f"e{i:03d}", title=f"Event {i}",
                  when=When(value=day.isoformat(), start=day, end=day, granularity="day"))
            for i in range(n)
        ],
    )


def event_json(**overrides) -> dict:
    event = {"id": "abc123", "title": "T",
             "when": {"value": "2017", "start": "2017-01-01", "end": "2017-12-31", "granularity": "year"}}
    event.update(overrides)
    return event


def test_save_then_load_round_trips(tmp_path):
    path = tmp_path / "t.json"
    store.save(sample(), path)
    assert store.load(path) == sample()
    assert path.read_text(encoding="utf-8").endswith("}\n")


def test_save_keeps_the_file_mode_and_leaves_no_temporary_files(tmp_path):
    path = tmp_path / "t.json"
    store.save(sample(), path)
    path.chmod(0o640)
    store.save(sample(3), path)
    assert path.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.json"]


def test_save_through_a_symbolic_link_replaces_the_file_it_names(tmp_path):
    real, link = tmp_path / "real.json", tmp_path / "link.json"
    store.save(sample(1), real)
    link.symlink_to(real)
    with store.transaction(link) as current:
        current.title = "through the link"
    assert link.is_symlink() and store.load(real).title == "through the link"
    assert store.lock_path(link) == store.lock_path(real)


# (id, file content, message). Each message names the file, the place (line and column) and the field.
LOAD_ERRORS = [
    ("empty", "", "empty, not a timeline file (`timeline extract` or `add` makes one)"),
    ("blank", " \n", "empty, not a timeline file (`timeline extract` or `add` makes one)"),
    ("truncated", '{\n  "events": [\n', "not valid JSON at line 3, column 1: Expecting value"),
    ("trailing-comma", '{"events": [],\n "title": "x",\n}', "not valid JSON at line 3, column 1"),
    ("an-article", "---\ntitle: Talks\n---\nTalks resumed on Monday.\n",
     "not a timeline file (those are JSON); `timeline extract` reads articles"),
    ("plain-text", "Talks resumed on Monday.", "not a timeline file (those are JSON)"),
    ("top-level-list", "[]", "not a timeline file: the top level is a list, not an object"),
    ("other-json", '{"name": "x", "version": 2, "items": [], "more": 1}',
     'not a timeline file: its keys are "name", "version", "items"..., a timeline\'s are "schema_version", '
     '"documents" and "events" (`timeline schema` prints the format)'),
    ("other-json-one-key", '{"a": 1}', 'not a timeline file: its keys are "a", a timeline\'s are'),
    ("bad-date", json.dumps(indent=2, obj={"schema_version": 1, "events": [event_json(when={
        "value": "2017", "start": "2017-13-01", "end": "2017-12-31", "granularity": "year"})]}),
     "not a valid timeline at events[0] (id abc123).when.start (line 9, column 18): "
     "Input should be a valid date"),
    ("unknown-field", json.dumps(indent=2, obj={"schema_version": 1, "events": [event_json(colour="red")]}),
     "not a valid timeline at events[0] (id abc123).colour (line 13, column 17): "
     "Extra inputs are not permitted"),
    ("missing-title", json.dumps(indent=2, obj={"schema_version": 1, "events": [
        event_json(), {k: v for k, v in event_json(id="second").items() if k != "title"}]}),
     "not a valid timeline at events[1] (id second).title (line 14, column 5): Field required"),
    ("end-before-start", json.dumps(indent=2, obj={"schema_version": 1, "events": [event_json(when={
        "value": "2017", "start": "2017-12-01", "end": "2017-01-31", "granularity": "year"})]}),
     "not a valid timeline at events[0] (id abc123).when (line 7, column 15): "
     "Value error, end 2017-01-31 is before start"),
    ("event-copied-with-its-id", json.dumps(indent=2, obj={"schema_version": 2, "events": [
        event_json(), event_json(title="A variant")]}),
     "not a valid timeline at events[1] (id abc123).id (line 15, column 13): events[0] has this id too (an "
     'event copied in an editor?): delete the copy\'s "id" to have a new one given, or remove the copy'),
    ("typed-event-with-a-number-for-date", json.dumps(indent=2, obj={"schema_version": 2, "events": [
        {"title": "Union files notice", "when": 2024}]}),
     'not a valid timeline at events[0].when (line 6, column 15): Input should be a valid dictionary or '
     'instance of When (a date as text, "12 March 2024", or {"value": "2024-03-12"}, not 2024) (and 1 more'),
    ("evidence-start-typed-past-its-end", json.dumps(indent=2, obj={"schema_version": 2, "events": [
        event_json(evidence=[{"document": "d", "start": 999, "end": 12, "text": "Rain in 2017"}])]}),
     "not a valid timeline at events[0] (id abc123).evidence[0] (line 14, column 9): Value error, end 12 is "
     "before start 999: correct them (end = start + the text's length)"),
    ("date-phrase-end-typed-before-its-start", json.dumps(indent=2, obj={"schema_version": 2, "events": [
        event_json(evidence=[{"document": "d", "start": 0, "end": 12, "text": "Rain in 2017", "timex": {
            "start": 8, "end": 2, "text": "2017", "type": "DATE", "value": "2017"}}])]}),
     "evidence[0].timex (line 19, column 20): Value error, end 2 is before start 8"),
    ("newer-version", json.dumps({"schema_version": 99}),
     "schema_version 99 is newer than this program reads (2); upgrade timeline"),
    ("bad-version", json.dumps({"schema_version": "one"}), "schema_version: 'one' is not a version number"),
]


@pytest.mark.parametrize(("content", "message"), [c[1:] for c in LOAD_ERRORS],
                         ids=[c[0] for c in LOAD_ERRORS])
def test_load_errors_name_the_file_the_place_and_the_field(tmp_path, content, message):
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        store.load(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)


def test_load_missing_file_and_folder_and_binary(tmp_path):
    with pytest.raises(StoreError, match=r"nope\.json: no such timeline file$"):
        store.load(tmp_path / "nope.json")
    with pytest.raises(StoreError, match="is a folder, not a timeline file"):
        store.load(tmp_path)
    (tmp_path / "bin.json").write_bytes(b'{"title": "\xff"}')
    with pytest.raises(StoreError, match="not a text file"):
        store.load(tmp_path / "bin.json")


def test_a_corrupt_file_is_never_overwritten(tmp_path):
    path = tmp_path / "t.json"
    path.write_text('{"events": [', encoding="utf-8")
    with pytest.raises(StoreError), store.transaction(path) as current:
        current.title = "changed"
    with pytest.raises(StoreError):
        store.update(path, lambda current: current)
    assert path.read_text(encoding="utf-8") == '{"events": ['


def test_a_version_0_file_is_read_and_upgraded_on_the_next_save(tmp_path):
    path = tmp_path / "old.json"
    path.write_text(json.dumps({
        "title": "Before schema_version",
        "events": [{"id": "a1", "title": "Month", "when": "2017-10"},
                   {"id": "b2", "title": "Year", "when": "2019", "origin": "manual"}],
    }), encoding="utf-8")
    loaded = store.load(path)
    assert loaded.schema_version == SCHEMA_VERSION
    assert [(e.when.value, e.when.start, e.when.end, e.when.granularity) for e in loaded.events] == [
        ("2017-10", dt.date(2017, 10, 1), dt.date(2017, 10, 31), "month"),
        ("2019", dt.date(2019, 1, 1), dt.date(2019, 12, 31), "year"),
    ]
    assert json.loads(path.read_text(encoding="utf-8"))["events"][0]["when"] == "2017-10"  # read, not written
    with store.transaction(path) as current:
        current.title = "Upgraded"
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["schema_version"] == SCHEMA_VERSION
    assert written["events"][0]["when"]["granularity"] == "month"


def test_a_version_0_file_with_an_unreadable_when_names_the_event(tmp_path):
    path = tmp_path / "old.json"
    old = {"events": [{"id": "a1", "title": "T", "when": "sometime"}]}
    path.write_text(json.dumps(old), encoding="utf-8")
    with pytest.raises(StoreError, match=r"old\.json: events\[0\]\.when: 'sometime' is not a concrete date"):
        store.load(path)


def test_transaction_saves_changes_and_writes_nothing_when_the_block_fails(tmp_path):
    path = tmp_path / "t.json"
    with store.transaction(path, create=True) as current:
        current.title = "First"
    assert store.load(path).title == "First"
    with pytest.raises(RuntimeError), store.transaction(path) as current:
        current.title = "Second"
        raise RuntimeError("boom")
    assert store.load(path).title == "First"


def test_transaction_without_changes_does_not_rewrite(tmp_path):
    path = tmp_path / "t.json"
    store.save(sample(), path)
    before = path.stat().st_ino
    with store.transaction(path):
        pass
    assert path.stat().st_ino == before


def test_transaction_on_a_missing_file_without_create_fails(tmp_path):
    with pytest.raises(StoreError, match="no such timeline file"), store.transaction(tmp_path / "x.json"):
        pass
    assert not (tmp_path / "x.json").exists()


def test_a_writer_waits_for_the_lock_and_gives_up_with_a_message(tmp_path):
    path = tmp_path / "t.json"
    store.save(sample(), path)
    with store.locked(path):
        started = time.monotonic()
        with pytest.raises(StoreError) as caught, store.transaction(path, timeout=0.3) as current:
            current.title = "never saved"
        waited = time.monotonic() - started
    assert 0.3 <= waited < 2
    assert str(caught.value) == (f"{path}: another timeline command has been writing it for 0.3 s; "
                                 "try again, or delete .t.json.lock if no timeline command is running")
    assert store.load(path).title == "Sample"
    with store.transaction(path, timeout=0.3) as current:
        current.title = "saved once the lock is free"
    assert store.load(path).title == "saved once the lock is free"


CRASHES = [("replace", "os.replace"), ("fsync", "os.fsync"), ("write", "write")]


@pytest.mark.parametrize("where", [c[1] for c in CRASHES], ids=[c[0] for c in CRASHES])
def test_a_crash_during_save_leaves_the_previous_file_intact(tmp_path, monkeypatch, where):
    path = tmp_path / "t.json"
    store.save(sample(2), path)
    before = path.read_bytes()

    def crash(*args, **kwargs):
        raise OSError(28, "No space left on device")

    if where == "write":
        monkeypatch.setattr(Timeline, "model_dump_json", crash)
    else:
        monkeypatch.setattr(where, crash)
    with pytest.raises((StoreError, OSError)):
        store.save(sample(5), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.json"]


KILLED_WRITER = """
import os, sys, time
from pathlib import Path
from timeline import store
from timeline.models import Timeline
real_fsync = os.fsync
def slow_fsync(fd):
    Path(sys.argv[2]).write_text("in the middle of a save")
    time.sleep(30)
os.fsync = slow_fsync
current = store.load(sys.argv[1])
current.title = "half written"
store.save(current, sys.argv[1])
"""


def test_a_writer_killed_in_the_middle_of_a_save_leaves_the_previous_file_intact(tmp_path):
    path, flag = tmp_path / "t.json", tmp_path / "flag"
    store.save(sample(3), path)
    before = path.read_bytes()
    writer = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(path), str(flag)], cwd=ROOT,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    deadline = time.monotonic() + 20
    while not flag.exists() and time.monotonic() < deadline and writer.poll() is None:
        time.sleep(0.02)
    assert flag.exists(), "the writer never reached its save"
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    assert path.read_bytes() == before
    assert store.load(path) == sample(3)
    assert len(list(tmp_path.glob(".t.json.*.tmp"))) == 1, "the killed save left its temporary file"
    with store.transaction(path) as current:  # the lock died with the writer
        current.title = "after"
    assert store.load(path).title == "after"
    assert list(tmp_path.glob(".t.json.*.tmp")) == [], "the next writer clears it"


CONCURRENT_ADDS = 20


def test_concurrent_adds_all_land(tmp_path):
    path = tmp_path / "shared.json"
    cli = str(ROOT / "cli.py")
    writers = [
        subprocess.Popen([sys.executable, cli, "add", str(path), "--date", f"{1990 + n}",
                          "--title", f"Event number {n}"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for n in range(CONCURRENT_ADDS)
    ]
    outputs = [writer.communicate(timeout=120) for writer in writers]
    assert [w.returncode for w in writers] == [0] * CONCURRENT_ADDS, [o[1] for o in outputs]
    saved = store.load(path)
    expected = sorted(f"Event number {n}" for n in range(CONCURRENT_ADDS))
    assert sorted(e.title for e in saved.events) == expected
    assert sorted(e.id for e in saved.events) == sorted(o[0].strip() for o in outputs)
    assert {e.origin for e in saved.events} == {"manual"}


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.text(max_size=3), children, max_size=3),
    max_leaves=12,
)


def paths_of(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from paths_of(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from paths_of(child, (*prefix, index))


@settings(max_examples=150, deadline=None)
@given(value=JSON_VALUES, indent=st.sampled_from([None, 2]), pick=st.integers(min_value=0))
def test_the_place_of_a_field_is_where_its_value_starts(value, indent, pick):
    raw = json.dumps({"root": value}, indent=indent)
    paths = list(paths_of(value, ("root",)))
    path = paths[pick % len(paths)]
    found = value
    for part in path[1:]:
        found = found[part]
    start = fileformat._offset(raw, path)
    assert json.JSONDecoder().raw_decode(raw, start)[0] == found


# (id, the output name, whether a folder "made" exists beside it, whether it names a folder)
FOLDER_NAMES = [
    ("stdout", "-", False, False),
    ("a-file", "out.json", False, False),
    ("trailing-slash", "new/", False, True),
    ("existing-folder", "made", True, True),
    ("new-name-without-suffix", "timeml", False, True),
    ("new-name-with-suffix", "one.tml", False, False),
]


@pytest.mark.parametrize(("name", "make", "folder"), [c[1:] for c in FOLDER_NAMES],
                         ids=[c[0] for c in FOLDER_NAMES])
def test_names_folder(tmp_path, monkeypatch, name, make, folder):
    monkeypatch.chdir(tmp_path)
    if make:
        (tmp_path / name).mkdir()
    assert store.names_folder(name) is folder


def test_write_folder_creates_it_and_counts_the_files(tmp_path):
    written = store.write_folder(tmp_path / "new" / "deeper", iter([("a.tml", "one"), ("b.tml", "two")]))
    assert written == 2
    assert sorted(p.name for p in (tmp_path / "new" / "deeper").iterdir()) == ["a.tml", "b.tml"]


def test_a_file_where_a_folder_belongs_is_named(tmp_path):
    (tmp_path / "plain").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError) as error:
        store.write_atomic(tmp_path / "plain" / "t.json", "{}")
    plain = tmp_path / "plain"
    assert str(error.value) == f"{plain / 't.json'}: cannot write it: {plain} is a file, not a folder"
