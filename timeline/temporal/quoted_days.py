"""Count a quoted "today", "tomorrow" or "tonight" from the day it was said, told after the quotation.

'"We will be back at the table tomorrow," the union leader said yesterday.': the speaker's tomorrow is the
document date, their "today" the day before it. Only a saying dated "yesterday", "last night" or a weekday
right after the closing quotation mark, or before its opening mark in the same sentence, moves the words; a
saying of today ("he said") leaves them as they are. Quotations in single marks count ("'We sign today,'
the minister said Sunday"), and so does speech after a dated saying and a colon ("Lee said on Sunday:
Today we start again."); a "that" clause does not: reported speech takes the writer's days ("said on
Sunday that work would resume today" is the document's today).
"""

from __future__ import annotations

import re

from timeline.temporal.anchor import Context
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
# The words before the verb hold no verb of saying: in '"We sell today," one dealer said. A banker said
# on Monday', the first saying is the quotation's, and it has no day; Monday is another speaker's.
_SAYING_AFTER = re.compile(
    r"\s*,?\s*(?:(?!(?:" + _SAID + r")\b)[\w'.-]+\s+){0,5}?(?:" + _SAID + r")\s+(?:[\w'.-]+\s+){0,2}?"
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


def said_days_back(ctx: Context) -> int:
    """Return how many days before the document date a quotation holding the expression was said."""
    return days_back_of_saying(ctx.text, ctx.start, ctx.dct.isoweekday()) if ctx.dct else 0


def days_back_of_saying(text: str, start: int, dct_weekday: int) -> int:
    """Return how many days before the document date the quotation holding `start` was said (0 if unknown).

    `dct_weekday` is the document date's ISO weekday (1 = Monday), for a saying dated by a weekday.
    """
    mark = quotation_mark(text, start)
    if mark is not None:
        close = text.find(mark, start)
        opening = text.rfind(mark if mark == '"' else "“", 0, start)
    else:
        opening, close = single_quoted(text, start)
    if close < 0 or "\n" in text[start:close]:
        return _colon_said_days_back(text, start, dct_weekday)
    found = _SAYING_AFTER.match(text, close + 1)
    if found is None:
        window = max(0, opening - 120)
        found = (
            _SAID_THEN_DAY.search(text, window, opening) or _DAY_THEN_SAID.search(text, window, opening)
            if opening >= 0
            else None
        )
    return _back_of(found, dct_weekday)


# A quotation in single marks: the opening mark after a space, a colon or the line's start and before a
# word; the closing one after a word's last punctuation ("'We sign today,' he said", "said: 'Today we go.'").
# An apostrophe ("don't", "the players' union") is neither.
_SINGLE_OPEN = re.compile(r"(?<![^\s:(])['‘](?=[A-Za-z0-9])")
_SINGLE_CLOSE = re.compile(r"(?<=[.,!?])['’](?=\s|\Z|[)\]])")
# Speech after a dated verb of saying and a colon, unquoted: "Lee said on Sunday: Today we start again."
_COLON_CLAUSE = re.compile(r"[^.!?\"“”\n]{0,200}\Z")


def single_quoted(text: str, start: int) -> tuple[int, int]:
    """Return where the quotation in single marks holding `start` opens and closes, else (-1, -1)."""
    line = text.rfind("\n", 0, start) + 1
    before = text[line : start + 1]  # with the first letter, which an opening mark must stand before
    opened = [line + found.start() for found in _SINGLE_OPEN.finditer(before)]
    closed = [line + found.start() for found in _SINGLE_CLOSE.finditer(before)]
    if not opened or (closed and closed[-1] > opened[-1]):
        return -1, -1
    close = _SINGLE_CLOSE.search(text, start)
    return (opened[-1], close.start()) if close else (-1, -1)


def _colon_said_days_back(text: str, start: int, dct_weekday: int) -> int:
    """Return how many days back the speech after "said on Sunday:" in the sentence of `start` was said."""
    colon = text.rfind(":", 0, start)
    if colon < 0 or not _COLON_CLAUSE.match(text, colon + 1, start):
        return 0
    window = max(0, colon - 120)
    found = _SAID_THEN_DAY.search(text, window, colon + 1) or _DAY_THEN_SAID.search(text, window, colon + 1)
    if found is None or (found.re is _SAID_THEN_DAY and text[found.end("day") : colon].strip()):
        return 0  # "said on Friday, June 12:": the date after the weekday may lie ahead
    return _back_of(found, dct_weekday)


def _back_of(found: re.Match[str] | None, dct_weekday: int) -> int:
    """Return the days back of the saying's day a match found (0 if none)."""
    if found is None:
        return 0
    day = " ".join(found.group("day").lower().split()).removeprefix("on ")
    if day in _WEEKDAYS:
        return (dct_weekday - _WEEKDAYS.index(day) - 1) % 7
    return _BACK.get(day, 0)
