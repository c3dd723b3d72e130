"""Pieces of regular expressions shared by the rules, built from the vocabulary tables.

Each piece matches one kind of word or number a rule is made of: MONTH ("Sept."), WEEKDAY ("Tue"),
YEAR ("1989"), DAY ("30th"), NUM ("two", "2.5"), REL ("last", "coming")... patterns.RULES combines them.
"""

from __future__ import annotations

from timeline.temporal import vocab


def _top_level(regex: str) -> list[str]:
    """Split a regex at the bars outside its groups: "a|the (?:b|c) of" -> ["a", "the (?:b|c) of"]."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(regex):
        if char == "(" and regex[index - 1 : index] != "\\":
            depth += 1
        elif char == ")" and regex[index - 1 : index] != "\\":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(regex[start:index])
            start = index + 1
    return [*parts, regex[start:]]


def alt(rows, index: int = 0) -> str:
    """Join the regex column of a table into one alternation, longest alternatives first."""
    parts = [part for row in rows for part in _top_level(row[index])]
    return "(?:" + "|".join(sorted(set(parts), key=lambda w: (-len(w), w))) + ")"


MONTH = alt(vocab.MONTHS)
WEEKDAY = alt(vocab.WEEKDAYS)
SEASON = alt(vocab.SEASONS)
PART = alt(vocab.PARTS_OF_DAY)
UNIT = alt(vocab.UNITS)
UNIT_LETTER = alt(vocab.UNIT_LETTERS)
ORD = alt(vocab.ORDINALS)
# An ordinal in words only ("eighth", "twenty-first"): a day after its month ("March eighth").
ORD_WORD = "(?:" + "|".join(
    sorted({part for row in vocab.ORDINALS for part in row[0].split("|") if not part[0].isdigit()},
           key=lambda w: (-len(w), w))
) + ")"
_DIGIT_WORD = alt(vocab.UNITS_WORDS)
NUM = (
    # "six hundred" before "one": a count of hundreds is one number
    rf"(?:{_DIGIT_WORD}[\s-]+(?:hundred|thousand)|{alt(vocab.TENS_WORDS)}(?:[\s-]+{_DIGIT_WORD})?|{alt(vocab.TEENS_WORDS)}|{_DIGIT_WORD}"
    rf"|\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|{alt(vocab.COUNT_WORDS)})"
    # "three and a half", "three-and-a-half"
    r"(?:\s+(?:and\s+)?a\s+half|-and-a-half|\s+1/2)?"
)
# "two to three weeks", "a year or two", "12 to 18 months": a range of counts.
NUMS = rf"{NUM}(?:\s+(?:to|or)\s+{NUM}(?=[\s-]+{UNIT}))?"
DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?!\d)"
# Not a price: "Cocoa May 1450.00" (a year.month.day "2009.05.12" stays)
YEAR = r"(?:1\d{3}|20\d{2})(?!\d|,\d|\.\d+(?![.\d]))"
_TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# Years as spoken in broadcast transcripts: "nineteen ninety-six", "two thousand".
SPOKEN_YEAR = (
    rf"(?:(?:nineteen|eighteen|seventeen)[\s-]+(?:hundred|{_TENS}(?:[\s-]+{_ONES})?|{_TEEN}|oh[\s-]+{_ONES})"
    rf"|two[\s-]+thousand(?:[\s-]+(?:and[\s-]+)?(?:{_TEEN}|{_ONES}|{_TENS}(?:[\s-]+{_ONES})?))?"
    # "two thousand years ago", "a two thousand-year-old", "two thousand and two days": counts, not years
    rf"(?![\s-]+(?:(?:and[\s-]+)?(?:{_TEEN}|{_ONES}|{_TENS})(?:[\s-]+{_ONES})?[\s-]+)?{UNIT}(?!\w)))"
)
YEARX = rf"(?:{YEAR}|{SPOKEN_YEAR})"
TZ = vocab.TIME_ZONES
# "a.m." keeps its last full stop; "3pm." leaves the sentence's.
AMPM = r"(?:[ap]\.\s?m\b\.?|[ap]\s?m\b)"
MOD = alt(vocab.MODIFIERS)
QMOD = alt(vocab.QUANTITY_MODS)
QTAIL = alt(vocab.QUANTITY_TAILS)
REL = (
    r"(?:this|last|next|past|previous|coming|following|same|that|current|prior|preceding|present"
    r"|subsequent|ensuing|upcoming|recent|latest)"
)
DEICTIC = alt(vocab.DEICTIC_DAYS)
MODP = rf"(?:(?P<mod>{MOD})[\s-]*)?"
# The same, where "early" and "late" after "be", "run" or "too" are adjectives: "will be late this year".
MOD_ADJ = MOD.replace("|early|late|", f"|{vocab.not_adjective('early')}|{vocab.not_adjective('late')}|")
MODP_ADJ = rf"(?:(?P<mod>{MOD_ADJ})[\s-]*)?"
# "August of that year", "July 25 of the following year": the year comes from the story.
THAT_YEAR = (
    r"(?:,?\s+of\s+(?P<that>that|the\s+same|the\s+following|the\s+next|the\s+previous"
    r"|the\s+preceding)\s+year)?"
)
# "the night of 14 May 1802": a part of a named day makes a TIME.
PART_OF = r"(?:(?:early\s+in\s+)?the\s+(?:early\s+)?(?P<part>morning|afternoon|evening|night)\s+of\s+)?"

# The day a time of day falls on: "on 12 August", "Dec. 31, 2025", "Saturday night", "tomorrow".
DAY_TAIL = (
    rf"(?:,?\s+(?:on\s+)?(?:(?P<mon>{MONTH})\s*(?P<md>{DAY})|(?P<dd>{DAY})\s+(?:of\s+)?"
    rf"(?P<dmon>{MONTH})|(?P<day>{WEEKDAY}|{DEICTIC})(?:\s+(?P<tpart>morning|afternoon|evening|night))?(?![\w]))"
    rf"(?:,?\s+(?P<cy>{YEAR}))?)?(?![\w])"
)
# The same after a clock time with a.m./p.m., where a web page's stamp and news text also write the weekday
# before its date: "Updated 3:45 PM EDT, Tue March 5, 2024", "at 9 a.m. Tuesday, March 3" (only there: each
# copy of a month alternation costs the scanner's compilation).
DAY_TAIL_STAMP = (
    rf"(?:,?\s+(?:on\s+)?(?:(?P<mon>{MONTH})\s*(?P<md>{DAY})|(?P<dd>{DAY})\s+(?:of\s+)?"
    rf"(?P<dmon>{MONTH})|(?P<day>{WEEKDAY}|{DEICTIC})(?:\s+(?P<tpart>morning|afternoon|evening|night))?(?![\w])"
    rf"(?:,?\s+(?P<wmon>{MONTH})\s*(?P<wmd>{DAY})(?![\w:]))?)"
    rf"(?:,?\s+(?P<cy>{YEAR}))?)?(?![\w])"
)
