"""Tell a hyphen a PDF's typesetter put at a line end to break a word from one the word has.

A justified PDF breaks long words at line ends: "negoti-" and "ations" are one word, "negotiations", and
the hyphen goes. A compound broken at its own hyphen ("well-" and "known") keeps it. The two look alike;
the rule, in this order:

1. The document itself: if it spells the pair elsewhere with the hyphen ("well-known"), the hyphen stays;
   if it spells it elsewhere without ("negotiations"), the hyphen goes.
2. A side too short to be a typesetter's break stays: TeX leaves at least 2 letters before a break and 3
   after it (Word and InDesign keep similar minimums), so "e-" + "mail" and "follow-" + "up" are compounds.
3. A first part from `COMPOUND_FIRSTS` ("self-", "twenty-") or a second part from `COMPOUND_SECONDS`
   ("-known", "-based"): words that head or end compounds far more often than they are syllables.
4. Otherwise the hyphen goes: it broke a word.

Only a hyphen between lowercase letters is weighed ("mid-" + "March", "COVID-" + "19" keep theirs); a soft
hyphen (U+00AD) is a break by definition and always goes.
"""

from __future__ import annotations

import re

MIN_BEFORE, MIN_AFTER = 2, 3  # TeX's \lefthyphenmin and \righthyphenmin for English
# Whole words that open compounds and are not the first syllable of many words: (word, example).
COMPOUND_FIRSTS = [
    ("self", "self-\nimposed"), ("well", "well-\nknown"), ("ill", "ill-\nfated"), ("half", "half-\nhearted"),
    ("all", "all-\nout"), ("cross", "cross-\nborder"), ("vice", "vice-\npresident"),
    ("twenty", "twenty-\nfive"), ("thirty", "thirty-\nsix"), ("forty", "forty-\neight"),
    ("fifty", "fifty-\nfifty"), ("sixty", "sixty-\nfour"), ("seventy", "seventy-\nthree"),
    ("eighty", "eighty-\nnine"), ("ninety", "ninety-\nnine"),
]  # fmt: skip
# Whole words that end compounds and are not the last syllables of many words: (word, example).
COMPOUND_SECONDS = [
    ("known", "well-\nknown"), ("based", "evidence-\nbased"), ("term", "long-\nterm"),
    ("year", "five-\nyear"), ("years", "two-\nyears-old"), ("old", "year-\nold"),
    ("month", "six-\nmonth"), ("week", "two-\nweek"),
    ("owned", "state-\nowned"), ("run", "state-\nrun"), ("led", "army-\nled"), ("backed", "union-\nbacked"),
    ("related", "work-\nrelated"), ("called", "so-\ncalled"), ("scale", "large-\nscale"),
    ("level", "high-\nlevel"), ("making", "decision-\nmaking"), ("free", "tax-\nfree"),
    ("profile", "high-\nprofile"), ("ranking", "high-\nranking"), ("standing", "long-\nstanding"),
    ("lasting", "long-\nlasting"), ("looking", "forward-\nlooking"), ("elect", "president-\nelect"),
]  # fmt: skip
_FIRSTS = {word for word, _ in COMPOUND_FIRSTS}
_SECONDS = {word for word, _ in COMPOUND_SECONDS}
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
HYPHENS = "-\u00ad\u2010"  # hyphen-minus, soft hyphen, hyphen
LONGEST_PART = 40  # letters of a word's part before a line end looked at
# A line ending in a hyphen after a word, the word's part before it: "the negoti-" -> "negoti".
LINE_END = re.compile(rf"(?P<first>[^\W\d_]*)(?P<hyphen>[{HYPHENS}])\Z")
# The start of the next line, the word's part after the break: "ations began" -> "ations".
LINE_START = re.compile(r"[^\W\d_]+")


def spellings(text: str) -> set[str]:
    """Return the words of `text`, lowercased, hyphenated compounds whole: what rule 1 looks up."""
    return {word.lower() for word in _WORD.findall(text)}


def breaks_word(first: str, hyphen: str, second: str, words: set[str] | frozenset[str] = frozenset()) -> bool:
    """Tell whether the hyphen ending a line after `first`, `second` opening the next, breaks one word."""
    if hyphen == "\u00ad":
        return True
    if not (first[-1:].islower() and second[:1].islower()):
        return False
    first, second = first.lower(), second.lower()
    if f"{first}-{second}" in words:
        return False
    if first + second in words:
        return True
    if len(first) < MIN_BEFORE or len(second) < MIN_AFTER:
        return False
    return first not in _FIRSTS and second not in _SECONDS


def glue_at(current: str, line: str, words: set[str] | frozenset[str] = frozenset()) -> int | None:
    """Return where `current`, a line ending in a word's hyphen, is glued to the next `line`: before the
    hyphen if it broke a word, after it if not; None if `current` does not end in a word's hyphen."""
    if not current or current[-1] not in HYPHENS:
        return None
    end = LINE_END.search(current, max(0, len(current) - LONGEST_PART))  # the tail: a paragraph is long
    if end is None or not end["first"]:
        return None
    start = LINE_START.match(line)
    broken = start is not None and breaks_word(end["first"], end["hyphen"], start.group(), words)
    return end.start("hyphen") if broken else end.end()
