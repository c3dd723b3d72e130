"""Tell whether an -ing word after a place to cut a long headline belongs to the noun phrase before it.

title_ends.CUT_BEFORE counts the place before any -ing word as a phrase boundary, for the participle phrase
that often follows a noun ("voted a resolution | condemning the attack"). Many -ing words are no such
participle: an adjective that opens the verb's object ("appointed | outgoing premier Ruiz"), a noun that
modifies the next ("nine city | housing inspectors"), a noun with its "of" ("a probe into grain | hoarding
of state stocks"). A cut there splits a noun phrase, and shorten.fit weighs it as one inside a compound.
"""

from __future__ import annotations

import re

from timeline.open_ends import ARTICLES
from timeline.subject_heads import ING_ADJECTIVES, ING_NOUNS

# An -ing word after a cut and the word after it.
_ING_THEN = re.compile(r"\s(?P<ing>[a-z]{3,}ing)\s+(?P<next>[\w'’-]+)")

# -ing words that stand before a noun as adjectives, beyond subject_heads.ING_ADJECTIVES, each with an
# example: "the ongoing talks", "the growing threat".
_MORE_ADJECTIVES = {
    "ongoing", "growing", "emerging", "booming", "rising", "falling", "mounting", "soaring", "lingering",
    "underlying", "competing", "warring", "prevailing", "pending", "missing", "dwindling", "sitting",
    "presiding", "managing", "striking", "working", "ailing", "looming", "escalating", "worsening",
}
_ADJECTIVES = ING_ADJECTIVES | _MORE_ADJECTIVES

# Verbs in -ing whose own phrase opens with "of", a participle after its noun: "issued an alert | warning of
# floods", "a team | consisting of"; other -ing words before "of" are nouns ("grain hoarding of stocks").
_OF_VERBS = {
    "warning", "consisting", "complaining", "speaking", "thinking", "boasting", "dreaming", "approving",
    "disapproving", "hearing", "accusing", "convicting", "smacking", "reminding", "informing", "robbing",
}
# Words after an -ing word that are no noun it modifies: "outgoing | said", "ruling | on".
_NOT_NOUN = ARTICLES | {
    "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or", "but", "that", "which", "who",
    "as", "said", "says", "is", "was", "are", "were", "has", "had", "have", "will", "would", "this", "these",
}


def splits_noun_phrase(title: str, cut: int) -> bool:
    """Tell whether the -ing word after `cut` is no participle opening a phrase of its own but part of the
    noun phrase before or after the cut: "appointed | outgoing premier", "a probe into grain | hoarding of
    stocks"; not "voted a resolution | condemning the attack".
    """
    found = _ING_THEN.match(title, cut)
    if found is None or title[:cut].rsplit(None, 1)[-1].lower() in ARTICLES:
        return False  # a cut after "the" goes back before it, where the noun phrase starts
    ing, following = found["ing"], found["next"]
    if following == "of":
        return ing not in _OF_VERBS  # "grain | hoarding of", not "an alert | warning of floods"
    # "appointed | outgoing premier", "nine city | housing inspectors": an adjective or a noun before a noun
    return (ing in _ADJECTIVES or ing in ING_NOUNS) and following.islower() and following not in _NOT_NOUN
