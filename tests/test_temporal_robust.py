"""Robustness of the tagger: arbitrary input never breaks it, spans are exact, time grows linearly."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.errors import DateError
from timeline.temporal import patterns, scan, tag
from timeline.temporal.values import well_formed

DCT = dt.date(2025, 10, 22)

DATE_WORDS = [
    "Monday",
    "march",
    "March",
    "May",
    "may",
    "Sept.",
    "Q3",
    "1998",
    "'90s",
    "2,017",
    "$1999",
    "the",
    "last",
    "next",
    "week",
    "year",
    "years",
    "ago",
    "later",
    "early",
    "mid-",
    "the end of",
    "a.m.",
    "p.m.",
    "noon",
    "today",
    "tmr",
    "2013-03-22",
    "10/30/89",
    "1915-16",
    "BC",
    "every",
    "twice",
    "a half",
    "1/2",
    "third",
    "quarter",
    "fiscal",
    "spring",
    "fall",
    "night",
    "of that year",
    "following",
    "same day",
    "now",
    "recent",
    "twenty",
    "four",
    "hours",
    "the early hours of",
    "dawn on",
    "July-September quarter",
    "the first of next month",
    "Oct. 3-5",
    "after",
    "Easter weekend",
    "-",
    ",",
    ".",
    "'",
    "\n",
    "  ",
    "(",
    ")",
    "0",
    "99",
    "31",
    "2100",
    "0000",
]
MIXTURES = st.lists(st.sampled_from(DATE_WORDS), max_size=40).map(" ".join)


def _check(text: str, dct: dt.date | None) -> None:
    result = tag(text, dct=dct)
    previous_end = 0
    for index, timex in enumerate(result, start=1):
        assert timex.text == text[timex.start : timex.end]
        assert timex.start < timex.end and timex.start >= previous_end
        assert timex.tid == f"t{index}"
        assert well_formed(timex.value), timex.value
        # an earlier expression, or the date right after "the day" in "the day before last Tuesday"
        following = {result[index].tid} if index < len(result) else set()
        earlier = {t.tid for t in result[: index - 1]}
        assert timex.anchor in (None, "dct") or timex.anchor in earlier | following
        previous_end = timex.end


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300), st.sampled_from([DCT, None, dt.date(1, 1, 1), dt.date(9999, 12, 31)]))
def test_arbitrary_unicode_never_breaks(text, dct):
    _check(text, dct)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MIXTURES, st.sampled_from([DCT, None, dt.date(1, 1, 1), dt.date(9999, 12, 31)]))
def test_mixtures_of_date_words_never_break(text, dct):
    _check(text, dct)


@settings(max_examples=200, deadline=None)
@given(MIXTURES)
def test_prefilter_finds_what_a_full_scan_finds(text):
    # the rule and every group it read, since scan.matches matches the winning rule again on its own
    full = [(m.span(), patterns.groups(m)) for m in patterns.SCANNER.finditer(text)]
    assert [(m.span(), patterns.groups(m)) for m in scan.matches(text)] == full


SENTENCE = (
    "On Monday, Oct. 20, 2025, the company said profit rose 12% in the third quarter from a year "
    "earlier, and it expects sales of $2,017 million next year after two years of cuts. "
)
PROSE = (
    "The committee heard from several witnesses about the proposed bridge, which would carry four lanes "
    "of traffic and a cycle path across the river to the new industrial park on the northern bank. "
)
ARTICLE = SENTENCE + PROSE * 4


def _seconds(text: str) -> float:
    started = time.process_time()
    tag(text, dct=DCT)
    return time.process_time() - started


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("10 MB document", (ARTICLE + "\n\n") * (10_000_000 // len(ARTICLE))),
        ("1 MB line", ARTICLE * (1_000_000 // len(ARTICLE))),
        ("1 MB of dates", SENTENCE * (1_000_000 // len(SENTENCE))),
        ("100,000 years", "1998 " * 100_000),
        ("100,000 weekdays", "Monday, " * 100_000),
        ("100,000 openers", "the last " * 100_000),
        ("100,000 ranges of days", "Oct. 3-5, " * 100_000),
        ("100,000 listed dates", "On March 3 it fell. On Friday it rose. " * 25_000),
        ("100,000 warnings", "warned of a cut in " * 100_000),
        ("50,000 live-blog entries", "22:40 Polls closed.\n01:10 Counting began.\n" * 25_000),
    ],
    ids=lambda value: value if len(value) < 40 else "",
)
def test_time_grows_linearly(name, text):
    """Tag big inputs in time that grows with their length, within a generous bound.

    Four times the text in less than eight times the time (backtracking would be sixteen times or worse), and
    40 s a megabyte at most: both hold on a loaded machine, where CPU time itself stretches by a third.
    """
    quarter = text[: len(text) // 4]
    small, large = _seconds(quarter), _seconds(text)
    assert large < max(8 * small, 1.0)
    assert large < 40.0 * max(len(text) / 1_000_000, 0.2)


# The document date as library callers pass it: a date, a datetime, an ISO string (with a time or not).
DCT_FORMS = [
    ("date", dt.date(2025, 10, 27)),
    ("datetime", dt.datetime(2025, 10, 27, 9, 30)),
    ("iso string", "2025-10-27"),
    ("iso string with time", "2025-10-27T09:30:00Z"),
]


@pytest.mark.parametrize("dct", [form for _, form in DCT_FORMS], ids=[name for name, _ in DCT_FORMS])
def test_dct_forms(dct):
    assert [(t.text, t.value) for t in tag("We met on Saturday.", dct=dct)] == [("Saturday", "2025-10-25")]


def test_unreadable_dct_is_a_date_error():
    with pytest.raises(DateError, match="dct"):
        tag("We met on Saturday.", dct="last Tuesday")
