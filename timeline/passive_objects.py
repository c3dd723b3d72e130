"""Tell a past form that takes an object after its date from a passive participle ("in the city blocked
(on Monday) the main road": "blocked" is the main verb with its object, not "the city (was) blocked").

A passive participle takes no direct object after it, but for verbs of giving and naming, which take a
second one ("the striker handed (on Sunday) a new contract", "a woman named (in 2019) the region's
envoy"). No parser: an article or a possessive after the date opens the object.
"""

from __future__ import annotations

import re

# An object that opens right after the date: "(blocked on Monday) the main road", "(unveiled) its plan".
_OBJECT = re.compile(r"\s+(?:the|a|an|its|their|his|her|our)\s+[a-z]", re.I)
# | verb of giving or naming | a passive with a second object                  |
# | given, handed, awarded   | "the striker handed on Sunday a new contract"   |
# | named, appointed, elected| "the lawyer named in 2019 the region's envoy"   |
_SECOND_OBJECT = {
    "given", "handed", "awarded", "offered", "granted", "sent", "shown", "told", "promised", "denied",
    "refused", "paid", "lent", "taught", "asked", "charged", "fined", "named", "appointed", "elected",
    "called", "declared", "dubbed", "voted", "crowned", "ordained", "made", "left", "allowed", "assigned",
}


def takes_object(text: str, verb: str, after_date: int) -> bool:
    """Tell whether the past form `verb` takes an object that opens at `after_date` (right after its date),
    which makes it a main verb, no passive participle: "blocked (on Monday) the main road"."""
    return verb.lower() not in _SECOND_OBJECT and _OBJECT.match(text, after_date) is not None
