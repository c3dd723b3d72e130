"""Round 38: cuts the shape of a title shows (timeline.cut_shapes), and what a clause with no whole cut
becomes: the longest whole cut before a preposition (last_cuts.word_cut). Invented sentences."""

from __future__ import annotations

import pytest

from tests.test_events import run
from timeline.candidates import choose
from timeline.complete import complete
from timeline.shorten import fit

CUT = [
    ("second complement cut", "The coach attributed the victory", "complement"),
    ("passive put without its place", "The results of the staff ballot will be put", "complement"),
    ("put with its object only", "The board put the plan", "complement"),
    ("party object of forced", "Heavy flooding has forced the Government", "infinitive"),
    ("contracted auxiliary left alone", "We have sold half the stock and we're really", "auxiliary"),
    ("impersonal clause with no verb", "The minister says it is expected emissions of major pollutants",
     "clause"),
    ("span waiting for before", "The council voted unanimously just two days", "count"),
    ("prior without to", "The rules apply to cars built prior", "preposition"),
    ("up without its count", "The police may detain suspects for up", "count"),
    ("one without its of", "The proposal will be one", "count"),
    ("adverb after a noun phrase", "Exports should help, including the stimulus still", "adverb"),
    ("subject and a subordinate clause, no main verb", "A sharp rise in prices as demand grew strongly",
     "no main clause"),
    ("no idea", "The ministry had no idea", "complement"),
    ("the power without its infinitive", "The agency would have the power", "complement"),
    ("a compound cut after its modifier", "The premier expects to travel to Jakarta for the top level",
     "adjective"),
    ("an infinitive of proving with no object", "The driver said he took the photo to prove", "object"),
    ("a quantifier after a modal's verb", "Traders said the drop could end all", "determiner"),
    ("both without its and", "The coach attributed the win to both the presence", "coordination"),
    ("a relative aside never closed", "The city council, which said there had been a sharp drop", "aside"),
]

WHOLE = [
    ("a span a verb of how long takes", "The strike lasted just two days"),
    ("a span after a preposition", "The team rebuilt the stand in just two weeks"),
    ("an impersonal clause with its verb", "The minister says it is expected prices will fall"),
    ("a main clause before the subordinate one", "The team won the cup as the crowd cheered"),
    ("forced with a thing as its object", "The court ordered the release"),
    ("attributed with its second complement", "The coach attributed the victory to the defence"),
    ("put with its place", "The board put the plan on hold"),
    ("a plain adverb at the end", "The talks are going well"),
    ("regardless ends a title", "The match went ahead regardless"),
    ("a level that is a noun", "Prices rose to the highest level"),
    ("a participle after a count", "The proposal will be one of five discussed"),
    ("a noun after a count", "The bank made a profit of 31.6 million francs"),
    ("both before a plural", "The deal was signed by both the parties"),
    ("both with its and", "The deal was signed by both the union and the firm"),
    ("a relative after a main clause", "The company cut 300 jobs, which angered unions"),
    ("a question word's clause closed by its be", "The ministry had no idea where the envoy was now"),
    ("a particle ends the verb before a subordinate clause",
     "The record dates back when the club was founded"),
]


@pytest.mark.parametrize(("title", "reason"), [c[1:] for c in CUT], ids=[c[0] for c in CUT])
def test_complete_sees_the_cut_of_a_shape(title: str, reason: str) -> None:
    assert complete(title) == reason


@pytest.mark.parametrize("title", [c[1] for c in WHOLE], ids=[c[0] for c in WHOLE])
def test_complete_keeps_a_whole_shape(title: str) -> None:
    assert complete(title) is None


CHOOSE = [
    ("a shorter subject gives the whole predicate",
     "The results of the secret staff ballot will be put before the Industrial Relations Commission",
     "The results will be put before the Industrial Relations Commission"),
    ("a cut before a preposition when no phrase boundary is whole",
     "President Halvorsen said one of the goals of the meeting was to take stock of the internal situation, "
     "the domestic environment",
     "President Halvorsen said one of the goals of the meeting was to take stock"),
    ("a front adjunct goes for the main clause",
     "Under proposed legislation to go before Parliament, the agency would have the power to detain "
     "suspects for up to 48 hours without charge",
     "The agency would have the power to detain suspects"),
]


@pytest.mark.parametrize(("whole", "expected"), [c[1:] for c in CHOOSE], ids=[c[0] for c in CHOOSE])
def test_choose_finds_a_whole_title(whole: str, expected: str) -> None:
    title = choose(whole, fit(whole))
    assert title == expected
    assert complete(title) is None


# (id, text, its dates as the tagger gives them, expected title of each event by value).
EVENTS = [
    ("a cleft's clause is the event",
     "It was only a week ago that the mayor was promising a thousand new jobs.",
     [("a week ago", "DATE", "2025-10-18")],
     {"2025-10-18": "The mayor was promising a thousand new jobs"}),
    # "than this year" is a baseline (events round 38): it dates no event, so the title keeps the comparison
    ("a comparison whose other side is a date is a baseline, kept in the title",
     "Growth is expected to reach 3.1 per cent in 2026 - stronger than this year.",
     [("in 2026", "DATE", "2026"), ("this year", "DATE", "2025")],
     {"2026": "Growth is expected to reach 3.1 per cent - stronger than this year"}),
    ("a cut inside a front clause loses its subordinator",
     "After Ms Varga cut off ties with the Northern Union last week over its failure to pay its dues, the "
     "league has said it will take the running of the cup into its own hands.",
     [("last week", "DATE", "2025-W42")],
     {"2025-W42": "Ms Varga cut off ties with the Northern Union"}),
    ("dates that are the subject of what was said stay",
     "The council says 2026 and 2027 combined will bring the largest deficit on record.",
     [("2026", "DATE", "2026"), ("2027", "DATE", "2027")],
     {"2026": "The council says 2026 and 2027 combined will bring the largest deficit on record"}),
    ("'prior to' leaves with its date",
     "The 40,000 buses built prior to 1990 will be required to use cleaner fuel.",
     [("1990", "DATE", "1990")],
     {"1990": "The 40,000 buses built will be required to use cleaner fuel"}),
]


@pytest.mark.parametrize(("text", "marks", "expected"), [c[1:] for c in EVENTS], ids=[c[0] for c in EVENTS])
def test_event_titles(text, marks, expected):
    assert {e.when.value: e.title for e in run(text, marks, tellings="all")} == expected
