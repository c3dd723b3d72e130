"""Round 47 (session 22, invented): a date that ends an "after" or "before" clause whose subject is a
pronoun dates that clause, not the main clause before it. A sentence too long for one title lost its event
(the main clause's title does not tell the date's clause, and a pronoun subject gave the clause no title of
its own); the clause is now titled on the main clause's subject when the pronoun agrees with it and with no
other phrase of the main clause ("The striker elbowed a defender"). Otherwise no event, as before: who the
pronoun is cannot be told, and the date is not the main clause's.

Each row is a text and the (value, title) pairs of all its events.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

D = date(2024, 3, 13)  # a Wednesday

# (id, text, the (value, title) pairs of its events)
CASES = [
    ("she after a named player: the beating is the player's",
     "Lena Moreau won her second title in Lyon after she beat the defending champion in three sets on "
     "Sunday.",
     [("2024-03-10", "Lena Moreau beat the defending champion in three sets")]),
    ("he after a role noun, the main clause passive",
     "The goalkeeper was sent off with a red card after he kicked a young forward in the derby on Saturday.",
     [("2024-03-09", "The goalkeeper kicked a young forward in the derby")]),
    ("it after a firm: a thing for it",
     "The brewer cut its yearly forecast for sales in Asia after it lost three large clients to a rival in "
     "January.",
     [("2024-01", "The brewer lost three large clients to a rival")]),
    ("before she: the signing is the mayor's",
     "The mayor spoke to reporters outside the city hall before she signed the new budget into law on "
     "Friday.",
     [("2024-03-08", "The mayor signed the new budget into law")]),
    ("an aside after the name is left out of the subject",
     "Omar Haddad, 31, lost his seat on the council of the port town after he was charged with bribery in "
     "March.",
     [("2024-03", "Omar Haddad was charged with bribery")]),
    ("he with another person in the main clause: who is not told, no event",
     "The judge jailed the builder for six years in a crowded court after he admitted the theft at a hearing "
     "on Monday.",
     []),
    ("he with the subject's own person after the verb: who is not told, no event",
     "The manager dropped his captain from the side for the cup final after he missed training on Thursday.",
     []),
    ("an it that stands for nothing: no event",
     "The dollar fell sharply against the yen and the pound in early trade after it emerged on Monday.",
     []),
    ("she for a firm does not agree: no event",
     "Harbour Bank closed nine of its branches across the northern region after she resigned from the board "
     "on Monday.",
     []),
    ("a role of a team is a person: the 'he' after it is the winger",
     "The winger was sent off with a red card after he kicked a young forward in the derby on Saturday.",
     [("2024-03-09", "The winger kicked a young forward in the derby")]),
    ("a short sentence keeps its one title, which tells the clause",
     "The winger was sent off after he kicked a defender on Saturday.",
     [("2024-03-09", "The winger was sent off after he kicked a defender")]),
]


def _events(text: str, dct: date = D) -> list[tuple[str, str]]:
    document = Document(id="round47", text=text, date=dct)
    return sorted((event.when.value, event.title) for event in extract(document, tag(text, dct=dct)))


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round47_events(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == sorted(expected)
