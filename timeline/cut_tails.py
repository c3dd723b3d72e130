"""Tell the ends of a title that a cut left half-said, which the word checks of timeline.complete miss.

Each rule reads the last words of a finished title: a change told from its start without its end ("rose
from 3 million dollars"), a request whose agent stands where the infinitive should ("was asked by the
board"), a span of time that waits for its "after" ("died at 91 a week"), a subordinate "as" clause cut
before its verb ("fell 12% as demand"), a quantity noun without its "of" ("received a bucketful"), a noun
that needs its preposition ("rigged in favour"). complete() asks `cut_tail` before its last checks.
"""

from __future__ import annotations

import re

from timeline.title_ends import FUNCTION_WORDS
from timeline.verbs import first_verb, has_verb

# Adjectives that stand before a noun, never last after "a": "a tense (standoff)", "a bitter (dispute)".
_ATTRIBUTIVE = {
    "tense", "bitter", "fierce", "bloody", "brutal", "fragile", "stunning", "landmark", "historic", "tough",
    "fresh", "huge", "massive", "sharp", "steep", "modest", "slight", "bold", "rapid", "swift", "sudden",
    "lengthy", "brief", "long-running", "deadly", "devastating", "crippling", "sweeping", "scathing", "rare",
    "decisive", "dramatic", "controversial", "unprecedented", "fledgling", "prolonged", "heated",
}
_CHANGE_VERBS = (
    r"rose|rise|rises|fell|fall|falls|grew|grow|grows|climbed|climbs|increased|decreased|dropped|declined"
    r"|jumped|slipped|surged|plunged|soared|slid|shrank|widened|narrowed|expanded|contracted|recovered"
)
_COUNTS = r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|\d+"
_UNITS = r"hours?|days?|weeks?|months?|years?|decades?"
_UNIT = re.compile(_UNITS)

_QUANTITY_NOUNS = (
    "handful", "bucketful", "series", "string", "host", "slew", "raft", "spate", "flurry", "barrage",
    "litany", "plethora", "multitude", "swathe", "swath",
)
# (reason, pattern on the title's end, example of a title it says is cut, gate): the gate is a piece the
# last 90 characters must hold, or the ends one of which they must end on, for the pattern to match; most
# titles fail it, and the pattern is not tried
_TAILS = [
    ("range",
     re.compile(rf"\b(?:{_CHANGE_VERBS})\s+(?:by\s+[^,;]{{1,30}}?\s+)?from\s+(?:(?!\bto\b)(?:[^,;]|(?<=\d),(?=\d)))+\Z"),
     "Exports through the two ports rose from 412 million euros", "from"),
    ("infinitive", re.compile(
        r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?(?:asked|urged|invited|encouraged|pressed"
        r"|requested|persuaded|called\s+on)\s+by\s+[^,;]{3,70}\Z"),
     "The mayor has been asked by the city council", "by"),
    ("time", re.compile(rf"(?P<before>[\w'’%-]+)\s+(?:{_COUNTS})\s+(?:{_UNITS})\Z", re.I),
     "The singer died in hospital at 91 a week", ""),
    ("clause", re.compile(
        r"(?:\d%?|percent|points|[a-z]{3,}ly)\s+as\s+(?P<rest>(?:[\w'’-]+\s+){0,2}[\w'’-]+)\Z"),
     "Acme said its profit fell 12% as demand", " as "),
    ("complement", re.compile(
        rf"\b(?:a|an|the)\s+(?:\w+\s+)?(?:{'|'.join(_QUANTITY_NOUNS)})\Z"),
     "The plan received a bucketful", _QUANTITY_NOUNS),
    ("complement", re.compile(r"\bin\s+(?:the\s+)?(?:favour|favor)\Z"),
     "The draw was tilted in favour", ("favour", "favor")),
    ("adjective", re.compile(rf"\b(?:a|an)\s+(?:[a-z-]+\s+)?(?:{'|'.join(sorted(_ATTRIBUTIVE))})\Z"),
     "The rival clubs were stuck in a tense", tuple(_ATTRIBUTIVE)),
    ("adjective", re.compile(
        r"\b(?:a|an|the)\s+(?:[a-z-]+\s+)?(?!(?:labor|labora|observ|lav|conserv)atory\b)[a-z]{3,}atory\Z"),
     "The mayor offered a mildly conciliatory", "atory"),
]
_BEFORE_VERB = {"to", "will", "would", "can", "could", "may", "might", "must", "should", "did", "does", "do"}
_AMOUNTS = {"percent", "dollars", "euros", "yen", "yuan", "pounds", "rupees", "tons", "tonnes", "barrels",
            "points"}
_NOT_BEFORE_TIME = set(FUNCTION_WORDS) | {
    "for", "over", "per", "every", "each", "last", "next", "this", "past", "first", "some", "about", "around",
    "nearly", "almost", "than", "all",
}


def cut_tail(text: str, lowered: str, before: str) -> str | None:
    """Say why the end of `text` is half-said, by the rules of `_TAILS`, or None; `lowered` is its last word
    in lowercase, `before` the word before it.
    """
    tail = text[-90:]
    for reason, pattern, _example, gate in _TAILS:
        if not tail.endswith(gate) if isinstance(gate, tuple) else gate not in tail:
            continue
        if reason == "time" and not _UNIT.fullmatch(lowered):
            continue
        found = pattern.search(tail)
        if found is None:
            continue
        if reason == "time":
            word = found["before"].lower()
            # "served two years", "for three weeks": a verb or a preposition takes the span; a noun or a
            # number before it leaves it waiting ("given the post one week (after ...)")
            if word in _NOT_BEFORE_TIME or has_verb(word) or word.endswith(("ed", "ing")):
                continue
            ahead = tail[: found.start()].split()[-1:]
            if ahead and ahead[0].lower() in _BEFORE_VERB:
                continue  # "to serve seven years", "will spend two weeks": a verb the tables do not know
            rate = word.endswith("%") or word in _AMOUNTS or word[:1] in "$€£¥"  # "5% a year", "$20 a day"
            if rate and found.group().split()[-2].lower() in ("a", "an"):
                continue
        if reason == "clause" and any(has_verb(w.lower()) for w in found["rest"].split()):
            continue
        return reason
    return None


# Prepositions after which a word in -s or -ed is a noun or its modifier: "the legality of targeted strikes".
_PREPOSITIONS = {"of", "for", "against", "on", "in", "with", "from", "about", "over", "between", "among"}


def nouns_only(clause: str) -> bool:
    """Tell whether each verb the tables find in `clause` is a noun or a modifier after a preposition, so that
    the clause has no verb of its own: "the legality of targeted strikes"; not "the price of oil rose".
    """
    at, found = 0, False
    while (verb := first_verb(clause, at)) is not None:
        found, at = True, verb.end()
        word = verb.group().lower()
        before = [w.lower() for w in clause[: verb.start()].split()[-2:]]
        after_preposition = bool(before) and (before[-1] in _PREPOSITIONS or (
            len(before) == 2 and before[0] in _PREPOSITIONS and before[1].endswith("ed")))
        if not (word.endswith(("s", "ed")) and after_preposition):
            return False
    return found
