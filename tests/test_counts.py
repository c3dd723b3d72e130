"""Counts in messages: counts.counted, counts.none_of, counts.listed."""

import pytest

from timeline.counts import counted, listed, none_of

COUNTED = [
    (1, "event", "1 event"),
    (0, "event", "0 events"),
    (3, "file", "3 files"),
]


@pytest.mark.parametrize(("number", "noun", "said"), COUNTED, ids=[s for _, _, s in COUNTED])
def test_counted(number, noun, said):
    assert counted(number, noun) == said


NONE_OF = [
    (1, "events", "the only event does not match"),
    (1, "removed events", "the only removed event does not match"),
    (3, "events", "none of the 3 events matches"),
    (2, "removed events", "none of the 2 removed events matches"),
]


@pytest.mark.parametrize(("number", "kind", "said"), NONE_OF, ids=[s for _, _, s in NONE_OF])
def test_none_of(number, kind, said):
    assert none_of(number, kind) == said


LISTED = [
    (["a"], 3, "a"),
    (["a", "b", "c"], 3, "a, b, c"),
    (["a", "b", "c", "d"], 3, "a, b, c, ..."),
    ([], 5, ""),
]


@pytest.mark.parametrize(("names", "most", "said"), LISTED, ids=[s or "none" for _, _, s in LISTED])
def test_listed(names, most, said):
    assert listed(names, most) == said
