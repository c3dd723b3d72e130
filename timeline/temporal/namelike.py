"""Tell a calendar word that is part of a name or a label: a school year, a boat class, a surname, a show.

`filters.keep` asks `name_like` for every match; each rule is a table row with its example.
"""

from __future__ import annotations

import re

# Titles before a surname that is also a calendar word: "Mr Day said", "Senator May".
TITLES = (
    ("Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady", "Mr Day said the club would appeal"),
    ("Senator|Sen\\.|Minister|Premier|Professor|Prof\\.?|Judge|Justice|Magistrate", "Senator Day"),
    ("Father|Bishop|Archbishop|Cardinal|Reverend|Rev\\.?", "Father Christmas"),
    ("Captain|Capt\\.?|Sergeant|Sgt\\.?|Constable|Detective|Det\\.?|Inspector", "Sergeant Day"),
)
_TITLE_BEFORE = re.compile(r"\b(?:" + "|".join(row[0] for row in TITLES) + r")\s+\Z")

# Labels a two-digit decade names, not a time (each with an example): "16 boats in the 40s class".
DECADE_LABELS = (
    ("class|classes|division|category|categories|bracket", "the nine metre yacht in the 40s class"),
    ("model|series|range|grade", "a 60s series engine"),
)
_LABEL_AFTER = re.compile(r"\s+(?:" + "|".join(row[0] for row in DECADE_LABELS) + r")\b", re.IGNORECASE)

_TWO_DIGITS = re.compile(r"(?<![\d'])\d0s\b")

# "Year 12" is a school grade in Australia and Britain: "Year 12 results", "continuing Year 10".
_SCHOOL_YEAR = re.compile(r"(?:[Tt]he\s+)?Year\s+\d{1,2}\Z")

# A show named by calendar words: "the Seven Network's Today Tonight program", "Nine's Sunday program".
_SHOW_AFTER = re.compile(r"\s+(?:program|programme|show|bulletin)\b", re.IGNORECASE)
_CAPITAL_AFTER = re.compile(r"\s+[A-Z][a-z]+")
_POSSESSIVE_BEFORE = re.compile(r"\w['’]s\s+\Z")


def name_like(rule: str, text: str, start: int, end: int) -> bool:
    """Say whether the match text[start:end] of `rule` is part of a name or a label, not a time."""
    matched = text[start:end]
    if rule == "fiscal" and _SCHOOL_YEAR.fullmatch(matched):
        return True  # "The Year 12 results were released"
    if rule == "decade" and _TWO_DIGITS.search(matched) and _LABEL_AFTER.match(text, end):
        return True  # "16 boats in the 40s class"
    if not matched[:1].isupper():
        return False
    titled = _TITLE_BEFORE.search(text, max(0, start - 16), start) is not None
    if titled and rule in ("bare", "weekday", "deictic", "month"):
        return True  # "Mr Day said"
    possessive = _POSSESSIVE_BEFORE.search(text, max(0, start - 4), start) is not None
    if rule == "weekday" and possessive and _SHOW_AFTER.match(text, end):
        return True  # "the Nine Network's Sunday program"
    show = possessive or _tonight_name(text, end)
    show = show or (matched == "Tonight" and text.endswith("Today ", 0, start))
    if rule == "deictic" and matched.lower() in ("today", "tonight") and show:
        return True  # "the Seven Network's Today Tonight program"
    return False


def _tonight_name(text: str, end: int) -> bool:
    """Say whether a capitalized "Today" runs on into a name word: "Today Tonight", "Today Show"."""
    after = _CAPITAL_AFTER.match(text, end)
    return after is not None and after.group().strip() in ("Tonight", "Show", "Program")
