"""Find the noun phrase a participle aside describes, and tell nouns of people from nouns of things.

"The trial of the former minister, charged in 2023," charges the minister, the nearest noun phrase; "The
head of the agency, appointed in 2020," appoints the head: a noun of a person or a role before "of" heads
the phrase, and the aside describes it. No parser: word lists and endings, each with examples.
"""

from __future__ import annotations

import re

from timeline.verbs import has_verb

# Nouns of people and roles that head a noun phrase before "of": "the head of the agency", "the widow of".
PERSON_NOUNS = {
    "head", "heads", "chief", "chiefs", "director", "directors", "leader", "leaders", "president", "chair",
    "chairman", "chairwoman", "chairperson", "mayor", "minister", "secretary", "governor", "founder",
    "founders", "owner", "owners", "member", "members", "wife", "husband", "son", "sons", "daughter",
    "daughters", "mother", "father", "widow", "widower", "brother", "sister", "spokesman", "spokeswoman",
    "spokesperson", "manager", "coach", "captain", "editor", "commander", "judge", "king", "queen", "prince",
    "princess", "author", "creator", "inventor", "architect", "designer", "survivor", "survivors", "victim",
    "victims", "ceo", "boss", "officer", "officers", "official", "officials", "ambassador", "envoy",
    "general", "deputy", "head coach", "winner", "winners", "champion", "lawyer", "lawyers", "executive",
    "executives", "employee", "employees", "worker", "workers", "staff", "residents", "citizens", "partner",
}
# Endings of nouns of people: "economist", "historian", "resident", "correspondent".
_PERSON_ENDINGS = ("ist", "ists", "ian", "ians", "ent", "ents")
# A noun phrase after the word that sets it off inside a longer subject, nearest the comma: "ruled that
# the election", "Protests over the bill", "The trial of the former minister".
_INNER = re.compile(r"\b(?P<word>that|over|against|about|of)\s+(?P<np>(?:the|a|an|its|their)\s[^,]+)\Z")
# A subject whose head stands before "of": "The head of", "the new chief executive of" (no preposition).
_HEAD_OF = re.compile(
    r"(?:\A|\b(?:that|over|against|about)\s+)(?:(?:the|a|an|its|his|her|their|our)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?P<noun>[\w'’-]+)\s+of\s"
)


def is_person_noun(word: str) -> bool:
    """Tell whether a noun names a person or a role: "head", "founder", "economist", not "trial", "sale"."""
    word = word.lower()
    # "-ent" makes people ("resident", "president") and things ("event", "agreement", "payment")
    thing = word.endswith(("ment", "ments", "vent", "vents", "cent", "cents"))
    return word in PERSON_NOUNS or (word.endswith(_PERSON_ENDINGS) and not thing and len(word) > 5)


def aside_subject(subject: str) -> str | None:
    """Return the noun phrase inside `subject` that a participle aside after it describes, or None when
    it is the whole subject.

    "The trial of the former minister" -> "the former minister"; "Protests over the bill" -> "the bill";
    "The head of the agency" -> None (the head is the person the aside describes).
    """
    inner = _INNER.search(subject)
    if inner is None or has_verb(inner["np"]):
        return None
    if inner["word"] == "of":
        head = _HEAD_OF.match(subject) or _HEAD_OF.search(subject)
        if head and head.end() == inner.end("word") + 1 and is_person_noun(head["noun"]):
            # "ruled that the head of the agency": the phrase after "that", whole
            outer = re.search(r"\b(?:that|over|against|about)\s+(?P<np>.+)\Z", subject[: head.end()])
            return outer["np"] + subject[head.end() :] if outer else None
    return inner["np"]
