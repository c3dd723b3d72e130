"""Round 43 (event records, invented news): what a demanding reader expects of each record, field by field.

A date's days come from its granularity and its mod ("early 2019" its first months, a week Monday to
Sunday); a range is one event over the whole interval; a list of dates is one event only when the list is
one unbroken stretch ("on Thursday, Friday and Saturday"), else one event per date, each with its own date
phrase ("rose in 1994, 1995 and 1997"); the word before a date that leaves it open on one side ("before",
"after", "since", "by") gives the event's date its mod; "over the past week" keeps its DURATION phrase and
dates the days up to the document date; SETs, DURATIONs, PAST_REF and a noun's date make no event; the
same event twice is one event with two evidence entries, two events on one day stay two; ids are stable.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from timeline import export_timeml
from timeline.deduping import dedupe
from timeline.events import extract
from timeline.models import Document, Event, Timeline
from timeline.temporal import tag

D = date(2024, 3, 14)  # a Thursday


def _events(text: str, doc_id: str = "d") -> list[Event]:
    return extract(Document(id=doc_id, text=text, date=D), tag(text, dct=D))


def _honest(text: str, events: list[Event]) -> None:
    """Assert each evidence's date phrase is the text at its offsets, inside the evidence span."""
    for event in events:
        for evidence in event.evidence:
            timex = evidence.timex
            assert timex is not None and text[timex.start : timex.end] == timex.text
            assert evidence.start <= timex.start and timex.end <= evidence.end


# (id, text, each event as (value, first day, last day, granularity, mod, end_value, date phrase))
DAYS = [
    ("early in a year: its first months", "Factory output fell sharply in early 2019.",
     [("2019", "2019-01-01", "2019-04-30", "year", "START", None, "early 2019")]),
    ("late in a year: its last months", "Profits recovered in late 2021 after a long slump.",
     [("2021", "2021-09-01", "2021-12-31", "year", "END", None, "late 2021")]),
    ("a week runs Monday to Sunday", "Crowds gathered in the square last week to protest.",
     [("2024-W10", "2024-03-04", "2024-03-10", "week", None, None, "last week")]),
    ("a quarter", "The bank cut rates in the first quarter of 2023.",
     [("2023-Q1", "2023-01-01", "2023-03-31", "quarter", None, None, "the first quarter of 2023")]),
    ("a range of years is one event", "The strike lasted from 2019 to 2021 and closed three mills.",
     [("2019", "2019-01-01", "2021-12-31", "year", None, "2021", "2019 to 2021")]),
    ("between two months", "The festival ran between March and May and drew record crowds.",
     [("2024-03", "2024-03-01", "2024-05-31", "month", None, "2024-05", "March and May")]),
    ("a day range before its month", "The summit was held 3-5 March in Geneva.",
     [("2024-03-03", "2024-03-03", "2024-03-05", "day", None, "2024-03-05", "3-5 March")]),
    ("the end of one decade and the start of the next",
     "The city grew rapidly in the late 1980s and early 1990s.",
     [("198", "1986-09-01", "1993-04-30", "decade", "END", "199", "the late 1980s and early 1990s")]),
    ("the past week: the days up to the document date", "Police arrested twelve people in the past week.",
     [("2024-03-07", "2024-03-07", "2024-03-14", "day", None, "2024-03-14", "the past week")]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in DAYS], ids=[c[0] for c in DAYS])
def test_a_record_covers_the_days_its_date_names(text: str, expected: list[tuple]) -> None:
    events = _events(text)
    _honest(text, events)
    got = [(e.when.value, str(e.when.start), str(e.when.end), e.when.granularity, e.when.mod,
            e.when.end_value, e.evidence[0].timex.text) for e in events]
    assert got == expected


def test_the_past_week_keeps_its_duration_phrase_and_dates_the_days_it_covers() -> None:
    """The phrase is a DURATION (P1W, as TimeML marks it), its end the document date; the When is the days."""
    (event,) = _events("Rain fell throughout the past week.")
    timex = event.evidence[0].timex
    assert (timex.type, timex.value, timex.end_value) == ("DURATION", "P1W", "2024-03-14")
    when = event.when
    assert (when.granularity, str(when.end), when.end_value) == ("day", "2024-03-14", "2024-03-14")


# (id, text, each event as (value, end_value, date phrase))
LISTS = [
    ("a list with a gap: one event per date",
     "Exports rose in 1994, 1995 and 1997.",
     [("1994", None, "1994"), ("1995", None, "1995"), ("1997", None, "1997")]),
    ("a gap at the start of a list",
     "Exports rose in 1994, 1996 and 1997.",
     [("1994", None, "1994"), ("1996", None, "1996"), ("1997", None, "1997")]),
    ("an unbroken list of years is one stretch",
     "The band toured in 2001, 2002 and 2003.",
     [("2001", "2003", "2001, 2002 and 2003")]),
    ("weekdays with a gap",
     "Workers struck on Monday, Tuesday and Thursday.",
     [("2024-03-11", None, "Monday"), ("2024-03-12", None, "Tuesday"), ("2024-03-14", None, "Thursday")]),
    ("two days in a row",
     "Dock workers walked out on Monday and Tuesday.",
     [("2024-03-11", "2024-03-12", "Monday and Tuesday")]),
    ("years apart",
     "The law was passed in 1990 or 2000.",
     [("1990", None, "1990"), ("2000", None, "2000")]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in LISTS], ids=[c[0] for c in LISTS])
