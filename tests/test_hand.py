"""hand: add, edit, remove and restore on a timeline file, and the lines that say what each did."""

import datetime as dt

import pytest

from tests.timelines import sample
from timeline import hand, store
from timeline.errors import InputError, NotFoundError

TODAY = dt.date(2026, 2, 1)  # the day of sample()'s latest document


@pytest.fixture
def path(tmp_path):
    name = str(tmp_path / "t.json")
    store.save(sample(), name)
    return name


ADDED = [  # (options of add, the line's tail after "added ID ")
    ({"date": "October 2025"}, "(October 2025) to {path}"),
    ({"date": "2019", "end": "2021"}, "(2019 – 2021) to {path}"),
    ({"date": "yesterday", "as_of": "2001-12-28"},
     '(27 December 2001) to {path}; "yesterday" read from --as-of, 28 December 2001'),
    ({"date": "yesterday"}, '(31 January 2026) to {path}; "yesterday" read from today, 1 February 2026'),
    ({"date": "12 January 2026", "quote": "the BRIDGE reopened", "document": "bridge"},
     "(12 January 2026) to {path}, citing bridge 99-118"),
]


@pytest.mark.parametrize(("options", "tail"), ADDED, ids=[str(o) for o, _ in ADDED])
def test_add(path, options, tail):
    event, said = hand.add(path, title="Council vote", today=TODAY, **options)
    assert said == f"added {event.id} " + tail.format(path=path)
    saved = {e.id: e for e in store.load(path).events}
    assert saved[event.id].title == "Council vote" and saved[event.id].origin == "manual"
    if "quote" in options:  # the passage quoted is the description, as the document has it
        assert saved[event.id].description == "The bridge reopened"


def test_add_with_a_quote_needs_the_file(tmp_path):
    missing = str(tmp_path / "none.json")
    with pytest.raises(InputError, match="no such timeline file, and --quote cites one of its documents"):
        hand.add(missing, title="x", date="2019", quote="the bridge", today=TODAY)
    assert not (tmp_path / "none.json").exists()


CHANGED = [  # (options of edit, the line said)
    ({"title": "Bridge reopens"}, "edited be45bb958ce7: Bridge reopens (12 January 2026)"),
    ({"date": "yesterday", "as_of": "2026-01-14"},
     'edited be45bb958ce7: The bridge reopened to traffic on 12 January 2026. (13 January 2026); '
     '"yesterday" read from --as-of, 14 January 2026'),
    ({"date": "yesterday", "as_of": "2026-01-13"}, "unchanged be45bb958ce7: it already is as given"),
    ({"tags": ["works"]}, "edited be45bb958ce7: The bridge reopened to traffic on 12 January 2026. "
                          "(12 January 2026)"),
    ({"title": "The bridge reopened to traffic on 12 January 2026."},
     "unchanged be45bb958ce7: it already is as given"),
    ({"quote": "reopened to traffic"},
     "unchanged be45bb958ce7: it already is as given (it cites that passage already)"),
    ({"quote": "finished the deck"},
     "edited be45bb958ce7: The bridge reopened to traffic on 12 January 2026. (12 January 2026), citing "
     "bridge 60-77"),
]


@pytest.mark.parametrize(("options", "said"), CHANGED, ids=[str(o) for o, _ in CHANGED])
def test_change(path, options, said):
    assert hand.change(path, "be45", today=TODAY, **options) == said


def test_remove_then_restore(path):
    assert hand.remove(path, ["be45", "fa4b"]) == [
        "removed be45bb958ce7: The bridge reopened to traffic on 12 January 2026.",
        "removed fa4b8aa1c7e7: The old bridge closed in summer 2023 for repairs.",
        "(`timeline restore` brings them back; `timeline list --removed` lists the removed events)",
    ]
    assert hand.restore(path, ["be45", "be45"]) == [
        "restored be45bb958ce7: The bridge reopened to traffic on 12 January 2026. (12 January 2026)",
    ]
    assert {e.id for e in store.load(path).removed_events} == {"fa4b8aa1c7e7"}


def test_remove_one_says_it(path):
    assert hand.remove(path, ["hand"])[-1] == (
        "(`timeline restore` brings it back; `timeline list --removed` lists the removed events)")


def test_restore_an_id_removed_without_a_kept_copy(path):
    timeline = store.load(path)
    store.save(timeline.model_copy(update={"removed": ["abcdef123456"]}), path)
    assert hand.restore(path, ["abcdef"]) == [
        "restored abcdef123456: it comes back when its article is extracted again (removed by an older "
        "version, it may stay out while its copies in other sentences are still removed)"]


def test_change_of_an_unknown_id_changes_nothing(path):
    before = store.load(path)
    with pytest.raises(NotFoundError):
        hand.change(path, "zzzz", title="x", today=TODAY)
    assert store.load(path) == before
