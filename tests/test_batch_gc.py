"""batch_gc: a batch runs with the garbage collector tuned, and the caller gets its own settings back."""

import datetime as dt
import gc
import threading

import pytest
from click.testing import CliRunner

import cli
from timeline import batch_gc, pipeline, temporal
from timeline.batch_gc import GEN0, batch_collection


@pytest.fixture(autouse=True)
def _callers_settings():
    """Run each test from Python's default settings, nothing frozen, and put back those found."""
    thresholds = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    gc.unfreeze()
    yield
    gc.set_threshold(*thresholds)


def state() -> tuple[tuple[int, ...], int]:
    return gc.get_threshold(), gc.get_freeze_count()


def test_a_batch_freezes_what_lives_and_collects_less_often():
    with batch_collection():
        assert gc.get_threshold() == (GEN0, 10, 10)
        assert gc.get_freeze_count() > 0
    assert state() == ((700, 10, 10), 0)


def test_the_settings_come_back_after_an_error():
    with pytest.raises(ValueError), batch_collection():
        raise ValueError("a document failed")
    assert state() == ((700, 10, 10), 0)


def test_nested_scopes_restore_when_the_outer_one_leaves():
    with batch_collection():
        with batch_collection():
            pass
        assert gc.get_threshold()[0] == GEN0  # the outer batch still runs
    assert state() == ((700, 10, 10), 0)


THRESHOLDS = [
    ("custom", (500, 5, 5), (GEN0, 5, 5)),
    ("already-higher", (50_000, 20, 20), (50_000, 20, 20)),
    ("automatic-off", (0, 10, 10), (0, 10, 10)),
]


@pytest.mark.parametrize(("before", "inside"), [c[1:] for c in THRESHOLDS], ids=[c[0] for c in THRESHOLDS])
def test_the_callers_thresholds_come_back(before, inside):
    gc.set_threshold(*before)
    with batch_collection():
        assert gc.get_threshold() == inside
    assert gc.get_threshold() == before


def test_what_the_caller_froze_stays_frozen():
    gc.freeze()
    frozen = gc.get_freeze_count()
    with batch_collection():
        assert gc.get_freeze_count() == frozen  # nothing more frozen: the caller's choice
    assert gc.get_freeze_count() == frozen
    gc.unfreeze()


def test_threads_restore_when_the_last_one_leaves():
    entered, leave = threading.Barrier(3), threading.Event()

    def batch():
        with batch_collection():
            entered.wait()
            leave.wait()

    threads = [threading.Thread(target=batch) for _ in range(2)]
    for thread in threads:
        thread.start()
    entered.wait()
    assert gc.get_threshold()[0] == GEN0
    leave.set()
    for thread in threads:
        thread.join()
    assert state() == ((700, 10, 10), 0)
    assert batch_gc._depth == 0


def test_extract_works_inside_a_batch_and_restores(monkeypatch):
    seen = []
    plain = pipeline.events.extract

    def recording(document, timexes):
        seen.append(gc.get_threshold()[0])
        return plain(document, timexes)

    monkeypatch.setattr(pipeline.events, "extract", recording)
    found = pipeline.extract(["Talks resumed on Monday."], dct=dt.date(2025, 10, 22))
    assert [e.when.value for e in found.events] == ["2025-10-20"]
    assert seen == [GEN0]
    assert state() == ((700, 10, 10), 0)


def test_a_command_runs_inside_a_batch_and_restores(monkeypatch):
    seen = []
    plain = temporal.tag

    def recording(text, **options):
        seen.append(gc.get_threshold()[0])
        return plain(text, **options)

    monkeypatch.setattr(temporal, "tag", recording)  # `timeline tag` goes through pipeline.run, not extract
    arguments = ["tag", "-", "--dct", "2025-10-22"]
    result = CliRunner().invoke(cli.main, arguments, input="Talks resumed on Monday.")
    assert result.exit_code == 0, result.output
    assert "2025-10-20" in result.output
    assert seen == [GEN0]
    assert state() == ((700, 10, 10), 0)
