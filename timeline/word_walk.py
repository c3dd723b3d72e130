"""Walk over the words before a date: which word is a verb where it stands, where a noun phrase begins.

attachment.py asks these questions to find the verb a date belongs to and the noun phrase its clause hangs
on ("seats held by | lawmakers who defected"). No parser: word classes, each with an example.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.dateless import FUNCTION_WORDS
from timeline.references import NOT_NOUNS
from timeline.relatives import PARTICIPLES
from timeline.verbs import is_verb_word

# Words (a figure with its commas is one: "3,000"), and the marks a walk over them stops at.
TOKEN = re.compile(r"\d[\d,.]*\d|[A-Za-z0-9][\w'’.-]*[\w'’]|[A-Za-z0-9]|--|[,;:()\[\]\"“”—–]")
STOPS = {",", ";", ":", "(", ")", "[", "]", '"', "“", "”", "—", "–", "--"}
# Auxiliaries between a relative pronoun or a subject and its verb: "who (had already been) found".
AUXILIARIES = {
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
    "should", "may", "might", "can", "must", "did", "does", "do", "not", "never",
}
# Adverbs that sit between an auxiliary and its verb: "had (already) been fished", "was (first) found".
ADVERBS = {
    "already", "also", "first", "then", "still", "just", "later", "recently", "originally", "initially",
    "once", "again", "finally", "reportedly", "allegedly", "only", "even",
}
# Words before an adjective in -ed, which make it no verb: "the (newly) arranged trees", "its proposed law".
DETERMINERS = {
    "the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those", "some", "any", "no",
    "every", "each", "my", "your",
}
# Conjunctions whose clause is the main clause's time: "were killed when a bomber attacked on Monday".
SIMULTANEOUS = {"when", "while", "as", "once", "if", "whenever"}
# Relative pronouns, lowercase: "(the) WHO in Geneva" is a name.
RELATIVE_PRONOUNS = {"who", "which", "that"}
# Prepositions that end the noun phrase a relative clause hangs on: "seats held by (lawmakers) who".
PREPOSITIONS = {
    "in", "on", "at", "by", "with", "for", "to", "into", "over", "under", "about", "against", "during",
    "after", "before", "since", "near", "between", "among", "across", "through", "via", "within", "without",
    "amid", "toward", "towards", "upon", "than", "like", "as", "of", "except", "including", "following",
    "regarding", "concerning", "excluding", "despite",
}
# Prepositions between a noun phrase's head and its complement, which a participle on the whole phrase
# spans: "(a regional meeting on) river pollution held by the UN", "(the police crackdown on)
# street traders carried out".
COMPLEMENT = {"on", "about", "against", "over", "for", "into"}
# Past participles that do not end in -ed, relatives.py's: "a school built in 1990".
PARTICIPLE_WORDS = frozenset(PARTICIPLES.split("|"))
# Pronouns a title cannot stand on: the clause's subject would need its noun.
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "this", "those", "one"}
# Words after a date that are no noun it modifies: "in May (near) the pass", "on Monday (here)".
NO_NOUN = FUNCTION_WORDS | NOT_NOUNS | PREPOSITIONS | SIMULTANEOUS | {
    "here", "there", "local", "time", "near", "out", "up", "down", "off", "back", "away", "so", "then", "too",
    "also", "yet", "just", "only", "not", "again", "along", "around", "ahead", "alone", "instead", "today",
}


@lru_cache(maxsize=65536)  # a pure function of two words: the same pairs come back in every walk
def is_verb(word: str, previous: str | None) -> bool:
    """Tell whether a word is a verb where it stands: not a name ("Ted"), a compound ("much-needed"), nor an
    adjective after a determiner ("the proposed charter", "the newly arranged trees")."""
    if "-" in word or word[:1].isupper():
        return False
    if previous in RELATIVE_PRONOUNS and word.isalpha() and word not in NO_NOUN | DETERMINERS | PRONOUNS:
        return not word.endswith("ly")  # "which (expire)", "that (begins)": the pronoun's verb
    if not (is_verb_word(word) or word in PARTICIPLE_WORDS):
        return False
    return previous is None or previous.lower() not in DETERMINERS


def is_noun(previous: str | None) -> bool:
    """Tell whether the word before an -ing word makes it a noun: "the (meeting)", "its (opening)", "of
    (shipping)"."""
    if previous is None:
        return False
    lower = previous.lower()
    return lower in DETERMINERS or lower in PREPOSITIONS or lower.endswith(("'s", "’s"))


