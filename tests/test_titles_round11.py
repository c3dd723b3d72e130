"""Titles cut so that a word waits for more: a compound's last noun, "due", a number word (round 11,
invented text)."""

import pytest

from tests.test_events import run
from timeline import shorten

# (id, long title, expected cut).
FIT_CASES = [
    (
        "a noun is not cut from its compound when the subject can go to its head",
        "The national health ministry of the small southern republic reported record hospital admissions",
        "The national health ministry reported record hospital admissions",
    ),
    (
        "'new trade talks' stays whole: the subject's 'for' phrase goes",
        "The special envoy for the northern border region of the republic opened new trade talks in the "
        "capital",
        "The special envoy opened new trade talks in the capital",
    ),
    (
        # round 43: a front phrase is no subject to cut; it goes before the predicate's end does
        "a front phrase before the subject is no subject to cut: the front phrase goes",
        "Late in the afternoon, the lighthouse keeper placed a wreath beside the old memorial stone",
        "The lighthouse keeper placed a wreath beside the old memorial stone",
    ),
    (
        "an -ing adjective before a name ('neighbouring') is no verb: the subject may go to its head",
        "The Northport Weather Service Office and neighbouring Eastvale Weather Service Office issued frost "
        "alerts for farms",
        "The Northport Weather Service Office issued frost alerts for farms",
    ),
    (
        "a number word waits for its noun like a figure",
        "The coastal ferry company of the southern islands is expected to cut around twelve daily crossings",
        "The coastal ferry company is expected to cut around twelve daily crossings",
    ),
]


@pytest.mark.parametrize("title, expected", [c[1:] for c in FIT_CASES], ids=[c[0] for c in FIT_CASES])
def test_fit(title, expected):
    assert shorten.fit(title) == expected


# (id, cut title, expected after its loose end is dropped).
TRIM_CASES = [
    ("'due' without its 'to' goes", "Output fell by nine percent due", "Output fell by nine percent"),
    ("'due' after a verb 'to be' is the predicate and stays", "The final payment was due",
     "The final payment was due"),
    ("'beside' without its object goes", "The keeper placed a wreath beside", "The keeper placed a wreath"),
    ("'despite' without its object goes", "The match went ahead despite", "The match went ahead"),
    ("'towards' without its object goes", "The storm moved slowly towards", "The storm moved slowly"),
]


@pytest.mark.parametrize("title, expected", [c[1:] for c in TRIM_CASES], ids=[c[0] for c in TRIM_CASES])
def test_trim_end(title, expected):
    assert shorten.trim_end(title) == expected


# (id, text, expressions, expected titles by date value): "X said that <statement>" whose statement's verb
# lies past the cut gives the statement alone, not a speaker with a noun phrase and no verb.
REPORT_CASES = [
    (
        "the statement alone, its subject cut to its head, when its verb lies past the cut",
        "The regional statistics office of the northern province said on Monday that exports of farm "
        "machinery to the neighbouring countries rose sharply.",
        [("on Monday", "DATE", "2025-10-20")],
        {"2025-10-20": "Exports of farm machinery to the neighbouring countries rose sharply"},
    ),
    (
        "'said in a statement that' is a speech verb before a statement too",
        "The port authority of the southern island group said in a statement on Monday that cargo volumes "
        "at the three main harbours fell by a fifth.",
        [("on Monday", "DATE", "2025-10-20")],
        {"2025-10-20": "Cargo volumes at the three main harbours fell by a fifth"},
    ),
    (
        # round 15: the speaker's subject goes to its head, so that "scored" keeps its object
        "a statement that opens on a pronoun keeps its speaker",
        "The shipping firm of the northern province reported on Monday that it had booked a net profit of "
        "31 million euros, little changed.",
        [("on Monday", "DATE", "2025-10-20")],
        {"2025-10-20": "The shipping firm reported that it had booked a net profit of 31 million euros"},
    ),
    (
        "a clause of its own before 'but said' keeps the title",
        "The weather service did not name the town but said on Monday that residents of the low-lying "
        "coastal districts would be moved inland.",
        [("on Monday", "DATE", "2025-10-20")],
        {"2025-10-20": "The weather service did not name the town"},
    ),
]


