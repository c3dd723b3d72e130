"""Titles and descriptions of defects QA and the timeline error analysis saw (round 9, invented text)."""

import pytest

from tests.test_events import run
from timeline.segment import clauses
from timeline.verbs import has_verb

# (id, text, its dates as the tagger gives them, expected title of each event by value).
CASES = [
    (
        "a plain present after a plural keeps its clause; the telling's date names the teller",
        "Lessons restart next Monday, the school board said this morning.",
        [("next Monday", "DATE", "2025-10-27"), ("this morning", "TIME", "2025-10-25TMO")],
        {"2025-10-27": "Lessons restart", "2025-10-25TMO": "The school board said lessons restart"},
    ),
    (
        "a quotation with 'cannot' keeps its verb and loses the attribution",
        "\"We cannot delay another month,\" council leader Ana Soto told reporters on Tuesday.",
        [("another month", "DATE", "2025-11"), ("on Tuesday", "DATE", "2025-10-21")],
        {"2025-11": "We cannot delay", "2025-10-21": "Council leader Ana Soto said we cannot delay"},
    ),
    (
        "'said' and a lowercase role before the name is an attribution; 'another' leaves with its date",
        "\"We cannot train another winter without a roof,\" said club president Ana Soto, who was elected "
        "in May.",
        [("winter", "DATE", "2025-WI"), ("in May", "DATE", "2025-05")],
        {"2025-WI": "We cannot train without a roof", "2025-05": "Ana Soto was elected"},
    ),
    (
        "a date after a participle aside on the object, with a second predicate, dates the main clause",
        "The museum acquired the painting, stolen in 1972 and recovered by police, on Thursday.",
        [("in 1972", "DATE", "1972"), ("on Thursday", "DATE", "2025-10-23")],
        {"1972": "The painting was stolen", "2025-10-23": "The museum acquired the painting"},
    ),
    (
        "'but' and an irregular past after a date open a second predicate of the subject",
        "He quit in 2012 but kept coaching until last year.",
        [("in 2012", "DATE", "2012"), ("last year", "DATE", "2024")],
        {"2012": "He quit", "2024": "He kept coaching"},
    ),
    (
        "a participle of what followed after a comma is a clause of its own with the sentence's subject",
        "In the early 1990s the mill cut its workforce by half, prompting the union to strike in 1994.",
        [("the early 1990s", "DATE", "199", {"mod": "START"}), ("in 1994", "DATE", "1994")],
        {"199": "The mill cut its workforce by half", "1994": "The mill prompted the union to strike"},
    ),
    (
        "a participle after a comma before a name",
        "Storms flooded the valley in March, forcing Lindale County to close its schools in April.",
        [("in March", "DATE", "2025-03"), ("in April", "DATE", "2025-04")],
        {"2025-03": "Storms flooded the valley",
         "2025-04": "Storms forced Lindale County to close its schools"},
    ),
    (
        "a count of times the dates list leaves both titles",
        "The team won the regional cup twice, in 1994 and again in 2003.",
        [("1994", "DATE", "1994"), ("in 2003", "DATE", "2003")],
        {"1994": "The team won the regional cup", "2003": "The team won the regional cup again"},
    ),
    (
        "a long sentence leads with the part after ', and' with the date and a subject of its own",
        "Within a few years most of the fishing fleet had been sold off, and the cannery near the old "
        "harbour closed for good in the autumn of 1987.",
        [("the autumn of 1987", "DATE", "1987-FA")],
        {"1987-FA": "The cannery near the old harbour closed for good"},
    ),
    (
        "', and' after a relative clause aside joins two subjects, no clauses",
        "The hearing of the young driver, who is still held in custody, and the two released organisers will "
        "resume in May, their lawyer said.",
        [("in May", "DATE", "2026-05")],
        {"2026-05": "The hearing of the young driver and the two released organisers will resume"},
    ),
    (
        "a pronoun after ', and' leans on the part before, which stays",
        "The new owners have bought more than half of the shares held by small investors so far, and it is "
        "set for completion by March 3.",
        [("March 3", "DATE", "2026-03-03")],
        {"2026-03-03": "The new owners have bought more than half of the shares held"},
    ),
    (
        "a date that dates the telling keeps the sentence",
        "The mayor grew up in a fishing village near the border, and most of the jobs she has held were in "
        "local schools, the council said last year.",
        [("last year", "DATE", "2024")],
        {"2024": "The mayor grew up in a fishing village near the border"},
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_titles(text, marks, expected):
    # the titles of routine tellings too ("A spokesman said ..."): extract drops them by default
    assert {e.when.value: e.title for e in run(text, marks, tellings="all")} == expected


# (text, whether it holds a verb): a plain present after a plural ends a clause before a comma too.
VERB_CASES = [("Classes resume", True), ("Trains return,", True), ("We cannot", True), ("its face", False),
              ("the host", False)]


@pytest.mark.parametrize("text, verb", VERB_CASES, ids=[c[0] for c in VERB_CASES])
def test_verbs(text, verb):
    assert has_verb(text) is verb


# (id, text, its dates, expected description of each event by value): a clause that is a fragment gives way
# to its sentence.
DESCRIPTION_CASES = [
    (
        "a clause that opens with a preposition is described by its sentence",
        "Growers lost a third of their grapes this year, after the wettest summer since records began in "
        "1902.",
        [("this year", "DATE", "2025"), ("1902", "DATE", "1902")],
        {"2025": "Growers lost a third of their grapes this year",
         "1902": "Growers lost a third of their grapes this year, after the wettest summer since records "
                 "began in 1902."},
    ),
    (
        "a clause after 'and' with a verb of its own is its own description",
        "The depot closed in 1984, and the line stopped running in 1990.",
        [("in 1984", "DATE", "1984"), ("in 1990", "DATE", "1990")],
        # from the clause's own start, its "and" left out (events round 28)
        {"1984": "The depot closed in 1984", "1990": "The line stopped running in 1990."},
    ),
    (
        "a second predicate with no subject of its own is described by its sentence",
        "He quit in 2012 but kept coaching until last year.",
        [("in 2012", "DATE", "2012"), ("last year", "DATE", "2024")],
        {"2012": "He quit in 2012", "2024": "He quit in 2012 but kept coaching until last year."},
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in DESCRIPTION_CASES],
                         ids=[c[0] for c in DESCRIPTION_CASES])
def test_descriptions(text, marks, expected):
    assert {e.when.value: e.description for e in run(text, marks)} == expected


# (text, its clauses): a participle of what followed after a comma opens a clause; a preposition in -ing
# ("including", "during") does not.
CLAUSE_CASES = [
    ("Rain fell all week, prompting the city to close roads.",
     ["Rain fell all week", "prompting the city to close roads."]),
    ("Rain fell all week, forcing Dover to close roads.",
     ["Rain fell all week", "forcing Dover to close roads."]),
    ("The firm sold four plants, including the one in Dover.",
     ["The firm sold four plants, including the one in Dover."]),
    ("Prices rose, during the whole of the year.", ["Prices rose, during the whole of the year."]),
]


@pytest.mark.parametrize("text, expected", CLAUSE_CASES, ids=[c[0] for c in CLAUSE_CASES])
def test_clauses(text, expected):
    assert [text[s:e] for s, e in clauses(text, 0, len(text))] == expected
