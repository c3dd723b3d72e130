"""Round 41 (an editor's date rejects on unseen news, invented): a bare year on the object of "for",
"since", "over" ("sentenced for a 1996 siege", "not seen since their 1971 war") and a season on a place
("the summer capital") name a thing, not when the clause happened; a change by a figure after "following" or
"after" is a baseline whose date is not the clause's ("dropped 14 per cent, following a 9 per cent fall in
October"); the comma that closes "July 27, 1999," does not end a relative clause ("workers who survived the
blast on July 27, 1999, were acquitted" dates the surviving). The same words with the date on the clause keep
it.

Each row is a text, its document date, and the titles of all its events by date value.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

D = date(2024, 3, 8)  # a Friday

# (id, document date, text, {date value: title}); every event of the text is checked
CASES = [
    # a year or a season that names a thing
    ("a year on the object of 'for'",
     D, "A court sentenced the rebel leader to life in prison for a 1996 hostage siege.",
     {}),
    ("a year on the object of 'since'",
     D, "Tensions have risen to a level not seen since their 1971 war.",
     {}),
    ("a year after 'in' keeps it",
     D, "The rebel leader led a hostage siege in 1996.",
     {"1996": "The rebel leader led a hostage siege"}),
    ("a season on a place",
     D, "The clash took place south of the summer capital of the region.",
     {}),
    ("a season as a time keeps it",
     D, "The family moved to the coast in the summer.",
     {"2023-SU": "The family moved to the coast"}),  # past, told in March: last summer
    # a change by a figure as a baseline
    ("a fall by a figure after 'following'",
     D, "Sales have dropped 14 per cent, following a 9 per cent fall in October.",
     {}),
    ("a drop by a figure after 'after'",
     D, "Shares rose after a 3% drop on Monday.",
     {}),
    ("the clause's own date before 'after' keeps it",
     D, "Sales rose 5 per cent in October after a 2 per cent fall.",
     {"2023-10": "Sales rose 5 per cent after a 2 per cent fall"}),
    ("talks after 'following' keep the date",
     D, "The minister resigned following talks on Monday.",
     {"2024-03-04": "The minister resigned following talks"}),
    # a change measured since a date
    ("a change in a perfect tense since a day",
     D, "Doctors said the patient's condition had picked up slightly since yesterday.",
     {}),
    ("a state since a day keeps it",
     D, "The envoy has stayed in the capital since Monday.",
     {"2024-03-04": "The envoy has stayed in the capital"}),
    # a day's year and its comma in a relative clause
    ("the comma after a day's year",
     D, "Two workers who survived the blast on July 27, 1999, were acquitted.",
     {"1999-07-27": "Two workers survived the blast"}),
]


def _titles(text: str, dct: date) -> dict[str, str]:
    document = Document(id="d", text=text, date=dct)
    return {event.when.value: event.title for event in extract(document, tag(text, dct=dct))}


@pytest.mark.parametrize(("dct", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round41_dates(dct: date, text: str, expected: dict[str, str]) -> None:
    assert _titles(text, dct) == expected


@pytest.mark.parametrize("text", [
    "The country has been an ally since the 1991 invasion of the island.",  # an "of" phrase
    "She joined the race of hopefuls for the 2030 mayoral election.",  # a scheduled occurrence
])
def test_a_year_on_its_own_occurrence_keeps_a_date(text: str) -> None:
    """A year on an occurrence a title tells keeps dating it (whatever the title's words)."""
    assert any(value[:4] in text for value in _titles(text, D))
