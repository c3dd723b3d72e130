"""Read the dates typed on the command line: --date and --end of an event, --from and --to, --as-of.

A relative phrase ("yesterday", "last Monday") counts from a reference day the caller gives (--as-of, else
today): the library never reads the clock. `read_from` says which day that was when it matters.
"""

from __future__ import annotations

import datetime as dt

from timeline.dates import parse_when, range_of, span, start_of
from timeline.errors import DateError, InputError
from timeline.models import Timeline, When


def read_date(option: str, text: str, *, reference: dt.date) -> When:
    """Read a date typed for a command-line option; relative phrases count from `reference`.

    Errors name the option: "--from: cannot read the date 'soonish': ...".
    """
    try:
        return parse_when(text, reference=reference)
    except DateError as error:
        raise DateError(f"{option}: {error}") from None


def when_of(
    date: str | None, end: str | None, *, reference: dt.date, current: When | None = None
) -> When | None:
    """Read the When of --date and --end; --end alone makes a range of the `current` date, and an empty --end
    ("", as --source "" removes a link) makes it one date again, its start. None if neither."""
    if date is None and end is None:
        return None
    if end is not None and not end.strip():
        if date is not None:
            return read_date("--date", date, reference=reference)
        if current is None:
            raise InputError("--end needs --date")
        return start_of(current)
    if date is not None and end is None:
        try:
            return read_date("--date", date, reference=reference)
        except DateError:
            try:  # "June to August 2026" in --date alone
                typed_range = range_of(date, reference=reference)
            except DateError as error:  # "2027 to 2026": named as every other --date error is
                raise DateError(f"--date: {error}") from None
            if typed_range is None:
                raise
            return typed_range
    first = read_date("--date", date, reference=reference) if date is not None else current
    if first is None:
        raise InputError("--end needs --date")
    if end is None:
        return first
    last = read_date("--end", end, reference=reference)
    if last.value == first.value and first.mod is None and last.mod is None:
        # "--date 2019 --end 2019" is 2019, not the range "2019 – 2019"
        return first.model_copy(update={"end": last.end, "end_value": None})
    try:
        return span(first, last)
    except DateError as error:
        raise DateError(f"--end: {error}") from None


def reference_day(text: str | None, *, today: dt.date) -> dt.date:
    """Read --as-of, the day relative dates ("yesterday", "last Monday") count from; it must be one day.

    Without it (None, or ""), they count from `today`.
    """
    if not text:
        return today
    when = read_date("--as-of", text, reference=today)
    if when.start != when.end:
        raise DateError(f"--as-of: '{text}' is more than a day: give one day, e.g. 2001-12-28")
    return when.start


def counts_from_reference(*typed: str | None, reference: dt.date) -> bool:
    """Tell whether a typed date means another day from another reference ("yesterday", "Dec 28": yes)."""
    elsewhere = reference - dt.timedelta(days=400)  # another year, month, week and weekday
    for text in filter(None, typed):
        try:
            if when_of(text, None, reference=elsewhere) != when_of(text, None, reference=reference):
                return True
        except DateError:  # read from the reference only ("in two days" from a day far back)
            return True
    return False


YEARLESS_DAYS = 40  # a date read alike from this many days before and after its reference names no year


def ahead_without_year(typed: str | None, *, reference: dt.date) -> When | None:
    """Return the When of a date typed without a year that lands after `reference` (None otherwise).

    A day or month without a year ("Dec 28", "March") is the nearest one to the reference, before or
    after, as the tagger reads it in an article of that day: from 30 November, "Dec 28" is 28 December
    ahead, "March 3" next March; from 3 January, "Dec 28" is the one just past. A relative date
    ("tomorrow", "next month") is not one: it moves with its reference, this one does not.
    """
    if not typed or not counts_from_reference(typed, reference=reference):  # "2027", "Dec 28 2026"
        return None
    try:
        when = when_of(typed, None, reference=reference)
        if when is None or when.start <= reference:
            return None
        near = [when_of(typed, None, reference=reference + dt.timedelta(days=shift))
                for shift in (-YEARLESS_DAYS, YEARLESS_DAYS)]
    except DateError:
        return None
    return when if all(other == when for other in near) else None


def latest_document_day(timeline: Timeline) -> dt.date | None:
    """Return the latest date of the timeline's documents (None without a dated one)."""
    return max((d.date for d in timeline.documents if d.date), default=None)


def period(
    start: str | None, end: str | None, *, reference: dt.date
) -> tuple[dt.date | None, dt.date | None]:
    """Read --from and --to into the first and last day they allow (None: open); --from after --to raises."""
    first = read_date("--from", start, reference=reference) if start else None
    last = read_date("--to", end, reference=reference) if end else None
    if first and last and first.start > last.end:
        raise InputError(f"--from {start} is after --to {end}: give the earlier date to --from")
    return (first.start if first else None, last.end if last else None)
