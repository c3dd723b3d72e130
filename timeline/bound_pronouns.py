"""Read who a "him" or "her" in a clause cannot be, for the "he" or "she" that opens the next sentence.

"The club signed Ana Ruiz from Vale, where Sara Kim coached her. She ..." names two women; the "her" that Kim
coached is not Kim, so it is Ruiz, and the "she" that goes on is Ruiz too. A person who is the subject of a
subordinate or relative clause and does something to "her" there is someone else than that "her": the one
other person the sentence names, in its main clause before that clause, is the one both pronouns stand for.
No parser: the people named_people reads and one pattern, each with an example.
"""

from __future__ import annotations

import re

from timeline.given_names import sex_of
from timeline.named_people import OTHER_THE, people_named
from timeline.person_heads import is_person_noun
from timeline.verbs import has_verb

# The word that opens a clause inside a sentence, right before its subject: "(where) Sara Kim coached her",
# "(after) Ben Dale fired him".
_OPENS_CLAUSE = re.compile(
    r"\b(?:where|who|whom|when|after|before|because|while|since|until|although|though|once)\s+\Z"
)
# The object pronoun of each subject pronoun, and the ones of the other sex.
_OBJECT = {"she": "her", "he": "him"}
_OTHER_SEX = {"she": re.compile(r"\b(?:he|him|his|himself)\b", re.I),
              "he": re.compile(r"\b(?:she|her|hers|herself)\b", re.I)}


def bound_other(sentence_before: str, pronoun: str) -> str | None:
    """Return the surname of the person a "he" or "she" opening the next sentence stands for, when the
    sentence before names two people and the later one, as the subject of a clause inside it, acts on "him"
    or "her": "The club signed Ana Ruiz, where Sara Kim coached her." -> "Ruiz". None when a quotation, a
    pronoun of the other sex, a person named with "the" ("the coach") or a given name of the other sex
    stands there, or the clause's verb does not act on the pronoun right after it."""
    pronoun = pronoun.lower()
    if any(q in sentence_before for q in "\"“”") or _OTHER_SEX[pronoun].search(sentence_before):
        return None
    people, single = people_named(sentence_before)
    if len(people) != 2 or single:
        return None
    if any(is_person_noun(m["noun"]) for m in OTHER_THE.finditer(sentence_before)):
        return None  # "..., where the coach trained her": a third person
    first, later = people
    if not _OPENS_CLAUSE.search(sentence_before, 0, later.start):
        return None  # "Ana Ruiz met Sara Kim and thanked her": no clause of the later one
    after = sentence_before[later.end :]
    acts = re.match(rf"\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\s+{_OBJECT[pronoun]}\b", after)
    if acts is None or not has_verb(acts["verb"]):
        return None
    female = pronoun == "she"
    if any(sex_of(w) not in (None, female) for w in first.words[:-1]):
        return None  # "Ben Ruiz ..., where Sara Kim coached her": the "her" is no Ben
    return first.words[-1]
