"""Tell a date that names a thing or a person rather than when its clause happened, so that it dates nothing.

"There may have been a breach of the Crimes Act 1914": 1914 is part of the law's name. "Eight boats will
race against last year's winner": last year says who the winner is, not when the boats race. "Leaders
expressed confidence that the strike would end by Friday": Friday is the time of a forecast the noun
"confidence" holds, not of the expressing. No parser: patterns, each with an example.
"""

from __future__ import annotations

import re

from timeline.models import TimeExpression

# A law, a rule book or a code that a year names, right before the year: "the Crimes (Act) 1914", "the
# Corporations (Regulations) 2001", "the Building (Code) 1996"; capitalized, as in a title.
_LAW_BEFORE = re.compile(
    r"\b[A-Z][\w'’-]*\s+(?:Act|Acts|Regulations?|Rules|Ordinance|Code|Bill|Amendment|Statute|Treaty)\s+\Z"
)
# A holder of a title that a possessive date says which one it is, up to three words after the "'s", each
# with an example: "last year's (winner)", "last season's (line honours winner)", "the 2000 (champion)",
# "yesterday's (runner-up)".
_HOLDER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:winners?|champions?|runners?-up|finalists?|medallists?|medalists?|victors?"
    r"|holders?|title-holders?|premiers?|laureates?)\b",
    re.I,
)
# A noun of stance whose "that" clause holds a forecast with its date, each with an example: "expressed
# (confidence) that the airport would fall (by the end of the day)", "voiced (hope) that talks would resume
# (on Monday)", "amid (fears) that prices will rise (next year)". The forecast runs to the date with no
# clause break (a comma, a semicolon, a stop) and no second "that".
_STANCE_FORECAST = re.compile(
    r"\b(?:confidence|hopes?|fears?|expectations?|optimism|doubts?|predictions?|warnings?|concerns?)\s+that\s+"
    r"(?:(?!that\b)[^,;:.()\"“”])*?\b(?:would|will|could|might|may)\s+(?:[^,;:.()\"“”])*\Z",
    re.I,
)


def names_law(text: str, timex: TimeExpression) -> bool:
    """Tell whether a year ends the name of a law or a code: "a breach of the Crimes Act 1914"; not "the Act
    passed in 1914" (a preposition stands between)."""
    if len(timex.value) != 4:
        return False  # a year only: "the Crimes Act (1914)"
    return _LAW_BEFORE.search(text, max(0, timex.start - 60), timex.start) is not None


def names_holder(text: str, timex: TimeExpression) -> bool:
    """Tell whether a possessive date says which holder of a title a noun means: "will race against last
    year's winner", "beat last year's runner-up"; not "last year's final drew 40,000" (no holder)."""
    return _HOLDER.match(text, timex.end) is not None


def in_forecast(text: str, timex: TimeExpression) -> bool:
    """Tell whether a date sits in a forecast that a noun of stance holds: "expressed confidence that the
    airport would fall by the end of the day"; not "expressed confidence on Monday that ..." (the date is
    the expressing's, before "that")."""
    before = text[max(0, timex.start - 160) : timex.start]
    if " that " not in before:
        return False  # most dates: no "that" clause before them
    return _STANCE_FORECAST.search(before) is not None

