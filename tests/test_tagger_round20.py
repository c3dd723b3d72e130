"""Table-driven tests of tagger round 20: one vocabulary of saying verbs, and leftovers of earlier audits.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, document date, expected
[(extent, type, value, mod), ...] in text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.temporal_rows import ids, rows
from timeline.temporal import saying

JUL_12 = dt.date(2024, 7, 12)  # a Friday; June 3, 2024 is a Monday

# 1. Every rule that reads verbs of saying reads the same vocabulary (timeline/temporal/saying.py): a verb
# of any earlier list now serves all four rules.
SAYING = [
    # "<verb> that Friday's ...": "that" is the conjunction, the weekday stands alone
    ("The editor wrote that Friday's rally was calm.", JUL_12, [("Friday", "DATE", "2024-07-12", None)]),
    ("The minister denied that Sunday's vote was rigged.", JUL_12, [("Sunday", "DATE", "2024-07-07", None)]),
    ("The panel found that January was cold.", JUL_12, [("January", "DATE", "2024-01", None)]),
    # a sentence opening with an earlier date and a verb of saying dates the words said
    (
        "On June 3 the minister denied the plant would close Friday.",
        JUL_12,
        [("June 3", "DATE", "2024-06-03", None), ("Friday", "DATE", "2024-06-07", None)],
    ),
    # a verb of knowing reports no words: the document date counts
    (
        "On June 3 the council agreed the plant would close Friday.",
        JUL_12,
        [("June 3", "DATE", "2024-06-03", None), ("Friday", "DATE", "2024-07-12", None)],
    ),
    # a holiday name before a verb of saying is a surname
    ("Easter warned the council.", JUL_12, []),
    ("Easter said the council would meet.", JUL_12, []),
    ("The council met at Easter.", JUL_12, [("Easter", "DATE", "2024-03-31", None)]),
]

# A present form that is also a plural noun counts only before "that": "the United States" says nothing.
VOCABULARY = [
    ("says", "SAYING", True),
    ("states", "SAYING", False),
    ("reports", "SAYING", False),
    ("states", "SAYING_OR_KNOWING", True),
    ("believes", "SAYING", False),
    ("believes", "SAYING_OR_KNOWING", True),
]


VOCABULARY_IDS = [f"{word}-{name}-{found}" for word, name, found in VOCABULARY]


@pytest.mark.parametrize(("word", "name", "found"), VOCABULARY, ids=VOCABULARY_IDS)
def test_saying_sets(word, name, found):
    assert (re.fullmatch(f"(?:{getattr(saying, name)})", word) is not None) is found


def test_every_row_has_an_example():
    for forms, nouns, example in saying.SAYING_VERBS + saying.KNOWING_VERBS:
        assert forms and example and re.search(rf"\b(?:{forms}|{nouns or forms})\b", example, re.IGNORECASE)


CASES = SAYING


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round20(text, dct, expected):
    assert rows(text, dct) == expected