# Words in -ing that are no participle: prepositions and nouns of time.
_NOT_PARTICIPLES = {
    "during", "according", "pending", "morning", "evening", "spring", "nothing", "something", "anything",
    "everything", "king", "thing", "ring", "string",
}


def opens_participle(word: str, previous: str | None) -> bool:
    """Tell whether an -ing word before a date opens a participle clause of its own, which the date then
    belongs to: "(the inquiry) investigating the abduction in July", "while teaching at a school in 1958";
    not a noun ("the meeting"), nor a verb's complement ("was found seeking asylum")."""
    if not word.endswith("ing") or not word.islower() or word in _NOT_PARTICIPLES:
        return False
    if previous in ("not", "never"):
        return False  # "(who is) not working", "(was) never seeking": a verb group's negation, no opener
    return not is_noun(previous) and not (previous is not None and is_verb(previous, None))


def noun_phrase(tokens: list[re.Match[str]], last: int) -> tuple[int, int] | None:
    """Return (first, last) token indexes of the noun phrase that ends at `last`, or None.

    It runs back to a determiner, a preposition, a verb or a mark, through "and" and "from" between words
    of one phrase ("states from central and eastern Europe"), not past an infinitive's "to" ("to dump |
    capital controls").
    """
    first = None
    k = last
    while k >= 0 and last - k < 14:
        word = tokens[k].group()
        lower = word.lower()
        previous = tokens[k - 1].group() if k > 0 else None
        if word in STOPS or lower in PREPOSITIONS or lower in RELATIVE_PRONOUNS or lower in AUXILIARIES:
            break
        if lower in ("from", "and", "or"):
            before = previous.lower() if previous else ""
            if first is None or not before or before in DETERMINERS | PREPOSITIONS or previous in STOPS:
                break
            if is_verb(previous, None):
                break
        elif first is not None and (
            is_verb(word, previous) or word.endswith("ing") and not is_noun(previous)
        ):
            break
        elif previous is not None and previous.lower() == "to" and lower not in DETERMINERS | {"-"}:
            break  # "to (dump)": an infinitive, no part of the phrase
        first = k
        if lower in DETERMINERS:
            break  # "the ...": the phrase opens here
        k -= 1
    if first is None or tokens[first].group().lower() in ("from", "and", "or"):
        return None
    if tokens[first].group().endswith("ing") and tokens[first].group().islower():
        return None
    return first, last


def widened(tokens: list[re.Match[str]], np: tuple[int, int]) -> tuple[int, int]:
    """Return the noun phrase a complement belongs to, for a participle on it: "a regional meeting
    on | river pollution (held by the UN)", "the police crackdown on | street traders (carried out)", "the
    old record of | 10.2 seconds (set in 1988)"."""
    at = np[0] - 1
    if at < 1:
        return np
    # a figure is the complement of the noun before "of": "the old record of | 10.2 seconds (set in 1988)"
    figure = tokens[at].group().lower() == "of" and tokens[np[0]].group()[:1].isdigit()
    if tokens[at].group().lower() not in COMPLEMENT and not figure:
        return np
    head = noun_phrase(tokens, at - 1)
    if head is None or head[1] - head[0] > 5:
        return np
    opener = tokens[head[0]].group()
    if opener.lower() in DETERMINERS or opener.endswith(("'s", "’s")) or (
        head[0] > 0 and tokens[head[0] - 1].group().endswith(("'s", "’s"))
    ):
        return (head[0] if opener.lower() in DETERMINERS or opener.endswith(("'s", "’s")) else head[0] - 1,
                np[1])
    return np


# Words between "and" and a noun phrase the first clause lends its verb: "hit and (two of her) aides hurt".
_SHARED = {
    "of", "one", "some", "most", "all", "many", "several", "least", "at", "the", "his", "her", "their", "its",
    "two", "three", "four", "five", "others", "other",
}


def elliptical(tokens: list[re.Match[str]], first: int) -> bool:
    """Tell whether a noun phrase follows "and" in a clause that lends it the first clause's auxiliary: "A
    guard was stabbed and at least 3 others hurt on Monday" (were wounded), no participle on a noun."""
    k = first - 1
    while k >= 0 and (tokens[k].group().lower() in _SHARED or tokens[k].group()[:1].isdigit()):
        k -= 1
    return k >= 0 and tokens[k].group().lower() == "and"
