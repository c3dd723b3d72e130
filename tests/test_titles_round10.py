"""Titles cut so that a word waits for more: a count, a particle, a clause (round 10, invented text)."""

import pytest

from tests.test_events import run
from timeline import shorten

# (id, long title, expected cut): the cut never leaves a count without its noun, a verb without its object
# or particle, or a "that" clause without its verb, when a shorter cut or a shorter subject avoids it.
FIT_CASES = [
    (
        "a count is not left without its unit: the cut goes before 'of' and the number",
        "The national railway operator of the eastern region will meet its goal of 4 billion euros by the "
        "end of the decade",
        "The national railway operator of the eastern region will meet its goal",
    ),
    (
        "a particle verb keeps its object: the subject is cut to its head",
        "The mayor of the small coastal town in the far north of the country put forward a plan for a new "
        "harbour wall",
        "The mayor put forward a plan for a new harbour wall",
    ),
    (
        "'put forward' after an adverb keeps its object too",
        "The delegation from the neighbouring province and the city council jointly put forward a detailed "
        "proposal on shared transport",
        "The delegation jointly put forward a detailed proposal on shared transport",
    ),
    (
        "a possessive and 'own' keeps its noun",
        "The Green Party and the Liberal Alliance put forward their own proposals for the spring session of "
        "the council",
        "The Green Party and the Liberal Alliance put forward their own proposals",
    ),
    (
        "a passive 'was put forward' needs no object and stays",
        "A plan for a new harbour wall was put forward by the mayor of the small coastal town in the far "
        "north",
        "A plan for a new harbour wall was put forward",
    ),
    (
        "a count with its noun after it is whole",
        "The council voted to extend the contracts of about 300 nurses working in the clinics of the old "
        "hospital",
        "The council voted to extend the contracts of about 300 nurses",
    ),
]


@pytest.mark.parametrize("title, expected", [c[1:] for c in FIT_CASES], ids=[c[0] for c in FIT_CASES])
def test_fit(title, expected):
    assert shorten.fit(title) == expected


# (cut title, whether it waits for more).
DANGLE_CASES = [
    ("The council put forward", True),
    ("The plan was put forward", False),
    ("The spokeswoman said that the new tram line", True),
    ("The spokeswoman said that the new tram line opened", False),
    ("The parties put forward their own", True),
    ("The mayor carried out", True),
]


@pytest.mark.parametrize("title, expected", DANGLE_CASES, ids=[c[0] for c in DANGLE_CASES])
def test_dangles(title, expected):
    assert shorten.dangles(title) is expected


# (text, where a count ends a cut, whether its noun follows the cut).
COUNT_CASES = [
    ("The fair will feature 13 stalls", " stalls", True),
    ("The target is 12 billion dollars", " dollars", True),
    ("The club was founded in 1998 by two brothers", " by", False),
    ("The plant opened in 2012 with a party", " with", False),
    # a tally or range goes on after its first count
    ("The council voted 7 to 2 to keep the rules", " to 2", True),
    ("The jury voted nine to three for acquittal", " to three", True),
    ("The club won 3-1 at home", "-1", True),
    ("Prices rose 5 to 7 percent", " to 7", True),
    ("The team scored 3 to win the cup", " to win", False),
]


@pytest.mark.parametrize("text, after, expected", COUNT_CASES, ids=[c[0] for c in COUNT_CASES])
def test_count_waits_for_noun(text, after, expected):
    assert shorten.waits_for_noun(text, text.index(after)) is expected


# (id, text, its dates, expected title of each event by value).
CASES = [
    (
        "an intransitive verb in a reduced clause after 'where' takes no 'was'",
        "Divers recovered three more bodies on Tuesday from the flooded quarry near Aldmoor, a village in "
        "the hills, where a rockslide occurred at 9:30 a.m.",
        [("on Tuesday", "DATE", "2025-10-21"), ("9:30 a.m.", "TIME", "2025-10-19T09:30")],
        {"2025-10-21": "Divers recovered three more bodies", "2025-10-19T09:30": "A rockslide occurred"},
    ),
    (
        "a transitive verb in a reduced clause still is passive",
        "The council on Monday praised the bridge built in 1932 by local masons.",
        [("on Monday", "DATE", "2025-10-20"), ("in 1932", "DATE", "1932")],
        {"2025-10-20": "The council praised the bridge", "1932": "The bridge was built by local masons"},
    ),
    (
        "a 'was' whose predicate was the date gives way to the participle after it, made past",
        "The worst storm was on 3 March 2019, flooding the old town and the harbour.",
        [("3 March 2019", "DATE", "2019-03-03")],
        {"2019-03-03": "The worst storm flooded the old town and the harbour"},
    ),
    (
        "a 'was' with a predicate of its own is left alone",
        "The storm was brief on 3 March 2019, flooding only the harbour.",
        [("3 March 2019", "DATE", "2019-03-03")],
        {"2019-03-03": "The storm was brief, flooding only the harbour"},
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_titles(text, marks, expected):
    assert {e.when.value: e.title for e in run(text, marks)} == expected
