"""Mark a year after an approximator approximate: "built about 1850", "circa 1850", "c. 1850" -> 1850 APPROX.

TimeBank leaves the approximator outside the extent, yet it makes the value approximate, as
normalize.approximate does for clock times and lengths. A year after "about" is not read as a compact
clock time ("about 1850." is no 18:50): patterns_clock's compact rule wants a zone, "hours" or a day there.
"""

from __future__ import annotations

import re

# (pattern, example): the words before a year that make it approximate.
APPROXIMATORS = [
    (r"about|around|approximately|roughly", "built about 1850 / around 1900 by settlers"),
    (r"circa|c\.|ca\.", "circa 1850 / c. 1850 / ca. 1850"),
]
_APPROX_BEFORE = re.compile(
    r"(?<![\w.])(?:" + "|".join(pattern for pattern, _example in APPROXIMATORS) + r")\s*\Z", re.IGNORECASE
)


def approximate_year(text: str, start: int) -> str | None:
    """Return APPROX when an approximator stands just before a year ("circa 1850", "c. 1850")."""
    return "APPROX" if _APPROX_BEFORE.search(text, max(0, start - 16), start) else None
