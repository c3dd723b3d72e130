"""Tell a possessive date that only says which thing a noun means, when another date dates the clause.

"Last year's edition was cancelled in July": "last year" says which edition, July when it was cancelled;
the clause is one event, of July, and its title keeps "Last year's edition". Not a noun that names an
occurrence ("Tuesday's attack killed 12 people, police said on Wednesday": the attack is Tuesday's news).
"""

from __future__ import annotations

import re

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
