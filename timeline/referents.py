"""Find what a pronoun subject stands for when the name lookups of subjects.py and pronouns.py find nothing.

A newsroom editor writes the referent in a headline: "He was replaced" -> "The minister was replaced" when
the sentence before had "The minister" as its subject and named nobody else; "..., but it flared up again"
-> "The fire flared up again" when the clause before kept the same "it" ("Firefighters brought it under
control") and the sentence before had "A fire" as its subject. No guess across a quotation or when another
person or thing is a likelier referent: the pronoun stays. No parser: patterns, each with an example.
"""

from __future__ import annotations

import re

from timeline import antecedents
from timeline.bound_pronouns import bound_other
from timeline.given_names import noun_sex
from timeline.named_people import OTHER_THE, named_again, named_person
from timeline.person_heads import is_person_noun
from timeline.sentence_subjects import previous_subject, sentence_start
from timeline.verbs import first_verb

# A name of two capitalized words or more, or a courtesy title, or "the" and a noun of a person after the
# subject of a sentence: someone else a "he" might stand for ("met Ruth Okafor", "met Mr. Dale", "the envoy").
_OTHER_NAME = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+|\b(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z]")
# The clause before an "it" that keeps the same "it" as its object, then a conjunction: "Firefighters
# brought it under control by mid-morning, but", "Crews repaired it, and".
_KEPT_IT = re.compile(r"\A[^,;:\"“”]*?\bit\b[^;:\"“”]*,\s+(?:but|and|yet)\s+it\b", re.I)


def person_subject(previous: str | None, sentence_before: str, pronoun: str) -> str | None:
    """Return the previous sentence's subject for a "he" or "she" that opens a sentence, when it is "the" and
    a singular noun of a person ("The minister resigned on Monday. He was replaced ..." -> "The minister")
    whose sex does not contradict the pronoun, and that sentence names no one else; else None.
    """
    if previous is None or not re.fullmatch(r"The\s+(?:[a-z-]+\s+){0,2}[a-z-]+", previous):
        return None
    head = previous.split()[-1]
    if not is_person_noun(head) or head.endswith("s") or head in ("staff", "police"):
        return None  # "The officials", "The police": not one person
    female = pronoun.lower() == "she"
    if noun_sex(head) not in (None, female):
        return None
    after = sentence_before[len(previous) :] if sentence_before.startswith(previous) else sentence_before
    if _OTHER_NAME.search(after) or any(is_person_noun(m["noun"]) for m in OTHER_THE.finditer(after)):
        return None  # "The minister met Ruth Okafor. She ...", "... met the envoy. He": someone else is named
    return previous


def kept_it(words: str) -> bool:
    """Tell whether `words`, a sentence up to a later "it" and the word after, held the same "it" as an object
    in the clause before, joined by "but" or "and": that "it" then stands for what the sentence before named
    ("Firefighters brought it under control, but it flared up again")."""
    return _KEPT_IT.match(words.strip()) is not None


def as_definite(subject: str) -> str:
    """Return a subject with "a" or "an" as "the", as a headline names a thing told before: "A fire" -> "The
    fire"."""
    return re.sub(r"\A(?:A|An)\s", "The ", subject)


# A plural noun phrase without "the" that may stand for "they": "Pilgrims", "Rescue workers".
_BARE_PLURAL = re.compile(r"[A-Z][a-z-]+(?:\s+[a-z-]+){0,2}s")


def bare_plural(subject: str) -> bool:
    """Tell whether a subject is a plural of common nouns without "the", which a "they" after it stands for:
    "Pilgrims will begin moving at dawn. They will then return" -> "Pilgrims"; not "Officials of Acme",
    "Its workers" or a name."""
    words = subject.split()
    return (_BARE_PLURAL.fullmatch(subject) is not None and words[0].lower() not in _NOT_BARE
            and not subject.endswith("ss"))


# Words that open a plural subject but no noun phrase a "they" safely stands for: tellers and sources
# ("Witnesses said ... They" may be others).
_NOT_BARE = {"its", "their", "his", "her", "our", "these", "those", "this", "that", "some", "many", "most",
             "all", "both", "others", "analysts", "officials", "sources", "reports", "witnesses"}


