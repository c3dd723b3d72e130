"""Tell whether a place to cut a long headline falls inside a name or a compound noun.

`shorten.fit` weighs each place it may cut a title of more than 80 characters; a cut at no phrase boundary
is worse inside a name ("condemnation of Iranian | President", "Italy's Serie | A") than inside a compound
("results conference | call", "its 2025 | results"), which is worse than elsewhere. fit also asks whether
its best cut split a compound, to look for room to keep it whole.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.title_ends import DANGLING, FUNCTION_WORD_SET
from timeline.verbs import has_verb

# The weight of a cut inside a compound ("results conference | call"), which shorten.fit also gives an -ing
# noun cut from its phrase (timeline.ing_cuts).
SPLIT_COMPOUND = -0.5

# A capitalized word before a cut, which with one after it is a name cut in two ("Iranian | President").
NAME_END = re.compile(r"[A-Z][\w'’-]*\Z")


# The particles of a surname, lowercase inside a name: "Marta de Souza", "Laura de la Vega".
_PARTICLES = r"(?:de|da|das|do|dos|del|della|di|du|van|von|der|den|ter|al|el|bin|ibn|ben|abu|la|le)"
# A name going on after a cut, past a particle of a surname: "Iranian | President", "Marta | de Souza".
_NAME_GOES_ON = re.compile(rf"\s+(?:{_PARTICLES}\s+)*[A-Z]")
# A name and the particles after it before a cut: "Laura de la | Vega".
_PARTICLE_END = re.compile(rf"[A-Z][\w'’-]*(?:\s+{_PARTICLES})+\Z")


# Two lowercase words (or a year or a code and a word) on either side of a cut, which with no function
# word, count or verb between them are nouns of one compound: "results conference | call", "its 2025 |
# results", "its Q4 | 2025". A count is no noun: "automate two | terminals" is left to the other rules.
_WORD_BEFORE = re.compile(r"(?<![\w'’.,-])(?P<w>[a-z]{2,}|(?:19|20)\d\d|[A-Z]+\d+)\Z")
_WORD_AFTER = re.compile(r"\s(?P<w>[a-z]{2,}|\d{4})\b(?![\w'’.,-])")
_COUNTS = set("two three four five six seven eight nine ten several many few both all some most more".split())
# Adverbs not in -ly, which end a phrase rather than a compound: "ended their talks | here on Monday", "would
# not accept the shelling | however", "were slightly higher | than".
_ADVERBS = set(
    "here there today yesterday tomorrow tonight now then however than also too still yet already ago"
    " together instead meanwhile though alone abroad overseas nationwide worldwide afterwards"
    " soon later earlier".split()
)
# The words no noun of a compound is: a function word, a dangling word, a count or an adverb (one set: one
# lookup).
_NOT_COMPOUND = frozenset(FUNCTION_WORD_SET | DANGLING | _COUNTS | _ADVERBS)


@lru_cache(maxsize=16384)  # asked of the best cut again after the loop that weighed it
def in_compound(title: str, cut: int) -> bool:
    """Tell whether a cut at `cut` falls between two nouns of one compound ("conference | call")."""
    # the word holds no space: searching from the last space before the cut finds the same match, without
    # trying every position of the title (the lookbehind still sees the character before)
    before = _WORD_BEFORE.search(title, title.rfind(" ", 0, cut) + 1, cut)
    after = _WORD_AFTER.match(title, cut)
    if before is None or after is None:
        return False
    # each word in the order of a walk over both: no stop word, no adverb, no verb
    for word in (before["w"], after["w"]):
        if word in _NOT_COMPOUND or word.endswith("ly") or has_verb(word):
            return False
    return True


def phrase_inside(title: str, cut: int) -> float:
    """Weigh a cut at no phrase boundary: less inside a name or a compound ("Iranian | President")."""
    name_end = NAME_END.search(title, 0, cut) or _PARTICLE_END.search(title, max(0, cut - 40), cut)
    if name_end and _NAME_GOES_ON.match(title, cut):
        # "condemnation of Iranian | President", "Italy's Serie | A": a cut inside a name says no one;
        # any cut that keeps the verb before the name is better
        return -2.5
    return SPLIT_COMPOUND if in_compound(title, cut) else 0.0  # "results conference | call": a compound cut
