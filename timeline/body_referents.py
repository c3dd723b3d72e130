"""Name the firm or body an "it" or a "the company" at a title's head stands for, when only one is meant.

A headline names the actor: "Norvik Foods said on Monday it would close two plants. It plans to hire 150
drivers" -> "Norvik Foods plans to hire 150 drivers"; "... The company plans to hire" alike, when Norvik
Foods is the one firm the sentences before name. Only when nothing else is a likely referent: a second name,
or another thing that is a clause's subject in the sentence before ("said the plant would close"), keeps the
title's own words. No parser: a table with an example each, and patterns.
"""

from __future__ import annotations

import re

from timeline import antecedents
from timeline.sentence_subjects import previous_subject, sentence_start
from timeline.verbs import first_verb

# Last words of the names of firms, which "the company" and "the firm" may stand for: "Norvik Foods".
_FIRM_WORDS = (
    "Inc", "Ltd", "Co", "Corp", "Corporation", "Plc", "PLC", "LLC", "AG", "SA", "Company", "Group",
    "Networks", "Systems", "Industries", "Holdings", "Technologies", "Foods", "Stores", "Motors",
    "Mining", "Media", "Telecom", "Energy", "Electric", "Insurance", "Pharmaceuticals", "Communications",
    "Entertainment", "Studios", "Airlines", "Airways",
)
# Nouns a story calls a body by after naming it, and the last words of the names each may stand for, with
# an example each.
BODY_NOUNS = {
    "company": _FIRM_WORDS,  # "Norvik Foods ... The company plans"
    "firm": _FIRM_WORDS,  # "Dalby Holdings ... The firm said"
    "group": ("Group", "Holdings"),  # "Arvo Group ... The group will"
    "bank": ("Bank",),  # "Harbour Bank ... The bank cut"
    "airline": ("Airlines", "Airways"),  # "Pell Airways ... The airline added"
    "carrier": ("Airlines", "Airways"),  # "Pell Airways ... The carrier added"
    "carmaker": ("Motors",),  # "Arno Motors ... The carmaker recalled"
}
_ALL_WORDS = sorted({w for words in BODY_NOUNS.values() for w in words}, key=lambda w: (-len(w), w))
# A name that ends in one of those words: "Norvik Foods", "Pell Bay Airways", "Acme Corp."
_BODY_NAME = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:[A-Z][\w&'’-]*\s+){{1,3}}(?P<last>{'|'.join(_ALL_WORDS)}))(?![\w'’-])"
)
# A name of two capitalized words or more: anyone or anything else the sentences may name ("Dalby Dairy").
_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)+")
# A noun phrase that may be a clause's subject, then its verb: "(the plant) would close", "(a unit) was sold".
_THING = re.compile(r"\b(?:the|a|an|its)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+(?=[a-z])")
# A title headed by one of the nouns: "The company plans to hire".
_NOUN_HEAD = re.compile(rf"The\s+(?P<noun>{'|'.join(sorted(BODY_NOUNS))})\s+(?=[a-z])")


def body_for_it(text: str, start: int) -> str | None:
    """Return the firm or body the sentence before the one at `start` has as its subject, for an "it" that
    opens that sentence, when the sentence before names no other thing that "it" may be, else None:
    "Norvik Foods said it would close two plants. It plans" -> "Norvik Foods"."""
    subject = previous_subject(text, start)
    if subject is None or not antecedents.is_body(subject) or not subject[:1].isupper():
        return None
    end = len(text[:start].rstrip())
    told = text[sentence_start(text, end - 1) : end]
    at = told.find(subject)
    if at < 0 or _other_referent(told[at + len(subject) :], subject):
        return None
    return subject


def named_body(title: str, text: str, span: tuple[int, int]) -> str | None:
    """Return the title with "The company" (a noun of BODY_NOUNS) at its head replaced by the one firm of that
    kind that its own sentence before it and the sentence before name, else None: "Norvik Foods said ... The
    company plans to hire" -> "Norvik Foods plans to hire". None when another name stands there, or the noun
    names another thing ("bought a rival firm").
    """
    head = _NOUN_HEAD.match(title)
    if head is None:
        return None
    start = sentence_start(text, span[0])
    window = text[sentence_start(text, start - 2) if start > 1 else start : span[0]]
    noun = head["noun"]
    bodies = {m["name"] for m in _BODY_NAME.finditer(window) if m["last"] in BODY_NOUNS[noun]}
    if len(bodies) != 1:
        return None
    (body,) = bodies
    names = {n.group() for n in _NAME.finditer(window)} - {body, f"The {body}"}
    if any(n not in body and not antecedents.is_person_name(n) for n in names):
        return None  # "Norvik Foods bought Dalby Dairy. The company": either may be meant
    if re.search(rf"\b{noun}\b", window, re.I):
        return None  # "Norvik Foods bought a rival firm. The firm": the noun is another's
    return body + " " + title[head.end() :]


def _other_referent(rest: str, subject: str) -> bool:
    """Tell whether the words after a sentence's subject name another thing an "it" after them may be: a name
    of two words or more, or a noun phrase that is a clause's subject ("said the plant would close")."""
    if any(n.group() not in subject for n in _NAME.finditer(rest)):
        return True
    return any((verb := first_verb(rest, m.end(), m.end() + 30)) is not None and verb.start() == m.end()
               for m in _THING.finditer(rest))
