"""Give a long clause's title a verb when its cut kept only a front phrase and the subject: the front goes.

"With a truce holding since 1991, a settlement of the border dispute which has dragged on for years has
been shelved" cut to 80 characters keeps "With a truce holding, a settlement of the border dispute", no
predicate; without its front phrase (structural.without_front) the clause fits with its verb: "A
settlement of the border dispute has been shelved".
"""

from __future__ import annotations

from timeline import shorten, structural
from timeline.complete import complete


def with_verb(whole: str, title: str) -> str | None:
    """Return the fit of `whole` without its front phrase when `title`, its cut, kept no predicate and the
    cut without the front keeps one; else None."""
    if complete(title) != "no predicate" or (rest := structural.without_front(whole)) is None:
        return None
    kept = shorten.fit(rest)
    return kept if complete(kept) not in ("no predicate", "empty") else None
