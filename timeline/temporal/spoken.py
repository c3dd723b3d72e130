"""Tell a date that places a thing a verb of speech or plan names: "warned of a cutback in November".

tense.py asks `spoken_of` before reading the verb markers: such a date takes no tense from the verb.
"""

from __future__ import annotations

import re

# "warned of a cutback in November", "called for a strike on Friday": the date places the thing asked for
# or warned of, not the asking; the verb's past gives it no tense (the nearest November).
SPEECH_VERBS = frozenset(
    """warned warns called calls asked asks pressed pushed argued announced announces proposed proposes
    hinted braced prepared lobbied campaigned appealed urged urges talked spoke planned voted told notified
    informed talking""".split()
)
# Instead of "a", a word that makes a plural or a mass noun a thing not yet there: "warned of further action
# during August", "called for fresh elections in March"; "the" before a word of plan: "were talking about the
# planned visit in May".
_THING_OPENER = r"(?:an?|further|fresh|new|more|possible|the\s+(?:planned|slated|scheduled|proposed))"
# "told Asian, African and Gulf buyers of a 10 percent cut in its deliveries in May": the
# listener may be a list of names, the thing told of a noun with its own phrase.
_SPOKEN_OF = re.compile(
    r"\b(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\s+(?:[\w.,-]+\s+){0,6}?(?:of|for|about)\s+"
    rf"{_THING_OPENER}\s+"
    r"(?:[\w.-]+\s+){1,8}?(?:in|on|at|during|by|before)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)


def spoken_of(text: str, start: int) -> bool:
    """Say whether the span places a thing a verb of speech or plan names ("warned of a cutback in May")."""
    # cheap tests first: the span follows a preposition, and a thing told "of a"/"for an" comes before it
    if _PLACE_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    if _OF_A.search(text, max(0, start - 120), start) is None:
        return False
    return _SPOKEN_OF.search(text, max(0, start - 120), start) is not None


_PLACE_BEFORE = re.compile(r"\b(?:in|on|at|during|by|before)\s+(?:the\s+)?\Z", re.IGNORECASE)
_OF_A = re.compile(rf"\b(?:of|for|about)\s+{_THING_OPENER}\s", re.IGNORECASE)
