"""Know the third-person present forms of known verbs after a subject: "the new law ensures", "the plan
reflects".

timeline.verbs knows auxiliaries, past forms and a few present heads ("says", "plans"); a clause whose only
verb is another present form ("the new law ensures that ...") looks verbless, and what was said after a
speech verb passes for a statement cut before its verb. A word in -s is a verb here when its base is a known
verb (timeline.transitive's, or the table below) and a noun stands before it; a base whose -s form is
mostly a noun ("plans", "calls", "results") is no such verb.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.transitive import TRANSITIVE
from timeline.verbs import BASE_OF_PAST

# Verbs the other tables do not hold, base forms with an example each of a clause their -s form heads.
PRESENT_VERBS = {
    "reflect": "The rise reflects (strong demand)",
    "require": "The rule requires (banks to ...)",
    "involve": "The plan involves (three stages)",
    "threaten": "The dispute threatens (the deal)",
    "affect": "The strike affects (all flights)",
    "contain": "The report contains (new figures)",
    "represent": "The deal represents (a shift)",
    "mean": "The ruling means (that ...)",
    "cover": "The policy covers (all staff)",
    "exceed": "The cost exceeds (the budget)",
    "lack": "The team lacks (a striker)",
    "own": "The state owns (the airline)",
    "insist": "The club insists (that ...)",
    "believe": "The council believes (that ...)",
    "claim": "The group claims (that ...)",
    "argue": "The union argues (that ...)",
    "predict": "The bank predicts (growth of 2 percent)",
    "warn": "The agency warns (that ...)",
    "confirm": "The ministry confirms (that ...)",
    "oppose": "The party opposes (the bill)",
    "support": "The board supports (the merger)",
    "urge": "The report urges (the city to ...)",
    "aim": "The plan aims (to ...)",
    "seem": "The deal seems (likely)",
    "appear": "The vote appears (close)",
    "continue": "The search continues (for ...)",
    "depend": "The outcome depends (on ...)",
    "belong": "The island belongs (to ...)",
}
# The verbs of the table that need what follows them: all but "continue" ("The search continues").
_WAITING = frozenset(PRESENT_VERBS) - {"continue"}
# Bases whose -s form is mostly a plural noun in news: "plans", "calls", "results", "offers".
_MOSTLY_NOUNS = {
    "plan", "call", "result", "offer", "promise", "pledge", "raise", "show", "find", "mark", "face", "hold",
    "host", "sign", "vow", "stress", "cut", "reach", "hope", "need", "want", "mean", "cover", "claim", "aim",
    "force",  # "(armed) forces": 52 of 52 in a sample of news were nouns
}
_BASES = frozenset(set(TRANSITIVE) | set(PRESENT_VERBS)) - _MOSTLY_NOUNS
# Words before a word in -s that make it a noun: a determiner, a number, a preposition, a possessive.
_NOT_SUBJECT_END = {
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those", "some",
    "all", "both", "many", "more", "most", "few", "several", "of", "in", "on", "at", "for", "with", "by",
    "to", "from", "and", "or", "new", "other", "such", "no", "any",
}
# A lowercase word in -s after a lowercase word, the pair a subject and its verb may be: "law ensures".
_PAIR = re.compile(r"(?<![\w'’-])(?P<before>[a-z][\w'’-]*)\s+(?P<verb>[a-z]{3,}s)(?![\w'’-])")


@lru_cache(maxsize=4096)
def base_of(word: str) -> str | None:
    """Return the known base of a third-person present form ("ensures" -> "ensure"), or None."""
    candidates = [word[:-1]]
    if word.endswith("ies"):
        candidates.append(word[:-3] + "y")
    if word.endswith("es"):
        candidates.append(word[:-2])
    return next((base for base in candidates if base in _BASES), None)


def base_of_participle(word: str) -> str | None:
    """Return the known base of a present participle ("delivering" -> "deliver", "closing" -> "close",
    "banning" -> "ban"), or None."""
    stem = word[:-3]
    doubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem
    known = (base for base in (stem, stem + "e", doubled) if base in _BASES or base in BASE_OF_PAST.values())
    return next(known, None)


def present_verb(text: str) -> re.Match[str] | None:
    """Return the first third-person present form of a known verb after a noun in `text` ("the law
    ensures"), or None."""
    for pair in _PAIR.finditer(text):
        before = pair["before"]
        if before in _NOT_SUBJECT_END or before.endswith(("'", "’")) or base_of(before) is not None:
            continue
        if base_of(pair["verb"]) is not None:
            return pair
    return None


def waits(word: str) -> bool:
    """Tell whether a word is the present form of a verb of the table that needs what follows it: a title
    does not end on "The rise reflects"."""
    return word.endswith("s") and base_of(word) in _WAITING
