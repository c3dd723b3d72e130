"""Find what a "they" that opens a sentence stands for: the plural subject of the sentence before.

subjects._owner_of resolves "they" when the sentence before has a short subject named with "the" or a bare
plural ("Pilgrims"); a plural that carries a place or a part after it ("Storms in the Atlantic", "Workers at
the plant") or stands after a front phrase ("According to the institute, storms ... cause") escaped it. A
newsroom editor writes that subject in the headline: "They have already killed 25 people" -> "Storms in the
Atlantic have already killed 25 people". Only a plural of common nouns; not tellers ("Officials said ...
They" may be others), not a sentence in quotation marks.
"""

from __future__ import annotations

import re

from timeline.sentence_subjects import sentence_start
from timeline.verbs import first_verb

# A front phrase before the subject: "According to the institute,", "In the north,", "Last year,".
_FRONT = re.compile(
    r"(?:According\s+to|In|On|At|During|After|Since|Last|This|Over|Across|For)\b[^,;:\"“”]{1,60},\s+"
)
# A plural subject: up to three words before a plural head, and a place or a part after it ("in the
# Atlantic", "at the plant"); then its verb.
_PLURAL = re.compile(
    r"(?P<np>(?:(?:the|The)\s+)?(?:[A-Za-z-]+\s+){0,2}?(?P<head>[A-Za-z-]{3,}[^s\W]s)"
    r"(?:\s+(?:in|at|of|from|on|across|near)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?)"
    r"\s+(?=[a-z])"
)
# A plain present after a plural subject, which first_verb does not know alone: "(Storms) cause".
_PLAIN_VERB = re.compile(r"(?!(?:and|or|but|that|which|who|are|were|have|had)\b)[a-z]{3,}[^s\W]\s")
# Plural heads a "they" may not stand for: tellers and sources, who pass news on about others.
_TELLERS = {"officials", "analysts", "sources", "witnesses", "reports", "experts", "observers", "critics",
            "residents", "researchers", "scientists", "police", "others", "news", "times", "years", "days",
            "months", "weeks", "hours", "minutes", "series", "species"}


def plural_before(text: str, start: int) -> str | None:
    """Return the plural subject of the sentence before the one at `start` ("Storms in the Atlantic cause an
    average of 40 deaths a year. | They ..." -> "Storms in the Atlantic"), or None: the sentence must end in
    a full stop, lie in the same paragraph or the one before, and hold no quotation."""
    end = len(text[:start].rstrip())
    if end < 2 or not text.startswith(".", end - 1) or "\n\n\n" in text[end:start]:
        return None
    begin = sentence_start(text, end - 1)
    sentence = text[begin:end]
    if '"' in sentence or "“" in sentence:
        return None
    front = _FRONT.match(sentence)
    at = front.end() if front else 0
    found = _PLURAL.match(sentence, at)
    if found is None or found["head"].lower() in _TELLERS or found["head"].lower().endswith(("ss", "ness")):
        return None
    verb = first_verb(sentence, at)
    if (verb is None or verb.start() != found.end()) and _PLAIN_VERB.match(sentence, found.end()) is None:
        return None  # the verb must follow the subject: "Floods in the north | destroyed", "Storms | cause"
    subject = found["np"]
    return subject[:1].upper() + subject[1:]
