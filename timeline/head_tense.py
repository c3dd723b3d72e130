"""Tell the tense of a sentence's head: the first verb of its main clause, asides and quotations passed over.

finite_past finds a finite past verb anywhere in a sentence, and an aside holds one as often as the main
clause does: "The museum, which opened in 1990, owns two rooms of maps" tells a state, not the past, and
"The firm has cut its prices after rivals entered the market" tells the present of its perfect.
episodes.goes_on asks this so that a general statement in the present does not go on with the episode of
the dated sentence before it. No parser: the first verb-like word outside asides decides.
"""

from __future__ import annotations

import re
from typing import Literal

from timeline.finite_past import finite_past
from timeline.present_verbs import base_of
from timeline.verbs import PRESENT_HEADS, is_past_form

Tense = Literal["present", "perfect", "past", "other"]

# Asides whose verbs are not the head, each with an example: a relative clause ("The museum, which opened in
# 1990, owns ..."), a participle phrase before a small word ("The port, built by the Dutch, handles ...";
# not "outgoing Mayor Ruiz"), a noun phrase in
# apposition ("Gravel Hill, a village founded by miners, has ..."), and a quotation ('cleared of "gross
# misconduct" by ...').
_ASIDES = re.compile(
    r",\s+(?:(?:in|of|for|by|with)\s+)?(?:which|who|whom|whose|where|when)\b[^,;:]*(?=[,;]|\Z)"
    r"|,\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en|ing)\s+[a-z][^,;:]*(?=,\s+(?!(?:a|an|the|its|and|or|but|as)\b)[a-z])"
    r"|,\s+(?:a|an|the)\s(?:(?:who|which|that)\s+(?:has|have|is|are|was|were)\b"
    r"|(?!(?:has|have|is|are|was|were|will)\b)[^,;:])*(?=,\s+(?!(?:a|an|the|and|or|but)\b)[a-z])"
    r"|\"[^\"]*\"|“[^”]*”|``.*?''"
)
# Present forms that head a clause, besides the table of present_verbs: the auxiliaries, and forms of state
# verbs that news uses for what holds now, one row each with an example.
_PRESENT_WORDS = {
    "is": "The bridge is closed.",
    "are": "The talks are aimed at a truce.",
    "am": "I am sure.",
    "has": "The town has two schools.",
    "have": "The rebels have a base in the hills.",
    "does": "The law does not apply.",
    "counts": "The club counts 300 members.",
    "lives": "The poet lives in exile.",
    "holds": "The party holds 40 seats.",
    "hopes": "The mayor hopes for a quick deal.",
    "owns": "The state owns the port.",
    "employs": "The plant employs 900 people.",
    "includes": "The list includes two banks.",
    "houses": "The building houses a clinic.",
    "lies": "The village lies on the border.",
    "stands": "The tower stands on a hill.",
    "suspect": "Police suspect the owner of fraud.",
    "believe": "Investigators believe the fire was set.",
    "know": "Doctors know little about the virus.",
}
# Words before a form in -s that make it a noun: "So many lives", "rows of houses", "their hopes", "2
# counts".
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|my|your|this|these|those|some|all|many|more|most|few|several"
    r"|of|in|on|at|for|with|by|to|from|and|or|no|any|new|other)|\d)\s+\Z",
    re.I,
)
# Helpers that leave the tense to the verb after them, or to none: "could be forced", "to spread".
_OTHER_WORDS = {"will", "would", "can", "could", "may", "might", "must", "should", "shall", "to"}
_PAST_WORDS = {"was", "were", "had", "did"}
_RELATIVE_WORDS = {"that", "which", "who"}
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# A past form right after "has" or "have", an adverb between: "has suspended", "have long been", "has
# however agreed".
_PERFECT = re.compile(
    r"\s+(?:(?:not|never|also|already|now|since|long|just|however|[a-z]+ly)\s+)?(?P<form>[a-z]+)\b"
)


# A telling in the past that ends a sentence heads it, whatever the tense of what it tells: "The plant has
# 900 workers, its director told the agency.", "..., she was quoted as saying."
_TOLD_TAIL = re.compile(
    r",\s+[^,;:\"“”]{0,60}?\b(?:said|told|added|stated|explained|noted|announced|reported|quoted\s+as\s+saying)\b"
    r"[^,;:\"“”]{0,60}\Z"
)


def head_tense(sentence: str) -> Tense:
    """Return the tense of the first verb of `sentence` outside its asides: "present" ("The club counts
    300 members", "Talks are under way"), "perfect" ("The firm has cut prices"), "past" ("The firm cut
    prices"), "other" (a modal, or no verb found)."""
    if _TOLD_TAIL.search(sentence.rstrip(" .")):
        return "past"
    plain = _ASIDES.sub(lambda aside: " " * len(aside.group()), sentence)
    previous = ""
    for word in _WORD.finditer(plain):
        lower, relative = word.group().lower(), previous in _RELATIVE_WORDS
        previous = lower
        if relative:
            continue  # "delegations that have arrived": a relative clause's verb
        if lower in ("has", "have"):
            after = _PERFECT.match(plain, word.end())
            perfect = after is not None and (after["form"] == "been" or is_past_form(after["form"]))
            return "perfect" if perfect else "present"
        if lower in _PRESENT_WORDS or lower in PRESENT_HEADS or lower.endswith("s") and base_of(lower):
            if word.start() and not (lower.endswith("s") and _NOUN_BEFORE.search(plain, 0, word.start())):
                return "present"
            continue  # "Remains of a wall were found", "So many lives were lost": a noun
        if lower in _PAST_WORDS:
            return "past"
        if lower in _OTHER_WORDS:
            return "other"
        if is_past_form(lower) and finite_past(plain[: word.end()]):
            return "past"
    return "other"
