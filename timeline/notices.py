"""Find what a correction notice corrects, for the "it" of the sentence after it: "An earlier version of this
article misstated the date of the hearing. It took place on March 11." -> "The hearing took place".

A notice's own sentences are no events (textmeta.CORRECTION_NOTICES tells them); the sentence after one
gives the right fact, and its "it" stands for the thing the notice names. Patterns, each with an example.
"""

from __future__ import annotations

import re

from timeline.textmeta import corrected
from timeline.verbs import be_for, has_verb

# A short noun phrase of lower-case words: "the bail hearing", "sentencing", "the council's vote".
_NOUN = r"(?P<np>(?:(?:the|a|an)\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)"
# What a notice says it got wrong, the thing in a named group "np", each with an example.
CORRECTED_THINGS = [
    (rf"\b(?:misstated|misreported|gave\s+the\s+wrong|had\s+the\s+wrong|incorrectly\s+(?:stated|reported|gave))"
     rf"\s+(?:the\s+)?(?:date|day|time|year|month|timing|location|venue|place)\s+of\s+{_NOUN}\s*\.\s*\Z",
     "An earlier version of this article misstated the date of the hearing."),
    (rf"\b(?:said|stated|reported|wrote)\s+(?:that\s+)?{_NOUN}\s+(?:was|had|took|would|will|is)\b",
     "An earlier version of this article said the bail hearing took place on March 10."),
]
_THINGS = [re.compile(pattern) for pattern, _ in CORRECTED_THINGS]
_NOT_THINGS = {"it", "he", "she", "they", "we", "i", "you", "this", "that", "there"}


def notice_before(text: str, start: int) -> tuple[bool, str | None]:
    """Tell whether the sentence that ends just before `start` is a correction notice's, and what it
    corrects (corrected_thing)."""
    end = len(text[:start].rstrip())
    if end < 2 or not text.startswith(".", end - 1):
        return False, None
    stop = text.rfind(". ", 0, end - 1)
    begin = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, end - 1) + 1)
    sentence = text[begin:end]
    return corrected(sentence), corrected_thing(sentence)


def corrected_thing(sentence: str) -> str | None:
    """Return the singular thing a correction notice `sentence` says it got wrong, capitalized ("The
    hearing", "Sentencing"), or None when the sentence is no notice or names no such thing."""
    if not corrected(sentence):
        return None
    for pattern in _THINGS:
        found = pattern.search(sentence)
        if found is None:
            continue
        np = found["np"]
        if np.split()[0] in _NOT_THINGS or has_verb(np) or be_for(np) == "were":
            return None  # "said it was", "said the talks were": no singular thing
        return np[:1].upper() + np[1:]
    return None
