"""Round 45 (session 20, the misses of event-date precision, invented): a century that only says which
things a plural noun names ("many of the wars of this century") or where a superlative holds ("the
heaviest rain this century", "one of the most important deals in the 20th century") dates no event; a date
after a clause that "that" opens belongs to that clause's verb, and goes when the title keeps another date
("told a press conference on Thursday that his team would begin talks from Friday"); a date in the verbless
phrase that says who a speaker named after "said" is dates nothing ('said Mara Colby, a consultant not working
for any candidate in next week's election').

Each row is a text and the (value, title) pairs of all its events.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

D = date(1999, 3, 12)  # a Friday

# (id, text, the (value, title) pairs of its events)
CASES = [
    ("a century after a plural noun and 'of' says which wars",
     "The new treaty should calm a region that has seen many of the wars of this century.",
     []),
    ("a superlative's century is its span, the clause keeps its own date",
     "The lake will peak on Sunday after three weeks of the heaviest rain this century.",
     [("1999-03-14", "The lake will peak after three weeks of the heaviest rain this century")]),
    ("a superlative's century beside a year of the clause",
     "The magazine listed the merger in 1997 as one of the ten most important deals in the 20th century.",
     [("1997", "The magazine listed the merger as one of the ten most important deals")]),
    ("a century after a verb dates it",
     "The cathedral was rebuilt in the 12th century.",
     [("11", "The cathedral was rebuilt")]),
    ("the end of a century after a verb dates it",
     "Engineers drained the marsh towards the end of the 18th century.",
     [("17", "Engineers drained the marsh")]),
    ("a date after 'that' is the clause's it opens, not the telling's",
     "The mediator told a briefing held at the town hall in the capital on Thursday afternoon that "
     "her staff would start talks with both parties from Friday to agree the terms of the truce.",
     [("1999-03-11TAF", "The mediator told a briefing held at the town hall in the capital"),
      ("1999-03-12", "The mediator's staff would start talks with both parties")]),
    ("a title that holds the clause after 'that' keeps both dates",
     "The ministry announced on Monday that the bridge, closed since the floods, would reopen to traffic on "
     "Friday.",
     [("1999-03-08", "The ministry announced that the bridge would reopen to traffic"),
      ("1999-03-12", "The ministry announced that the bridge would reopen to traffic")]),
    ("a date in the phrase that says who the speaker is dates nothing",
     '"Trying to score points from a tragedy can backfire," said Mara Colby, a media consultant not working '
     "for any candidate in next week's election.",
     []),
    ("a date in the speaker's phrase is not the quotation's",
     "The party will win the seat, said Mara Colby, a consultant for the campaign since 1996.",
     []),
    ("a date after the speaker's phrase closes is the telling's",
     '"We will win the seat," said Mara Colby, the party\'s spokeswoman, on Tuesday.',
     [("1999-03-09", 'Mara Colby: "We will win the seat"')]),
    ("a clause in the speaker's phrase keeps its date",
     '"We will win the seat," said Mara Colby, a consultant who quit the campaign in May.',
     [("1998-05", "A consultant quit the campaign")]),
]


def _events(text: str) -> list[tuple[str, str]]:
    document = Document(id="round45", text=text, date=D)
    return sorted((event.when.value, event.title) for event in extract(document, tag(text, dct=D)))


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round45_events(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == sorted(expected)
