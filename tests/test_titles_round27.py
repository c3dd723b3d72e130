"""Titles of the clause a date belongs to in coordinations and "when" clauses (round 27).

A "when" clause right after a date tells what happens then ("until Friday, when talks resume"); a second
coordinate with a subject of its own (", and the mayor signed it") is another event, so a date in the first
clause titles the first alone; a date after ", and she" titles her clause, named after the first clause's
subject; two predicates of one subject ("was closed in 2014 and then reopened in 2019") part at "and", the
second taking the subject, and a passive's auxiliary when it has no object.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

DCT = date(2025, 10, 22)

# (id, sentence, {date value: title}); every event of the sentence is checked
CASES = [
    ("a 'when' clause after the date tells what happens then",
     "The stoppage will go on until at least Monday, when negotiators for the bus companies are due to meet.",
     {"2025-10-27": "Negotiators for the bus companies are due to meet"}),
    ("a 'when' clause after a bound, an attribution after it",
     "The ceasefire has held since June, when the militia withdrew from two villages, the monitors said.",
     {"2025-06": "The militia withdrew from two villages"}),
    ("a 'when' clause after a past event's date tells its cause: the main clause stays",
     "The ceasefire collapsed in June, when the militia shelled two villages.",
     {"2025-06": "The ceasefire collapsed, when the militia shelled two villages"}),
    ("a 'when' clause with a pronoun subject leans on the main clause",
     "The library opened in 1994, when it held 8,000 books.",
     {"1994": "The library opened, when it held 8,000 books"}),
    ("a 'when' clause after a range tells its end, not its start",
     "The two parties ruled together from May 2001 until June 2004, when the coalition broke apart.",
     None),
    ("a second coordinate with its own subject and no date is another event",
     "Ticket prices went up by 8% in March, but the council froze the price of the yearly pass.",
     {"2025-03": "Ticket prices went up by 8%"}),
    ("a second coordinate after ', and' with its own subject is cut off",
     "The board approved the merger on Tuesday, and the regulator must now review it.",
     {"2025-10-21": "The board approved the merger"}),
    ("'she' after ', and' takes the first clause's named subject",
     "Judge Maria Ortiz ruled that the county had broken the law, and she ordered a new count by Nov. 3.",
     {"2025-11-03": "Ortiz ordered a new count"}),
    ("'they' after ', but' keeps the whole clause: its title would tell nothing",
     "The visitors hoped for a draw, but they lost on Sunday.", None),
    ("two passive predicates of one subject part at 'and then'",
     "The old pier was closed in 2012 and then rebuilt by the port authority in 2018.",
     {"2012": "The old pier was closed", "2018": "The old pier was rebuilt by the port authority"}),
    ("two active predicates of one subject part at 'and'",
     "The gallery bought the statue in 1987 and lent it to a museum in 2009.",
     {"1987": "The gallery bought the statue", "2009": "The gallery lent it to a museum"}),
    ("a 'since' phrase's occurrence is the event its date dates",
     "Bus drivers struck on Friday for the first time since a one-day walkout in May 2022.",
     {"2025-10-17": "Bus drivers struck for the first time since a one-day walkout",
      "2022-05": "A one-day walkout"}),
    ("a 'since' phrase's bare noun says too little: the title stays",
     "Exports have doubled since the merger in 2015.",
     {"2015": "Exports have doubled since the merger"}),
    ("a passive's auxiliary is not lent to an active verb with an object",
     "The senator was jailed after the coup in 1971, and regained his seat in a 1983 vote.",
     {"1983": "The senator regained his seat in a vote"}),
]


def _titles(sentence: str) -> dict[str, str]:
    document = Document(id="d", text=sentence, date=DCT)
    return {event.when.value: event.title for event in extract(document, tag(sentence, dct=DCT))}


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_title_tells_the_date_s_clause(sentence: str, expected: dict[str, str] | None) -> None:
    titles = _titles(sentence)
    if expected is None:  # the range's title stays the main clause's; the pronoun's stays whole
        assert titles and all(not t.startswith(("The coalition", "They ")) for t in titles.values())
    else:
        for value, title in expected.items():
            assert titles.get(value) == title
