"""Clock times that open the lines of a live blog: "22:00 Polls have now closed", "00:40 The count resumes".

A 24-hour clock alone is too often a score, a ratio or a verse to be tagged (filters.py); at the very start
of a line, followed by a capitalized sentence, it stamps a live-blog entry. Entries run forward from the
document date: a small-hours entry after a late-evening one is on the next day.
"""

from __future__ import annotations

import bisect
import functools
import re

# A line that opens with a clock time, then a dash or nothing, then a capitalized word: an entry. The time
# may be set in Markdown bold or italics: "**14:45** Breaking: ...", "*09:10* Talks resume".
_ENTRY = re.compile(
    r"(?m)^[ \t]*(?P<em>\*{1,2})?(?P<H>[01]\d|2[0-3]):(?P<M>[0-5]\d)(?(em)(?P=em))"
    r"(?:\s*(?:[-–—|:]\s*)?|\s+)(?=[A-Z\"'‘“])"
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
    starts, days = _crossings(text)
    index = bisect.bisect_right(starts, start) - 1
    return days[index] if index >= 0 else 0


@functools.lru_cache(maxsize=4)
def _crossings(text: str) -> tuple[list[int], list[int]]:
    """Return where each entry of `text` starts and how many midnights were crossed by then, in one pass.

    The tagger asks for every entry of a document; reading the entries once keeps a long blog linear.
    """
    starts: list[int] = []
    days: list[int] = []
    crossed = 0
    previous = None
    for match in _ENTRY.finditer(text):
        hour = int(match.group("H"))
        if previous is not None and previous >= LATE_HOUR and hour < SMALL_HOURS:
            crossed += 1
        previous = hour
        starts.append(match.start("H"))
        days.append(crossed)
    return starts, days
