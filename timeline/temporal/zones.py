"""Give a local clock time the day its bracketed conversion to an eastern zone implies.

Australian news converts a foreign local time into the reader's zone: "landed around 11:00pm local time
(5:30am AEDT)". The eastern zones below are ahead of nearly every place a story comes from, so when the
local hour is later than the converted one, midnight lies between them: the local time falls on the day
before the converted time's day, which the text dates (the document date when no day is named).
"""

from __future__ import annotations

import re

# Zones ahead of nearly all the world, each with an example of a conversion into it.
EASTERN_ZONES = (
    ("AEDT|AEST", "11:00pm local time (5:30am AEDT)"),
    ("ACDT|ACST", "10pm local time (6:30am ACDT)"),
    ("NZDT|NZST", "9pm local time (9am NZDT)"),
)
_CONVERSION = re.compile(
    r"(?:\s+local\s+time)?\s*,?\s*\(\s*(?:about\s+|around\s+)?(?P<H>[01]?\d)(?:[:.](?P<M>[0-5]\d))?\s*"
    r"(?P<ampm>[ap])\.?\s?m\.?\s*(?:\(\s*)?(?:" + "|".join(row[0] for row in EASTERN_ZONES) + r")\b",
    re.IGNORECASE,
)


def converted_hour(text: str, end: int) -> int | None:
    """Return the 24-hour hour of an eastern-zone conversion in brackets right after `end`, else None."""
    found = _CONVERSION.match(text, end)
    if found is None:
        return None
    hour = int(found.group("H")) % 12
    return hour + 12 if found.group("ampm").lower() == "p" else hour


def day_before_conversion(clock: str, text: str, end: int) -> bool:
    """Say whether a local clock time ("23:00", ending at `end`) falls on the day before its conversion."""
    hour = converted_hour(text, end)
    if hour is None or not clock[:2].isdigit():
        return False
    return int(clock[:2]) > hour


# The local clock time and the bracket just before a conversion: "11:00pm local time (" before "5:30am AEDT".
_LOCAL_BEFORE = re.compile(
    r"\b(?P<H>[01]?\d)(?:[:.][0-5]\d)?\s*(?P<ampm>[ap])\.?\s?m\.?(?:\s+local\s+time)?\s*,?\s*\(\s*"
    r"(?:about\s+|around\s+)?\Z",
    re.IGNORECASE,
)


def day_after_local(clock: str, text: str, start: int, end: int) -> bool:
    """Say whether a conversion ("5am AEDT", text[start:end]) is on the day after the local time before it."""
    local = _LOCAL_BEFORE.search(text, max(0, start - 40), start)
    if local is None or _EASTERN.search(text, start, end) is None or not clock[:2].isdigit():
        return False
    hour = int(local.group("H")) % 12 + (12 if local.group("ampm").lower() == "p" else 0)
    return hour > int(clock[:2])


_EASTERN = re.compile(r"\b(?:" + "|".join(row[0] for row in EASTERN_ZONES) + r")\b")
