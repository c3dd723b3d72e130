"""Hand work on a Timeline: add, edit, remove, find by unique prefix, select."""

import datetime as dt

import pytest

from timeline import edit, typed_dates
from timeline.dates import parse_when
from timeline.errors import InputError, NotFoundError
from timeline.models import Event, Timeline


def extracted(id: str, title: str, date: str) -> Event:
    return Event(id=id, title=title, description=f"{title}, said the article.", when=parse_when(date))


def sample() -> Timeline:
    return Timeline(events=[
        extracted("aa11", "Bridge closed", "2019"),
        extracted("aa22", "Bridge reopened", "October 2025"),
        extracted("bb33", "Trial starts", "25 October 2025"),
    ])


FIND = [
    ("exact", "aa11", "aa11"),
    ("unique-prefix", "b", "bb33"),
    ("longer-prefix", "aa2", "aa22"),
]


@pytest.mark.parametrize(("prefix", "found"), [c[1:] for c in FIND], ids=[c[0] for c in FIND])
def test_find_by_id_or_unique_prefix(prefix, found):
    assert edit.find(sample(), prefix).id == found


FIND_ERRORS = [
    ("unknown", "zz", "no event with an id starting 'zz' in t.json: see `timeline list`"),
    ("ambiguous", "aa", "'aa' matches 2 events in t.json (aa11, aa22): give more characters"),
    ("empty", " ", "give an event id (or the first characters of one)"),
]


@pytest.mark.parametrize(("prefix", "message"), [c[1:] for c in FIND_ERRORS], ids=[c[0] for c in FIND_ERRORS])
def test_find_errors_say_what_to_do(prefix, message):
    with pytest.raises(NotFoundError) as caught:
        edit.find(sample(), prefix, name="t.json")
    assert str(caught.value) == message


def test_add_makes_a_manual_event_in_date_order():
    timeline = sample()
    event = edit.add(timeline, title=" Vote ", when=parse_when("2021"), tags=["x", " x", "", "y"],
                     url="https://example.org/vote")
    assert (event.title, event.origin, event.tags, event.url) == ("Vote", "manual", ["x", "y"],
                                                                 "https://example.org/vote")
    assert [e.title for e in timeline.events] == ["Bridge closed", "Vote", "Bridge reopened", "Trial starts"]


def test_add_refuses_the_same_title_on_the_same_date():
    timeline = sample()
    with pytest.raises(InputError, match=r"an event 'bridge closed' on 2019 is already there \(id aa11\)"):
        edit.add(timeline, title="bridge closed", when=parse_when("2019"))
    edit.add(timeline, title="bridge closed", when=parse_when("2020"))  # another date is another event


def test_add_gives_distinct_ids_even_when_the_stable_one_is_taken():
    timeline = Timeline()
    first = edit.add(timeline, title="A", when=parse_when("2019"))
    edit.edit(timeline, first.id, title="B")
    second = edit.add(timeline, title="A", when=parse_when("2019"))
    assert second.id != first.id and len(timeline.events) == 2


def test_editing_an_extracted_event_pins_it_and_keeps_the_rest():
    timeline = sample()
    edited = edit.edit(timeline, "bb", title="Trial opens", add_tags=["court"])
    assert (edited.id, edited.title, edited.pinned, edited.tags) == ("bb33", "Trial opens", True, ["court"])
    assert edited.description == "Trial starts, said the article."
    assert edit.find(timeline, "bb33") == edited


def test_editing_a_manual_event_does_not_pin_it():
    timeline = Timeline()
    added = edit.add(timeline, title="A", when=parse_when("2019"), tags=["old"])
    edited = edit.edit(timeline, added.id, when=parse_when("March 2019"), remove_tags=["old"])
    assert (edited.pinned, edited.when.value, edited.tags) == (False, "2019-03", [])


def test_an_edit_that_changes_nothing_does_not_pin():
    timeline = sample()
    assert edit.edit(timeline, "aa11", title="Bridge closed", add_tags=[]).pinned is False


def test_remove_tombstones_extracted_events_only():
    timeline = sample()
    manual = edit.add(timeline, title="Mine", when=parse_when("2020"))
    gone = edit.remove(timeline, ["aa1", manual.id[:6]])
    assert [e.id for e in gone] == ["aa11", manual.id]
    assert [e.id for e in timeline.events] == ["aa22", "bb33"]
    assert timeline.removed == ["aa11"]


def test_remove_with_one_unknown_id_removes_nothing():
    timeline = sample()
    with pytest.raises(NotFoundError):
        edit.remove(timeline, ["aa11", "zz"])
    assert len(timeline.events) == 3 and timeline.removed == []


SELECT = [
    ("all", {}, ["aa11", "aa22", "bb33"]),
    ("from", {"start": dt.date(2020, 1, 1)}, ["aa22", "bb33"]),
    ("to", {"end": dt.date(2019, 6, 1)}, ["aa11"]),
    ("overlap", {"start": dt.date(2025, 10, 26), "end": dt.date(2025, 12, 1)}, ["aa22"]),
    ("query-any-case", {"query": "BRIDGE"}, ["aa11", "aa22"]),
    ("query-description", {"query": "said the article"}, ["aa11", "aa22", "bb33"]),
    ("tag", {"tag": "court"}, []),
    ("tag-any-case", {"tag": "Works"}, ["aa11"]),
]