@pytest.mark.parametrize(
    "text, marks, expected", [c[1:] for c in REPORT_CASES], ids=[c[0] for c in REPORT_CASES]
)
def test_long_report(text, marks, expected):
    assert {e.when.value: e.title for e in run(text, marks)} == expected


# (id, text, expressions, expected titles by date value): a date that ends a "when" clause dates that clause.
WHEN_CASES = [
    (
        "the date ends a 'when' clause: the clause is the event, not the state around it",
        "She was a young nurse in the capital when the epidemic broke out in 1957.",
        [("in 1957", "DATE", "1957")],
        {"1957": "The epidemic broke out"},
    ),
    (
        "a passive 'when' clause after a main clause with 'whether'",
        "Nobody knows whether the treasurer was at home when the search order was signed on Thursday.",
        [("on Thursday", "DATE", "2025-10-23")],
        {"2025-10-23": "The search order was signed"},
    ),
    (
        "a pronoun subject in the 'when' clause keeps the whole sentence",
        "The zoo now keeps 300 penguins, up from six when it opened in 1992.",
        [("in 1992", "DATE", "1992")],
        {"1992": "The zoo now keeps 300 penguins, up from six when it opened"},
    ),
    (
        "a date before 'when' dates the main clause",
        "The bridge closed on Monday when the river rose above the warning mark.",
        [("on Monday", "DATE", "2025-10-20")],
        {"2025-10-20": "The bridge closed when the river rose above the warning mark"},
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in WHEN_CASES], ids=[c[0] for c in WHEN_CASES])
def test_when_clause(text, marks, expected):
    assert {e.when.value: e.title for e in run(text, marks)} == expected


# (id, text, expressions, expected titles by date value): "did not happen until <date>" happened then.
UNTIL_CASES = [
    (
        "'did not restart until' a time: it restarted then",
        "The cable car did not restart until 6 a.m. on Monday.",
        [("6 a.m. on Monday", "TIME", "2025-10-20T06:00")],
        {"2025-10-20T06:00": "The cable car restarted"},
    ),
    (
        "'didn't' and an irregular verb",
        "The hearing didn't begin until late Tuesday.",
        [("late Tuesday", "DATE", "2025-10-21")],
        {"2025-10-21": "The hearing began"},
    ),
    (
        "a passive 'was not ... until' loses its 'not'",
        "The last ferry was not cleared to sail until Friday.",
        [("Friday", "DATE", "2025-10-24")],
        {"2025-10-24": "The last ferry was cleared to sail"},
    ),
    (
        "without 'until' the negation stays",
        "The council did not approve the budget on Tuesday.",
        [("on Tuesday", "DATE", "2025-10-21")],
        {"2025-10-21": "The council did not approve the budget"},
    ),
]


@pytest.mark.parametrize(
    "text, marks, expected", [c[1:] for c in UNTIL_CASES], ids=[c[0] for c in UNTIL_CASES]
)
def test_not_until(text, marks, expected):
    assert {e.when.value: e.title for e in run(text, marks)} == expected


# (id, text, expressions, expected titles by date value): "over" before a span counted from now goes too.
SPAN_LEAD_CASES = [
    (
        "'over the past week' leaves whole",
        "Storms over the past week have washed away the coastal path.",
        [("the past week", "DATE", "2025-W42")],
        {"2025-W42": "Storms have washed away the coastal path"},
    ),
    (
        "'over' that is a verb's particle stays",
        "The rebels took over on Monday.",
        [("on Monday", "DATE", "2025-10-20")],
        {"2025-10-20": "The rebels took over"},
    ),
    (
        "'over' before a possessive date phrase stays with its noun",
        # "last season's runners-up" dates nothing since round 39 (a date that says which holder of a title):
        # the shape stays with another noun
        "The league leaders hold a two-point lead over last season's pace.",
        [("last season", "DATE", "2024")],
        {"2024": "The league leaders hold a two-point lead over the pace"},  # "the": round 16
    ),
]


@pytest.mark.parametrize(
    "text, marks, expected", [c[1:] for c in SPAN_LEAD_CASES], ids=[c[0] for c in SPAN_LEAD_CASES]
)
def test_span_lead(text, marks, expected):
    assert {e.when.value: e.title for e in run(text, marks)} == expected
