"""Split a span of days of one month, typed as one date ("5-7 March 2026", "March 5 to 7"), into its two days.

Read as one date, "5-7 March 2026" was the 5th alone and "March 5 to 7" ended in the millennium "7" (a
TIMEX3 value): the second number is a day of the same month, and takes the month and the year of the first.
"""

from __future__ import annotations

import re

_MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")  # fmt: skip
_NAMES = {name[:3].lower(): name for name in ("January", "February", "March", "April", "May", "June", "July",
                                               "August", "September", "October", "November", "December")}
_DAY = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"
_TO = r"\s*(?:-|–|—|to|until|till|through)\s*"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"

# (pattern, example): the two days, the month and the year they share
DAY_SPANS: list[tuple[str, str]] = [
    (rf"{_DAY.format('first')}{_TO}{_DAY.format('last')}\s+(?:of\s+)?{_MONTH}{_YEAR}", "5-7 March 2026"),
    (rf"{_MONTH}\s+{_DAY.format('first')}{_TO}{_DAY.format('last')}{_YEAR}", "March 5-7, 2026; March 5 to 7"),
]
_SPANS = [re.compile(pattern, re.IGNORECASE) for pattern, _ in DAY_SPANS]


def split_days(text: str) -> tuple[str, str] | None:
    """Return the first and the last day of a span of days of one month ("5 March 2026", "7 March 2026"),
    or None when `text` is no such span."""
    for pattern in _SPANS:
        found = pattern.fullmatch(text.strip())
        if found:
            year = f" {found['year']}" if found["year"] else ""
            month = _NAMES[found["month"][:3].lower()]  # spelt out, "30 Mar" is read as "30 March" is
            return f"{found['first']} {month}{year}", f"{found['last']} {month}{year}"
    return None
