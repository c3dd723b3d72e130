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
_VERBS = frozenset(word for line, _ in _CONTROL_VERBS for word in line.split())
# Words that start no object: "an order | from a Danish yard | to build" is a noun and its phrase.
_NOT_OBJECT = frozenset(
    "to that from for of in on at with into over under after before against about during through without "
    "since until as than and or but if when while by".split()
)
# Words no object holds after its first: "urged lawmakers (and) ...", "asked the court (to) ...".
_NOT_INSIDE = frozenset({"to", "that", "and", "or"})
# One word of an object: no comma, quotation mark or bracket.
_WORD = re.compile(r"[\w'’.-]+")
# Words before a verb's form that make it a noun: "a 16 billion yen order", "the first orders".
_NOT_BEFORE = {
    "a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "these", "those", "yen",
    "dollar", "dollars", "million", "billion", "no", "any", "some", "new", "first", "latest",
}
# An infinitive after the cut: "to pass", not "to 16 million".
_INFINITIVE = re.compile(r"\s+to\s+[a-z]{2,}\b")
# The object after a cut and the infinitive after it: "| universities to conduct checks".
_OBJECT_THEN_INFINITIVE = re.compile(r"\s+(?P<object>[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)\s+to\s+[a-z]{2,}\b")


def _is_verb_at(words: list[str], at: int) -> bool:
    """Tell whether words[at] is a verb, not a noun: no determiner or number before it ("a yen order")."""
    before = words[at - 1].lower() if at > 0 else ""
    return before not in _NOT_BEFORE and not before[-1:].isdigit()


def _is_object(words: list[str], inside: frozenset[str] = _NOT_INSIDE) -> bool:
    """Tell whether the words are an object of one to six words, none of `inside` after the first: "the
    city council", "OPEC"."""
    if not 1 <= len(words) <= 6 or words[0].lower() in _NOT_OBJECT:
        return False
    return all(_WORD.fullmatch(w) for w in words) and inside.isdisjoint(w.lower() for w in words[1:])


def _verb_and_object(
    short: str, verbs: frozenset[str] | dict[str, frozenset[str]], most: int,
    inside: frozenset[str] = _NOT_INSIDE,
) -> str | None:
    """Return the verb of `verbs` that the end of `short` holds with its object after it ("urged | the
    city council"), lowercased, or None."""
    words = short[-60:].split()
    for at in range(len(words) - 2, max(-1, len(words) - most - 2), -1):
        verb = words[at].lower()
        if verb in verbs:
            return verb if _is_object(words[at + 1 :], inside) and _is_verb_at(words, at) else None
    return None


def waits_for_infinitive(short: str, after: str) -> bool:
    """Tell whether `short` ends on a verb of object control and its object and `after` opens the
    infinitive they wait for: "urged lawmakers | to pass the bill"."""
    return _INFINITIVE.match(after) is not None and _verb_and_object(short, _VERBS, 6) is not None


def waits_for_object(short: str, after: str) -> bool:
    """Tell whether `short` ends on a verb of object control and `after` holds its object and infinitive:
    "has instructed | universities to conduct checks"."""
    last = short[short.rfind(" ") + 1 :].lower()
    if last not in _VERBS or " to " not in after[:60]:
        return False
    found = _OBJECT_THEN_INFINITIVE.match(after)
    words = short[-30:].split()
    if found is None or not _is_object(found["object"].split()[:4]):
        return False
    return _is_verb_at(words, len(words) - 1)


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
# Words no placed object holds: "put Pakistan (into) bat | on a flat pitch" is placed already.
_NOT_INSIDE_PLACED = _NOT_INSIDE | {"into", "onto", "on", "in", "under", "behind"}


def waits_for_place(short: str, following: str) -> bool:
    """Tell whether `short` ends on a verb of placing and its object and `following`, the word after the
    cut, is the preposition of where the object goes: "started loading fuel | into the reactor"."""
    verb = _verb_and_object(short, _PLACING, 5, _NOT_INSIDE_PLACED)
    return verb is not None and following in _PLACING[verb]


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
