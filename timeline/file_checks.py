"""Check what a hand edit of a timeline file can get wrong that the models alone cannot see.

A `when` whose "value" was edited and not its "start", "end" or "granularity"; a title emptied; evidence that
names a document the file does not hold. Each check says what is wrong and what to do; fileformat.parse
names the event and the place (line and column) in front of it.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from timeline.models import Timeline
from timeline.temporal.intervals import interval, parse_value

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # 2025-03-12
# A value that starts as a calendar date does ("1990-13-45", "2024-02-30" typed by hand), which is no date
# if `interval` cannot read it; a value such as "XXXX-10" or "PRESENT_REF" is no date and is shown as it is.
_LOOKS_DATED = re.compile(r"\d{4}(?:-|\Z)")
_WORK_IT_OUT = 'or delete "start", "end" and "granularity" to have them worked out from "value"'


@functools.lru_cache(maxsize=4096)
def _covered(value: str, end_value: str | None) -> tuple[str, str] | None:
    """Return the first and last ISO day a value covers (to its end_value's last), None if not concrete."""
    first, last = parse_value(value), parse_value(end_value) if end_value else None
    if first is None or (end_value and last is None):
        return None
    return first[0].isoformat(), (last or first)[1].isoformat()


def _bounds_disagree(value: str, start: str, end: str, end_value: str | None) -> str | None:
    """Say how a `when` whose "value" was edited by hand, and not its "start" and "end", disagrees with them.

    {"value": "2025-03-21", "start": "2025-03-12", "end": "2025-03-12"}: `list` would show the 21st, the page
    and the calendar the 12th. A day outside what the value (to its "end_value") covers is such an edit; a
    mod only narrows ("early 2019" is January to April), so it is never one.
    """
    covered = _covered(value, end_value)
    if covered is None or not (_ISO_DAY.fullmatch(start) and _ISO_DAY.fullmatch(end)):
        return None  # validation names a day that is not one
    low, high = covered  # ISO days sort as their text does
    if low <= start <= high and low <= end <= high or end < start:  # the latter: validation says it
        return None
    return (f'"value" {value!r} is not the date "start" and "end" give ({start} to {end}): change them '
            f"together, {_WORK_IT_OUT}")  # fmt: skip


def when_problem(when: dict[str, Any]) -> str | None:
    """Say what is wrong with a `when` object edited by hand, else None.

    A value that starts as a date and is none ("1990-13-45"), bounds that another date gives
    (`_bounds_disagree`), a granularity that is not the value's ({"value": "1990", "granularity": "day"}:
    the page would draw a year as a day).
    """
    value, start, end = when.get("value"), when.get("start"), when.get("end")
    if not (isinstance(value, str) and isinstance(start, str) and isinstance(end, str)):
        return None
    bounds = interval(value)
    if bounds is None:
        if _LOOKS_DATED.match(value):
            return f'"value" {value!r} is not a date (try "2024-03-12", "2024-03" or "2024"): correct it'
        return None
    end_value = when.get("end_value")
    disagree = _bounds_disagree(value, start, end, end_value if isinstance(end_value, str) else None)
    if disagree:
        return disagree
    granularity = when.get("granularity")
    if isinstance(granularity, str) and granularity != bounds[2]:
        return (f'"granularity" {granularity!r} does not go with "value" {value!r}, a {bounds[2]}: write '
                f'"{bounds[2]}", {_WORK_IT_OUT}')  # fmt: skip
    return None


def event_problem(timeline: Timeline) -> tuple[tuple[str | int, ...], str] | None:
    """Return the place (a field path) and the message of the first event a hand edit left wrong, else None.

    An empty title (the list, the page and the calendar would show nothing); evidence naming a document
    the file does not hold (`show` could not quote it, re-extraction could not tell it is stale).
    """
    documents = {d.id for d in timeline.documents}
    for index, event in enumerate(timeline.events):
        if not event.title.strip():
            return ("events", index, "title"), (
                'the title is empty: type one ("title": "Bridge opens"), or delete the event from the file'
            )
        for at, evidence in enumerate(event.evidence):
            if evidence.document not in documents:
                known = ", ".join(sorted(documents)[:5]) + (", ..." if len(documents) > 5 else "")
                held = f"its documents: {known}" if documents else "it holds no documents"
                return ("events", index, "evidence", at, "document"), (
                    f"the document {evidence.document!r} is not in the file ({held}): correct the id "
                    "(`timeline documents` lists them), or delete this evidence entry"
                )
    return None
