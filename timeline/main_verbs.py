"""Correct the main verb first_verb finds in a long title, which shorten.fit keeps in front of its cut: a past
form after a determiner is an adjective (in "The sustained clashes forced ..." the verb is "forced"), and a
plain present after a plural is the verb when an object follows it ("Farmers block roads ...": "block").
"""

from __future__ import annotations

import re

# A determiner or a possessive right before a word first_verb took for a verb, which makes it an adjective:
# "The (sustained) clashes", "the ministry's (detailed) plans".
ADJECTIVE_FORM = re.compile(r"[a-z]{3,}ed")  # "sustained", not "is" after "This", nor "NATO-led"
DETERMINER_BEFORE = re.compile(r"(?:\b(?i:the|a|an|its|their|his|her|our|this|these|those)|\w['’]s)\s+\Z")
# A plain present verb after a plural and the object after it: "Police (fire) tear gas", "Farmers (block)
# roads", "Troops (storm) the embassy"; not "Sources close to", "We agree that", "leaders agree on".
_PRESENT_OBJECT = re.compile(
    r"[a-z]+(?=\s+(?!(?:to|that|on|in|at|of|for|with|from|by|and|or|as|if|after|before|over)\b)"
    r"(?:the|a|an|its|their|his|her|our|this|these|those|\d|[a-z]{3,}\b))"
)


def present_verb(present: re.Match[str]) -> re.Match[str] | None:
    """Return the verb of a plural_present match alone when an object follows it ("Police fire | tear gas"),
    or None."""
    return _PRESENT_OBJECT.match(present.string, present.start() + present.group().rfind(" ", 0, -1) + 1)
