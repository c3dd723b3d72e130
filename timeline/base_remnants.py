"""Drop the base a change was counted from when the date that named it goes: "slipped 0.3 percent from the
figure (a year earlier)" -> "slipped 0.3 percent".

A figure's change often names its base as a noun and a date: "rose 2 percent over the total for (2019)",
"fell to 5 percent from the rate in (March)". timeline.dateless cuts the date, and the base noun left without
it says nothing ("from the figure"): it goes with its date. Rows with examples.
"""

from __future__ import annotations

import re

from timeline.spans import may_end_on

__all__ = ["BASE_NOUNS", "without_base"]

# Nouns that stand for a figure of another period, each with an example.
BASE_NOUNS = [
    ("figure", "slipped 0.3 percent from the figure (a year earlier)"),
    ("level", "fell to 5 percent from the level in (March)"),
    ("total", "grew 1.2 percent over the total for (2019)"),
    ("rate", "fell to 5 percent from the rate of (May)"),
    ("reading", "rose 3 percent against the reading of (April)"),
    ("tally", "rose 8 percent on the tally for (last year)"),
]
_NOUNS = "|".join(sorted((noun for noun, _ in BASE_NOUNS), key=lambda n: (-len(n), n)))
# The base before its date: "(from the figure) a year earlier", "(, compared with the level in) May",
# "(over its total for) 2019"; the noun may carry "same", "previous" or "revised".
_BASE_END = re.compile(
    r",?\s+(?:from|over|against|on|compared\s+(?:with|to))\s+(?:the|its|their)\s+"
    r"(?:(?:same|previous|prior|revised)\s+)?(?:" + _NOUNS + r")s?(?:\s+(?:for|of|in|from))?\s+\Z",
    re.I,
)
# The words a _BASE_END match ends on, looked at before the search.
_ENDS = (*(n for n, _ in BASE_NOUNS), *(n + "s" for n, _ in BASE_NOUNS), "for", "of", "in", "from")
# A figure the change is told in before its base: "0.3 percent", "to 5%", "by 12 points".
_FIGURE = re.compile(r"\d")


def without_base(before: str) -> str:
    """Return the words before a date cut out of a clause without a change's base that only the date named:
    "Exports slipped by 0.3 percent (from the figure)"; else `before` unchanged."""
    if not may_end_on(before, _ENDS):
        return before
    base = _BASE_END.search(before, max(0, len(before) - 60))
    if base is None or not _FIGURE.search(before, max(0, base.start() - 40), base.start()):
        return before
    return before[: base.start()] + " "
