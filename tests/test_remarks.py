"""Tests for remarks.py: a quotation of a feeling or an opinion makes no event; a quoted happening does."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import events
from timeline.models import Document
from timeline.temporal import tag

DCT = date(2025, 9, 17)  # a Wednesday

# (id, text, the (date, a word of its title) of each event it gives: titles are tests/test_title*.py's)
CASES = [
    ("a feeling said on a day", '"We were tense, but it worked out," the skipper said Monday.', []),
    ("an opinion told reporters", '"I think the fee is too high," the mayor told reporters on Tuesday.', []),
    ("the attribution first", 'The skipper said on Monday: "We were tense, but it worked out."', []),
    ("an evaluation dated inside", '"My crew was superb today," the skipper said.', []),
    ("a quoted happening", '"Two hikers were rescued," the ranger said Monday.',
     [("2025-09-15", "rescued")]),
    ("a quoted plan", '"We will appeal the ruling," the lawyer said Monday.',
     [("2025-09-15", "appeal")]),
    ("a plan under an opinion", '"I believe we will sign the lease tomorrow," the director said.',
     [("2025-09-18", "sign")]),
    ("a reported plan, no quotation", "The mayor said Monday that the ferry would stop in May.",
     [("2026-05", "ferry")]),
    ("an opinion of a morning's talks", '"The talks were fine and this morning\'s was superb," he said.', []),
    ("a forecast under a hope", '"We are hopeful the bridge could open next month," the engineer said.',
     [("2025-10", "bridge")]),
    ("a feeling with a so", '"I was so glad to win my first medal this year," the diver said.', []),
    ("a happening after an and", '"The season was long and we opened two depots in May," she said.',
     [("2025-05", "depots")]),
    ("a happening after the remark", '"It was a long season, but we opened two depots in May," she said.',
     [("2025-05", "depots")]),
]

# Negated states, feelings and attitudes (quoted_states.py), and a concession read past to its clause.
STATE_CASES = [
    ("a negated feeling", '"We aren\'t convinced yet," the treasurer said Monday.', []),
    ("a negated adjective", '"The pier isn\'t safe," the harbour master said on Tuesday.', []),
    ("a feeling kind reads as a passive", '"We are disappointed," the captain said Monday.', []),
    ("a negated attitude", '"I don\'t like the new timetable," a commuter said Monday.', []),
    ("a first person's attitude", '"We accept the verdict," the family said on Tuesday.', []),
    ("a concession before an attitude", '"While we are sad, we respect the vote," the club said Monday.', []),
    ("a denied deed stays", '"He wasn\'t charged," the police said Monday.', [("2025-09-15", "charged")]),
    ("a denied deed of a first person stays", '"We didn\'t sell the farm," the brothers said Monday.',
     [("2025-09-15", "sell")]),
    ("a concession before a happening stays", '"While the race was close, we won it," she said Monday.',
     [("2025-09-15", "won")]),
    ("a wish names a plan", '"We want a vote before Christmas," the envoy said.', [("2025-12-25", "vote")]),
    ("a negated opinion over a forecast stays", '"I don\'t think sales can reach 40% this year," he said.',
     [("2025", "sales")]),
]


def _events(text: str) -> list[tuple[str, str]]:
    document = Document(id="d", text=text, date=DCT)
    return [(e.when.value, e.title) for e in events.extract(document, tag(text, dct=DCT))]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_remarks(text: str, expected: list[tuple[str, str]]) -> None:
    found = _events(text)
    assert len(found) == len(expected)
    pairs = zip(found, expected, strict=True)
    assert [(value, word) for (value, title), (_, word) in pairs if word in title] == expected


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in STATE_CASES], ids=[c[0] for c in STATE_CASES])
def test_states(text: str, expected: list[tuple[str, str]]) -> None:
    test_remarks(text, expected)


def test_a_remark_is_evidence_of_its_days_event() -> None:
    text = 'The club won the final on Sunday. "We were tense, but it worked out," the skipper said Sunday.'
    document = Document(id="d", text=text, date=DCT)
    (event,) = events.extract(document, tag(text, dct=DCT))
    assert event.title == "The club won the final"
    assert [e.text[:13] for e in event.evidence] == ["The club won ", '"We were tens']
