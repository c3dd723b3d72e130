"""Tests for clock_twins.py: an event that only gives the hour of its day's event folds into it on dedupe."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import events
from timeline.deduping import dedupe
from timeline.models import Document
from timeline.temporal import tag

DCT = date(2025, 9, 17)  # a Wednesday

# (id, text, the (date, evidence count) of each event dedupe gives). A folded event was dated by the day
# until round 28 of the events: the hour dates it finer, as one clause's day and hour do (clock_days).
CASES = [
    ("the hour of a quake", "A strong earthquake rattled the coast on Sunday. The quake hit at 4:05 p.m.,"
     " officials said.", [("2025-09-14T16:05", 2)]),
    ("the hour of an explosion", "A gas explosion wrecked a bakery on Friday. The explosion came at"
     " 6:10 a.m.", [("2025-09-12T06:10", 2)]),
    ("two different hours leave the day", "A strong earthquake rattled the coast on Sunday. The quake hit at"
     " 4:05 p.m., officials said. The quake was felt inland at 4:20 p.m.", [("2025-09-14", 3)]),
    ("another happening at an hour", "Police detained two men on Sunday. A fire broke out at the depot at"
     " 3 p.m.", [("2025-09-14", 1), ("2025-09-14T15:00", 1)]),
    ("a doer's other deed", "The governor opened the new ferry pier on Sunday. The governor arrived at noon.",
     [("2025-09-14", 1), ("2025-09-14T12:00", 1)]),
    ("an hour of another day", "A strong earthquake rattled the coast on Sunday. The quake's largest"
     " aftershock came at 2 a.m. on Monday.", [("2025-09-14", 1), ("2025-09-15T02:00", 1)]),
    ("two tellings of one scheduled vote", "The council vote was scheduled for October 6. Members said a vote"
     " on the plan is scheduled for October 6.", [("2025-10-06", 2)]),
]


def _deduped(text: str) -> list[tuple[str, int]]:
    document = Document(id="d", text=text, date=DCT)
    found = dedupe(events.extract(document, tag(text, dct=DCT)))
    return sorted((e.when.value, len(e.evidence)) for e in found)


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_clock_twins(text: str, expected: list[tuple[str, int]]) -> None:
    assert _deduped(text) == expected


def test_folding_again_changes_nothing() -> None:
    text = "A strong earthquake rattled the coast on Sunday. The quake hit at 4:05 p.m."
    once = dedupe(events.extract(Document(id="d", text=text, date=DCT), tag(text, dct=DCT)))
    assert dedupe(once) == once


def test_the_folded_event_keeps_the_day_title_and_leads_with_the_hour() -> None:
    text = "A gas explosion wrecked a bakery on Friday. The explosion came at 6:10 a.m."
    found = events.extract(Document(id="d", text=text, date=DCT), tag(text, dct=DCT))
    (event,) = dedupe(found)
    hour = next(e for e in found if e.when.time is not None)
    assert (event.title, event.id, event.when) == ("A gas explosion wrecked a bakery", hour.id, hour.when)
    assert [e.timex.text for e in event.evidence] == ["6:10 a.m.", "Friday"]
