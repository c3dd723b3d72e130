"""Refuse the typed dates that a reader would have to guess: figures whose order of day and month nothing
tells, figures and signs of no date's shape, a day named without its month.

dateparser reads each of them as something ("+1" as January, "1.5" as 5 January, "the 5th" as May,
"03/04/2025" as 4 March where "3.4.2025" is 3 April), so a slip at the keyboard became an event on a day
nobody meant, without a word. Tried before the tagger and dateparser read a typed date.
"""

from __future__ import annotations

import re

from timeline.errors import DateError

# Day and month in figures, in either order, with or without a year: read only when the order cannot matter
# (one number above 12, or both the same), as metadata dates are (dct.NUMERIC). Example: 03/04/2025.
# A clock after it tells nothing of the order: 03/04/2025 17:30.
_DAY_MONTH = re.compile(
    r"(?P<first>\d{1,2})[/.-](?P<second>\d{1,2})(?:[/.-](?:\d{4}|\d{2}))?(?:[ T]\d{1,2}:\d{2}.*)?"
)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip

# The shapes of a date in figures alone, with an example beside each: a text without a letter that is none
# of them is no date, whatever dateparser makes of it. TIMEX3 values ("2017", "2025-10") are read earlier.
_CLOCK = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
FIGURES: list[tuple[str, str]] = [
    (r"\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})", "19/03/2025, 03.19.25"),
    (r"\d{4}[/.-]\d{1,2}[/.-]\d{1,2}", "2025/03/19"),
    (r"\d{1,2}[/.]\d{1,2}", "19/3 (the nearest 19 March)"),
    (r"\d{1,2}/\d{4}|\d{4}/\d{1,2}", "3/2025, 2025/3 (a month)"),
    (r"\d{1,2}:\d{2}(?::\d{2})?", "10:30 (today, or the --as-of day)"),
]
_FIGURES = re.compile("(?:" + "|".join(f"(?:{pattern})" for pattern, _ in FIGURES) + ")" + _CLOCK)

# A day of the month named alone ("the 5th", "20th", "the 1st of the month"): which month is a guess.
_DAY_ALONE = re.compile(r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)(?:\s+of\s+the\s+month)?", re.IGNORECASE)

_WORDS = 'write the month in words, "25 October 2025", or give the date as ISO, 2025-10-25'


def either_order(text: str) -> str | None:
    """Say the two days a day and month in figures could be ("3 April or 4 March" of 03/04/2025), when nothing
    tells their order; None when something does or `text` is no such date."""
    order = _DAY_MONTH.fullmatch(text.strip())
    first, second = (int(order["first"]), int(order["second"])) if order else (0, 0)
    if first != second and 1 <= first <= 12 and 1 <= second <= 12:
        return f"{first} {_MONTHS[second - 1]} or {second} {_MONTHS[first - 1]}"
    return None


def order_hint(value: object) -> str:
    """Say why a metadata date such as 03/04/2025 is not read: " (it could be 3 April or 4 March: ...)"."""
    either = either_order(value) if isinstance(value, str) else None
    return f" (it could be {either}: give it as YYYY-MM-DD)" if either else ""


def refuse_guesses(text: str) -> None:
    """Raise DateError when reading `text` as a date would take a guess; return None when it would not."""
    either = either_order(text)
    if either:
        raise DateError(f"{text!r} could be {either}: {_WORDS}")
    if not any(ch.isalpha() for ch in text) and not _FIGURES.fullmatch(text):
        raise DateError(f"cannot read the date {text!r}: its figures are no date's; {_WORDS}")
    if _DAY_ALONE.fullmatch(text):
        raise DateError(f"{text!r} names a day but not its month: give it too, '5 March' or '5 March 2026'")
