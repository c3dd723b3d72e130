"""Deduplication does not depend on the order of its input: chains of twins (A~B, B~C, A!~C) give one result.

Every sentence is invented. The events are drawn from a few doers and deeds of one month, told in
documents of different dates; the same events in any order must give the same timeline.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.deduping import dedupe
from timeline.events import event_id
from timeline.models import Document, Event, Evidence, When

DOCUMENTS = {name: Document(id=name, text="", date=date) for name, date in [
    ("brindle-post", dt.date(2026, 12, 2)), ("coast-wire", dt.date(2026, 12, 5)),
    ("ferry-gazette", dt.date(2026, 12, 9)), ("the-lantern", None),
]}  # fmt: skip
# titles that chain: each shares words with its neighbours, not always with the ones beyond them
TITLES = [
    "Mayor Ivo Brennick rejected the harbour budget",
    "The council rejected the harbour budget proposal",
    "The council rejected the ferry budget proposal",
    "Tolland rejected the ferry budget",
    "Smith resigned from the harbour board",
    "Jones resigned from the harbour board",
    "The pilot resigned from the harbour board",
    "The guild of ferry pilots filed a harbour board complaint",
    "The guild filed a complaint with the harbour board",
    "Fisheries minister Rhea Tolland filed a complaint with the harbour board",
]


def _event(document: str, title: str, confidence: float, at: int) -> Event:
    text = f"{title} in November 2026."
    return Event(
        id=event_id(document, text, "2026-11"), title=title, confidence=confidence,
        when=When(value="2026-11", start=dt.date(2026, 11, 1), end=dt.date(2026, 11, 30),
                  granularity="month"),
        evidence=[Evidence(document=document, start=at, end=at + len(text), text=text)],
    )  # fmt: skip


EVENTS = st.lists(st.builds(
    _event, st.sampled_from(sorted(DOCUMENTS)), st.sampled_from(TITLES), st.sampled_from([0.6, 0.9]),
    st.sampled_from([0, 100]),
), max_size=10)  # fmt: skip


def _view(events: list[Event]) -> list[tuple]:
    return [(e.id, e.title, e.confidence, [(v.document, v.start) for v in e.evidence]) for e in events]


@settings(max_examples=300, deadline=None)
@given(EVENTS, st.data(), st.booleans())
def test_dedupe_does_not_depend_on_the_order_of_its_input(events, data, dated):
    documents = DOCUMENTS if dated else None
    shuffled = data.draw(st.permutations(events))
    assert _view(dedupe(shuffled, documents=documents)) == _view(dedupe(events, documents=documents))


# Chains of three, in every order: (titles, how many events they must stay at least).
CHAINS = [
    # two single-word doers of one deed stay apart, whatever joins between them
    (["Smith resigned from the harbour board", "The pilot resigned from the harbour board",
      "Jones resigned from the harbour board"], 2),
    (["Smith resigned", "Jones resigned", "The minister resigned"], 2),
    (["Mayor Ivo Brennick rejected the harbour budget", "The council rejected the harbour budget proposal",
      "Tolland rejected the ferry budget"], 2),
]  # fmt: skip


@pytest.mark.parametrize(("titles", "least"), CHAINS, ids=[c[0][0] for c in CHAINS])
def test_chains_give_one_result_in_every_order(titles, least):
    events = [_event(document, title, 0.9, 0)
              for document, title in zip(sorted(DOCUMENTS), titles, strict=False)]
    results = {repr(_view(dedupe(list(order), documents=DOCUMENTS)))
               for order in itertools.permutations(events)}
    assert len(results) == 1
    assert len(dedupe(events, documents=DOCUMENTS)) >= least
