"""Tell events apart by who did them: two named doers of one thing in one month are two events.

Deduplication joins events of one interval whose titles share content words (twins.overlap): "Transport
minister Joel Park filed a complaint with the labour board" and "The chamber of commerce filed a complaint
with the labour board" share four of ten words, though two different complainants filed two complaints. A
title's subject is its words before its first verb (verbs.first_verb); its head is the subject's last word
before a preposition ("chamber" in "The chamber of commerce"). Two subjects are different when both are
named (the `_NAMED` signs below), their heads differ, neither head is a word of the other subject, and they
share no capitalized word. A bare noun after a determiner ("The company", "Police") is not named: a story's
later sentence so refers to the subject its lead names ("Apple sued ..." / "The company sued ...").
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.verbs import first_verb

# Signs that a subject names its doer rather than referring back to one, each with an example.
_NAMED = [
    ("a capitalized word after the title's first word", "Transport minister Joel Park filed a complaint"),
    ("an of-phrase", "The chamber of commerce filed a complaint"),
    ("a possessive", "The dockworkers' union rejected the budget"),
]
# Words that end a subject's head noun phrase: its head is the word before the first of them.
_AFTER_HEAD = {"of", "for", "at", "in", "from", "on", "with", "and", "to", "who", "which", "that"}
# Words never heads: determiners and pronouns ("He filed ..." says nothing of who).
_NOT_HEADS = {
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
    "he", "she", "it", "they", "we", "i", "you", "who", "which", "both", "all", "some", "each",
}
_WORD = re.compile(r"[\w’'-]+")
# Verbs of saying: a title led by one names who told it; the doer is the subject of the clause that follows
# (a verb follows: "The ministry reported a loss" names the ministry).
_SAYING = [
    ("said", "Wu Yi said the two countries' trade volume was expected to reach 60 billion"),
    ("says", "The mayor says the port authority signed the accord"),
    ("told", "Park told reporters the union filed a complaint"),
    ("added", "Ortiz added that the chamber had filed a complaint"),
    ("predicted", "Li Ming predicted China's process trade to hit 690 billion"),
    ("reported", "The ministry reported the union signed the accord"),
]
_SAYS = {verb for verb, _ in _SAYING}


def _fold(word: str) -> str:
    """Return a word lowercased, without a possessive ending or a plural "s" ("unions'" as "union")."""
    word = word.lower().rstrip("'’")
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=4096)
def named_subject(title: str) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """Return (head, words, capitalized words) of a title's subject when it is named (`_NAMED`), else None."""
    verb = first_verb(title)
    if verb is None:
        return None
    start = 0
    if verb.group().lower() in _SAYS:  # a clause follows ("... said the union filed ..."): its subject did it
        said = first_verb(title, verb.end())
        if said is not None:
            start, verb = verb.end(), said
    words = _WORD.findall(title[start : verb.start()])
    if start and words[:1] == ["that"]:  # "... said that the union filed"
        words = words[1:]
    if not words:
        return None
    head = None
    for word in words:
        if word.lower() in _AFTER_HEAD:
            break
        if word.lower() not in _NOT_HEADS:
            head = word
    if head is None:
        return None
    capitals = frozenset(w.lower() for w in words[1:] if w[:1].isupper())
    named = bool(capitals) or "of" in (w.lower() for w in words) or any(
        w.endswith(("'", "’", "'s", "’s")) for w in words
    )
    if not named:
        return None
    return _fold(head), frozenset(_fold(w) for w in words), capitals


def different_subjects(one: str, other: str) -> bool:
    """Tell whether two titles name two different doers (see the module's docstring)."""
    if one == other:
        return False
    first, second = named_subject(one), named_subject(other)
    if first is None or second is None:
        return False
    (head, words, capitals), (other_head, other_words, other_capitals) = first, second
    return head != other_head and head not in other_words and other_head not in words and not (
        capitals & other_capitals
    )
