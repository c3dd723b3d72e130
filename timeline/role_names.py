"""Name the person a title calls by a role alone, as a headline does: "The president will visit Tokyo" ->
"Lind will visit Tokyo", when the story gave that role to exactly one person before.

The role is the words after "The" (and "former", "late", ...) up to a noun of a person: "the prime
minister", "the former coach". The story gives it before a name ("President Ana Lind", "Foreign Minister
Ben Dale") or in an apposition after one ("Ana Lind, the president,"); one name, however often told, is the
person meant; two or none leave the role as it is ("President Lind met former president Ruiz"). No parser:
patterns, each with an example.
"""

from __future__ import annotations

import re

from timeline.person_heads import is_person_noun
from timeline.pronouns import NOT_PEOPLE, REIGNING
from timeline.verbs import first_verb

# Nouns of people no story gives as a role before a name: "the man", "the victim".
_NO_ROLES = {"man", "woman", "boy", "girl", "child", "victim", "suspect", "teenager", "gunman", "attacker"}

# The words before a role at a title's head: "The (former) prime minister ...".
_THE = re.compile(r"(?i:the)\s+(?:(?:former|late|new|outgoing|incoming|then|veteran)\s+)?")
# A role of one to three lowercase words, "'s" after it or not: "prime minister", "coach's".
_ROLE = re.compile(r"(?P<role>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})(?P<owned>['’]s\s)?")
# A name of one to four capitalized words, initials between: "Ana Lind", "George W. Bush", "Lind".
_NAME = r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w'’-]*){0,3})"
# A word of a person's name as written in full: "Ana", "Lind", "O'Neill".
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?")
# How far back the story may have given the role: a dozen paragraphs of news.
_REACH = 4000


def named_role(title: str, text: str, span: tuple[int, int]) -> str:
    """Return the title with a role at its head replaced by the surname of the one person the story gave that
    role before: "Foreign Minister Ben Dale flew in on Monday. ... The minister met the king" -> "Dale met
    the king"; the title unchanged when no one or two people had it."""
    the = _THE.match(title)
    role = _ROLE.match(title, the.end()) if the else None
    verb = first_verb(title) if role else None
    if role and not role["owned"]:  # the role is all the subject: "The (prime minister) was attacked"
        whole = verb is not None and verb.start() > the.end()
        role = _ROLE.fullmatch(title, the.end(), verb.start() - 1) if whole else None
    if role is None:
        return title  # "The humanitarian (organisations were)": no role before the verb
    rest = title[role.end("role") :]
    role = role["role"]
    head = role.split()[-1]
    if not is_person_noun(head) or head.endswith("s") or head in _NO_ROLES or head.capitalize() in REIGNING:
        return title  # "The officials", "The man": no role a story gives one person by name; "The pope" stays
    before = text[max(0, span[0] - _REACH) : span[0]]
    words = r"\s+".join(re.escape(w) for w in role.split())
    given = re.compile(rf"(?<![\w-])(?i:{words})\s+{_NAME}|{_NAME.replace('name', 'named')},\s+(?:the|a)\s+"
                       rf"(?:[\w-]+\s+){{0,3}}?(?i:{words})\b(?!\s+of\b)")
    names = set()
    for match in given.finditer(before):
        name = (match["name"] or match["named"]).split()
        while name and name[-1] in NOT_PEOPLE:
            name.pop()  # "President Lind Monday": the weekday is no part of the name
        called = [w for w in (name[-1:] + name[:1] if len(name) > 1 else name) if called_alone(w, text)]
        # "Hu" of "President Hu Jintao", when the story calls him so; else the name as written, when it is a
        # person's first and last name ("world silver medallist Ana Lind", never told "Lind" alone)
        full = " ".join(name) if len(name) in (2, 3) and all(_NAME_WORD.fullmatch(w) for w in name) else ""
        names.add(called[0] if called else full)
    if len(names) != 1 or "" in names:
        return title
    name = names.pop()
    if name in rest:
        return title  # "The president met Lind": someone else
    return name + rest


def called_alone(word: str, text: str) -> bool:
    """Tell whether the story calls someone by `word` alone, as news calls a person by the surname after the
    first mention: "Lind said"; not "Jintao" of "Hu Jintao", never told without "Hu"."""
    for found in re.finditer(rf"\b{re.escape(word)}\b", text):
        before = re.search(r"(?P<w>\S+)\s+\Z", text[max(0, found.start() - 30) : found.start()])
        named_before = before is not None and before["w"][:1].isupper() and before["w"][-1].isalpha()
        if not named_before and not re.match(r"\s+[A-Z]", text[found.end() : found.end() + 2]):
            return True
    return False
