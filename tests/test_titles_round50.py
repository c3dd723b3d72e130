"""Round 50: a participle left at the end of a title once its phrase went (a date or a cut) goes, as a
"worth" without its amount does ("its outlook issued (in November)", "shares worth (885 million)"); a verb
of its own clause stays ("Police said the gunmen attacked", "the day the president resigned"). Invented
sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline.candidates import choose
from timeline.complete import complete
from timeline.finishing import finish
from timeline.loose_participles import without_loose_participle
from timeline.shorten import fit
from timeline.title_marks import without_here

# (id, text, the date phrase of the event, its title): with the tagger, as a story would run
TAGGED = [
    (
        "a participle whose phrase went with the cut",
        "The result equalled the club's heaviest home defeat of 7-0 suffered against a local rival at the "
        "old ground in the 1987-88 season.",
        "the 1987-88 season",
        "The result equalled the club's heaviest home defeat",
    ),
    (
        "a cut before a participle's phrase",
        "The Alpine Rail Union's 12 partners formally began negotiations here Tuesday aimed at cutting "
        "fares and other costs of cross-border travel.",
        "Tuesday",
        "The Alpine Rail Union's 12 partners formally began negotiations",
    ),
    (
        "a worth without its amount",
        "Turnover on the exchange rose to 310.5 million shares worth 912.4 million dollars on Monday, from "
        "188.7 million shares the week before.",
        "Monday",
        "Turnover on the exchange rose to 310.5 million shares",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), [c[1:] for c in TAGGED], ids=[c[0] for c in TAGGED])
def test_tagged_titles_of_round_50(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]


# (id, text, the date phrase of the event, its title): a "he" after a front clause whose subject is a person
# named in full before
PRONOUNS = [
    (
        "the front clause's person, named in full before",
        "Tomas Verhoeven, the former mayor, was admitted to a clinic on Thursday. Though Verhoeven was "
        "ordered to stay in bed, he has already begun taking phone calls on Friday.",
        "Friday",
        "Verhoeven has already begun taking phone calls",
    ),
    (
        "a firm is no 'he'",
        "Acme Holdings posted a loss. Though Acme was bankrupt, he has already started paying creditors on "
        "Friday.",
        "Friday",
        "Though Acme was bankrupt, he has already started paying creditors",
    ),
    (
        "a given name of the other sex",
        "Ana Lindqvist, the former mayor, was admitted to a clinic on Thursday. Though Lindqvist was ordered "
        "to stay in bed, he has already begun taking phone calls on Friday.",
        "Friday",
        "He has already begun taking phone calls",
    ),
]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"), [c[1:] for c in PRONOUNS], ids=[c[0] for c in PRONOUNS]
)
def test_front_clause_person(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]


# (id, title, the title without its loose participle)
LOOSE = [
    (
        "a reduced relative on an object",
        "The new count backed an earlier estimate published",
        "The new count backed an earlier estimate",
    ),
    ("after an adverb of place", "The members opened talks here aimed", "The members opened talks here"),
    (
        "after a count",
        "The result equalled the worst defeat of 165 suffered",
        "The result equalled the worst defeat of 165",
    ),
    (
        "worth without its amount",
        "Turnover rose to 257 million shares worth",
        "Turnover rose to 257 million shares",
    ),
    (
        "a verb after a speech verb stays",
        "Police said the gunmen attacked",
        "Police said the gunmen attacked",
    ),
    (
        "a verb of a subordinate clause stays",
        "The boat sank after the hull cracked",
        "The boat sank after the hull cracked",
    ),
    (
        "a verb of a clause on a time noun stays",
        "The vote took place the day the president resigned",
        "The vote took place the day the president resigned",
    ),
    (
        "a name is a subject",
        "Aiming at a deal on trade, Norway hosted",
        "Aiming at a deal on trade, Norway hosted",
    ),
    ("a passive stays", "The new terminal was officially opened", "The new terminal was officially opened"),
    (
        "a passive after a quantifier stays",
        "The parades in the capital were all canceled",
        "The parades in the capital were all canceled",
    ),
    (
        "an adjective in un- stays",
        "The bank left its key rates unchanged",
        "The bank left its key rates unchanged",
    ),
    (
        "the currency stays",
        "The shipyard reported a net loss of 18.3 billion won",
        "The shipyard reported a net loss of 18.3 billion won",
    ),
    (
        "a front clause's verb stays",
        "Since the new coalition government formed",
        "Since the new coalition government formed",
    ),
    (
        "a causative object's participle stays",
        "The club had the whole pitch relaid",
        "The club had the whole pitch relaid",
    ),
    (
        "a second verb after 'and' stays",
        "The company posted profits and expanded",
        "The company posted profits and expanded",
    ),
    (
        "an object complement after an infinitive stays",
        "The farmers came back to find the fields flooded",
        "The farmers came back to find the fields flooded",
    ),
    (
        "a noun that is a participle too stays",
        "Investors welcomed the central bank's interest-rate cut",
        "Investors welcomed the central bank's interest-rate cut",
    ),
    (
        "a past form that is no participle stays",
        "The last nominee confirmed by such a narrow margin was",
        "The last nominee confirmed by such a narrow margin was",
    ),
    (
        "no main verb before: no cut",
        "The number of visas the embassy issued",
        "The number of visas the embassy issued",
    ),
]


@pytest.mark.parametrize(("title", "expected"), [c[1:] for c in LOOSE], ids=[c[0] for c in LOOSE])
def test_loose_participle(title: str, expected: str) -> None:
    assert without_loose_participle(title) == expected


# (id, clause, its finished title): the sentence's comma inside a closing quotation mark goes with the cut
QUOTE_COMMAS = [
    (
        "a cut before ', and that'",
        'The envoy said the rebels had promised to make "the necessary contacts," and that talks would '
        "resume within a month",
        'The rebels had promised to make "the necessary contacts"',
    ),
]


@pytest.mark.parametrize(
    ("clause", "expected"), [c[1:] for c in QUOTE_COMMAS], ids=[c[0] for c in QUOTE_COMMAS]
)
def test_quote_comma(clause: str, expected: str) -> None:
    assert finish(clause, clause, (0, len(clause))) == expected


# (id, text, the date phrase of the event, its title): a negated perfect since a date is the last time it held
SINCE = [
    (
        "a meeting",
        "The two presidents have not met since October 2019.",
        "October 2019",
        "The two presidents last met",
    ),
    (
        "a past participle in -ed",
        "The ferry company had not used the old pier since early 2021.",
        "early 2021",
        "The ferry company last used the old pier",
    ),
    (
        "a contraction and an irregular participle",
        "Verhoeven hasn't spoken to reporters since March.",
        "March",
        "Verhoeven last spoke to reporters",
    ),
    (
        "a state keeps its negation",
        "The island has not had an elected council since 1998.",
        "1998",
        "The island has not had an elected council",
    ),
    (
        "no 'since': the negation stays",
        "The two presidents have not met in October 2019.",
        "October 2019",
        "The two presidents have not met",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), [c[1:] for c in SINCE], ids=[c[0] for c in SINCE])
def test_not_since(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]


# (id, clause, its cut): a long clause cut with its people at their surnames gets the subject's whole name
# back when it fits; the role stays out
GIVEN_NAMES = [
    (
        "a role and a name before the verb",
        "Rebel leader Tomas Verhoeven has accepted a first direct meeting with the country's beleaguered "
        "President Ana Lindqvist at a mountain lodge",
        "Tomas Verhoeven has accepted a first direct meeting",
    ),
    (
        "an owner, a role and a name",
        "Norway's Trade Minister Jonas Dahl rounded on a journalist who repeated the suggestion that his "
        "ministry was a puppet of the oil firms",
        "Jonas Dahl rounded on a journalist",
    ),
    (
        "a person who is no subject keeps the surname",
        "The delegates cheered as Foreign Minister Jonas Dahl opened the annual summit of the northern "
        "states in the capital on the sidelines of a crisis",
        "The delegates cheered as Dahl opened the annual summit of the northern states",
    ),
]


@pytest.mark.parametrize(
    ("clause", "expected"), [c[1:] for c in GIVEN_NAMES], ids=[c[0] for c in GIVEN_NAMES]
)
def test_given_name_back(clause: str, expected: str) -> None:
    assert fit.__wrapped__(clause) == expected


# (id, clause, its title): the shortest whole headline gives way to the cut when it ends on an infinitive
# waiting for its object; a figure after "to" is no such infinitive
STRUCTURAL = [
    (
        "an infinitive cut from its object",
        "The audit panel was set up to find who got 2.1 million euros of a total 4.8 million "
        "euros handed out by the head of a building firm",
        "The audit panel was set up",
    ),
    (
        "'to' and a figure stays",
        "The national services confidence index of the chambers of commerce dropped to 47.8 from 49.5 in the "
        "previous month, the weakest reading in two years",
        "The national services confidence index dropped to 47.8 from 49.5",
    ),
]


@pytest.mark.parametrize(("clause", "expected"), [c[1:] for c in STRUCTURAL], ids=[c[0] for c in STRUCTURAL])
def test_structural_infinitive(clause: str, expected: str) -> None:
    assert choose(clause, fit(clause)) == expected


# (id, text, the date phrase of the event, its title): a domain adjective waits for its noun at a cut's end
RELATIONAL = [
    (
        "a cut between two adjectives of one noun gives way",
        "In March, Justice and Legal Affairs Minister Tomas Verhoeven said the cabinet was considering "
        "amending the charter to merge parliamentary and municipal elections before the governor's term "
        "expires.",
        "March",
        "The cabinet was considering amending the charter to merge elections",
    ),
]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"), [c[1:] for c in RELATIONAL], ids=[c[0] for c in RELATIONAL]
)
def test_relational_adjective_cut(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]


# (id, title, what complete says of it)
RELATIONAL_ENDS = [
    ("after a comparative", "The minister called for closer economic", "adjective"),
    ("after an article", "Ruiz has won the presidential", "adjective"),
    ("after 'is': a predicate", "The crisis is economic", None),
]


@pytest.mark.parametrize(
    ("title", "reason"), [c[1:] for c in RELATIONAL_ENDS], ids=[c[0] for c in RELATIONAL_ENDS]
)
def test_relational_adjective_end(title: str, reason: str | None) -> None:
    assert complete(title) == reason


# (id, text, the date phrase of the event, its title): a second apposition right after an aside goes too
ASIDES = [
    (
        "a participle aside, then an apposition",
        "The ferry, named after Ingrid Holm, the celebrated local poet, will be launched in 2027, the "
        "shipyard said.",
        "2027",
        "The ferry will be launched",
    ),
    (
        "a short pair of asides",
        "The bridge, built by the Romans, the oldest in the region, reopened on Monday.",
        "Monday",
        "The bridge reopened",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), [c[1:] for c in ASIDES], ids=[c[0] for c in ASIDES])
def test_second_apposition(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]


# (id, title, the title without the dateline's "here")
HERE = [
    (
        "after a verb",
        "The delegation arrived here for a three-day visit",
        "The delegation arrived for a three-day visit",
    ),
    ("at the end", "The talks resumed here", "The talks resumed"),
    (
        "after a subject",
        "Diplomats here said the talks would resume",
        "Diplomats said the talks would resume",
    ),
    (
        "a phrase of place stays",
        "The convoy set off from here to the border",
        "The convoy set off from here to the border",
    ),
    ("'here is' stays", "The minister said here is the plan", "The minister said here is the plan"),
    ("a quotation keeps it", 'Lee: "We are here to win"', 'Lee: "We are here to win"'),
    ("a verb that waits keeps it", "The chancellor pledged here", "The chancellor pledged here"),
]


@pytest.mark.parametrize(("title", "expected"), [c[1:] for c in HERE], ids=[c[0] for c in HERE])
def test_without_here(title: str, expected: str) -> None:
    assert without_here(title) == expected
