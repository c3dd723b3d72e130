"""Dates typed by users keep their precision: a month stays a month, a year a year."""

import datetime as dt
from typing import get_args

import pytest

from timeline.dates import date_range, parse_when, range_of
from timeline.errors import DateError
from timeline.events import when_of
from timeline.models import Granularity, TimeExpression
from timeline.temporal import tag

D = dt.date

# (typed, value, mod, first day, last day, granularity)
CASES = [
    ("25 October 2025", "2025-10-25", None, D(2025, 10, 25), D(2025, 10, 25), "day"),
    ("Oct 25, 2025", "2025-10-25", None, D(2025, 10, 25), D(2025, 10, 25), "day"),
    ("2025-10-25", "2025-10-25", None, D(2025, 10, 25), D(2025, 10, 25), "day"),
    ("October 2025", "2025-10", None, D(2025, 10, 1), D(2025, 10, 31), "month"),
    ("Feb 2024", "2024-02", None, D(2024, 2, 1), D(2024, 2, 29), "month"),
    ("2019-03", "2019-03", None, D(2019, 3, 1), D(2019, 3, 31), "month"),
    ("2017", "2017", None, D(2017, 1, 1), D(2017, 12, 31), "year"),
    ("2025-W43", "2025-W43", None, D(2025, 10, 20), D(2025, 10, 26), "week"),
    ("2025-w43", "2025-W43", None, D(2025, 10, 20), D(2025, 10, 26), "week"),
    ("week 43 of 2025", "2025-W43", None, D(2025, 10, 20), D(2025, 10, 26), "week"),
    ("early 2019", "2019", "START", D(2019, 1, 1), D(2019, 4, 30), "year"),
    ("mid-2019", "2019", "MID", D(2019, 5, 1), D(2019, 8, 31), "year"),
    ("the end of 2019", "2019", "END", D(2019, 9, 1), D(2019, 12, 31), "year"),
    ("late October 2025", "2025-10", "END", D(2025, 10, 22), D(2025, 10, 31), "month"),
    ("summer 2020", "2020-SU", None, D(2020, 6, 1), D(2020, 8, 31), "season"),
    ("winter 2020", "2020-WI", None, D(2020, 12, 1), D(2021, 2, 28), "season"),
    ("Q1 2013", "2013-Q1", None, D(2013, 1, 1), D(2013, 3, 31), "quarter"),
    ("the third quarter of 2013", "2013-Q3", None, D(2013, 7, 1), D(2013, 9, 30), "quarter"),
    ("first half of 2013", "2013-H1", None, D(2013, 1, 1), D(2013, 6, 30), "half"),
    ("the 1990s", "199", None, D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("2013-03-22T14:30", "2013-03-22T14:30", None, D(2013, 3, 22), D(2013, 3, 22), "time"),
    ("March 3rd 2020 14:30", "2020-03-03T14:30", None, D(2020, 3, 3), D(2020, 3, 3), "time"),
    ("  25   October 2025 ", "2025-10-25", None, D(2025, 10, 25), D(2025, 10, 25), "day"),
    # read by the project's tagger: dateparser takes "the 90s" for 90 seconds ago
    ("the 90s", "199", None, D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("around March 2020", "2020-03", "APPROX", D(2020, 3, 1), D(2020, 3, 31), "month"),
    ("circa 1850", "1850", "APPROX", D(1850, 1, 1), D(1850, 12, 31), "year"),
    ("3 p.m. on Oct. 25, 2025", "2025-10-25T15:00", None, D(2025, 10, 25), D(2025, 10, 25), "time"),
]


@pytest.mark.parametrize(("typed", "value", "mod", "first", "last", "granularity"), CASES,
                         ids=[c[0].strip() for c in CASES])
def test_typed_dates_keep_their_precision(typed, value, mod, first, last, granularity):
    when = parse_when(typed)
    assert (when.value, when.mod, when.start, when.end, when.granularity) == (
        value, mod, first, last, granularity)


RELATIVE = [
    ("yesterday", D(2025, 10, 26), "2025-10-25"),
    ("25 October", D(2025, 11, 2), "2025-10-25"),
    ("last week", D(2025, 10, 22), "2025-W42"),
    ("next Tuesday", D(2025, 10, 22), "2025-10-28"),
]


@pytest.mark.parametrize(("typed", "reference", "value"), RELATIVE, ids=[c[0] for c in RELATIVE])
def test_relative_dates_count_from_the_reference(typed, reference, value):
    assert parse_when(typed, reference=reference).value == value


# A day typed without its year takes the nearest year to the reference in every spelling, whether the tagger
# or dateparser reads it: from 20 December, 30 March is next year's; from 10 January, 3 September last year's.
YEARLESS = [
    ("30 March", D(2026, 12, 20), "2027-03-30"),
    ("30 Mar", D(2026, 12, 20), "2027-03-30"),
    ("Mar 30", D(2026, 12, 20), "2027-03-30"),
    ("30-Mar", D(2026, 12, 20), "2027-03-30"),
    ("30 MAR", D(2026, 12, 20), "2027-03-30"),
    ("30-Mar 14:00", D(2026, 12, 20), "2027-03-30T14:00"),
    ("3 September", D(2026, 1, 10), "2025-09-03"),
    ("3-Sep", D(2026, 1, 10), "2025-09-03"),
    # controls: a year typed, a relative phrase, a near date
    ("30-Mar-2026", D(2026, 12, 20), "2026-03-30"),
    ("in two days", D(2026, 12, 20), "2026-12-22"),
    ("30-Mar", D(2026, 6, 1), "2026-03-30"),
]


@pytest.mark.parametrize(
    ("typed", "reference", "value"), YEARLESS, ids=[f"{c[0]} from {c[1]}" for c in YEARLESS]
)
def test_a_date_without_a_year_is_the_nearest_in_every_spelling(typed, reference, value):
    assert parse_when(typed, reference=reference).value == value


@pytest.mark.parametrize("typed", ["yesterday", "25 October", "Monday"])
def test_relative_dates_without_a_reference_are_refused(typed):
    with pytest.raises(DateError, match="is relative to today"):
        parse_when(typed)


NOT_DATES = [
    ("5 min", "a length of time"),
    ("three weeks", "a length of time"),
    ("every day", "a repetition"),
    ("2h", "a length of time"),  # dateparser alone reads it as two hours ago
    ("45 s", "a length of time"),
    ("1.5h", "a length of time"),
]


@pytest.mark.parametrize(("typed", "kind"), NOT_DATES, ids=[c[0] for c in NOT_DATES])
def test_durations_and_sets_are_not_dates(typed, kind):
    with pytest.raises(DateError, match=f"is {kind}, not a date"):
        parse_when(typed, reference=D(2025, 10, 22))


BAD = ["", "garbage words", "31 February 2025", "2025-13", "2025-W60"]


@pytest.mark.parametrize("typed", BAD, ids=[b or "empty" for b in BAD])
def test_unreadable_dates_raise_with_examples(typed):
    with pytest.raises(DateError, match='try "25 October 2025"'):
        parse_when(typed)


def test_a_range_covers_both_ends():
    when = date_range("2019", "March 2021")
    assert (when.value, when.end_value) == ("2019", "2021-03")
    assert (when.start, when.end) == (D(2019, 1, 1), D(2021, 3, 31))


def test_a_range_that_ends_before_it_starts_is_refused():
    with pytest.raises(DateError, match="the end 2018 is before the start 2019"):
        date_range("2019", "2018")


# A range typed as one date: (typed, value, end_value, first day, last day), or None when it is no range.
RANGE_CASES = [
    ("2026-06/2026-08", "2026-06", "2026-08", D(2026, 6, 1), D(2026, 8, 31)),
    ("2019-2021", "2019", "2021", D(2019, 1, 1), D(2021, 12, 31)),
    ("2019 – 2021", "2019", "2021", D(2019, 1, 1), D(2021, 12, 31)),
    ("June to August 2026", "2026-06", "2026-08", D(2026, 6, 1), D(2026, 8, 31)),
    ("from 3 March to 5 April 2025", "2025-03-03", "2025-04-05", D(2025, 3, 3), D(2025, 4, 5)),
    ("between June and August 2025", "2025-06", "2025-08", D(2025, 6, 1), D(2025, 8, 31)),
    ("June–August 2026", "2026-06", "2026-08", D(2026, 6, 1), D(2026, 8, 31)),
    ("March 2026 - April 2026", "2026-03", "2026-04", D(2026, 3, 1), D(2026, 4, 30)),
    ("summer 2024 until spring 2025", "2024-SU", "2025-SP", D(2024, 6, 1), D(2025, 5, 31)),
    ("2019 through March 2021", "2019", "2021-03", D(2019, 1, 1), D(2021, 3, 31)),
    ("October 2025", None, None, None, None),
    ("soon to be decided", None, None, None, None),
]


@pytest.mark.parametrize(("typed", "value", "end_value", "first", "last"), RANGE_CASES,
                         ids=[c[0] for c in RANGE_CASES])  # fmt: skip
def test_a_range_typed_as_one_date_covers_both_ends(typed, value, end_value, first, last):
    when = range_of(typed, reference=D(2026, 11, 29))
    found = None if when is None else (when.value, when.end_value, when.start, when.end)
    assert found == (None if value is None else (value, end_value, first, last))


def test_a_range_typed_backwards_is_refused():
    with pytest.raises(DateError, match="the end 2019 is before the start 2021"):
        range_of("2021 to 2019")


# Values the tagger writes, typed back by hand (copied from a timeline file): (value, the phrase the
# tagger writes it for, its first day, last day, granularity). Typed in lower case they read the same.
TAGGER_VALUES = [
    ("2025-10-25T14:30", "at 2:30 p.m. on Saturday", D(2025, 10, 25), D(2025, 10, 25), "time"),
    ("2024-03-03T14:30:15", "at 14:30:15 on 3 March 2024", D(2024, 3, 3), D(2024, 3, 3), "time"),
    ("2025-10-20T24:00", "at midnight on Monday", D(2025, 10, 20), D(2025, 10, 20), "time"),
    ("2025-10-20T12:00", "at noon on Monday", D(2025, 10, 20), D(2025, 10, 20), "time"),
    ("2026-01-15TMO", "on Thursday morning", D(2026, 1, 15), D(2026, 1, 15), "time"),
    ("2025-10-20TAF", "on Monday afternoon", D(2025, 10, 20), D(2025, 10, 20), "time"),
    ("2025-10-20TEV", "on Monday evening", D(2025, 10, 20), D(2025, 10, 20), "time"),
    ("2025-10-21TNI", "on Tuesday night", D(2025, 10, 21), D(2025, 10, 21), "time"),
    ("2025-10-21TXX", "a part of the day not said", D(2025, 10, 21), D(2025, 10, 21), "time"),
    ("2025-10-25", "on 25 October 2025", D(2025, 10, 25), D(2025, 10, 25), "day"),
    ("2025-W43", "this week", D(2025, 10, 20), D(2025, 10, 26), "week"),
    ("2025-W43-WE", "this weekend", D(2025, 10, 25), D(2025, 10, 26), "week"),
    ("2017-10", "in October 2017", D(2017, 10, 1), D(2017, 10, 31), "month"),
    ("2013-Q1", "in the first quarter of 2013", D(2013, 1, 1), D(2013, 3, 31), "quarter"),
    ("2013-H2", "in the second half of 2013", D(2013, 7, 1), D(2013, 12, 31), "half"),
    ("2013-FA", "in autumn 2013", D(2013, 9, 1), D(2013, 11, 30), "season"),
    ("2017", "in 2017", D(2017, 1, 1), D(2017, 12, 31), "year"),
    ("201", "in the 2010s", D(2010, 1, 1), D(2019, 12, 31), "decade"),
    ("19", "in the 20th century", D(1900, 1, 1), D(1999, 12, 31), "century"),
    ("2", "the 2000s as a millennium", D(2000, 1, 1), D(2999, 12, 31), "millennium"),
]


@pytest.mark.parametrize(("value", "first", "last", "granularity"), [(c[0], *c[2:]) for c in TAGGER_VALUES],
                         ids=[c[0] for c in TAGGER_VALUES])
def test_every_value_the_tagger_writes_reads_back_as_extraction_reads_it(value, first, last, granularity):
    extracted = when_of(TimeExpression(start=0, end=1, text="x", type="DATE", value=value))
    for typed in (value, value.lower(), f"  {value} "):
        when = parse_when(typed)
        assert (when.value, when.start, when.end, when.granularity) == (value, first, last, granularity)
        assert when == extracted, typed


def test_the_value_table_covers_every_shape_an_interval_has():
    """Each shape intervals.interval() reads has a row above, so no tagger value is left unreadable."""
    assert {c[4] for c in TAGGER_VALUES} == set(get_args(Granularity))


ROUND_TRIPS = [  # (phrase, document date): the tagger's own value for it must read back
    ("The talks ended on Monday morning.", D(2025, 10, 22)),
    ("They met on Tuesday night.", D(2025, 10, 22)),
    ("It rained all weekend.", D(2025, 10, 22)),
    ("The shop closed at 2:30 p.m. on Friday.", D(2025, 10, 22)),
    ("The 1980s were loud.", D(2025, 10, 22)),
]


@pytest.mark.parametrize(("phrase", "dct"), ROUND_TRIPS, ids=[c[0] for c in ROUND_TRIPS])
def test_a_tagged_value_typed_by_hand_gives_the_extracted_date(phrase, dct):
    found = [t for t in tag(phrase, dct=dct) if t.type in ("DATE", "TIME")]
    assert found, phrase
    assert parse_when(found[0].value) == when_of(found[0])


TIME_BAD = ["2025-10-25T25:00", "2025-10-25T14:60", "2025-10-25T24:30", "2025-10-25TZZ", "2025-W43-XX"]


@pytest.mark.parametrize("typed", TIME_BAD)
def test_malformed_tagger_shaped_values_are_refused(typed):
    with pytest.raises(DateError):
        parse_when(typed)
