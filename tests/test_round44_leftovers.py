"""Round 44 leftovers of an audit (invented sentences): a year after "about", numbered weeks, "over the last
week", weekdays of a list in "last week", the anchor of the later days of a list, half a decade, "from 2019".
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

D = date(2026, 3, 12)  # a Thursday, in ISO week 11


def _found(text: str, dct: date = D) -> list[tuple]:
    return [(t.text, t.type, t.value, t.mod) for t in tag(text, dct=dct)]


# A year after an approximator is a year, approximately; the clock says so itself when it is a time.
APPROX_YEAR_CASES = [
    ("about-year-end", "The mill was built about 1850.", [("1850", "DATE", "1850", "APPROX")]),
    ("around-year-comma", "Around 1900, the village grew.", [("1900", "DATE", "1900", "APPROX")]),
    ("in-about-year", "The fort was built in about 1850.", [("1850", "DATE", "1850", "APPROX")]),
    ("circa", "The bridge was built circa 1850.", [("1850", "DATE", "1850", "APPROX")]),
    ("c-dot", "A chapel stood there c. 1850.", [("1850", "DATE", "1850", "APPROX")]),
    ("hours-is-clock", "The patrol left at about 1850 hours.",
     [("1850 hours", "TIME", "2026-03-12T18:50", "APPROX")]),
    ("zone-is-clock", "The shot was fired about 1850 GMT.",
     [("1850 GMT", "TIME", "2026-03-12T18:50", "APPROX")]),
    ("at-about-is-clock", "The convoy left at about 1850.", [("1850", "TIME", "2026-03-12T18:50", "APPROX")]),
    ("day-is-clock", "Trains resume about 1830 on Friday.",
     [("1830 on Friday", "TIME", "2026-03-13T18:30", "APPROX")]),
    ("no-year-is-clock", "Call me around 2230.", [("2230", "TIME", "2026-03-12T22:30", "APPROX")]),
    ("plain-year-no-mod", "The mill was built in 1850.", [("1850", "DATE", "1850", None)]),
    ("count-of-a-plural-noun", "The parish had about 1850 inhabitants.", []),
    ("count-of-beds", "The new wing adds around 1900 beds.", []),
    ("year-before-its", "Around 1900 its harbour was rebuilt.", [("1900", "DATE", "1900", "APPROX")]),
    ("year-before-a-comma", "It was built about 1850, when the canal opened.",
     [("1850", "DATE", "1850", "APPROX")]),
]


@pytest.mark.parametrize("name, text, expected", APPROX_YEAR_CASES, ids=[c[0] for c in APPROX_YEAR_CASES])
def test_year_after_approximator(name, text, expected):
    assert _found(text) == expected


# A numbered week of a year is its ISO week; a week of an episode is a date no calendar week can be read off.
WEEK_NUMBER_CASES = [
    ("calendar-week-past", "Flu cases peaked in week 9, the agency said.",
     [("week 9", "DATE", "2026-W09", None)]),
    ("later-week-past-is-last-year", "Flu cases peaked in week 30, the agency said.",
     [("week 30", "DATE", "2025-W30", None)]),
    ("later-week-future", "Cases will peak in week 14.", [("week 14", "DATE", "2026-W14", None)]),
    ("week-of-year", "The index fell in week 7 of 2024.", [("week 7 of 2024", "DATE", "2024-W07", None)]),
    ("week-of-last-year", "Exports fell in week 40 of last year.",
     [("week 40 of last year", "DATE", "2025-W40", None)]),
    ("week-of-season", "The Jets lost in Week 3 of the season.", [("Week 3", "DATE", "XXXX-WXX", None)]),
    ("week-of-trial", "She testified in week 2 of the trial.", [("week 2", "DATE", "XXXX-WXX", None)]),
    ("capital-mid-sentence", "The Bears won in Week 5.", [("Week 5", "DATE", "XXXX-WXX", None)]),
    ("count-after-a-week", "Within a week 12 people fell ill.", [("a week", "DURATION", "P1W", None)]),
]


@pytest.mark.parametrize("name, text, expected", WEEK_NUMBER_CASES, ids=[c[0] for c in WEEK_NUMBER_CASES])
def test_numbered_week(name, text, expected):
    assert _found(text) == expected


# "over/in/during the last week" is the seven days up to the document date, as "over the past week" is.
LAST_WEEK_CASES = [
    ("over-the-past-week", "Prices rose over the past week.", ("the past week", "DURATION", "P1W")),
    ("over-the-last-week", "Prices rose over the last week.", ("the last week", "DURATION", "P1W")),
    ("in-the-last-week", "Two ferries sank in the last week.", ("the last week", "DURATION", "P1W")),
    ("during-the-last-week", "Rain fell during the last week.", ("the last week", "DURATION", "P1W")),
    ("last-week-is-calendar", "Rain fell last week.", ("last week", "DATE", "2026-W10")),
    ("last-week-of-something", "Rain fell in the last week of the tour.",
     ("the last week", "DATE", "2026-W10")),
    ("paid-for-the-last-week", "He was paid for the last week.", ("the last week", "DATE", "2026-W10")),
]


@pytest.mark.parametrize("name, text, expected", LAST_WEEK_CASES, ids=[c[0] for c in LAST_WEEK_CASES])
def test_last_week_span(name, text, expected):
    assert _found(text)[0][:3] == expected


def test_last_week_span_dates_the_days_up_to_the_document_date():
    text = "Prices rose over the last week."
    (event,) = extract(Document(id="d", text=text, date=D), tag(text, dct=D))
    assert (event.when.start, event.when.end) == (date(2026, 3, 5), D)


# A week after a weekday or its list puts every day of the list in that week.
WEEK_AFTER_LIST_CASES = [
    ("list-last-week", "Crowds marched on Thursday, Friday and Saturday last week.",
     ["2026-03-05", "2026-03-06", "2026-03-07"]),
    ("pair-last-week", "Crowds marched on Monday and Tuesday last week.", ["2026-03-02", "2026-03-03"]),
    ("one-last-week", "Crowds marched on Thursday last week.", ["2026-03-05"]),
    ("of-next-week", "Crowds will march on Friday of next week.", ["2026-03-20"]),
    ("list-next-week", "Crowds will march on Monday, Tuesday and Wednesday next week.",
     ["2026-03-16", "2026-03-17", "2026-03-18"]),
    ("no-week-after", "Crowds marched on Monday and Tuesday.", ["2026-03-09", "2026-03-10"]),
]


@pytest.mark.parametrize("name, text, days", WEEK_AFTER_LIST_CASES, ids=[c[0] for c in WEEK_AFTER_LIST_CASES])
def test_weekdays_in_the_week_after_them(name, text, days):
    assert [t.value for t in tag(text, dct=D) if t.text.endswith("day")] == days


def test_list_in_last_week_is_one_event_over_its_days():
    text = "Crowds marched on Thursday, Friday and Saturday last week."
    (event,) = extract(Document(id="d", text=text, date=D), tag(text, dct=D))
    assert (event.when.start, event.when.end) == (date(2026, 3, 5), date(2026, 3, 7))


# A bare day later in a list is placed as the first date is: it carries its anchor (and so its confidence).
LIST_ANCHOR_CASES = [
    ("year-from-dct", "Strikes shut the port on March 3, 4 and 6.", ["dct", "dct", "dct"]),
    ("range-from-dct", "Strikes shut the port on Oct. 3-5.", ["dct", "dct"]),
    ("year-written", "Strikes shut the port on March 3, 2025, 4 and 6.", [None, None, None]),
    ("year-after-last", "Strikes shut the port on March 3 and 5, 2024.", [None, None]),
]


@pytest.mark.parametrize("name, text, anchors", LIST_ANCHOR_CASES, ids=[c[0] for c in LIST_ANCHOR_CASES])
def test_later_days_of_a_list_carry_the_first_anchor(name, text, anchors):
    assert [t.anchor for t in tag(text, dct=D)] == anchors


def test_days_of_a_list_score_alike():
    text = "Strikes shut the port on March 3, 4 and 6."
    events = extract(Document(id="d", text=text, date=D), tag(text, dct=D))
    assert len({event.confidence for event in events}) == 1


# An event's days: half a decade is five years; a date opened by "from" (or a side word opening the sentence)
# is an event from then on (mod ON_OR_AFTER), a range stays a range.
EVENT_DAYS_CASES = [
    ("first-half-of-decade", "Output doubled in the first half of the 1990s.", date(2026, 3, 12),
     ("199", date(1990, 1, 1), date(1994, 12, 31), "START")),
    ("second-half-of-decade", "Output fell in the second half of the 1980s.", date(2026, 3, 12),
     ("198", date(1985, 1, 1), date(1989, 12, 31), "END")),
    ("early-decade-stays-a-third", "Output doubled in the early 1990s.", date(2026, 3, 12),
     ("199", date(1990, 1, 1), date(1993, 4, 30), "START")),
    ("from-year-fronted", "From 2019, the agency will inspect every plant.", date(2018, 6, 1),
     ("2019", date(2019, 1, 1), date(2019, 12, 31), "ON_OR_AFTER")),
    ("from-year-after-verb", "The rules apply from 2019.", date(2018, 6, 1),
     ("2019", date(2019, 1, 1), date(2019, 12, 31), "ON_OR_AFTER")),
    ("starting-in", "Starting in May, the line will run hourly.", date(2026, 3, 12),
     ("2026-05", date(2026, 5, 1), date(2026, 5, 31), "ON_OR_AFTER")),
    ("since-fronted", "Since 2021, the plant has run at half speed.", date(2026, 3, 12),
     ("2021", date(2021, 1, 1), date(2021, 12, 31), "ON_OR_AFTER")),
    ("from-to-is-a-range", "Output doubled from 2019 to 2021.", date(2026, 3, 12),
     ("2019", date(2019, 1, 1), date(2021, 12, 31), None)),
    ("in-year-fronted-no-mod", "In 2019, the agency inspected every plant.", date(2026, 3, 12),
     ("2019", date(2019, 1, 1), date(2019, 12, 31), None)),
    ("dates-from-is-origin", "The chapel roof dates from 1850, records show.", date(2026, 3, 12), None),
    ("figure-from-is-comparison", "The index fell 8 points from the prior week.", date(2026, 3, 12), None),
    ("percent-comma-from", "The index rose 34 points, or 0.2 percent, from Tuesday to 14,700.",
     date(2026, 3, 12), None),
    ("beginning-is-a-verb", "The fair opens on Friday although talks were beginning on Thursday.",
     date(2026, 3, 12), None),
]


@pytest.mark.parametrize("name, text, dct, expected", EVENT_DAYS_CASES, ids=[c[0] for c in EVENT_DAYS_CASES])
def test_event_days(name, text, dct, expected):
    events = extract(Document(id="d", text=text, date=dct), tag(text, dct=dct))
    found = [(e.when.value, e.when.start, e.when.end, e.when.mod) for e in events]
    if expected is None:
        assert all(mod != "ON_OR_AFTER" for *_, mod in found)
    else:
        assert found == [expected]
