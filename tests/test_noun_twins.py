"""Tests for noun_twins.py: events of a story that name one happening by one noun fold into one on dedupe."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import events
from timeline.deduping import dedupe
from timeline.models import Document
from timeline.temporal import tag

DCT = date(2025, 9, 17)  # a Wednesday

# (id, text, the (date, evidence count) of each event dedupe gives)
CASES = [
    ("an explosion told again as the blast", "An explosion tore through a paper mill in Orwen on Sunday. The"
     " blast killed three workers on Sunday.", [("2025-09-14", 2)]),
    ("a quake told again inside its week", "A strong earthquake shook the northern valleys last week. The"
     " quake toppled a bell tower on Thursday.", [("2025-09-11", 2)]),
    ("a crash given as the cause of a passive", "Six pilgrims were killed in a bus crash near Tamsby on"
     " Monday. The crash happened on a narrow bend on Monday.", [("2025-09-15", 2)]),
    ("a perfect summary dated by its report", "A flood has drowned eleven sheep farmers, the regional paper"
     " said Tuesday. The flood swept the lower valley on Sunday night.", [("2025-09-14TNI", 2)]),
    ("reported that the blast", "A bomb blast hit a market in Kelso on Friday. The mayor said that the"
     " blast wounded twelve traders on Friday.", [("2025-09-12", 2)]),
    ("a second fire of the day stays apart", "A fire gutted a timber yard on Monday. A second fire destroyed"
     " a bakery on Monday.", [("2025-09-15", 1), ("2025-09-15", 1)]),
    ("the fire after a second one may be either", "A fire gutted a timber yard on Monday. A second fire"
     " destroyed a bakery on Monday. The fire spread to a school on Monday.",
     [("2025-09-15", 1), ("2025-09-15", 1), ("2025-09-15", 1)]),
    ("another day's blast stays apart", "An explosion shook a refinery on Monday. The blast of a gas main"
     " cut power to the harbour on Tuesday.", [("2025-09-15", 1), ("2025-09-16", 1)]),
    ("a reaction to the vote stays apart", "Voters backed the new charter in a referendum on Sunday. The"
     " governor welcomed the referendum on Sunday.", [("2025-09-14", 1), ("2025-09-14", 1)]),
    ("a year holds two happenings", "A fire destroyed the old theatre in 2019. The fire at the docks burned"
     " for three days in May 2019.", [("2019", 1), ("2019-05", 1)]),
]


def _deduped(text: str) -> list[tuple[str, int]]:
    document = Document(id="d", text=text, date=DCT)
    found = dedupe(events.extract(document, tag(text, dct=DCT)))
    return sorted((e.when.value, len(e.evidence)) for e in found)


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_noun_twins(text: str, expected: list[tuple[str, int]]) -> None:
    assert _deduped(text) == expected


def test_folding_again_changes_nothing() -> None:
    text = "A flood has drowned eleven farmers, the paper said Tuesday. The flood swept the valley on Sunday."
    once = dedupe(events.extract(Document(id="d", text=text, date=DCT), tag(text, dct=DCT)))
    assert len(once) == 1
    assert dedupe(once) == once
