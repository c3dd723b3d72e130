"""Give a long clause's title its subject and verb when its cut kept the front phrase instead: the front goes.

"With the dam closed since 2008, a review of the grazing rights of the herders who have lost their meadows
has been put on hold" cut to 80 characters keeps "With the dam closed, a review of the grazing rights",
no predicate; "So far, the regional avalanche service of Tyrol has issued ..." may lose its subject to a
shorter wording ("So far has issued ..."). Without its front phrase (structural.without_front) the clause
fits with both: "A review of the grazing rights has been put on hold".
"""

from __future__ import annotations

from timeline import shorten, structural
from timeline.complete import complete

# What complete says of a cut that kept the front phrase and lost the clause's verb or its subject: "So far,
# the council", "So far has briefed the groups".
_NO_CLAUSE = ("no predicate", "no subject")


def with_verb(whole: str, title: str) -> str | None:
    """Return the fit of `whole` without its front phrase when `title`, its cut, kept no predicate or no
    subject and the cut without the front keeps both; else None."""
    # the front first: an anchored match, where complete() of a title seldom asked before is a full reading
    if (rest := structural.without_front(whole)) is None or complete(title) not in _NO_CLAUSE:
        return None
    kept = shorten.fit(rest)
    return kept if complete(kept) not in (*_NO_CLAUSE, "empty") else None
