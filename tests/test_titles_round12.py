"""Titles drop Markdown emphasis and never end on a lone marker (round 12, invented text)."""

import pytest

from tests.test_events import run
from timeline import emphasis

# (id, text, expressions as (phrase, type, value), expected titles).
CASES = [
    (
        "a list item with a bold name and an italic date",
        "- call back **Ruth Okafor** on *Friday*",
        [("Friday", "DATE", "2025-10-24")],
        ["Call back Ruth Okafor"],
    ),
    (
        "underscores around a word and a bold date",
        "The _new_ library opened on __Monday__.",
        [("Monday", "DATE", "2025-10-20")],
        ["The new library opened"],
    ),
    (
        "a bold label and an italic adverb",
        "**Update:** the council *finally* approved the budget on Tuesday.",
        [("Tuesday", "DATE", "2025-10-21")],
        ["Update: the council finally approved the budget"],
    ),
    (
        "an underscore inside a word is no emphasis",
        "The file old_records was deleted on Monday.",
        [("Monday", "DATE", "2025-10-20")],
        ["The file old_records was deleted"],
    ),
]


@pytest.mark.parametrize("text, marks, titles", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_titles_without_emphasis(text, marks, titles):
    assert [e.title for e in run(text, marks)] == titles


# (id, title, without its markers).
DROP_CASES = [
    ("a pair of double asterisks", "Call back **Ruth Okafor** today", "Call back Ruth Okafor today"),
    ("a lone marker left by a date taken out", "Call back Ruth Okafor on **", "Call back Ruth Okafor on"),
    ("a pair cut off", "The crew met **Captain Ines", "The crew met Captain Ines"),
    ("a product of numbers keeps its star", "The team scored 5*3 points", "The team scored 5*3 points"),
    ("snake case keeps its underscores", "The job old_records failed", "The job old_records failed"),
]


@pytest.mark.parametrize("title, expected", [c[1:] for c in DROP_CASES], ids=[c[0] for c in DROP_CASES])
def test_drop_emphasis(title, expected):
    assert emphasis.drop(title) == expected

