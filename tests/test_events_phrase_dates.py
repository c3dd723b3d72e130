"""Dates in phrases of their own (invented, in the shapes of an editor's rejects on unseen news): a date
in a phrase of its own dates no clause a title could tell: a verbless "with", "following" or "after" phrase
after the clause ("..., with approval yesterday to widen the road"), a "despite" front ("Despite support
being reached last year, it still has not been signed off"), a "today" in the subject of a present "is"
("The main concern today is the wind"), a holiday after "a" and an adjective ("a bleak Christmas"), a year
on a noun in a long subject ("The coroner investigating a death at the 2001 Grand Prix has said ..."), a
question ("How many seats will be left in 2031?"). A title that only says what something is ("China is
the bloc's second largest partner") is no event. A past verb whose infinitive happens when it does ("failed
to finish", "voted to reject") gives its own clause the date, and so does a participle on a noun that a
title ended on ("the settlement of a claim lodged seven years ago": "A claim was lodged"). The same words
with the date on the clause keep it.

Each row is a text and the titles of all its events by date value.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

D = date(2024, 3, 8)  # a Friday

# (id, text, {date value: title}); every event of the text is checked
CASES = [
    # a verbless phrase beside the clause
    ("a date in a 'with' phrase",
     "The state council is pressing ahead with its long-delayed plans for the northern bypass, with approval "
     "yesterday to widen the road.",
     {}),
    ("a 'with' phrase the title tells keeps its date",
     "The tribunal agreed to review the case, with hearings expected in May.",
     {"2024-05": "The tribunal agreed to review the case, with hearings expected"}),
    ("an -ing participle in a 'with' phrase keeps its own clause",
     "Twelve nations voted for a joint force, with the first troops arriving on March 5.",
     {"2024-03-05": "The first troops arrived"}),
    ("a 'with' phrase whose date is shown by an -ing verb keeps it",
     "The party is on course for a majority, with exit polls on Sunday giving it a clear edge.",
     {"2024-03-03": "The party is on course for a majority, with exit polls giving it a clear edge"}),
    ("a 'with' phrase with a participle of its own keeps it",
     "Violence flared in the north, with 20 people killed on Monday.",
     {"2024-03-04": "Violence flared in the north, with 20 people killed"}),
    ("a date in a 'following' phrase",
     "Roofs were torn from homes still under repair, following heavy storms just before Easter.",
     {}),
    ("a date in an 'after' phrase",
     "The club will miss three players for the next match, after their heavy defeat on Saturday.",
     {}),
    ("'following' without a comma keeps it",
     "The minister resigned following talks on Monday.",
     {"2024-03-04": "The minister resigned following talks"}),
    # a concession that opens the sentence
    ("a date in a 'despite' front",
     "Despite his brilliant century against the same side 12 months ago, the batsman averaged only 18 in his "
     "last ten Tests.",
     {}),
    ("a date in a 'despite' front before a state",
     "Despite being forced out of power five years ago, the rebels are still active.",
     {}),
    ("a participle on a noun in a 'despite' front keeps its own clause",
     "Despite the rate rise announced on Thursday, the bank said it would keep supporting growth.",
     {"2024-03-07": "The rate rise was announced"}),
    # a state of now
    ("'today' in the subject of a present 'is'",
     "The main concern today is the wind.",
     {}),
    ("'today' after the verb keeps it",
     "Crews are fighting the fires today.",
     {"2024-03-08": "Crews are fighting the fires"}),
    ("a title that only says what something is",
     "Peru is the region's third biggest copper buyer, taking 7 percent of its exports in 2023.",
     {}),
    ("a verb after 'is' that a cut title left out keeps its date",
     "Vela is the builder of the city's most popular e-scooter, the Zephyr and opened the Zephyr Hub, a "
     "repair centre, on May 3, 2021.",
     {"2021-05-03": "Vela is the builder of the city's most popular e-scooter, the Zephyr"}),
    ("what is held on the date, told as what it is, keeps it",
     "The next game is a night game in Perth on March 13.",
     {"2024-03-13": "The next game is a night game in Perth"}),
    ("a relative clause titled alone keeps it",
     "Earlier this month, the bank, which is among the largest lenders, completed the takeover.",
     {"2024-03": "The bank completed the takeover"}),
    # a record counted from a clause
    ("a date that ends a 'since' clause after a superlative",
     "The index has recorded its biggest drop since it was started almost two years ago.",
     {}),
    ("a 'since' clause with a noun subject keeps its own title",
     "The index posted its largest gain since the market opened in 1990.",
     {"1990": "The market opened"}),
    # a question
    ("a date in a question",
     "\"How many seats will be left in 2031?\" she asked.",
     {}),
    ("a date after a question keeps it",
     "\"Do they form a nation? The answer is no,\" the premier told the House on March 6.",
     {"2024-03-06": 'The premier: "Do they form a nation? The answer is no"'}),
    # a kind, not a time
    ("a holiday after 'a' and an adjective",
     "About 16,000 workers and their families are facing a bleak Christmas.",
     {}),
    ("a weekday after a noun keeps it",
     "The union renewed a call Thursday for an inquiry into the deaths.",
     {"2024-03-07": "The union renewed a call for an inquiry into the deaths"}),
    # a comparison's date
    ("a date after 'than' and what is compared",
     "Modern engines are far cleaner than the old engines 40 years ago.",
     {}),
    ("a quantity after 'more than' keeps the clause's date",
     "He was questioned for more than three hours on Friday.",
     {"2024-03-08": "He was questioned for more than three hours"}),
    ("a norm after 'than' keeps the clause's date",
     "Rainfall would be heavier than usual from December 2024 until February 2025.",
     {"2024-12": "Rainfall would be heavier than usual"}),
    # a year in a long subject
    ("a year on a noun in a long subject",
     "The judge examining the crash of a driver at the 2009 Rally Cup in Perth has said she "
     "will not hold up the race.",
     {}),
    ("a year on an incident in a long subject keeps it",
     "The nurse on shift during the January 13 incident at the clinic told the inquiry she saw the fire "
     "start.",
     {"2024-01-13": "The nurse told the inquiry she saw the fire start"}),
    # a participle on a noun that a cut title ended on
    ("a title cut on a noun's participle gives way to its own clause",
     "Elders will become developers in town, after the settlement of a land claim lodged seven years ago.",
     {"2017": "A land claim was lodged"}),
    # an infinitive that happens when its verb does
    ("'failed to' gives the subordinate clause its date",
     "The yacht won the title after its nearest rival failed to finish early this morning.",
     {"2024-03-08TMO": "The yacht's nearest rival failed to finish"}),
    ("'voted to' gives the subordinate clause its date",
     "The board approved the budget after the council voted to reject the plan on March 5.",
     {"2024-03-05": "The council voted to reject the plan"}),
]


def _titles(text: str, dct: date) -> dict[str, str]:
    document = Document(id="d", text=text, date=dct)
    return {event.when.value: event.title for event in extract(document, tag(text, dct=dct))}


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_phrase_dates(text: str, expected: dict[str, str]) -> None:
    assert _titles(text, D) == expected
