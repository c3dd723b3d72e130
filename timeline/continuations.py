"""Tell whether the words after a cut complete the verb or the participle the cut title ends on.

complete() judges a title alone, and "The rise in imports appeared" or "Voters elected a council led" read
whole there; the clause they were cut from goes on with what they need: "(appeared) to be the result of
...", "(a council led) by the Green party". timeline.last_cuts.cut_within asks `waits` of
each cut, so that a cut there gives way to a shorter whole one or a wording that fits uncut.
"""

from __future__ import annotations

import re

from timeline.verbs import first_verb, is_past_form

# Verbs whose clause goes on with an infinitive right after them, each with an example of a title cut
# before it. Not the verbs with an object before the infinitive ("invited the three countries | to join"):
# a cut there keeps a whole clause, and the shorter cut that would replace it says less.
_INFINITIVE_VERBS = {
    "appear": "The rise in imports appeared (to be ...)", "seem": "The plan seemed (to work)",
    "tend": "Prices tend (to rise)",
}
_FORMS = {
    form
    for verb in _INFINITIVE_VERBS
    for form in (verb, verb + "s", verb + ("d" if verb.endswith("e") else "ed"))
}  # "appear", "appears", "appeared"
# An infinitive after the cut: "to" and a lowercase word that opens no noun phrase ("to review", "to be").
_INFINITIVE = re.compile(
    r"\s+to\s+(?!(?:the|a|an|its|his|her|their|our|this|that|these|those|some|any|all|more|about|around)\b)"
    r"[a-z]{2,}\b"
)


# Prepositions that go on a participle after a noun, besides "by": "gold bars made (of ...)", "violence linked
# (to ...)", "troops based (in ...)".
_PARTICIPLE_PHRASES = (" of ", " to ", " in ", " with ", " from ", " for ", " on ", " at ")


# A noun phrase that a determiner opens, a past participle after it at the end, whole words: "(issued) a
# series of gold bars made".
_NOUN_PARTICIPLE = re.compile(
    r"(?:\b(?P<before>[A-Za-z]+)\s+)?\b(?P<np>(?:a|an|the|its|their|his|her|this)\s+"
    r"(?:(?!(?:is|are|was|were|be|been|being|has|have|had|that|which|who)\b)[\w'’-]+\s+){1,4})"
    r"(?P<participle>[a-z]{3,})\Z"
)
# Words that open a clause, whose subject a past verb after a noun phrase has: "when (a bomb exploded)".
_CLAUSE_OPENERS = {"when", "as", "after", "before", "because", "since", "but", "and", "while", "until", "if",
                   "that", "though", "although", "once", "where", "whereas", "so"}


def waits(title: str, rest: str) -> bool:
    """Tell whether `title`, cut from a clause that goes on with `rest`, ends on a verb that the infinitive
    in `rest` completes ("appeared | to be"), or on a participle after a noun that the agent in `rest`
    completes ("a council led | by the party")."""
    if rest.startswith(" to ") and _INFINITIVE.match(rest):
        return _infinitive_verb_before(title) or object_waits(title, rest)
    if rest.startswith(" by "):
        return _participle_after_noun(title)
    return participle_waits(title, rest)


def participle_waits(title: str, rest: str) -> bool:
    """Tell whether `title`, cut from a clause that goes on with `rest`, ends on a participle after a noun
    whose phrase `rest` opens: "issued gold bars made | of pure gold", "aid linked | to"; not a clause's
    verb after its subject: "(when) a car bomb exploded | in", "(but) the Conservatives won | in"."""
    if not rest.startswith(_PARTICIPLE_PHRASES) or "," in title[-40:]:
        return False
    found = _NOUN_PARTICIPLE.search(title, max(0, len(title) - 60))
    if found is None or not is_past_form(found["participle"]) or found["participle"].startswith("un"):
        return False  # "leave their levels unchanged": an adjective
    words = {word.lower() for word in title[: found.start("np")].split()[-3:] + found["np"].split()}
    if words & _CLAUSE_OPENERS or (found["before"] or "").lower() in _VERB_BEFORE_OBJECT:
        return False
    verb = first_verb(title)
    return verb is not None and verb.end() <= found.start("np")


