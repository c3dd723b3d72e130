"""Tell events apart by who did them: two named doers of one thing in one month are two events.

Deduplication joins events of one interval whose titles share content words (twins.overlap): "Transport
minister Joel Park filed a complaint with the labour board" and "The chamber of commerce filed a complaint
with the labour board" share four of ten words, though two different complainants filed two complaints. A
title's subject is its words before its first verb (verbs.first_verb); its head is the subject's last word
before a preposition ("chamber" in "The chamber of commerce"). Two subjects are different when both are
named (the `_NAMED` signs below), their heads differ, and neither head is a word of the other subject
("Joel Park's office" and "Transport minister Joel Park" may be one doer; "The Harwick port authority" and
"Harwick mayor Lina Ortiz" are two, though they share a name). A bare noun after a determiner ("The
company", "Police") is not named: a story's later sentence so refers to the subject its lead names
("Apple sued ..." / "The company sued ..."). One head with two given names is two people ("Councillor Ada
Hart", "Mayor Lina Hart"). A title led by a verb of saying names who told it: its doer
is the subject of the clause that follows (`_SAYING`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline import person_nouns
from timeline.antecedents import COURTESY_TITLES
from timeline.verbs import first_verb

# Signs that a subject names its doer rather than referring back to one, each with an example.
_NAMED = [
    ("two words besides determiners", "The regional water board rejected the budget"),
    ("a capitalized word after the title's first word", "The Senate rejected the budget"),
    ("an of-phrase", "The chamber of commerce filed a complaint"),
    ("a possessive", "The union's leader filed a complaint"),
]
# Words that end a subject's head noun phrase: its head is the word before the first of them.
_AFTER_HEAD = {"of", "for", "at", "in", "from", "on", "with", "and", "to", "who", "which", "that"}
# Words never heads: determiners and pronouns ("He filed ..." says nothing of who).
_NOT_HEADS = {
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
    "he", "she", "it", "they", "we", "i", "you", "who", "which", "both", "all", "some", "each",
}
# Words before a surname that are no given name: "Minister Park" may be "Transport minister Joel Park".
_PERSON_TITLES = {noun.capitalize() for noun in person_nouns.words("uncut")} | COURTESY_TITLES | {
    "Senator", "Councillor", "Councilman", "Councilwoman", "Judge", "Justice", "Premier", "Minister", "Mayor",
}  # fmt: skip
_WORD = re.compile(r"[\w’'-]+")
# Verbs of saying: a title led by one names who told it; the doer is the subject of the clause that follows
# (a verb follows: "The ministry reported a loss" names the ministry). Not "told": whom it was told comes
# first ("Mr Lind told port officials they had 48 hours" names Mr Lind).
_SAYING = [
    ("said", "Ola Berg said the two ports' cargo was expected to reach 9 million tons"),
    ("says", "The mayor says the port authority signed the accord"),
    ("added", "Ortiz added that the chamber had filed a complaint"),
    ("predicted", "Li Ming predicted China's process trade to hit 690 billion"),
    ("reported", "The ministry reported the union signed the accord"),
]
_SAYS = {verb for verb, _ in _SAYING}
# A subject of one capitalized word names its doer ("Smith resigned", "Tolland filed a complaint"), unless
# the word is a common noun a sentence opens on: a noun for a group of people or things, each with an
# example, or a plural of a person's trade (_TRADE_PLURAL, "Protesters", "Scientists", "Officials").
_COMMON_OPENERS = {
    "police": "Police arrested two men",
    "troops": "Troops entered the town",
    "forces": "Forces loyal to the general shelled the port",
    "rebels": "Rebels seized the airport",
    "militants": "Militants attacked a convoy",
    "authorities": "Authorities closed the border",
    "officials": "Officials confirmed the closure",
    "staff": "Staff walked out",
    "people": "People fled the floods",
    "witnesses": "Witnesses saw two men",
    "experts": "Experts warned of a shortage",
    "firefighters": "Firefighters contained the blaze",
    "shares": "Shares fell 4 percent",
    "prices": "Prices rose in March",
    "sales": "Sales fell in May",
    "talks": "Talks collapsed",
    "markets": "Markets rallied",
    "stocks": "Stocks slid",
    "voters": "Voters rejected the plan",
    "workers": "Workers struck",
    "residents": "Residents were evacuated",
    "others": "Others resigned",
    "everyone": "Everyone left",
    "someone": "Someone called the police",
    "nobody": "Nobody was hurt",
}
_TRADE_PLURAL = re.compile(r"[a-z]+(?:ers|ors|ists|ians|ents|ants|ysts|ials|ives|ics|ees)")
# Forms of "be": a title whose first verb is one tells what was done or what something is, not who did it.
_BE = {"is", "are", "was", "were", "be", "been", "being", "'s", "’s"}


def _fold(word: str) -> str:
    """Return a word lowercased, without a possessive ending or a plural "s" ("unions'" as "union")."""
    word = word.lower().rstrip("'’")
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=4096)
def named_subject(title: str) -> tuple[str, frozenset[str], str | None] | None:
    """Return the head, the words and the given name of a title's subject when it is named (`_NAMED`), else
    None. The given name is the capitalized word before a capitalized head, a person's title aside ("Ada" in
    "Councillor Ada Hart", none in "Minister Hart")."""
    verb = first_verb(title)
    if verb is None:
        return None
    start = 0
    if verb.group().lower() in _SAYS:  # a clause follows ("... said the union filed ..."): its subject did it
        said = first_verb(title, verb.end())
        if said is not None:
            start, verb = verb.end(), said
    if verb.group().lower() in _BE or title[verb.end() : verb.end() + 6].lower() == " been ":
        return None  # a passive's subject is what was done, not who did it: "The spillway was damaged"
    words = _WORD.findall(title[start : verb.start()])
    if start and words[:1] == ["that"]:  # "... said that the union filed"
        words = words[1:]
    if not words:
        return None
    head = given = None
    for word in words:
        if word.lower() in _AFTER_HEAD:
            break
        if word.lower() not in _NOT_HEADS:
            given, head = head, word
    if head is None:
        return None
    named = (
        _lone_name(words)
        or sum(w.lower() not in _NOT_HEADS for w in words) > 1
        or any(w[:1].isupper() for w in words[1:])
        or "of" in (w.lower() for w in words)
        or any(w.endswith(("'", "’", "'s", "’s")) for w in words)
    )
    if not named:
        return None
    if given is not None and not (head[:1].isupper() and given[:1].isupper() and len(given) > 2) or (
        given in _PERSON_TITLES
    ):
        given = None
    return _fold(head), frozenset(_fold(w) for w in words), given


def _lone_name(words: list[str]) -> bool:
    """Tell whether a subject is one capitalized word that names its doer: "Smith", "Tolland", "Apple"; not
    "Police" or "Protesters" (_COMMON_OPENERS)."""
    if len(words) != 1 or not words[0][:1].isupper() or words[0].lower() in _NOT_HEADS:
        return False
    word = words[0].lower()
    return word not in _COMMON_OPENERS and _TRADE_PLURAL.fullmatch(word) is None and (
        _fold(word) not in _PERSON_NOUNS
    )


_PERSON_NOUNS = {noun.lower() for reader in person_nouns.READERS for noun in person_nouns.words(reader)}


def _kin(head: str, words: frozenset[str]) -> bool:
    """Tell whether a word of a subject is kin to a lone name's head: "Russia" and "Russian forces", "China"
    and "Chinese troops" (a shared start of four letters)."""
    return any(word[:4] == head[:4] for word in words)


@lru_cache(maxsize=4096)
def refers_back(title: str) -> bool:
    """Tell whether a title's doer is a pronoun or a bare noun after a determiner, which refer back to a doer
    another sentence names ("He resigned", "The pilot resigned from the board"); not a passive ("The old
    dam's spillway was damaged": what was done, no doer), nor a named subject."""
    verb = first_verb(title)
    if verb is None or verb.group().lower() in _BE or title[verb.end() : verb.end() + 6].lower() == " been ":
        return False
    words = _WORD.findall(title, 0, verb.start())
    if len(words) == 1:
        return words[0].lower() in ("he", "she", "it", "they", "we")
    return len(words) == 2 and words[0].lower() in _NOT_HEADS and words[1].islower()


def different_subjects(one: str, other: str) -> bool:
    """Tell whether two titles name two different doers (see the module's docstring)."""
    if one == other:
        return False
    first, second = named_subject(one), named_subject(other)
    if first is None or second is None:
        return False
    (head, words, given), (other_head, other_words, other_given) = first, second
    if head == other_head:  # "Councillor Ada Hart" and "Mayor Lina Hart" are two people
        return given is not None and other_given is not None and given != other_given
    if len(words) == 1 and _kin(head, other_words) or len(other_words) == 1 and _kin(other_head, words):
        return False  # "Russia fired missiles" and "Russian forces fired missiles"
    return head not in other_words and other_head not in words
