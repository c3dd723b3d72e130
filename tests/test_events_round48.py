"""Round 48 (session 23, invented): a short front clause on a pronoun ("After it failed on Monday, ...")
kept no title of its own and the main clause's title lost the date's verb, so the sentence gave no event;
the clause now goes after the main clause, as a longer one already did. A cleft that denies its date ("it's
not tonight we fear") dates nothing.

Each row is a text and the (value, title) pairs of all its events.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

D = date(2024, 5, 10)  # a Friday

# (id, text, the (value, title) pairs of its events)
CASES = [
    ("a front after-clause of two words on it",
     "After it stalled on Monday, the council dropped the road plan.",
     [("2024-05-06", "The council dropped the road plan after it stalled")]),
    ("a front after-clause on he",
     "After he lost on Tuesday, the senator conceded.",
     [("2024-05-07", "The senator conceded after he lost")]),
    ("a front before-clause on they",
     "Before they left on Wednesday, the envoys signed the accord.",
     [("2024-05-08", "The envoys signed the accord before they left")]),
    ("a participle phrase that lost its date still goes",
     "In a statement released on Thursday, the ministry denied the report.",
     [("2024-05-09", "The ministry denied the report")]),
    ("a cleft denies its date: no event",
     '"It\'s not tonight we fear," the warden said.',
     []),
    ("a cleft on that denies its date: no event",
     "It was not Monday that the shop reopened.",
     []),
    ("not until keeps the date: the bridge opened then",
     "It was not until 1998 that the bridge opened.",
     [("1998", "The bridge opened")]),
]


def _events(text: str) -> list[tuple[str, str]]:
    events = extract(Document(id="d", text=text, date=D), tag(text, dct=D))
    return sorted((e.when.value, e.title) for e in events)


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round48_events(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == sorted(expected)
