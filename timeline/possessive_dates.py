"""Tell a possessive date that only says which thing a noun means, when another date dates the clause.

"Last year's edition was cancelled in July": "last year" says which edition, July when it was cancelled;
the clause is one event, of July, and its title keeps "Last year's edition". Not a noun that names an
occurrence ("Tuesday's attack killed 12 people, police said on Wednesday": the attack is Tuesday's news).
"""

from __future__ import annotations

import re

from timeline.models import TimeExpression
from timeline.references import is_event_noun

# A possessive after a date and the noun it owns, up to two modifiers before it: "(last year)'s edition",
# "(this season)'s new kit".
_OWNED = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z][a-z-]*)(?=\s+(?:was|were|is|are|has|had|will)\b)"
)


# A period before or after the clause's own time, which says which thing a noun means rather than when it
# happened: "last year's (edition)", "next season's (kit)", "this year's (race)"; not a day ("Friday's
# downgradings" happened on Friday).
_PERIOD = re.compile(
    r"(?i:last|next|this|previous|the\s+previous|the\s+coming)\s+(?i:year|season|month|week|summer|winter"
    r"|spring|autumn|fall|term|semester)"
)


def owns_thing(text: str, start: int, end: int) -> bool:
    """Tell whether the date `text[start:end]`, a period before or after the clause's time, owns the subject
    noun after it and that noun names no occurrence: "(Last year)'s edition was", not "(Last year)'s
    election was", nor "(Tuesday)'s attack was"."""
    if text[end : end + 1] not in ("'", "’") or _PERIOD.fullmatch(text, start, end) is None:
        return False  # most dates: no possessive, no pattern run
    owned = _OWNED.match(text, end)
    return owned is not None and not is_event_noun(owned["noun"])


# The noun phrase a possessive date owns, up to two modifiers before its noun: "(last month)'s discovery of
# a rifle", "(this year)'s campaign", "(Tuesday)'s surprise vote".
_OWNED_PHRASE = re.compile(r"['’]s\s+(?P<words>(?:[a-z-]+\s+){0,2}[a-z][a-z-]*)")
_TITLE_WORD = re.compile(r"[a-z][a-z-]*")
# Prepositions before a possessive date that make its noun the occasion of the clause's happening, each with
# an example: "seized the House (in) Tuesday's elections", "will meet (on) Sunday's final", "was cut (after)
# Saturday's loss". The word before is read with "the" skipped ("in the April next year's elections").
OCCASION_PREPOSITIONS = {
    "in", "on", "at", "during", "after", "before", "of", "for", "since", "until", "from", "to", "by", "over",
    "through", "throughout", "amid", "following", "despite", "with", "without", "into", "against", "like",
    "than", "ahead", "between", "under", "about",
}
_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z]+)\s+(?:the\s+)?\Z")


def owned_elsewhere(text: str, timex: TimeExpression, title: str) -> bool:
    """Tell whether the date is a possessive whose noun, a subject or an object after a verb (no preposition
    before the date), the title leaves out: the date says when that noun's thing was, and the title tells
    something else. "Officers would not reveal the clue but said
    (last week)'s find of a glove was a turning point" titled "Officers would not reveal the
    clue": no event of last month; not "(Tuesday)'s attack killed 12 people", whose title keeps
    "attack"."""
    if text[timex.end : timex.end + 1] not in ("'", "’"):
        return False  # most dates: no possessive
    owned = _OWNED_PHRASE.match(text, timex.end)
    if owned is None:
        return False
    before = _WORD_BEFORE.search(text, max(0, timex.start - 24), timex.start)
    if before is None or before["word"].lower() in OCCASION_PREPOSITIONS:
        return False  # "seized control (in) Tuesday's elections": the elections' day is the happening's
    told = set(_TITLE_WORD.findall(title.lower()))
    return not told.intersection(owned["words"].split())
