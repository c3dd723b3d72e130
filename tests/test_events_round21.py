"""Round 21 (invented): a routine telling whose statement has a date of its own gives no event, also when the
statement is a plan ("are to hold talks"), the telling cites a source, or the speaker is long."""

import pytest

from tests.test_events import run

# (id, text, expressions as (phrase, type, value[, fields]), expected events as (value, title)).
CASES = [
    (
        "'are to' makes the statement's own date: the telling's date gives no event",
        "Union leaders are to hold talks Friday with the port operator, the federation said Thursday.",
        [("Friday", "DATE", "2025-10-24"), ("Thursday", "DATE", "2025-10-23")],
        [("2025-10-24", "Union leaders are to hold talks with the port operator")],
    ),
    (
        "a telling that cites its source still ends the statement",
        "The harvest is expected to grow by 4 percent next year, state radio reported Tuesday, citing a "
        "farm institute.",
        [("next year", "DATE", "2026"), ("Tuesday", "DATE", "2025-10-21")],
        [("2026", "The harvest is expected to grow by 4 percent")],
    ),
    (
        "a speaker too long for the attribution pattern",
        "The ferry service will resume on Monday, the head of the island's regional transport authority "
        "said Friday.",
        [("on Monday", "DATE", "2025-10-27"), ("Friday", "DATE", "2025-10-24")],
        [("2025-10-27", "The ferry service will resume")],
    ),
    (
        "a telling with no other date keeps its event",
        "The ferry service has stopped, the head of the island's regional transport authority said Friday.",
        [("Friday", "DATE", "2025-10-24")],
        [("2025-10-24", "The ferry service has stopped")],
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round21_events(text, marks, expected):
    assert [(e.when.value, e.title) for e in run(text, marks)] == expected
