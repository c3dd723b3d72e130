"""Say which day a relative date typed on the command line (--date, --end, --from, --to) was read from.

"yesterday" or "Dec 28" means another day from another reference day, so the message of `add`, `edit`,
`list` and `export` names the day it counted from: --as-of, or today (then, when the latest document of the
timeline is dated another day, how to read it from there). A date typed without a year that was read as
the nearest one ahead of that day says so, and how to give the one before.
"""

from __future__ import annotations

import datetime as dt

from timeline.export import readable, readable_value
from timeline.models import Timeline
from timeline.typed_dates import ahead_without_year, counts_from_reference, latest_document_day


def day_note(
    date: str | None, end: str | None, *, reference: dt.date, as_of: str | None, timeline: Timeline
) -> str:
    """Return "; "yesterday" read from today, 1 December 2026 ...", to end a message ("" when the typed
    dates read the same from any day, as "2017" does); `as_of` is the --as-of typed, if any."""
    if not counts_from_reference(date, end, reference=reference):
        return ""
    typed = " to ".join(f'"{text}"' for text in (date, end) if text)
    day = readable_value(reference.isoformat())
    if as_of:
        return f"; {typed} read from --as-of, {day}" + ahead_note(date, end, reference=reference)
    said = f"; {typed} read from today, {day}"
    latest = latest_document_day(timeline)
    if latest and latest != reference:
        said += (f" (the latest document is dated {readable_value(latest.isoformat())}: "
                 f"--as-of {latest.isoformat()} reads it from there)")
    return said + ahead_note(date, end, reference=reference)


def ahead_note(date: str | None, end: str | None, *, reference: dt.date) -> str:
    """Return "; "Dec 28" has no year: read as the nearest, ..., which is ahead ..." for each typed date
    without a year read ahead of the reference day ("" for none)."""
    said = ""
    for text in (date, end):
        found = ahead_without_year(text, reference=reference)
        if found:
            said += (f'; "{text}" has no year: read as the nearest, {readable(found)}, which is ahead '
                     f'(for the one before, give its year: "{text} {found.start.year - 1}")')
    return said