def person_before_sentence(text: str, start: int, pronoun: str, depth: int = 0) -> str | None:
    """Return whom a "he" or "she" that opens the sentence at `start` stands for, from the sentence before
    when it ends in a full stop in the same paragraph or the one before: its subject named with "the" ("The
    minister resigned. He ...") or the one person it names ("Thomas Reed resigned in July. He ...")."""
    end = len(text[:start].rstrip())
    if not text.startswith(".", end - 1) or "\n\n\n" in text[end:start] or end < 2:
        return None
    before = sentence_start(text, end - 1)
    told = text[before:start].strip()
    found = (person_subject(previous_subject(text, start), told, pronoun) or named_person(told, pronoun)
             or named_again(text[max(0, before - 3000) : before], told, pronoun)
             or bound_other(told, pronoun))  # "signed Ana Ruiz, where Sara Kim coached her. She": Ruiz
    if found is None and depth < 2 and re.match(rf"{pronoun}\s", told, re.I) and not _OTHER_NAME.search(told):
        # "The former president ruled for 32 years. He has a pacemaker. He underwent surgery": the same he
        found = person_before_sentence(text, before, pronoun, depth + 1)
    return found


# A word that opens a clause of time or cause inside a sentence, before its "he" or "she": "vowed to work
# after (he) was chosen", "resigned because (she) was ill".
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|before|when|because|since|until|once|as)\s+\Z")


def person_in_sentence(text: str, start: int, position: int, pronoun: str) -> str | None:
    """Return the surname of the one person the sentence at `start` names before a "he" or "she" that opens
    a clause of time or cause at `position`: "Newly elected Ana Lind vowed on Sunday to work hard after she
    was chosen on Saturday" -> "Lind"; None under the conditions of named_person."""
    if not _SUBORDINATE_BEFORE.search(text, max(start, position - 10), position):
        return None
    return named_person(text[start:position], pronoun, subject=False)  # "confirmed Okafor after she was"


# A front clause of time, cause or concession whose subject is a name, before the "he" or "she" that opens the
# main clause: "(Though Okafor was told to rest,) he has returned", "(After Ana Lind won the vote,) she".
_FRONT_NAMED = re.compile(
    r"\s*(?:Though|Although|After|Before|When|While|As|Because|Since|Once|Until|If)\s+"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z][\w'’-]+)\s+"
    r"(?P<rest>[a-z][^,;:\"“”A-Z]{2,160}),\s+(?P<pronoun>he|she)\b"
)
# Capitalized words that open a sentence or a phrase before a name, no given name: "In Acme's plan".
_NOT_OPENER = r"\b(?!(?:The|A|An|In|On|At|For|By|From|With|Of|To|And|But|As|If|When|After|Since|While)\s)"


def person_in_front_clause(text: str, start: int, pronoun: str) -> str | None:
    """Return the surname of the person the front clause of the sentence at `start` has as its subject, for
    the "he" or "she" that opens the main clause after it: "Though Okafor was told to rest, he has
    returned to work" -> "Okafor". None when the front clause names anyone else (a capital after
    the name: "After Blair met Chirac, he"; "the coach"), when the name is no person's as far as the text
    tells (a firm, a place: "When Acme cut jobs, he"), or when a given name or title tells the other sex."""
    found = _FRONT_NAMED.match(text, start, start + 300)
    verb = first_verb(found["rest"]) if found is not None and found["pronoun"] == pronoun.lower() else None
    if verb is None or verb.start() != 0:
        return None  # "After the vote, she": no clause of which the name is the subject
    name, rest = found["name"], found["rest"]
    if any(is_person_noun(m["noun"]) for m in OTHER_THE.finditer(rest)):
        return None  # "After Reed met the coach, he": the coach is a "he" too
    surname = re.escape(name.split()[-1])
    # named in full before, with a title or a given name: "Ken Okafor ... Though Okafor was"
    named = rf"{_NOT_OPENER}(?:(?:Mr|Mrs|Ms|Dr)\.?\s+|[A-Z][a-z]+\s+){surname}\b|\b{surname}\s+[A-Z][a-z]+"
    full = re.search(named, text[max(0, start - 3000) : start])
    if not (antecedents.is_person_name(name) or full) or not antecedents.fits_person(name, pronoun):
        return None
    if full and not antecedents.fits_person(full.group().strip(), pronoun):
        return None  # "Ana Lindqvist ... Though Lindqvist was told to rest, he": someone else
    return name.split()[-1]
