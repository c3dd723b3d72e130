"""Clock times that open the lines of a live blog: "22:00 Polls have now closed", "00:40 The count resumes".

A 24-hour clock alone is too often a score, a ratio or a verse to be tagged (filters.py); at the very start
of a line, followed by a capitalized sentence, it stamps a live-blog entry. Entries run forward from the
document date: a small-hours entry after a late-evening one is on the next day.
"""

from __future__ import annotations

import re

# A line that opens with a clock time, then a dash or nothing, then a capitalized word: an entry.
_ENTRY = re.compile(
    r"(?m)^[ \t]*(?P<H>[01]\d|2[0-3]):(?P<M>[0-5]\d)(?:\s*(?:[-–—|:]\s*)?|\s+)(?=[A-Z\"'‘“])"
)
# Past this hour an entry is late in the evening; before the other, in the small hours.
LATE_HOUR = 18
SMALL_HOURS = 6


def entry(text: str, start: int) -> bool:
    """Say whether the clock time at `start` opens a line of a live blog ("3:16 For God": a verse)."""
    line_start = text.rfind("\n", 0, start) + 1
    match = _ENTRY.match(text, line_start)
    return match is not None and match.start("H") == start


def day_offset(text: str, start: int) -> int:
    """Return how many midnights the entries up to `start` have crossed (0 on the document date)."""
    days = 0
    previous = None
    line_end = text.find("\n", start)
    for match in _ENTRY.finditer(text, 0, line_end if line_end >= 0 else len(text)):
        if match.start("H") > start:
            break
        hour = int(match.group("H"))
        if previous is not None and previous >= LATE_HOUR and hour < SMALL_HOURS:
            days += 1
        previous = hour
    return days
