"""Typed dates that would take a guess are refused with a message that says what to type instead."""

import datetime as dt

import pytest

from timeline.dates import parse_when
from timeline.errors import DateError

REFERENCE = dt.date(2026, 12, 2)

# (typed, words of the message)
REFUSED = [
    ("03/04/2025", "could be 3 April or 4 March"),  # US and European tools write it the other way round
    ("3.4.2025", "could be 3 April or 4 March"),
    ("07-08-2024", "could be 7 August or 8 July"),
    ("4/5", "could be 4 May or 5 April"),
    ("4/5/2026 17:30", "could be 4 May or 5 April"),  # a clock after it tells nothing of the order
    ("+1", "its figures are no date's"),  # dateparser: January
    ("1+1", "its figures are no date's"),  # dateparser: 1 January
    ("-5", "its figures are no date's"),  # dateparser: May
    ("2026.5", "its figures are no date's"),  # dateparser: May 2026
    ("=2020", "its figures are no date's"),  # a spreadsheet formula pasted
    ("the 5th", "names a day but not its month"),  # dateparser: May
    ("5th", "names a day but not its month"),
    ("21st", "names a day but not its month"),
    ("the 1st of the month", "names a day but not its month"),
]


@pytest.mark.parametrize(("typed", "words"), REFUSED, ids=[typed for typed, _ in REFUSED])
def test_a_date_that_needs_a_guess_is_refused(typed, words):
    with pytest.raises(DateError, match=words):
        parse_when(typed, reference=REFERENCE)


# (typed, value): figures whose order tells day from month, and the other shapes of a date in figures
READ = [
    ("13/04/2025", "2025-04-13"),
    ("04/13/2025", "2025-04-13"),
    ("06/06/2025", "2025-06-06"),
    ("2025/03/04", "2025-03-04"),
    ("3/2025", "2025-03"),
    ("10:30", "2026-12-02T10:30"),
    ("2026-05-04 17:30", "2026-05-04T17:30"),
    ("the 5th of May", "2027-05-05"),
    ("2017", "2017"),
]


@pytest.mark.parametrize(("typed", "value"), READ, ids=[typed for typed, _ in READ])
def test_a_date_in_figures_that_tells_its_order_is_read(typed, value):
    assert parse_when(typed, reference=REFERENCE).value == value


# (typed, value, end_value): a span of days of one month typed as one date; the second day takes the month
# and year of the first, not "7" the millennium a TIMEX3 value spells
DAY_SPANS = [
    ("5-7 March 2026", "2026-03-05", "2026-03-07"),
    ("March 5-7, 2026", "2026-03-05", "2026-03-07"),
    ("March 5th to 7th 2026", "2026-03-05", "2026-03-07"),
    ("5–7 of March 2026", "2026-03-05", "2026-03-07"),
    ("March 5 to 7", "2027-03-05", "2027-03-07"),  # the nearest March 5, as "March 5" alone is read
    ("Mar. 30-31", "2027-03-30", "2027-03-31"),
]


@pytest.mark.parametrize(("typed", "value", "end_value"), DAY_SPANS, ids=[typed for typed, _, _ in DAY_SPANS])
def test_a_span_of_days_of_one_month_is_a_range(typed, value, end_value):
    when = parse_when(typed, reference=REFERENCE)
    assert (when.value, when.end_value) == (value, end_value)


def test_a_span_of_days_backwards_is_refused():
    with pytest.raises(DateError, match="is before the start"):
        parse_when("7-5 March 2026", reference=REFERENCE)