@pytest.mark.parametrize(("filters", "ids"), [c[1:] for c in SELECT], ids=[c[0] for c in SELECT])
def test_select(filters, ids):
    timeline = sample()
    edit.edit(timeline, "aa11", add_tags=["works"])
    assert [e.id for e in edit.select(timeline, **filters)] == ids


TODAY = dt.date(2025, 10, 22)  # a Wednesday
# (id, --date, --end, the current date of the event ("A to B": a range), expected (value, end_value))
WHEN_OF = [
    ("neither", None, None, None, None),
    ("date-only", "October 2025", None, None, ("2025-10", None)),
    ("relative-to-reference", "yesterday", None, None, ("2025-10-21", None)),
    ("range", "2019", "June 2021", None, ("2019", "2021-06")),
    ("end-alone-extends-the-current-date", None, "2021", "2019", ("2019", "2021")),
    ("end-alone-changes-the-current-range", None, "2022", "2019 to 2021", ("2019", "2022")),
    ("end-equal-to-date-is-no-range", "25 October 2025", "2025-10-25", None, ("2025-10-25", None)),
    ("end-equal-to-the-start-of-a-range-ends-it", None, "2019", "2019 to 2021", ("2019", None)),
    ("end-inside-date-is-a-range", "October 2025", "25 October 2025", None, ("2025-10", "2025-10-25")),
    ("range-typed-in-date", "June to August 2026", None, None, ("2026-06", "2026-08")),
    ("iso-interval-in-date", "2026-06/2026-08", None, None, ("2026-06", "2026-08")),
]


@pytest.mark.parametrize(("date", "end", "current", "expected"), [c[1:] for c in WHEN_OF],
                         ids=[c[0] for c in WHEN_OF])
def test_when_of_reads_date_and_end(date, end, current, expected):
    first, _, last = (current or "").partition(" to ")
    now = typed_dates.when_of(first, last or None, reference=TODAY) if current else None
    when = typed_dates.when_of(date, end, reference=TODAY, current=now)
    assert (None if when is None else (when.value, when.end_value)) == expected
    if when is not None and when.end_value is None:
        assert when == parse_when(when.value)


# (id, --date, --end, exact message): each names the option at fault
WHEN_ERRORS = [
    ("bad-date", "soonish", None, "--date: cannot read the date 'soonish': try \"25 October 2025\", "
     "\"October 2025\", \"2017\", \"2025-W43\" or \"early 2019\""),
    ("bad-end", "2019", "whenever", "--end: cannot read the date 'whenever': try \"25 October 2025\", "
     "\"October 2025\", \"2017\", \"2025-W43\" or \"early 2019\""),
    ("end-without-date-or-current", None, "2021", "--end needs --date"),
    ("end-before-start", "2020", "2019",
     "--end: the end 2019 is before the start 2020: give the earlier date first"),
    ("range-typed-backwards", "2020 to 2019", None,
     "--date: the end 2019 is before the start 2020: give the earlier date first"),
]


@pytest.mark.parametrize(("date", "end", "message"), [c[1:] for c in WHEN_ERRORS],
                         ids=[c[0] for c in WHEN_ERRORS])
def test_when_of_errors_name_the_option(date, end, message):
    with pytest.raises(InputError) as error:
        typed_dates.when_of(date, end, reference=TODAY)
    assert str(error.value) == message


# (id, --from, --to, expected first and last day, or the exact message)
PERIOD = [
    ("open", None, None, (None, None)),
    ("from-a-year", "2019", None, (dt.date(2019, 1, 1), None)),
    ("to-a-month", None, "June 2021", (None, dt.date(2021, 6, 30))),
    ("same-year", "2019", "2019", (dt.date(2019, 1, 1), dt.date(2019, 12, 31))),
    ("from-after-to", "2026", "2019", "--from 2026 is after --to 2019: give the earlier date to --from"),
    ("bad-from", "soonish", None, "--from: cannot read the date 'soonish': try \"25 October 2025\", "
     "\"October 2025\", \"2017\", \"2025-W43\" or \"early 2019\""),
]


@pytest.mark.parametrize(("start", "end", "expected"), [c[1:] for c in PERIOD], ids=[c[0] for c in PERIOD])
def test_period_of_from_and_to(start, end, expected):
    if isinstance(expected, str):
        with pytest.raises(InputError) as error:
            typed_dates.period(start, end, reference=TODAY)
        assert str(error.value) == expected
    else:
        assert typed_dates.period(start, end, reference=TODAY) == expected


REFERENCE_DAY = [  # (--as-of typed, the day relative dates count from): without it, today
    (None, TODAY),
    ("", TODAY),
    ("2001-12-28", dt.date(2001, 12, 28)),
    ("yesterday", dt.date(2025, 10, 21)),
]


@pytest.mark.parametrize(("as_of", "day"), REFERENCE_DAY, ids=[str(a) for a, _ in REFERENCE_DAY])
def test_reference_day(as_of, day):
    assert typed_dates.reference_day(as_of, today=TODAY) == day
