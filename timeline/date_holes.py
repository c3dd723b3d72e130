"""Cut a date out of its clause without leaving a hole: the article and adjectives of a date noun go with it,
and a bound after a negation stays.

dateless cuts a date phrase with the preposition that governs it (date_leads). A date that is a noun's head
leaves its article and adjectives behind ("met on a (last day) of talks" -> "met on an of talks", "voted on a
cold (morning)" -> "voted on a cold"); and "will not open (until 2030)" without its bound says the opposite
of the sentence ("will not open"). Rows with examples.
"""

from __future__ import annotations

import re

# A date noun an article heads: "(last) day", "morning"; not a name or a number.
_DATE_NOUN = re.compile(
    r"(?P<own>[a-z]+\s+)?(?:day|morning|afternoon|evening|night|week|weekend|month|year|season|summer|winter"
    r"|spring|autumn)\Z"
)
# A preposition, an article and up to two adjectives before a bare date noun: "on a cold (morning)",
# "during the long (winter)"; not a conjunction or a preposition among them ("on a cold and (wet day)").
_NOUN_LEAD = re.compile(
    r"\b(?:on|in|at|during|for|over|through|throughout)\s+(?:a|an|the|one)\s+"
    r"(?:(?!(?:and|or|but|of|to|in|on)\s)[a-z][\w-]*\s+){0,2}\Z"
)
# A preposition and "a" before a date noun with a word of its own, which no adjective may part from the
# article: "on a (last day)"; not "in the press (last week)", where "the press" is whole and "last week" is
# the date.
_ARTICLE_LEAD = re.compile(r"\b(?:on|in|at|during|for|over|through|throughout)\s+(?:a|an)\s+\Z")
# A negation before "until", "till" or "before" in the same clause: "will not open (until 2030)", "won't
# resume (before May)"; its bound tells when the thing may first happen.
_NEGATED_BOUND = re.compile(r"\b(?:not|never|n['’]t)\b[^,;:]{0,60}\b(?P<bound>until|till|before)\s+\Z")
# A past negation that subordinate.not_until tells as the happening: "did not surrender (until May)" ->
# "surrendered".
_PAST_NEGATION = re.compile(r"\b(?:did\s+not|didn['’]t)\s+[a-z]{3,}\b|\b(?:was|were)\s+not\s+[a-z]+ed\b")

def noun_lead(before: str, date: str) -> int | None:
    """Return where in `before` the preposition, article and adjectives of the date noun `date` start, when
    the date is that noun ("on a cold | morning"), or None."""
    noun = _DATE_NOUN.match(date)
    if noun is None:
        return None
    found = (_ARTICLE_LEAD if noun["own"] else _NOUN_LEAD).search(before, max(0, len(before) - 60))
    return None if found is None else found.start()


def negated_bound(before: str) -> bool:
    """Tell whether the date after `before` is a bound a negation needs: "will not open (until 2030)"."""
    found = _NEGATED_BOUND.search(before, max(0, len(before) - 90))
    if found is None:
        return False
    return found["bound"] == "before" or _PAST_NEGATION.search(before, max(0, found.start() - 6)) is None

