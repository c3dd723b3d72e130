"""Titles drop Markdown emphasis and never end on a lone marker (round 12, invented text)."""

import pytest

from tests.test_events import run
from timeline import attribution, emphasis

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



# (id, text, expressions as (phrase, type, value), expected title of each event) for titles of the wrong
# clause.
CLAUSE_CASES = [
    (
        "a front 'since' clause that the date ends is the date's event",
        "Since the strike began in March 2003, about 2,000 workers have lost their jobs.",
        [("March 2003", "DATE", "2003-03")],
        ["The strike began"],
    ),
    (
        "a front 'after' clause that the date ends is the date's event",
        "After the storm hit the coast on Monday, crews restored power to 4,000 homes.",
        [("Monday", "DATE", "2025-10-20")],
        ["The storm hit the coast"],
    ),
    (
        "a front date with no clause of its own leaves the main clause",
        "Since March 2003, prices have risen sharply.",
        [("March 2003", "DATE", "2003-03")],
        ["Prices have risen sharply"],
    ),
    (
        "a front phrase that no comma ends is no front clause",
        "After a long career Ortega was elected mayor of Eastvale in 2003, the party said.",
        [("2003", "DATE", "2003")],
        ["After a long career Ortega was elected mayor of Eastvale"],
    ),
    (
        "an aside on the subject of a reported clause holds its own date",
        "The notice said that the fair, which was first staged in 2002, is a showcase for local potters.",
        [("2002", "DATE", "2002")],
        ["The fair was first staged"],
    ),
    (
        "'it' of a closing 'when' clause stands for the sentence's subject",
        "The reserve now shelters more than 300 wild horses, up from just twelve when it was opened in 1991.",
        [("1991", "DATE", "1991")],
        ["The reserve was opened"],
    ),
    (
        "a subject that is no whole noun phrase lends nothing to 'it'",
        "The plant to be run by the new company will hire 300 workers when it opens in 2027.",
        [("2027", "DATE", "2027")],
        ["The plant to be run by the new company will hire 300 workers when it opens"],
    ),
    (
        "an aside placing a front date by another event is no title",
        "On June 28, two days after floods cut a highway, relief planes reached the only hospital.",
        [("June 28", "DATE", "2025-06-28")],
        ["Relief planes reached the only hospital"],
    ),
]


@pytest.mark.parametrize(
    "text, marks, titles", [c[1:] for c in CLAUSE_CASES], ids=[c[0] for c in CLAUSE_CASES]
)
def test_title_of_the_dated_clause(text, marks, titles):
    assert [e.title for e in run(text, marks)] == titles


# (id, text, expressions, expected titles) for cuts that left a word or a mark waiting.
WAITING_CASES = [
    (
        "a cut does not end on a possessive waiting for its noun, nor inside the phrase it ends",
        "The regional assembly voted to expand the reach of the eastern district's new public transport "
        "authority on Friday.",
        [("on Friday", "DATE", "2025-10-24")],
        ["The regional assembly voted to expand the reach"],
    ),
    (
        "a slash left by a date taken out goes",
        '"Output will fall by more than 500,000 tons in the fiscal year 2026/27," the ministry said.',
        [("the fiscal year", "DATE", "2025"), ("2026", "DATE", "2026"), ("27", "DATE", "2027")],
        ["Output will fall by more than 500,000 tons"] * 3,
    ),
]


@pytest.mark.parametrize(
    "text, marks, titles", [c[1:] for c in WAITING_CASES], ids=[c[0] for c in WAITING_CASES]
)
def test_nothing_waits_at_the_end(text, marks, titles):
    assert [e.title for e in run(text, marks)] == titles


# (id, long title, its short form): figures that show the news give way to it.
REPORT_CASES = [
    (
        "statistics that indicate what happened give way to it",
        "Figures from the regional health ministry indicate that the clinics performed 34,726 eye operations "
        "in the decade",
        "The clinics performed 34,726 eye operations in the decade",
    ),
    (
        "a survey that showed a lead gives way to the lead",
        "A survey for the evening paper of the northern city showed the Green Party had a 12-point lead in "
        "the capital",
        "The Green Party had a 12-point lead in the capital",
    ),
    (
        "a pronoun statement keeps its source: who 'they' are lies there",
        "A survey for the evening paper of the northern city showed they had a 12-point lead in the capital "
        "and the north",
        None,
    ),
]


@pytest.mark.parametrize("title, short", [c[1:] for c in REPORT_CASES], ids=[c[0] for c in REPORT_CASES])
def test_figures_give_way_to_the_news(title, short):
    assert attribution.short_report(title) == short
