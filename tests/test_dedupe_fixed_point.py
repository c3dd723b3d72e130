"""Merging is idempotent: dedupe(dedupe(x)) == dedupe(x), merge(t, t) == t; non-twins stay apart in any order.

Every sentence is invented. The properties run on generated small timelines: events of a few invented doers
and deeds in two months, told in four outlets' documents of different dates, some as forecasts, some the
same statement twice, with hand work beside them.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import merge, pipeline
from timeline.deduping import dedupe
from timeline.events import event_id
from timeline.models import Document, Event, Evidence, Timeline, When
from timeline.subject_twins import different_subjects

MONTHS = {"2026-10": (dt.date(2026, 10, 1), dt.date(2026, 10, 31)),
          "2026-11": (dt.date(2026, 11, 1), dt.date(2026, 11, 30))}
DOCUMENTS = {name: Document(id=name, text="", date=date) for name, date in [
    ("brindle-post", dt.date(2026, 12, 2)), ("coast-wire", dt.date(2026, 12, 5)),
    ("ferry-gazette", dt.date(2026, 12, 9)), ("the-lantern", None),
]}  # fmt: skip
# doers: named ones, and one that refers back ("The guild")
DOERS = ["Fisheries minister Rhea Tolland", "The guild of ferry pilots", "The pilots' union", "Tolland",
         "The guild", "Mayor Ivo Brennick"]
DEEDS = ["filed a complaint with the harbour board", "filed a harbour board complaint",
         "is expected to open the Skerry ferry line", "opened the Skerry ferry line",
         "rejected the harbour budget", "rejected the harbour budget proposal"]


def _event(document: str, title: str, value: str, confidence: float = 0.9, at: int = 0) -> Event:
    text = f"{title} in {'October' if value.endswith('10') else 'November'} 2026."
    start, end = MONTHS[value]
    return Event(
        id=event_id(document, text, value), title=title, confidence=confidence,
        when=When(value=value, start=start, end=end, granularity="month"),
        evidence=[Evidence(document=document, start=at, end=at + len(text), text=text)],
    )  # fmt: skip


EVENTS = st.builds(
    _event, st.sampled_from(sorted(DOCUMENTS)),
    st.builds(lambda doer, deed: f"{doer} {deed}", st.sampled_from(DOERS), st.sampled_from(DEEDS)),
    st.sampled_from(sorted(MONTHS)), st.sampled_from([0.6, 0.9]), st.sampled_from([0, 100]),
)  # fmt: skip
TIMELINES = st.lists(EVENTS, max_size=12)


@settings(max_examples=300, deadline=None)
@given(TIMELINES, st.booleans())
def test_dedupe_is_a_fixed_point(events, dated):
    documents = DOCUMENTS if dated else None
    once = dedupe(events, documents=documents)
    assert dedupe(once, documents=documents) == once


@settings(max_examples=200, deadline=None)
@given(TIMELINES, st.data())
def test_events_that_are_not_twins_stay_apart_in_any_order(events, data):
    once = dedupe(events, documents=DOCUMENTS)  # no two of them are twins
    shuffled = data.draw(st.permutations(once))
    assert dedupe(shuffled, documents=DOCUMENTS) == once


@settings(max_examples=200, deadline=None)
@given(TIMELINES, st.lists(st.integers(0, 11), max_size=3))
def test_a_timeline_merged_with_itself_is_itself(events, hand_at):
    hand = [
        events[i].model_copy(update={"id": f"hand{i}", "origin": "manual", "title": f"My note {i}"})
        for i in sorted(set(hand_at)) if i < len(events)
    ]  # fmt: skip
    documents = list(DOCUMENTS.values())
    timeline = merge.combine([Timeline(documents=documents, events=events + hand)])
    again = merge.combine([timeline, timeline])
    assert again.events == timeline.events
    assert [e for e in again.events if e.origin == "manual"] == merge.sort_events(hand)


def test_a_newer_copy_s_title_is_compared_by_its_own_words():
    """The older copy's words share too little with the third event; the newer copy's words share enough:
    the three are one event whatever the order they come in, and deduplicating again changes nothing."""
    older = _event("brindle-post", "Mayor Ivo Brennick opened the Skerry ferry line", "2026-10")
    newer = _event("ferry-gazette", "Mayor Ivo Brennick opened the new Skerry ferry terminal and line",
                   "2026-10")
    third = _event("coast-wire", "Brennick opened the new ferry terminal", "2026-10")
    results = [dedupe(order, documents=DOCUMENTS) for order in
               ([older, third, newer], [older, newer, third], [third, newer, older])]
    assert [len(r) for r in results] == [1, 1, 1]
    assert results[0] == results[1] == results[2]
    assert results[0][0].title == newer.title
    assert dedupe(results[0], documents=DOCUMENTS) == results[0]


def test_a_copy_with_the_same_id_joins_its_twin_not_an_earlier_word_twin():
    first = _event("brindle-post", "The pilots' union rejected the harbour budget", "2026-10")
    second = _event("coast-wire", "The pilots' union rejected the harbour budget proposal", "2026-10")
    both = dedupe([first, second])
    assert dedupe([*both, *both]) == both


def test_a_forecast_and_its_report_keep_their_order_when_merged_with_themselves():
    forecast = _event("brindle-post", "The Skerry ferry line is expected to open", "2026-10")
    report = _event("ferry-gazette", "The Skerry ferry line opened", "2026-10")
    once = dedupe([forecast, report], documents=DOCUMENTS)
    assert [e.document for e in once[0].evidence] == ["ferry-gazette", "brindle-post"]
    timeline = Timeline(documents=list(DOCUMENTS.values()), events=once)
    assert merge.combine([timeline, timeline]).events == once


# (id, one outlet's sentence, another's, one event?), every sentence invented
SUBJECT_CASES = [
    ("two named doers, one deed, one month",
     "Fisheries minister Rhea Tolland filed a complaint with the harbour board in October 2026.",
     "The guild of ferry pilots filed a complaint with the harbour board in October 2026.", False),
    ("two unions reject one budget",
     "The pilots' union rejected the harbour budget proposal in October 2026.",
     "The dockhands' federation rejected the harbour budget proposal in October 2026.", False),
    ("one doer in two outlets' words",
     "Fisheries minister Rhea Tolland filed a complaint with the harbour board in October 2026.",
     "In October 2026, Fisheries minister Rhea Tolland filed a complaint with the harbour board.", True),
    ("a surname for the full name",
     "Fisheries minister Rhea Tolland filed a complaint with the harbour board in October 2026.",
     "Tolland filed a complaint with the harbour board in October 2026.", True),
    ("a later sentence refers back with a bare noun",
     "Brantley Foods sued its grain supplier over the recall in March 2026.",
     "The company sued its grain supplier over the recall in March 2026.", True),
    ("a speaker tells what the doer did",
     "Mayor Ivo Brennick said the guild of pilots filed a complaint with the harbour board in May 2026.",
     "The guild of pilots filed a complaint with the harbour board in May 2026.", True),
]


@pytest.mark.parametrize(("first", "second", "one"), [pytest.param(*c[1:], id=c[0]) for c in SUBJECT_CASES])
def test_named_doers(first, second, one):
    documents = [Document(id=name, title=name, date=dt.date(2026, 12, 1), text=text)
                 for name, text in (("brindle-post", first), ("coast-wire", second))]
    timeline = pipeline.extract_documents(documents)
    assert len(timeline.events) == (1 if one else 2), [e.title for e in timeline.events]
    assert merge.combine([timeline, timeline]).events == timeline.events


# (title, other title, different doers?)
TITLE_CASES = [
    ("Health minister Ada Quinn filed a complaint", "Transport minister Joel Park filed a complaint", True),
    ("The chamber of commerce filed a complaint", "Transport minister Joel Park filed a complaint", True),
    ("The chamber of commerce filed a complaint", "The commerce chamber filed a complaint", False),
    ("Police arrested two men", "Officers arrested two men", False),  # no named doer
    ("He filed a complaint", "The chamber of commerce filed a complaint", False),
    ("The old pier's railing was damaged by the storm", "The autumn storm damaged the railing", False),
    ("The harbour contract has been signed by the port", "The port authority signed the contract", False),
    ("Mr Lind told harbour and ferry officials they had 48 hours", "Mr Lind gave both sides 48 hours", False),
    ("Joel Park's office filed a complaint", "Transport minister Joel Park filed a complaint", False),
    ("The Harwick port authority filed a complaint", "Harwick mayor Lina Ortiz filed a complaint", True),
    ("Councillor Ada Hart filed a complaint", "Mayor Mara Hart filed a complaint", True),
    ("Councillor Ada Hart filed a complaint", "Councillor Hart filed a complaint", False),
    ("Councillor Ada Hart filed a complaint", "Minister Hart filed a complaint", False),
    ("Councillor Ada Hart filed a complaint", "A. Hart filed a complaint", False),
]


# (title, other title, different doers?): a subject of one capitalized word names its doer
LONE_NAME_CASES = [
    ("Smith resigned", "Jones resigned", True),
    ("Tolland rejected the ferry budget", "Mayor Ivo Brennick rejected the ferry budget", True),
    ("Smith resigned from the board", "The pilot resigned from the board", False),  # may refer back
    ("Smith resigned", "John Smith resigned", False),
    ("Smith resigned", "Mr Smith resigned", False),
    ("Russia fired missiles at the port", "Russian forces fired missiles at the port", False),
    ("Protesters blocked the road", "Farmers blocked the road", False),  # plurals of a trade
    ("Police arrested two men", "Detectives arrested two men", False),
    ("Shares fell 4 percent", "Stocks fell 4 percent", False),
]


@pytest.mark.parametrize(("one", "other", "different"), TITLE_CASES + LONE_NAME_CASES)
def test_different_subjects(one, other, different):
    assert different_subjects(one, other) is different
    assert different_subjects(other, one) is different