def _infinitive_verb_before(title: str) -> bool:
    """Tell whether `title` ends on a verb of `_INFINITIVE_VERBS` ("The rise in imports appeared")."""
    return title[title.rfind(" ") + 1 :].lower() in _FORMS


def _participle_after_noun(title: str) -> bool:
    """Tell whether `title` ends on a past participle after a noun phrase that a determiner opens, and has a
    verb of its own before it: "Voters elected a council led"; not "The council was led", "Prices rose",
    "had the repaired ankle examined" (the participle completes "had"), "said the report issued"."""
    found = _DETERMINED_PARTICIPLE.search(title, max(0, len(title) - 60))
    if found is None or not is_past_form(found["participle"]):
        return False
    if found["before"] and found["before"].lower() in _VERB_BEFORE_OBJECT:
        return False
    verb = first_verb(title)
    return verb is not None and verb.end() <= found.start("np")


# A noun phrase that a determiner opens, a past participle after it at the end: "(elected) a council led".
_DETERMINED_PARTICIPLE = re.compile(
    r"(?:(?P<before>[A-Za-z]+)\s+)?(?P<np>(?:a|an|the|its|their|his|her|this)\s+"
    r"(?:(?!(?:is|are|was|were|be|been|being|has|have|had|that|which|who)\b)[\w'’-]+\s+){1,4})"
    r"(?P<participle>[a-z]{3,})\Z"
)
# Verbs whose object a participle completes ("had the ankle examined", "saw the rebels killed") or that
# pass on a statement whose subject the phrase is ("said the report issued (by ...)").
_VERB_BEFORE_OBJECT = {
    "have", "has", "had", "having", "get", "got", "gets", "see", "saw", "seen", "watch", "watched", "heard",
    "found", "find", "left", "keep", "kept", "want", "wanted", "need", "needed", "said", "says", "told",
    "added", "like", "liked",
}


# A verb that takes an object and then the infinitive that is the news, and its object, ending a cut before
# "to": "wanted the restaurant | (to review ...)", "urged Clinton | (to extend ...)", "called for Antarctica
# | (to be ...)", "instructed universities | (to check ...)". Not a phrase after the verb ("asked for help |
# to rebuild": a purpose), nor "that" or "and" in the object.
_OBJECT_THEN_TO = re.compile(
    r"\b(?:wants?|wanted|would\s+like|urged?|urges|asked|asks?|told|tells|instructed|instructs|invited"
    r"|encouraged|persuaded|pressed|pressured|allowed|allows|forced|enabled|committed|called\s+on|calls\s+on)"
    r"\s+(?!(?:for|about|in|on|at|by|with|from|over|to)\b)"
    r"(?:(?!(?:to|that|and|but|or|which|who)\b)[\w'’.-]+\s+){0,5}(?!(?:to|that|and|but|or)\b)[\w'’.-]+\Z"
    # "called for" a party: "called for Antarctica | (to be ...)"; not "called for international action"
    r"|\bcall(?:ed|s)?\s+for\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\Z"
)
_OBJECT_THEN_TO_WORDS = ("want", "like", "urg", "ask", "told", "tell", "instruct", "invit", "encourag",
                         "persuad", "press", "allow", "forc", "enabl", "commit", "call")


def keeps_object(title: str, rest: str) -> bool:
    """Tell whether a cut that waits for what follows keeps a verb and its object, which stay when no wording
    fits: the object of an infinitive's verb ("urged Clinton | to"), a participle's noun ("groups locked |
    in")."""
    return object_waits(title, rest) or participle_waits(title, rest)


def object_waits(title: str, rest: str) -> bool:
    """Tell whether `title`, cut from a clause that goes on with `rest`, ends on the object of a verb whose
    infinitive in `rest` is the news: "The service said it wanted the restaurant | to review its rules"."""
    if not rest.startswith(" to ") or _INFINITIVE.match(rest) is None:
        return False
    end = title[max(0, len(title) - 70) :]
    return any(map(end.__contains__, _OBJECT_THEN_TO_WORDS)) and _OBJECT_THEN_TO.search(end) is not None
