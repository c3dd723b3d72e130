"""Round 25 (invented): a routine telling whose speaker is a plural noun with no article ("figures from the
central bank showed Tuesday") gives no event when the statement has a date of its own; a front participle
before a subject with an aside titles the subject ("Founded in 2001, Acme, known as ..., makes")."""

import pytest

from tests.test_events import run

# (id, text, expressions as (phrase, type, value), expected events as (value, title)).
CASES = [
    (
        "a plural speaker without an article ends the statement",
        "Exports fell 4 percent in 2024, figures from the central bank showed Tuesday.",
        [("2024", "DATE", "2024"), ("Tuesday", "DATE", "2025-10-21")],
        [("2024", "Exports fell 4 percent")],
    ),
    (
        "a plural speaker whose statement has no date of its own keeps the telling's event",
        "Exports fell 4 percent, figures from the central bank showed Tuesday.",
        [("Tuesday", "DATE", "2025-10-21")],
        [("2025-10-21", "Exports fell 4 percent")],
    ),
    (
        "an announcement is news, not a routine telling",
        "The port will reopen on Monday, dockers from the union announced Tuesday.",
        [("on Monday", "DATE", "2025-10-20"), ("Tuesday", "DATE", "2025-10-21")],
        None,
    ),
    (
        "a front participle, then a subject with an aside",
        "Founded in 2001, Acme, known in Peru as Acmex, makes parts for cars and trucks.",
        [("2001", "DATE", "2001")],
        [("2001", "Acme was founded")],
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round25_events(text, marks, expected):
    if expected is None:  # both dates stay
        assert {e.when.value for e in run(text, marks)} == {m[2] for m in marks}
        return
    assert [(e.when.value, e.title) for e in run(text, marks)] == expected
