"""Round 36 (the lead's probes, invented): a relative clause after two coordinated phrases is on both; a
"since" clause holding a number's comma is still the date's clause, and its object "it" is the main
clause's subject; a front "when" clause ending on the date is the event, unless it tells a state; "X said
he/she/they would VERB" dated in the plan is "X will VERB"; the second of two predicates whose only date lies
in what it asks for is the event; a date that was a verb's bare object leaves no gap ("spent Sunday
clearing" -> "cleared").

Each row is a text, its document date, and the titles of all its events by date value.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

# (id, document date, text, {date value: title}); every event of the text is checked
CASES = [
    ("a relative clause after two names joined by 'and' takes both",
     date(2026, 11, 24),
     "Austin and Dallas, which had raised their minimum wage to $15 an hour in 2023, sued the state.",
     {"2023": "Austin and Dallas had raised their minimum wage to $15 an hour"}),
    ("a relative clause after two phrases joined by 'and' takes both",
     date(2026, 11, 24),
     "The union and the employers, who signed a deal in 2019, will meet on Monday.",
     {"2019": "The union and the employers signed a deal",
      "2026-11-30": "The union and the employers will meet"}),
    ("a singular verb in the relative clause takes the last name only",
     date(2026, 11, 24),
     "Reed met Lopez and Smith, who has led the union since 2020, on Monday.",
     {"2020": "Smith has led the union", "2026-11-23": "Reed met Lopez and Smith"}),
    ("a number's comma does not close a 'since' clause; its 'it' is the main clause's subject",
     date(2026, 11, 27),
     "Harwell has struggled since a software fault forced it to recall 300,000 vehicles in July.",
     {"2026-07": "A software fault forced Harwell to recall 300,000 vehicles"}),
    ("the 'it' of an 'after' clause is 'the company' of the main clause",
     date(2026, 11, 27),
     "The company has struggled since a fault forced it to recall vehicles in July.",
     {"2026-07": "A fault forced the company to recall vehicles"}),
    ("an object of the main clause could be the 'it': it stays",
     date(2026, 11, 27),
     "Harwell sold the plant after a fault forced it to close in July.",
     {"2026-07": "A fault forced it to close"}),
    ("a person's surname is no 'it': it stays",
     date(2026, 11, 27),
     "Dana Holt resigned. Holt has struggled since a fault forced it to recall vehicles in July.",
     {"2026-07": "A fault forced it to recall vehicles"}),
    ("a front 'when' clause that ends on the date is the event",
     date(2026, 11, 20),
     "When Lena Fischer opened her bakery on Kastanienallee in 1998, the street had two shops.",
     {"1998": "Lena Fischer opened her bakery on Kastanienallee"}),
    ("a front 'when' clause of a state sets the time of the main clause's news",
     date(2026, 11, 20),
     "When the tide is low at about 1 p.m., divers inspected the hull.",
     {"2026-11-20T13:00": "When the tide is low, divers inspected the hull"}),
    ("a front 'when' clause with a pronoun subject: what 'it' is lies in the main clause, the sentence stays",
     date(2026, 11, 20),
     "When it opened in 1986, the center had eight tigers.",
     {"1986": "When it opened, the center had eight tigers"}),
    ("'they said they would' dated in the plan is their plan",
     date(2026, 11, 27),
     "Delegates said they would meet again in the spring, probably in Ottawa.",
     {"2027-SP": "Delegates will meet again, probably in Ottawa"}),
    ("'he said he would' dated in the plan is his plan; the saying's own date keeps the saying",
     date(2026, 11, 27),
     "The minister said on Tuesday he would resign next week.",
     {"2026-11-24": "The minister said he would resign", "2026-W49": "The minister will resign"}),
    ("a given name tells 'she'",
     date(2026, 11, 27),
     "Maria Lopez said she would run for mayor next year.",
     {"2027": "Maria Lopez will run for mayor"}),
    ("a name's office telling 'he would' tells the named person's plan",
     date(2026, 11, 27),
     "Alvarez's office said he would not attend the summit in Lisbon on Sunday.",
     {"2026-11-29": "Alvarez will not attend the summit in Lisbon"}),
    ("a name's lawyer telling 'he would': either may be 'he', the telling stays",
     date(2026, 11, 27),
     "Smith's lawyer said he would appeal next week.",
     {"2026-W49": "Smith's lawyer said he would appeal"}),
    ("a plan told in the teller's second predicate is the teller's plan",
     date(2026, 11, 27),
     "Ferrante, the beaten mayor, refused to admit defeat and vowed he would demand a recount next month.",
     {"2026-12": "Ferrante will demand a recount"}),
    ("a first predicate that names someone else: 'he' may be the other, the telling stays",
     date(2026, 11, 27),
     "Smith met Jones and said he would resign next week.",
     {"2026-W49": "Smith met Jones and said he would resign"}),
    ("a teller who names someone else: 'he' may be the other, the telling stays",
     date(2026, 11, 27),
     "His lawyer said he would appeal next week.",
     {"2026-W49": "His lawyer said he would appeal"}),
    ("a teller of the other sex: the telling stays",
     date(2026, 11, 27),
     "The spokeswoman said he would resign next week.",
     {"2026-W49": "The spokeswoman said he would resign"}),
    ("a date after a second telling is the report's: the telling stays",
     date(2026, 11, 27),
     "The premier said he would stay in office, the local paper reported on Wednesday.",
     {"2026-11-25": "The premier said he would stay in office"}),
    ("the second of two predicates holds the only date, in what it asks for: it is the event",
     date(2026, 11, 27),
     "Greenpeace called it a failure and urged governments to return to the table by March.",
     {"2027-03": "Greenpeace urged governments to return to the table"}),
    ("a shared auxiliary goes with the second predicate",
     date(2026, 11, 27),
     "Greenpeace has called it a failure and urged governments to act by March.",
     {"2027-03": "Greenpeace has urged governments to act"}),
    ("a first predicate of a state: the second, with its own auxiliary, is the event",
     date(2026, 11, 27),
     # round 38: "has not had a government since 1991" is a denial's baseline, no event; a state began then
     "The valley has been at the mercy of bandits for years and has had a new police chief since 1991.",
     {"1991": "The valley has had a new police chief"}),
    ("two past happenings before one date: the date may be both's, the clause stays",
     date(2026, 11, 27),
     "A suicide bombing killed nine people and injured 20 others on Sunday.",
     {"2026-11-22": "A suicide bombing killed nine people and injured 20 others"}),
    ("a date after a later telling is the telling's: the clause stays",
     date(2026, 11, 27),
     "The court rejected the claim and referred it to the commission, a spokesman told reporters on Friday.",
     {"2026-11-27": "The court rejected the claim and referred it to the commission"}),
    ("a time spent doing something is the doing",
     date(2026, 11, 29),
     "Residents spent Sunday clearing fallen trees.",
     {"2026-11-29": "Residents cleared fallen trees"}),
    ("a weekend spent doing something is the doing",
     date(2026, 11, 29),
     "Volunteers spent the weekend repairing the roof.",
     {"2026-W48-WE": "Volunteers repaired the roof"}),
    ("a passive 'spent' is no doing: the date stays",
     date(2026, 11, 29),
     "Millions were spent last year clearing the river.",
     {"2025": "Millions were spent last year clearing the river"}),
    ("a date that is the object of 'marked' stays before 'with'",
     date(2026, 11, 29),
     "The town marked the day with a parade.",
     {"2026-11-29": "The town marked the day with a parade"}),
    ("a day spent in a place stays before it",
     date(2026, 11, 29),
     "The actor spent the day at home with his children.",
     {"2026-11-29": "The actor spent the day at home with his children"}),
    ("a date that is no object leaves: 'celebrated (Sunday) after'",
     date(2026, 11, 29),
     "Iraq celebrated Sunday after flying home pilgrims.",
     {"2026-11-29": "Iraq celebrated after flying home pilgrims"}),
]


def _titles(text: str, dct: date) -> dict[str, str]:
    document = Document(id="d", text=text, date=dct)
    return {event.when.value: event.title for event in extract(document, tag(text, dct=dct))}


@pytest.mark.parametrize(("dct", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round36_titles(dct: date, text: str, expected: dict[str, str]) -> None:
    assert _titles(text, dct) == expected