def test_a_list_of_dates_is_one_event_only_when_unbroken(text: str, expected: list[tuple]) -> None:
    events = _events(text)
    _honest(text, events)
    assert [(e.when.value, e.when.end_value, e.evidence[0].timex.text) for e in events] == expected


# (id, text, each event as (value, mod))
SIDES = [
    ("before a year", "The shop opened before 2019.", [("2019", "BEFORE")]),
    ("after a day", "Talks resumed after March 3.", [("2024-03-03", "AFTER")]),
    ("since a weekday", "The rebels have held the town since Tuesday.", [("2024-03-12", "ON_OR_AFTER")]),
    ("by a weekday ahead", "The bill must pass by Friday.", [("2024-03-15", "ON_OR_BEFORE")]),
    ("until keeps its own reading", "The striker is under contract until 2026.", [("2026", "ON_OR_BEFORE")]),
    ("on a day: no side", "The shop opened on March 3.", [("2024-03-03", None)]),
    ("a negated since told as the last time", "The two ministers have not spoken since May 2019.",
     [("2019-05", None)]),
    ("a date whose 'when' clause is the event",
     "The peso hit a record on Monday, its strongest level since March 4, 2016, when the bank cut rates.",
     [("2024-03-11", None), ("2016-03-04", None)]),
    ("a name after the date: a doer's 'by'",
     "The team was coached by 2010 Grand Prix winner Sam Jones on Monday.",
     [("2010", None), ("2024-03-11", None)]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SIDES], ids=[c[0] for c in SIDES])
def test_the_word_before_a_date_leaves_it_open_on_one_side(text: str, expected: list[tuple]) -> None:
    assert [(e.when.value, e.when.mod) for e in _events(text)] == expected


# (id, text): none of these dates an event
NO_EVENT = [
    ("a SET", "The bus runs every Monday."),
    ("a DURATION", "The talks lasted three hours."),
    ("PAST_REF", "In the past, the river flooded often."),
    ("a year that only modifies a noun", "The 2017 budget was cut by a third."),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_EVENT], ids=[c[0] for c in NO_EVENT])
def test_no_event(text: str) -> None:
    assert _events(text) == []


def test_the_same_event_in_two_sentences_is_one_event_with_two_evidence_entries() -> None:
    text = "The storm hit the coast on Monday. Later, the storm hit the coast on Monday again."
    (event,) = dedupe(_events(text))
    assert [e.text for e in event.evidence] == ["The storm hit the coast on Monday.",
                                                "Later, the storm hit the coast on Monday again."]


def test_the_same_event_in_two_documents_is_one_event() -> None:
    first = "The storm hit the coast on Monday."
    second = "A fierce storm hit the coast on Monday, police said."
    events = dedupe(_events(first, "a") + _events(second, "b"))
    assert [sorted(e.document for e in event.evidence) for event in events] == [["a", "b"]]


def test_two_events_on_one_day_stay_apart() -> None:
    events = dedupe(_events("The minister resigned on Monday. A new bank opened on Monday."))
    assert sorted(e.title for e in events) == ["A new bank opened", "The minister resigned"]


def test_ids_are_stable_when_another_sentence_changes() -> None:
    before = _events("The minister resigned on Monday. A new bank opened on Monday.")
    after = _events("The minister resigned on Monday. A new savings bank opened in the city on Monday.")
    assert before[0].id == after[0].id and before[1].id != after[1].id
    assert [e.id for e in before] == [e.id for e in _events("The minister resigned on Monday. A new bank "
                                                             "opened on Monday.")]


# (id, text, the TIMEX3 the TimeML export writes for the event's date phrase, as (text, value))
TIMEML = [
    ("an unbroken list: one TIMEX3 a year", "The band toured in 2001, 2002 and 2003.",
     [("2001", "2001"), ("2002", "2002"), ("2003", "2003")]),
    ("a range: its two ends", "The strike lasted from 2019 to 2021 and closed three mills.",
     [("2019", "2019"), ("2021", "2021")]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in TIMEML], ids=[c[0] for c in TIMEML])
def test_the_timeml_export_writes_each_date_of_a_joined_phrase(text: str, expected: list[tuple]) -> None:
    document = Document(id="d", text=text, date=D)
    written = export_timeml.timeml_documents(Timeline(documents=[document], events=_events(text)))["d"]
    found = re.findall(r'<TIMEX3 (?![^>]*CREATION_TIME)[^>]*value="([^"]+)"[^>]*>([^<]*)</TIMEX3>', written)
    assert [(phrase, value) for value, phrase in found] == expected
