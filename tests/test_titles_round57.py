"""Round 57: the date's own unit. A date inside a smaller unit than the main clause titles that unit, with
its antecedent as subject: a relative clause with a subject of its own ("Ida Berg founded the co-op"), a
participle clause after "after", "before" or "since" ("The mayor opened the port"), a second predicate the
date opens ("The firm sold its truck unit"), a subject's restrictive relative clause before a present verb
("The shop opened"), a happening or an owner's plan under a verb over another's act ("A fire gutted the
mill", "The union to end the strike"). What already worked ("when" clauses, asides on the subject) stays, and
so do main clauses the date belongs to. Invented sentences (timeline.date_units).
"""

from __future__ import annotations

import datetime as dt

import pytest

import timeline

# (id, text, the date phrase of the event, its title)
CASES = [
    ("object relative aside on the subject",
     "The orchestra, which Carl Brandt formed in 1975, tours Europe every summer.", "1975",
     "Carl Brandt formed the orchestra"),
    ("object relative with a bare plural subject",
     "The viaduct, which engineers finished in 1931, carries 40,000 cars a day.", "1931",
     "Engineers finished the viaduct"),
    ("restrictive object relative on the subject",
     "The school that Ana Ruiz opened in 2004 now teaches 600 pupils.", "2004", "Ana Ruiz opened the school"),
    ("object relative at the end", "Critics attacked the levy, which parliament passed in 2019.", "2019",
     "Parliament passed the levy"),
    ("a stranded preposition goes with the verb", "The cottage, which she moved into in 1990, burned down.",
     "1990", "She moved into the cottage"),
    ("a particle verb", "The hospital, which the state took over in 2011, will close next year.", "2011",
     "The state took over the hospital"),
    ("after a verb-ing clause at the end",
     "The governor is visiting Japan after signing the trade pact on Tuesday.", "Tuesday",
     "The governor signed the trade pact"),
    ("before a verb-ing clause", "The singer rested for a week before starting her tour on Friday.", "Friday",
     "The singer started her tour"),
    ("since a verb-ing clause", "She has lived in Oslo since leaving Chile in 1974.", "1974",
     "She left Chile"),
    ("a front after-ing clause", "After signing the pact on Tuesday, the governor flew to Japan.", "Tuesday",
     "The governor signed the pact"),
    ("a possessive date in the participle clause",
     "The striker returned after missing Monday's match with a cold.", "Monday",
     "The striker missed the match with a cold"),
    ("a date opens the second predicate", "The bank closed 40 branches and in April sold its insurance arm.",
     "April", "The bank sold its insurance arm"),
    ("an adverb before the date", "The firm hired 200 workers and later in June opened a second plant.",
     "June", "The firm opened a second plant"),
    ("a passive's auxiliary goes on", "He was arrested and on Tuesday charged with theft.", "Tuesday",
     "He was charged with theft"),
    ("a subject's restrictive relative before a present verb",
     "The shop that opened in May sells only cheese.", "May", "The shop opened"),
    ("a happening another's act follows",
     "The flood followed a storm on March 9 that destroyed three bridges.", "March 9",
     "A storm destroyed three bridges"),
    ("a happening blamed", "Officials blamed a fire on Sunday that gutted the old mill.", "Sunday",
     "A fire gutted the old mill"),
    ("an owner's plan praised", "The senator praised the union's plan to end the strike next month.",
     "next month", "The union to end the strike"),
    ("a plan by its owner rejected", "The union rejected the offer by the airline to raise pay in April.",
     "April", "The airline to raise pay"),
    ("a name as the antecedent", "Acme, which Ruiz founded in 1990, employs 40 people.", "1990",
     "Ruiz founded Acme"),
    ("the antecedent is the name before 'of'",
     "The army has banned the Farmers Party of the North (FPN), which Ida Berg founded in 1971.", "1971",
     "Ida Berg founded the Farmers Party of the North"),
    ("a title of a noun phrase and its relative clause becomes a sentence",
     "The port has faced a strike and a fire that swept through its main shed in June.", "June",
     "A fire swept through its main shed"),
    # what already worked, or belongs to the main clause, stays
    ("a when clause stays its own", "Prices jumped when the refinery shut down in 2011.", "2011",
     "The refinery shut down"),
    ("a subject relative aside stays", "Lena Hart, who joined the board in 2015, chairs the audit panel.",
     "2015", "Lena Hart joined the board"),
    ("an object relative without the date stays out",
     "The company that Ruiz runs posted a loss on Tuesday.", "Tuesday",
     "The company that Ruiz runs posted a loss"),
    ("a clause after a telling stays the telling's",
     "The minister said on Monday that the plan, which critics oppose, would pass.", "Monday",
     "The minister said that the plan would pass"),
    ("a list of dates is no second predicate",
     "The council says 2026 and 2027 combined will bring a record deficit.", "2026 and 2027",
     "The council says 2026 and 2027 combined will bring a record deficit"),
    ("a noun in -ing is no participle clause",
     "Two men died after lightning struck on Tuesday near the lake.", "Tuesday",
     "Lightning struck near the lake"),
    ("a dummy it lends no subject", "It is her first trip abroad since taking office last May.", "last May",
     "It is her first trip abroad since taking office"),
    ("a plan's phrase of a happening keeps the main clause",
     "Voters backed the mayor's plan to build a tram in a vote on Sunday.", "Sunday",
     "Voters backed the mayor's plan to build a tram in a vote"),
    ("a name after 'and' is seldom the antecedent",
     "Officials urged the army to leave Arvia and Belmont, which it agreed to in 2001.", "2001",
     "Officials urged the army to leave Arvia and Belmont"),
    ("a relative clause before the main verb stays on the subject",
     "The storm on Friday that hit the coast killed four people.", "Friday",
     "The storm that hit the coast killed four people"),
    ("a content noun's that clause is no relative (no 'The bank sold the news')",
     "Ana Ruiz welcomed the news that the bank sold its branch in May.", "May",
     "Ana Ruiz welcomed the news that the bank sold its branch"),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_date_unit_titles(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]
