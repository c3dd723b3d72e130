"""Count a quoted "today", "tomorrow" or "tonight" from the day it was said, told after the quotation.

'"We will be back at the table tomorrow," the union leader said yesterday.': the speaker's tomorrow is the
document date, their "today" the day before it. Only a saying dated "yesterday" or "last night" right after
the closing quotation mark moves the words; a saying of today ("he said") leaves them as they are.
"""

from __future__ import annotations

import re

from timeline.temporal.dated_saying import quotation_mark
from timeline.temporal.tensewords import SAID_PAST

# The saying after the quotation and its day, each with an example: (regex, days back, example).
SAYING_DAYS = (
    (r"yesterday", 1, '"We will sign tomorrow," the minister said yesterday.'),
    (r"last\s+night", 1, '"We met today," he told reporters last night.'),
    # a weekday: the last such day before the document date (itself, said on the day)
    (r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day", None, '"We sign tomorrow," he said on Monday.'),
)
_SAID = "|".join(sorted(SAID_PAST | {"said", "told"}, key=lambda word: (-len(word), word)))
_SAYING_AFTER = re.compile(
    r"\s*,?\s*(?:[\w'.-]+\s+){0,5}?(?:" + _SAID + r")\s+(?:[\w'.-]+\s+){0,2}?"
    r"(?P<day>" + "|".join(f"(?:{row[0]})" for row in SAYING_DAYS) + r")\b",
    re.IGNORECASE,
)
_DAY = r"(?P<day>" + "|".join(f"(?:{row[0]})" for row in SAYING_DAYS) + r")\b"
# ... or before its opening mark, in the same sentence: 'The minister said yesterday: "...', 'Speaking last
# night, the leader said, "...'.
_SAID_THEN_DAY = re.compile(
    r"\b(?:" + _SAID + r")\s+(?:[\w'.-]+\s+){0,3}?" + _DAY + r"[^.!?\"“”\n]{0,30}?[:,]\s*\Z", re.IGNORECASE
)
_DAY_THEN_SAID = re.compile(
    r"\b" + _DAY + r"[^.!?\"“”\n]{0,60}?\b(?:" + _SAID + r")\b[^.!?\"“”\n]{0,30}?[:,]\s*\Z", re.IGNORECASE
)
_BACK = {re.sub(r"\\s\+", " ", row[0]): row[1] for row in SAYING_DAYS if row[1] is not None}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def days_back_of_saying(text: str, start: int, dct_weekday: int) -> int:
    """Return how many days before the document date the quotation holding `start` was said (0 if unknown).

    `dct_weekday` is the document date's ISO weekday (1 = Monday), for a saying dated by a weekday.
    """
    mark = quotation_mark(text, start)
    if mark is None:
        return 0
    close = text.find(mark, start)
    if close < 0 or "\n" in text[start:close]:
        return 0
    found = _SAYING_AFTER.match(text, close + 1)
    if found is None:
        opening = text.rfind(mark if mark == '"' else "“", 0, start)
        window = max(0, opening - 120)
        found = (
            _SAID_THEN_DAY.search(text, window, opening) or _DAY_THEN_SAID.search(text, window, opening)
            if opening >= 0
            else None
        )
    if found is None:
        return 0
    day = " ".join(found.group("day").lower().split()).removeprefix("on ")
    if day in _WEEKDAYS:
        return (dct_weekday - _WEEKDAYS.index(day) - 1) % 7
    return _BACK.get(day, 0)
