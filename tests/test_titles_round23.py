"""Titles of reported clauses: the teller goes when the statement is the news (round 23).

"Police said a bomb exploded" is titled "A bomb exploded"; "it" or "they" in the statement stands for a
teller that is an organisation ("The company said it would cut 500 jobs" -> "The company will cut 500
jobs"); a person's "it" or an opinion ("the plan was unfair", "Syria should act") keeps the teller.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

DCT = date(2025, 10, 22)

CASES = [
    ("a teller before a bare statement goes", "Police said on Monday a bomb exploded near the station.",
     "A bomb exploded near the station"),
    ("a teller with its object before 'that' goes",
     "A spokesman told reporters on Monday that two ferries had collided in the harbour.",
     "Two ferries had collided in the harbour"),
    ("'it was reported that' goes", "It was reported on Monday that the mayor had resigned.",
     "The mayor had resigned"),
    ("'it' stands for an organisation that tells, in a headline's present",
     "The company said on Monday it would cut 500 jobs.", "The company will cut 500 jobs"),
    ("'it' after a person's role stands for the owner",
     "The company's chief executive said on Monday it would cut 500 jobs.", "The company will cut 500 jobs"),
    ("a forecast is put in the present", "The firm said on Monday it expected profits to rise.",
     "The firm expects profits to rise"),
    ("'its' becomes the teller's", "The bank said on Monday its profit rose 5 percent.",
     "The bank's profit rose 5 percent"),
    ("'they' stands for a plural teller", "The unions said on Friday they planned to strike.",
     "The unions plan to strike"),
    ("a person's 'it' keeps the teller", "The mayor said on Monday it would rain.",
     "The mayor said it would rain"),
    ("'he' keeps the teller", "The coach said on Monday he would resign.", "The coach said he would resign"),
    ("an opinion keeps the teller", "The minister said on Monday the plan was unfair.",
     "The minister said the plan was unfair"),
    ("a demand keeps the teller", "The envoy said on Monday the rebels must disarm.",
     "The envoy said the rebels must disarm"),
    ("'reported' with an object is no telling", "Acme reported on Monday a loss of $5 million.",
     "Acme reported a loss of $5 million"),
    ("a 'would' before a past keeps its tense",
     "Officials said on Monday crossings would resume once the storm had passed.",
     "Crossings would resume once the storm had passed"),
    ("a date between the teller and 'said' stays out of the title",
     "The agency on Thursday said it would delay the airlift.", "The agency will delay the airlift"),
    ("a date with 'late on' before 'said' stays out too",
     "The ministry late on Friday said it had closed the border.", "The ministry had closed the border"),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_teller_goes_when_the_statement_is_the_news(sentence: str, expected: str) -> None:
    document = Document(id="d", text=sentence, date=DCT)
    titles = [event.title for event in extract(document, tag(sentence, dct=DCT))]
    assert titles == [expected]
