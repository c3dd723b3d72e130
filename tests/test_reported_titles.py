"""Tests for reported_titles.py: a quoted first-person happening is titled as reported of its speaker ("I")
or of the organisation named beside them ("We"); else the quoted form stays. All sentences invented."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import events
from timeline.models import Document
from timeline.reported_titles import reported
from timeline.temporal import tag

D = date(2025, 9, 17)  # a Wednesday

# (id, text, the title of its one event)
CASES = [
    ("I becomes the speaker", '"I signed the lease on Monday," Ruiz said.', "Ruiz signed the lease"),
    ("I of a speaker named first",
     '"I met the minister on Monday," said Tom Hale, a spokesman for the Harbour Trust.',
     "Tom Hale met the minister"),
    ("We becomes the organisation after the speaker",
     '"We opened two depots on Monday," said Ana Ruiz, chief executive of Northwind.',
     "Northwind opened two depots"),
    ("We becomes the organisation of a possessive",
     '"We opened two depots on Monday," Northwind\'s Ana Ruiz said.', "Northwind opened two depots"),
    ("We without an organisation stays quoted", '"We opened two depots on Monday," Ruiz said.',
     'Ruiz: "We opened two depots"'),
    ("a plan stays quoted", '"We will open two depots on Monday," Ruiz said.',
     'Ruiz: "We will open two depots"'),
    ("a pronoun speaker names no one", '"I sold the boat on Monday," she said.', "I sold the boat"),
]


def _titles(text: str) -> list[str]:
    document = Document(id="d", text=text, date=D)
    return [e.title for e in events.extract(document, tag(text, dct=D))]


@pytest.mark.parametrize(("text", "title"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reported_titles(text: str, title: str) -> None:
    assert _titles(text) == [title]


# (id, title, speaker, text around: the reported title or None)
REPORT_CASES = [
    ("a state is not reported", "We were tense", "Ruiz", '"We were tense," said Ruiz, head of Northwind.',
     None),
    ("a person of the quotation left", "I sold my boat", "Ruiz", '"I sold my boat," Ruiz said.', None),
    ("an attribution the cut kept is dropped", "I sold the boat, said Ana Ruiz", "Ana Ruiz",
     '"I sold the boat," said Ana Ruiz.', "Ana Ruiz sold the boat"),
    ("an adverb stays", "We also hired ten guides", "Ana Ruiz",
     '"We also hired ten guides," said Ana Ruiz, owner of Fjord Trails.',
     "Fjord Trails also hired ten guides"),
]


@pytest.mark.parametrize(("title", "who", "text", "expected"), [c[1:] for c in REPORT_CASES],
                         ids=[c[0] for c in REPORT_CASES])
def test_reported(title: str, who: str, text: str, expected: str | None) -> None:
    assert reported(title, text, (1, len(text) // 2), who) == expected
