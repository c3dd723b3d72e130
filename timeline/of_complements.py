"""Give back the "of" phrase a long title's subject lost, when the title still fits with it.

A title whose subject was cut to its head so that the predicate fits ("A former member of parliament for
the northern district of Arlo resigned from the party" -> "A former member resigned from the party") may
have room left for the head's own complement: "A former member of parliament resigned from the party". The
head of a relational noun ("member", "head", "board") says little without it. The predicate the cut kept
stays as it is; the complement comes back only when the whole title still fits and is whole, so that it
never pushes a verb or an object out (round 60 tried it inside subject_heads.short_subject, before the cut,
and the longer subject did).
"""

from __future__ import annotations

import re

from timeline.clause_wordings import main_verb
from timeline.complete import complete
from timeline.title_length import MAX_TITLE
from timeline.word_walk import PREPOSITIONS

# Words that end an "of" phrase, where the next phrase or clause on the subject starts: "of parliament
# (for) the district", "of the association (who) ...", "of grain (and) flour".
_ENDS = {
    "of", "for", "in", "on", "at", "from", "with", "by", "to", "near", "between", "against", "over", "under",
    "about", "across", "after", "before", "during", "since", "and", "or", "but", "who", "which", "that",
    "whose", "whom", "where", "when", "as", "than", "including", "like",
}
# Words an "of" phrase never ends on: a determiner or an owner waits for its noun ("of the | national"), and
# "such" or "known" for their "as" ("of major pollutants such | as ...").
_NOT_LAST = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "some",
             "such", "known"}
# The most words of the phrase given back: "of the national grain association" (4).
_MOST_WORDS = 4
# A word of the phrase: letters, digits, an apostrophe or a hyphen inside ("farmers'", "Arlo's", "co-op").
_WORD = re.compile(r"[\w'’-]+")


def given_back(whole: str, title: str) -> str | None:
    """Return `title` with the "of" phrase its subject's head had in `whole` put back, or None: "A former
    member resigned from the party" of "A former member of parliament for the north resigned from the
    party" -> "A former member of parliament resigned from the party". None unless the title is the clause
    with words cut between its subject's head and its verb, the phrase ends where another phrase on the
    subject starts (or at the verb), and the title with it fits and is whole."""
    at = main_verb(title)
    if at is None:
        return None
    head = title[:at].rstrip()
    found = whole.lower().find(head.lower() + " of ") if head and "," not in head else -1
    if found < 0 or (found and not whole.endswith(", ", 0, found)):
        return None  # the subject opens the clause, or follows its front phrase: "Last month, the board of"
    start = found + len(head) + len(" of ")
    rest = title[at:]
    rest_at = whole.find(rest, start)
    if rest_at < 0:
        return None  # the predicate is no part of the clause after the head: another wording's
    if head.split()[0].lower() in PREPOSITIONS | {"besides"}:
        return None  # "Besides the accusations (of ...) has filed": a front phrase, no subject
    words, stop = [], ""
    for word in _WORD.finditer(whole, start, rest_at):
        between = whole[words[-1].end() if words else start : word.start()]
        if between.strip() or word.group().lower() in _ENDS or len(words) > _MOST_WORDS:
            stop = word.group().lower()
            break  # a comma, a bracket, or the next phrase on the subject
        words.append(word)
    if not words or len(words) > _MOST_WORDS or words[-1].group().lower() in _NOT_LAST:
        return None  # a phrase too long to give back whole, or one cut on its determiner
    if stop in ("and", "or") and words[-1].group().islower():
        return None  # "of electronic | and machinery products": the words before "and" may wait for a noun
    phrase = whole[start : words[-1].end()]
    kept = f"{head} of {phrase} {rest}"
    return kept if len(kept) <= MAX_TITLE and complete(kept) is None else None
