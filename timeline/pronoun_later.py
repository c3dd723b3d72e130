"""Title an "after" or "before" clause whose subject is a pronoun on the subject of the clause before it, when
the pronoun agrees with that subject and with no other phrase of that clause.

"Ana Ruiz won her third title in Lyon after she beat the defending champion in three sets on Sunday": Sunday
is the day she beat the champion (TimeML: a date anchors the event of its own clause; when the title was won
is not said), so the event is "Ana Ruiz beat the defending champion in three sets". The main clause is not
the title: the date does not date it. Not when the main clause holds another phrase the pronoun may stand
for ("The judge jailed the man after he admitted fraud on Monday": who admitted?), nor an "it" that stands
for nothing ("The pound fell after it emerged on Monday that ..."). Not a "when" clause either: it sets the
main clause at its own time, so a title of both ("Jones resigned when he learned of the audit") keeps the
date, and later_clauses asks only "after" and "before".
"""

from __future__ import annotations

import re

from timeline import antecedents, shorten
from timeline.models import TimeExpression
from timeline.person_heads import is_person_noun
from timeline.title_length import MAX_TITLE
from timeline.verbs import be_for, first_verb, has_verb

# The opener and the pronoun subject of the date's clause, each with an example: "after she beat the
# champion", "before he was charged", "after it lost two clients", "after they met".
_PRONOUN_CLAUSE = re.compile(r"\b(?:after|before)\s+(?P<p>he|she|it|they)\s+(?P<rest>[^,;:]*)\Z")
# An "it" that stands for nothing: "after it emerged that", "after it was announced", "after it became clear".
_EMPTY_IT = re.compile(
    r"(?:emerged|transpired|became|seemed|appeared|turned\s+out"
    r"|(?:was|had\s+been)\s+(?:announced|reported|revealed|said|learned|confirmed|disclosed|decided|clear))\b"
)
# An aside after the subject: "Ana Ruiz, 24, (won)", "The firm, based in Oslo, (cut)".
_ASIDE = re.compile(r",[^,]*,\s*\Z")
# A noun phrase of the main clause after its verb, with its determiner: "(jailed) the man", "(closed) a
# plant", "(rested) his striker". A possessive's thing is the subject's ("cut its forecast after it lost"),
# no referent; its person may be one ("rested his striker after he strained a hamstring").
_PHRASE = re.compile(
    r"\b(?P<det>the|a|an|this|that|these|those|his|her|its|their)\s+(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})"
)
_POSSESSIVES = {"his", "her", "its", "their"}
# The words that end a noun phrase's head: "the champion | in straight sets", "the plant | and".
_PHRASE_END = {"in", "on", "at", "of", "for", "with", "from", "to", "by", "and", "or", "but", "after",
               "before", "when", "over", "into", "during", "as"}
# A capitalized word after the verb that no preposition places: "(praised) Jones", "(beat) the Lions".
_NAME_OBJECT = re.compile(r"(?<!\b(?:in|at|on|to|of)\s)(?<!\bfrom\s)\b[A-Z][a-z]+")
# Endings of nouns that may name a person the tables do not list: "the builder", "the actor", "the heiress".
# Asked only of a rival, where a guess too many costs an event and never gives a wrong one.
_AGENT_ENDINGS = ("er", "or", "ess")
# Words left before the date once it is cut: "(kicked a forward in the derby) on", "(was charged) last".
_TRAILING = re.compile(r"(?:\s+(?:on|in|at|during|by|from|of|for|as|early|late|last|this))+\s*\Z", re.I)
_MAX_SUBJECT = 8


def _head(np: str) -> str:
    """Return the head noun of a noun phrase: "reigning champion in straight sets" -> "champion"."""
    words = []
    for word in np.split():
        if word in _PHRASE_END:
            break
        words.append(word)
    return words[-1] if words else ""


def _subject(main: str) -> tuple[str, int] | None:
    """Return the main clause's subject and where its verb ends, or None when it has no plain one."""
    verb = first_verb(main)
    if verb is None:
        return None
    subject = main[: verb.start()].strip()
    if _ASIDE.search(subject + " "):
        subject = subject.split(",", 1)[0]  # "Ana Ruiz, 24,": the aside is no part of the name
    words = subject.split()
    if not words or len(words) > _MAX_SUBJECT or "," in subject or has_verb(subject):
        return None
    if words[0].lower() in ("he", "she", "it", "they", "we", "i", "you", "this", "there"):
        return None  # the subject is itself a pronoun: what it stands for is another sentence's
    return subject, verb.end()


def _fits(subject: str, pronoun: str) -> bool:
    """Tell whether a pronoun may stand for a subject: a person for "he"/"she", one thing for "it", many
    for "they"."""
    words = subject.split()
    named = words[0][:1].isupper() and words[0].lower() not in ("the", "a", "an")
    person = is_person_noun(words[-1]) if not named else not antecedents.is_body(subject)
    if pronoun in ("he", "she"):
        fits = not named or antecedents.fits_person(subject, pronoun)
        return person and be_for(subject) == "was" and fits
    if pronoun == "it":
        return not person and be_for(subject) == "was" or named and antecedents.is_body(subject)
    return be_for(subject) == "were"


def _rival(rest: str, pronoun: str) -> bool:
    """Tell whether the main clause after its verb names another thing the pronoun may stand for."""
    for found in _PHRASE.finditer(rest):
        head = _head(found["np"])
        if not head:
            continue
        person = is_person_noun(head) or head.endswith(_AGENT_ENDINGS)
        if found["det"] in _POSSESSIVES and not person:
            continue
        if pronoun in ("he", "she") and person and be_for(head) == "was":
            return True  # "The judge jailed (the man) after he admitted"
        if pronoun == "it" and not is_person_noun(head) and be_for(head) == "was":
            return True  # "The bank closed (the branch) after it lost money"
        if pronoun == "they" and be_for(head) == "were":
            return True
    return pronoun in ("he", "she") and _NAME_OBJECT.search(rest) is not None


def resolved_title(text: str, sentence: tuple[int, int], timex: TimeExpression) -> str | None:
    """Return the title of the pronoun clause that a date ends, on the main clause's subject, or None.

    "The striker was sent off in the second half after he elbowed a defender on Saturday" -> "The striker
    elbowed a defender".
    """
    found = _PRONOUN_CLAUSE.search(text, sentence[0], timex.start)
    if found is None or found["p"] == "it" and _EMPTY_IT.match(found["rest"]):
        return None
    rest = _TRAILING.sub("", found["rest"]).rstrip(" ,")
    if not has_verb(rest):
        return None
    main = text[sentence[0] : found.start()]
    subject = _subject(main)
    if subject is None or not _fits(subject[0], found["p"]) or _rival(main[subject[1] :], found["p"]):
        return None
    title = f"{subject[0]} {rest}"
    return shorten.fit(title) if len(title) > MAX_TITLE else title
