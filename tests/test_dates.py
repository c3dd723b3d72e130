"""Dates typed by users keep their precision: a month stays a month, a year a year."""

import datetime as dt

import pytest

from timeline.dates import date_range, parse_when
from timeline.errors import DateError

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
