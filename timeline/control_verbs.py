"""Tell a verb of object control or of placing and its object cut from what they wait for.

"The union urged lawmakers | to pass the bill", "The ministry said it wanted the hospital | to review its
rules": the object of such a verb is the subject of the infinitive after it, and a title cut between the two
says only that somebody wanted or urged somebody. timeline.chunks asks `waits_for_infinitive` of a cut
followed by "to", and `waits_for_place` of one followed by where a verb of placing puts its object
("started loading fuel | into the reactor").
"""

from __future__ import annotations

import re

# Verbs whose object is the subject of an infinitive after it, each with an example.
_CONTROL_VERBS = [
    ("want wants wanted", "wanted the central bank | to lower rates"),
    ("urge urges urged", "urged lawmakers | to pass the bill"),
    ("ask asks asked", "asked the court | to delay the hearing"),
    ("expect expects expected", "expected the bank | to cut rates"),
    ("allow allows allowed permit permits permitted", "allowed the firm | to sell its stake"),
    ("force forces forced compel compels compelled", "forced the club | to cancel the match"),
    ("order orders ordered instruct instructs instructed direct directs directed",
     "ordered the army | to withdraw"),
    ("persuade persuades persuaded convince convinces convinced", "persuaded the board | to resign"),
    ("encourage encourages encouraged", "encouraged the envoy | to visit Lima"),
    ("press presses pressed pressure pressures pressured push pushes pushed", "pressed Tokyo | to act"),
    ("require requires required", "required airlines | to refund fares"),
    ("advise advises advised", "advised residents | to stay indoors"),
    ("tell tells told", "told residents | to leave"),
    ("warn warns warned", "warned shoppers | to expect delays"),
    ("beg begs begged implore implores implored", "begged the judge | to spare him"),
    ("authorize authorizes authorized authorise authorises authorised", "authorized police | to search"),
    ("enable enables enabled", "enabled the team | to finish early"),
    ("prompt prompts prompted", "prompted the bank | to raise rates"),
    ("challenge challenges challenged", "challenged the mayor | to debate"),
]
_VERBS = "|".join(word for line, _ in _CONTROL_VERBS for word in line.split())
# Words that start no object: "an order | from a Chinese company | to build" is a noun and its phrase.
_NOT_OBJECT = (
    r"(?!(?:to|that|from|for|of|in|on|at|with|into|over|under|after|before|against|about|during|through"
    r"|without|since|until|as|than|and|or|but|if|when|while|by)\b)"
)
# The verb and its object of one to six words, no comma inside, at the end of a cut: "urged the city
# council", "asked OPEC", "asked the court of the northern province".
_CONTROL_OBJECT = re.compile(
    rf"(?P<before>[\w'’-]+\s+)?(?P<verb>\b(?:{_VERBS}))\s+{_NOT_OBJECT}[\w'’.-]+"
    rf"(?:\s+(?!to\b|that\b|and\b|or\b)[\w'’.-]+){{0,5}}\Z",
    re.I,
)
# The verb at the end of a cut, its object and the infinitive after the cut: "has instructed | universities
# to conduct checks".
_CONTROL_END = re.compile(rf"(?P<before>[\w'’-]+\s+)?\b(?:{_VERBS})\Z", re.I)
_OBJECT_THEN_INFINITIVE = re.compile(
    rf"\s+{_NOT_OBJECT}[\w'’.-]+(?:\s+(?!to\b|that\b|and\b|or\b)[\w'’.-]+){{0,3}}\s+to\s+[a-z]{{2,}}\b"
)
# Words before a verb's form that make it a noun: "a 16 billion yen order", "the first orders".
_NOT_BEFORE = {
    "a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "these", "those", "yen",
    "dollar", "dollars", "million", "billion", "no", "any", "some", "new", "first", "latest",
}
# An infinitive after the cut: "to pass", not "to 16 million".
_INFINITIVE = re.compile(r"\s+to\s+[a-z]{2,}\b")


def _verb_before(match: re.Match[str] | None) -> bool:
    """Tell whether a match of the control verb found it a verb: no determiner or number before it."""
    if match is None:
        return False
    before = (match["before"] or "").strip().lower()
    return before not in _NOT_BEFORE and not before[-1:].isdigit()


def waits_for_infinitive(short: str, after: str) -> bool:
    """Tell whether `short` ends on a verb of object control and its object and `after` opens the
    infinitive they wait for: "urged lawmakers | to pass the bill"."""
    return _INFINITIVE.match(after) is not None and _verb_before(_CONTROL_OBJECT.search(short[-60:]))


def waits_for_object(short: str, after: str) -> bool:
    """Tell whether `short` ends on a verb of object control and `after` holds its object and infinitive:
    "has instructed | universities to conduct checks"."""
    return _OBJECT_THEN_INFINITIVE.match(after) is not None and _verb_before(_CONTROL_END.search(short[-40:]))


# Verbs whose object waits for where it goes, and the prepositions that say it, each with an example.
_PLACING_VERBS = [
    ("load loads loaded loading", "into onto on", "started loading fuel | into the reactor"),
    ("put puts putting place places placed placing", "on in into under behind", "put the plan | on hold"),
    ("elevate elevates elevated elevating promote promotes promoted promoting", "to",
     "elevated its finance chief | to president"),
    ("catapult catapults catapulted catapulting propel propels propelled propelling", "into to",
     "catapulted the shares | into the top ten"),
    ("pour pours poured pouring inject injects injected injecting pump pumps pumped pumping", "into",
     "poured 2 billion dollars | into the banks"),
]
_PLACING = {word: frozenset(prepositions.split()) for line, prepositions, _ in _PLACING_VERBS
            for word in line.split()}
_PLACING_OBJECT = re.compile(
    rf"(?P<before>[\w'’-]+\s+)?\b(?P<verb>{'|'.join(_PLACING)})\s+{_NOT_OBJECT}[\w'’.-]+"
    rf"(?:\s+(?!to\b|that\b|and\b|or\b|into\b|on\b|in\b)[\w'’.-]+){{0,4}}\Z",
    re.I,
)


def waits_for_place(short: str, following: str) -> bool:
    """Tell whether `short` ends on a verb of placing and its object and `following`, the word after the
    cut, is the preposition of where the object goes: "started loading fuel | into the reactor"."""
    found = _PLACING_OBJECT.search(short[-60:])
    return found is not None and following in _PLACING[found["verb"].lower()] and _verb_before(found)


# A verb of saying and the noun phrase after it, no verb between, at the end of a cut: "said his country",
# "says the new government".
_SAID_NOUN_PHRASE = re.compile(
    r"\b(?:said|says)\s+(?:that\s+)?(?:the|his|her|its|their|our|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}\Z"
)
# A past verb and a name after the cut, the statement's verb and its object: "wanted OPEC", "asked Britain".
_PAST_THEN_NAME = re.compile(r"\s[a-z]{3,}ed\s+[A-Z]")


def said_subject_cut(tail: str, after: str) -> bool:
    """Tell whether a cut leaves the subject of a statement without the verb that follows it and a name
    after that verb: "Lee said his country | wanted OPEC to act", "She says the board | asked Britain".
    """
    return _PAST_THEN_NAME.match(after) is not None and _SAID_NOUN_PHRASE.search(tail) is not None
