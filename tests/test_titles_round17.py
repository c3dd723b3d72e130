"""Round 17 (invented): a title does not end on a participle that waited for its date."""

import pytest

from tests.test_events import run

# (id, text, expressions, expected titles).
CASES = [
    ("'dated'", "The firm sent a response letter dated June 3.", [("June 3", "DATE", "2025-06-03")],
     ["The firm sent a response letter"]),
    ("'postmarked'", "The county received a ballot postmarked Nov. 4.", [("Nov. 4", "DATE", "2025-11-04")],
     ["The county received a ballot"]),
    ("'is dated' keeps its verb, rebuilt with the date", "The contract is dated May 2.",
     [("May 2", "DATE", "2025-05-02")], ["The contract is dated May 2"]),
]


@pytest.mark.parametrize("text, marks, titles", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round17_titles(text, marks, titles):
    assert [e.title for e in run(text, marks)] == titles
