"""Titles do not end on a transitive verb whose object the cut left out (round 13, invented text)."""

import pytest

from tests.test_events import run
from timeline.shorten import fit

# (id, text, expressions as (phrase, type, value), expected titles).
CASES = [
    (
        "a front phrase gives way to the verb's object",
        "After a long review of its fleet and its finances, Qantas announced on Tuesday the regional "
        "carrier's plan to add forty new routes.",
        [("on Tuesday", "DATE", "2025-10-21")],
        ["Qantas announced the regional carrier's plan to add forty new routes"],
    ),
    (
        "a relative clause between subject and verb goes",
        "The regional airline Skyhop, which flies to twelve towns in the north, announced the government's "
        "decision to fund routes on Monday.",
        [("on Monday", "DATE", "2025-10-20")],
        ["The regional airline Skyhop announced the government's decision to fund routes"],
    ),
    (
        "a name in apposition becomes the subject",
        "The national carrier of the small island state, Bluewing Air, announced on Friday the regional "
        "carrier's plan to add routes.",
        [("on Friday", "DATE", "2025-10-24")],
        ["Bluewing Air announced the regional carrier's plan to add routes"],
    ),
    (
        # held before this round too: the cut before "and" wins; a guard for the rule above
        "a second predicate whose object is cut goes with its 'and'",
        "On Monday the mayor of the small coastal town of Port Ellis opened the new bridge and announced "
        "that the county would widen the road.",
        [("On Monday", "DATE", "2025-10-20")],
        ["The mayor of the small coastal town of Port Ellis opened the new bridge"],
    ),
]


@pytest.mark.parametrize("text, marks, titles", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_titles_keep_the_verbs_object(text, marks, titles):
    assert [e.title for e in run(text, marks)] == titles


# (id, long title, its cut).
FIT_CASES = [
    (
        "'announced that' keeps the statement when the subject can be cut to its head",
        "The chief executive of the regional carrier Skyhop announced that the company would add forty new "
        "routes in the north",
        "The chief executive announced that the company would add forty new routes",
    ),
    (
        "a subject with its object cut by a possessive is cut to its head",
        "After a long review of its fleet and its finances, Qantas announced the regional carrier's plan to "
        "add forty new routes",
        "Qantas announced the regional carrier's plan to add forty new routes",
    ),
    (
        "a title that fits is left alone",
        "Skyhop, which flies to twelve towns, announced new routes",
        "Skyhop, which flies to twelve towns, announced new routes",
    ),
]


@pytest.mark.parametrize("title, expected", [c[1:] for c in FIT_CASES], ids=[c[0] for c in FIT_CASES])
def test_fit_keeps_the_verbs_object(title, expected):
    assert fit(title) == expected
