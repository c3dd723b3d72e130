"""Tests for merged_titles.py: the events noun_twins folds across dates take the title that tells the
happening best (a finite verb, no pronoun subject, the earliest sentence) and keep the finer date and its
id; extraction gives the same ids each time, and a title edited by hand survives a rebuild."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import events, merge, pipeline
from timeline.deduping import dedupe
from timeline.merged_titles import best_titled
from timeline.models import Document, Event, Evidence, When
from timeline.temporal import tag

DCT = dt.date(2025, 9, 17)  # a Wednesday

# (id, text, [(date value, title)] of each event dedupe gives)
FOLDS = [
    ("the lead's title, the detail's day", "A fire gutted a furniture depot in Harwick this week."
     " Firefighters said that the blaze began in a loading bay on Tuesday.",
     [("2025-09-16", "A fire gutted a furniture depot in Harwick")]),
    ("a quake told first as it struck", "Rescuers dug through rubble after an earthquake struck the valley"
     " this week. The quake killed eleven people on Monday.",
     [("2025-09-15", "An earthquake struck the valley")]),
    ("a pronoun subject gives way", "They were hurt in a bus crash this week, officials said. The crash"
     " happened on a hill road on Monday.", [("2025-09-15", "The crash happened on a hill road")]),
    ("one date: the earlier title, as before", "An explosion tore through a paper mill on Sunday. The blast"
     " killed three workers on Sunday.", [("2025-09-14", "An explosion tore through a paper mill")]),
]


def _deduped(text: str) -> list[Event]:
    document = Document(id="d", text=text, date=DCT)
    return dedupe(events.extract(document, tag(text, dct=DCT)))


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in FOLDS], ids=[c[0] for c in FOLDS])
def test_fold_titles(text: str, expected: list[tuple[str, str]]) -> None:
    found = _deduped(text)
    assert [(e.when.value, e.title) for e in found] == expected
    assert dedupe(found) == found


def _event(title: str, start: int) -> Event:
    day = dt.date(2025, 9, 15)
    return Event(id=f"e{start}", title=title, confidence=0.9,
                 when=When(value="2025-09-15", start=day, end=day, granularity="day"),
                 evidence=[Evidence(document="d", start=start, end=start + 10, text=title)])


# (id, titles in the order of their sentences, the title chosen)
RANKS = [
    ("a finite verb over a participle", ["A storm cutting power to the coast", "The storm cut power to 900"
     " homes"], "The storm cut power to 900 homes"),
    ("a named subject over a pronoun", ["It flooded the lower town", "The flood reached the lower town"],
     "The flood reached the lower town"),
    ("the earliest when equal", ["A blaze destroyed the mill", "The fire spread to the barn"],
     "A blaze destroyed the mill"),
    ("a future is finite", ["A vote on the charter in the autumn", "The vote will decide the charter"],
     "The vote will decide the charter"),
]


@pytest.mark.parametrize(("titles", "chosen"), [c[1:] for c in RANKS], ids=[c[0] for c in RANKS])
def test_best_titled(titles: list[str], chosen: str) -> None:
    members = [_event(title, 100 * i) for i, title in enumerate(titles)]
    assert best_titled(members).title == chosen
    assert best_titled(members[::-1]).title == chosen  # the order given changes nothing


def test_the_fold_keeps_the_finer_dates_id() -> None:
    text = FOLDS[0][1]
    document = Document(id="d", text=text, date=DCT)
    extracted = events.extract(document, tag(text, dct=DCT))
    finer = next(e for e in extracted if e.when.value == "2025-09-16")
    (folded,) = dedupe(extracted)
    assert folded.id == finer.id
    assert [e.id for e in _deduped(text)] == [folded.id]  # the same input gives the same id


def test_a_hand_edited_title_survives_a_rebuild() -> None:
    document = Document(id="d", text=FOLDS[0][1], date=DCT)
    first = pipeline.extract_documents([document])
    (event,) = first.events
    edited = first.model_copy(update={"events": [event.model_copy(update={"title": "Depot fire"})]})
    rebuilt = merge.reconcile(edited, pipeline.extract_documents([document]))
    assert [(e.id, e.title) for e in rebuilt.events] == [(event.id, "Depot fire")]
