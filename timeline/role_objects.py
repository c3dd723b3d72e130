"""Find the person a "he" or "she" stands for when the sentence before gave that person the role the title
names again: "The club signed Ana Ruiz as a striker in May. She became its third striker" -> "Ruiz".

named_person keeps the pronoun when the one person named is an object ("The Senate confirmed Maria Okafor.
She ..." may be anyone); a role given with "as" and named again after the pronoun ties the two. When the
object is itself "her" or "him", the person is whom a pronoun opening that sentence would stand for. No
parser: a pattern with an example.
"""

from __future__ import annotations

import re

from timeline.named_people import named_person
from timeline.referents import person_before_sentence
from timeline.sentence_subjects import sentence_start

# An object given a role: "signed (Ana Ruiz) as a (striker)", "hired (him) as its new (coach)".
_AS_ROLE = re.compile(
    r"\b(?P<object>(?:[A-Z][a-z][\w'’-]*\s+){1,2}[A-Z][a-z][\w'’-]*|her|him)\s+as\s+(?:a|an|the|its|their)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?P<role>[a-z-]{3,})\b(?!\s+(?:of|for|to|and)\b)"
)
# A name of two capitalized words or more, or a courtesy title: someone else the sentence names.
_OTHER_NAME = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+|\b(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z]")
_OBJECT_SEX = {"her": "she", "him": "he"}


def role_object(text: str, start: int, pronoun: str, rest: str) -> str | None:
    """Return whom a "he" or "she" opening the sentence at `start` stands for, when the sentence before gives
    one person, by name or as "her"/"him", a role that `rest`, the title after the pronoun, names again;
    else None."""
    end = len(text[:start].rstrip())
    if not text.startswith(".", end - 1) or "\n\n\n" in text[end:start] or end < 2:
        return None
    before = sentence_start(text, end - 1)
    told = text[before:end]
    roles = [m for m in _AS_ROLE.finditer(told) if re.search(rf"\b{re.escape(m['role'])}\b", rest)]
    if len(roles) != 1:
        return None
    found = roles[0]
    if found["object"] in _OBJECT_SEX:
        if _OBJECT_SEX[found["object"]] != pronoun.lower() or _OTHER_NAME.search(told):
            return None  # "signed him as a striker. She ...", "Ana Lind signed her as ...": who, unsure
        return person_before_sentence(text, before, pronoun)
    surname = named_person(told, pronoun, subject=False)
    return surname if surname is not None and found["object"].split()[-1] == surname.split()[-1] else None
