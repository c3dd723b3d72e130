"""Tell a date that is judged from a date on which something happened: "The spring was dismal" dates nothing.

A clause whose subject is its date phrase and whose predicate tells a state ("The quarter was grim for
grocers", "But Sunday belonged to the home side", "Last winter was dreadful for the ski resorts") says
what the time was like, not what happened in it: no event. A predicate that tells a happening keeps it
("Tuesday was marked by strikes"), and so do a record or an end ("2025 was the warmest year on record",
"The year is over") and one that goes on to what happened on the day ("Friday was the day the dam gave
way", "Monday was when the talks broke down"): eventness.weighed may find its title.
"""

from __future__ import annotations

import re

from timeline.eventness import kind
from timeline.verbs import is_verb_word

# What may stand before a date that is the subject: a linking word and a determiner, "(But the) quarter".
_BEFORE = re.compile(r"\s*[\"“]?(?:(?:But|And|Yet|So|Still)\s+)?(?:(?:the|The|That|that|This|this)\s+)?\Z")
# The predicate right after the date, up to the end of its clause: "was grim for grocers", "belonged to the
# home side"; not "(This week) the wind dropped", whose date is no subject, nor "(the 2019) flood was worst".
_PREDICATE = re.compile(r"\s+(?P<predicate>(?P<verb>[a-z]+)\b[^,;:—\"”]*)")
# A predicate that goes on to what happened in the time: "was the day (the dam gave way)", "was (when)
# the talks broke down", "was the week (that) prices fell".
_GOES_ON = re.compile(r"\b(?:when|that|which|where|as|after|before|since|because)\b|\bthe\s+(?:day|week|"
                      r"month|year|night|morning|moment|time)\s+(?:the|a|an|he|she|they|we|it|[A-Z])")
# A predicate that tells a record or an end, news of its own: "2025 was (the warmest) year on record", "2011
# was her (final) season", "the year (is over)", "Winter (is here)".
_NEWS = re.compile(r"\bthe\s+(?:\w+est|most|least|first|last|final)\b|\bon\s+record\b"
                   r"|\b(?:her|his|their|its|our|my)\s+(?:first|last|final)\b"
                   r"|^(?:is|was|are|were)\s+(?:now\s+)?(?:over|finished|done|here|under\s*way)\b")
_VERDICTS = frozenset({"state"})


def judges_date(text: str, span: tuple[int, int], phrase: tuple[int, int]) -> bool:
    """Tell whether the clause `text[span]` has its date phrase `text[phrase]` for subject and a state for
    predicate."""
    if _BEFORE.fullmatch(text, span[0], phrase[0]) is None:
        return False  # most dated clauses: the date is no subject
    found = _PREDICATE.match(text, phrase[1], span[1])
    if found is None or not is_verb_word(found["verb"]) or _GOES_ON.search(found["predicate"]) \
            or _NEWS.search(found["predicate"]):
        return False
    return kind(f"It {found['predicate']}") in _VERDICTS
