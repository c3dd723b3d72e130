"""Report a quoted first-person happening as a headline: '"We signed the deal," Ruiz said' -> "Ruiz signed
the deal".

quote_speakers.with_speaker names who speaks a first-person title ('Ruiz: "We signed the deal"'); a reader
wants a headline. When the title is "I" or "We", a past verb that tells a happening and words that name no
other person of the quotation, "I" becomes the speaker, and "We" the organisation the attribution names
beside the speaker ('said Ana Ruiz, chief executive of Acme', "Acme's Ana Ruiz said") -> "Acme signed the
deal". A "We" without an organisation, a state ("We were tense"), a plan ("We will appeal") or a title
that still says "our" or "me" keep the quoted form. No parser: patterns, each with an example.
"""

from __future__ import annotations

import re

from timeline.verbs import is_past_form

# "I" or "We", an adverb of the telling, and a past verb: "We (also) signed", "I (finally) found".
_SUBJECT_VERB = re.compile(
    r"(?P<subject>I|We)\s+(?P<adverb>(?:also|then|finally|just|only|already|first|[a-z]+ly)\s+)?"
    r"(?P<verb>[a-z]{2,})\b(?P<rest>.*)\Z"
)
# Past forms that tell a state or a habit, not a happening: "We were tense", "I had doubts", "We used to".
_NOT_HAPPENINGS = {"was", "were", "had", "did", "used", "been", "felt", "thought", "knew", "wanted",
                   "liked", "loved", "hoped", "seemed", "believed", "expected", "needed", "meant"}
# Words that leave a person of the quotation in the title, which a reported form would misread: "We signed
# (our) first deal", "I told (them) about (me)"; "you" is the listener.
_PERSONS = re.compile(r"\b(?:I|me|my|mine|myself|we|us|our|ours|ourselves|you|your|yours)\b", re.I)
# An attribution after a quotation's words: ", said Ana Ruiz", ", she told reporters".
_TOLD = re.compile(r",\s+(?:(?:said|says|told|added)\b|[\w'’. -]{2,40}\s(?:said|says|told|added)\b)")
# Roles that tie a speaker to an organisation, each with an example of an attribution.
ROLES = {
    "chief executive": "said Ana Ruiz, chief executive of Acme",
    "executive": "said Ana Ruiz, a senior executive at Acme",
    "ceo": "said Ana Ruiz, CEO of Acme",
    "president": "Ana Ruiz, president of the Acme Group, said",
    "chairman": "said Ana Ruiz, chairman of Acme",
    "chairwoman": "said Ana Ruiz, chairwoman of Acme",
    "director": "said Ana Ruiz, director of the Rivers Trust",
    "head": "said Ana Ruiz, head of Acme",
    "spokesman": "said Tom Hale, a spokesman for Acme",
    "spokeswoman": "said Ana Ruiz, a spokeswoman for Acme",
    "spokesperson": "said Ana Ruiz, a spokesperson for Acme",
    "manager": "said Tom Hale, manager of Harbour Rovers",
    "coach": "said Tom Hale, coach of Harbour Rovers",
    "founder": "said Ana Ruiz, founder of Acme",
    "owner": "said Ana Ruiz, owner of Acme",
    "leader": "said Ana Ruiz, leader of the Green Party",
}
_ROLE = "|".join(sorted((re.escape(role) for role in ROLES), key=len, reverse=True))
# An organisation's name: capitalized words, "of" or "and" between them ("Bank of Ireland").
_ORGANISATION = r"(?:the\s+)?(?P<org>[A-Z][\w&.'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&.'’-]*){0,4})"
# After the speaker: ", (a|the) (senior) chief executive of|at|for Acme".
_ROLE_AFTER = re.compile(
    rf",\s+(?:(?:a|an|the)\s+)?(?:[a-z]+\s+)?(?i:{_ROLE})\s+(?:of|at|for)\s+{_ORGANISATION}"
)
# Before the speaker: "Acme's Ana Ruiz", "Acme's chief executive Ana Ruiz", "Acme chief executive Ana Ruiz".
_ROLE_BEFORE = re.compile(rf"(?<![\w'’-]){_ORGANISATION}(?:['’]s(?:\s+(?i:{_ROLE}))?|\s+(?i:{_ROLE}))\s+\Z")
# A speaker named with an organisation's possessive: "Acme's Ana Ruiz".
_OWNED = re.compile(rf"{_ORGANISATION}['’]s\s+[A-Z]")
# The most characters between a quotation and its attribution's organisation, on its line (news puts a
# paragraph on a line).
_REACH = 200


def reported(title: str, text: str, span: tuple[int, int], who: str) -> str | None:
    """Return `title`, a quoted first-person happening, told of its speaker `who` ("I") or of the organisation
    named beside them ("We"), or None when that is not safe."""
    found = _SUBJECT_VERB.match(title)
    if found is None or found["verb"] in _NOT_HAPPENINGS or not is_past_form(found["verb"]):
        return None
    rest = found["rest"]
    told = _TOLD.search(rest)  # 'We signed it, said Ana Ruiz': the attribution the title's cut kept
    rest = rest[: told.start()] if told is not None else rest
    if _PERSONS.search(rest) or who.lower() in ("he", "she", "they", "it"):
        return None  # "We signed our first deal": whose deal a reader could not tell
    doer = who if found["subject"] == "I" else organisation(text, span, who)
    if doer is None:
        return None
    return f"{doer} {found['adverb'] or ''}{found['verb']}{rest}"


def organisation(text: str, span: tuple[int, int], who: str) -> str | None:
    """Return the organisation the words around the speaker `who` of the quotation at `span` name ("said
    Ana Ruiz, chief executive of Acme", "Acme's Ana Ruiz said"), or None."""
    owned = _OWNED.match(who)  # the attribution named the speaker so: "Acme's Ana Ruiz"
    if owned is not None:
        return owned["org"]
    line_start, line_end = text.rfind("\n", 0, span[0]) + 1, text.find("\n", span[1])
    line_end = len(text) if line_end < 0 else line_end
    window = text[max(line_start, span[0] - _REACH) : min(line_end, span[1] + _REACH)]
    at = window.find(who)
    if at < 0:
        return None
    after = _ROLE_AFTER.match(window, at + len(who))
    if after is not None:
        return after["org"].rstrip(".")  # '..., chief executive of Acme.' ends the sentence on the name
    before = _ROLE_BEFORE.search(window, 0, at)
    return before["org"] if before is not None else None
