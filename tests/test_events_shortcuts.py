"""The event layer's shortcuts give what the plain way gives: each is switched off and the events compared."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import events
from timeline.models import Document
from timeline.temporal import tag

DCT = dt.date(2025, 10, 25)

# Invented documents in the shapes the shortcuts pass over or must not: undated sentences before, between and
# after dated ones, episodes that go on, headings and the items under them, datelines, notes about the page.
DOCUMENTS = [
    ("undated around dated",
     "The council met in the old hall. Nobody spoke for an hour.\nThe bridge closed on Monday. Crews "
     "inspected the cables. They found two cracks. Engineers ordered repairs. The work began. Traffic moved "
     "to the ferry. Residents complained.\nA new mayor takes office next year. She has promised change."),
    ("dateline and episode",
     "PORTVILLE, Oct. 3, 2024 (Valley Post) -- The river burst its banks on Tuesday. Water reached the "
     "square. Shops closed early.\nOfficials will meet again. Nothing was decided."),
    ("heading and items",
     "Committee session May 12, 2025\nRoad plan approved for the east side.\nThe contractor asked for more "
     "time.\n\nOther business\nThe reserve stays flat.\n## June 2, 2025\n- Crews poured the base.\n- The "
     "vendor will ship gates on June 20."),
    ("markdown heading",
     "## March 3\nThe fund raised its target. Donors gave more than expected.\n# Notes\nThe office moved."),
    ("notes about the page",
     "Published March 3, 2026\nAn earlier version of this article misstated the date.\nThe storm hit the "
     "coast on Friday. Power failed across the county. Crews worked through the night."),
    ("future episode and report",
     "The company said the plant would close in 2027. Workers were told. The union said it would fight the "
     "plan. Talks ended without a deal."),
    ("no dates at all", "The town is quiet. The market opens at dawn.\nFishermen sell their catch."),
]


@pytest.mark.parametrize("continuation", ["evidence", "event", "off"])
@pytest.mark.parametrize(("name", "text"), DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_passing_over_idle_sentences_changes_nothing(monkeypatch, name, text, continuation):
    document = Document(id="doc", text=text, date=DCT)
    timexes = tag(text, dct=DCT)
    quick = events.extract(document, timexes, continuation=continuation)
    monkeypatch.setattr(events, "_idle", lambda *args: False)  # every sentence the plain way
    plain = events.extract(document, timexes, continuation=continuation)
    assert [e.model_dump() for e in quick] == [e.model_dump() for e in plain]
