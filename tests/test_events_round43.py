"""Round 43 (titles on unseen news, invented): a long title that must lose words loses a front phrase before
the end of its own predicate ("Two hours after the fire, 14 people had been taken
| to hospital" -> "14 people had been taken to hospital ..."); a teller after "Meanwhile," or "However," gives
way to its statement as one at the start does; a title that is only a deed's noun phrase ("The terrorist
attacks") says that it took place, or that a meeting will, when the words by its date say so.

Each row is a text and the titles of all its events (their dates are the dates engineer's).
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline import happenings, whole_wordings
from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

D = date(2001, 12, 28)  # a Friday

# (id, text, the titles of its events)
CASES = [
    ("a front phrase goes before the predicate's end",
     "By 6:00pm local time, two hours after the fire, 14 injured people, mostly children, had been taken to "
     "hospitals around the city by ambulance, Mr Smith said.",
     ["14 injured people had been taken to hospitals around the city by ambulance"]),
    ("a teller keeps its statement's cut: the date may be the telling's",
     "Late yesterday, prison authorities in the state confirmed that two inmates had committed acts of self "
     "harm.",
     ["Prison authorities confirmed that two inmates had committed acts of self harm"]),
    ("'Meanwhile,' before a teller that passes on a statement",
     "Meanwhile, the council says the bridge will open at Christmas.",
     ["The bridge will open"]),
    ("a deed's noun phrase took place",
     "Airlines have lost billions of dollars since the September 11 terrorist attacks.",
     ["The terrorist attacks took place"]),
    ("a summit ahead will take place",
     "The plans are meant to end the stalemate in time for a summit in Vienna next week.",
     ["A summit in Vienna will take place"]),
    ("an election after which nothing says past or ahead stays as it is",
     "The survey showed the bloc would take 52 seats after the May 14 election.",
     ["The election"]),
]


def _titles(text: str) -> list[str]:
    document = Document(id="d", text=text, date=D)
    return sorted({event.title for event in extract(document, tag(text, dct=D))})


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round43_titles(text: str, expected: list[str]) -> None:
    assert _titles(text) == expected


@pytest.mark.parametrize(("title", "shorter"), [
    ("Two hours after the fire, 14 injured people had been taken to hospitals around the city by ambulance",
     "14 injured people had been taken to hospitals around the city by ambulance"),
    # a teller stays: the date may be the telling's
    ("Officials confirmed that two prisoners had committed acts of self harm in their cells at the jail",
     None),
    # a pronoun subject needs its front
    ("In the north of the state on Monday, they had been taken to hospitals around the city by ambulance",
     None),
    # a participle is no verb with an auxiliary: no cut of the clause left, which goes whole when it fits
    ("In the north of the state, the samples collected at a remote site in the west of the region were sent",
     "The samples collected at a remote site in the west of the region were sent"),
    ("In the north of the state, the samples collected at a remote site in the west of the region in "
     "May were sent to the laboratory by courier", None),
    ("The plan was passed", None),  # short: nothing to do
])
def test_shorter_whole(title: str, shorter: str | None) -> None:
    assert whole_wordings.shorter_whole(title) == shorter


@pytest.mark.parametrize(("title", "clause", "expected"), [
    ("The terrorist attacks", "since the September 11 terrorist attacks", "The terrorist attacks took place"),
    ("The talks", "since the May talks", "The talks took place"),
    ("The summit", "ahead of the May summit", "The summit will take place"),
    ("A local election", "in the run-up to a June local election", "A local election will take place"),
    ("The bombings", "for the May 2003 bombings", "The bombings took place"),  # "for" tells no time ahead
    ("The election", "after the May 14 election", None),  # past or ahead: the clause does not say
    ("The plan", "since the May plan", None),  # no happening noun
    ("The attacks killed five", "since the attacks", None),  # a verb already
])
def test_took_place(title: str, clause: str, expected: str | None) -> None:
    assert happenings.took_place(title, clause) == expected
