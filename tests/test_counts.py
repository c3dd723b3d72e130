"""Counts in messages: counts.counted, counts.none_of, counts.listed."""

import pytest

from timeline.counts import counted, listed, none_of

CASES = [  # (the function, its arguments, what it says)
    (counted, (1, "event"), "1 event"),
    (counted, (0, "event"), "0 events"),
    (counted, (3, "file"), "3 files"),
    (none_of, (1, "events"), "the only event does not match"),
    (none_of, (1, "removed events"), "the only removed event does not match"),
    (none_of, (3, "events"), "none of the 3 events matches"),
    (none_of, (2, "removed events"), "none of the 2 removed events matches"),
    (listed, (["a"], 3), "a"),
    (listed, (["a", "b", "c"], 3), "a, b, c"),
    (listed, (["a", "b", "c", "d"], 3), "a, b, c, ..."),
    (listed, ([], 5), ""),
]


@pytest.mark.parametrize(("function", "arguments", "said"), CASES,
                         ids=[f"{f.__name__}-{a}" for f, a, _ in CASES])
def test_counts(function, arguments, said):
    assert function(*arguments) == said
