"""Name what an "it" stands for in a subordinate clause titled on its own: the main clause's subject.

"Harwell has struggled since a software fault forced it to recall 300,000 vehicles in July" titles the
"since" clause; its "it" is Harwell, the one thing the main clause names: "A software fault forced Harwell
to recall 300,000 vehicles". Only when the main clause is its subject and a verb group with nothing after
it that "it" could stand for, and the subject is a thing, not a person.
"""

from __future__ import annotations

import re

from timeline.person_heads import is_person_noun
from timeline.sentence_subjects import sentence_start
from timeline.surnames import FIRM_ENDS
from timeline.verbs import be_for, first_verb, has_verb

# The word that opens the subordinate clause, right before the title's span: "(since) a fault forced it".
_OPENER = re.compile(r"\b(?:since|after|before|when|until|because|once)\s+\Z", re.I)
# "it" as a verb's object, before what completes the verb: "forced it to", "pulled it from", "sold it in".
_IT_OBJECT = re.compile(
    r"\b(?P<verb>[a-z]{3,})\s+it\b(?=\s+(?:to|into|from|out|off|up|down|back|over|for|in|on|at)\b|\s*\Z)"
)
# The verbs whose "it" after them opens a clause or names no thing: "said it would", "made it clear".
_NOT_OBJECT_VERBS = {"said", "says", "say", "told", "added", "announced", "made", "make", "makes", "found",
                     "thought", "believed", "felt", "considered", "called", "took", "take"}
# A subject the main clause names as a thing: a name of one to three capitalized words ("Harwell", "Nordic
# Air Group"), or "the" and a noun ("the company").
_THING = re.compile(r"(?:[Tt]he\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})")
# Words of a predicate that name something else an "it" could stand for: a determiner, a capitalized word.
_OTHER_THING = re.compile(r"\b(?:the|a|an|its|his|her|their|this|that|these|those)\b|\b[A-Z]")


# The last word of a firm's or a body's name of several words: "Nordic Air Group", "Harbour Bank", "the
# Port Authority": a firm's (surnames.FIRM_ENDS) or a public body's.
_BODY_ENDS = FIRM_ENDS | {"Company", "Council", "Ministry", "Agency", "Authority", "Union"}


def _is_thing(subject: str, text: str) -> bool:
    """Tell whether a subject is one thing an "it" stands for: "the company", "Harwell", "Harbour Bank"; not
    "the mayor", "the talks", "Holt" of "Dana Holt", "Management" (a common noun opening the sentence)."""
    words = subject.split()
    if words[0] in ("The", "the"):
        return not is_person_noun(words[-1]) and be_for(subject) != "were"
    if len(words) > 1:
        return words[-1] in _BODY_ENDS
    word = words[0]
    return not (word.endswith("s") or is_person_noun(word)
                or re.search(rf"\b{re.escape(word.lower())}\b", text)  # "Management ... management"
                or re.search(rf"\b[A-Z][a-z]+\s+{re.escape(word)}\b", text))  # "Dana Holt": a person


def named_it(title: str, text: str, span: tuple[int, int]) -> str:
    """Return the title with the main clause's subject for the "it" object of a subordinate clause titled on
    its own, or the title unchanged."""
    if " it" not in title or not _OPENER.search(text, max(0, span[0] - 10), span[0]):
        return title
    found = _IT_OBJECT.search(title)
    if found is None or found["verb"] in _NOT_OBJECT_VERBS or not has_verb(found["verb"]):
        return title
    start = sentence_start(text, span[0])
    opener = _OPENER.search(text, max(0, span[0] - 10), span[0])
    assert opener is not None
    main_end = opener.start()
    verb = first_verb(text, start, main_end)
    if verb is None:
        return title
    subject = text[start : verb.start()].strip()
    if not _THING.fullmatch(subject) or _OTHER_THING.search(text, verb.start(), main_end):
        return title  # "Harwell sold the plant after a fault forced it to close": the plant may be "it"
    if not _is_thing(subject, text):
        return title
    name = "the " + subject[4:] if subject.startswith("The ") else subject
    return title[: found.end("verb")] + " " + name + title[found.end() :]
