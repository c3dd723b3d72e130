"""Tell a date that gives the age of a thing a test or a search found, not the time of a happening.

"Tests dated the mast to between 1410 and 1480", "The bones were carbon-dated to 3000 BC", "Its roots were
traced back to 1420": the test or the search happened at another time, and the date is how old the thing
is. events.py makes no event of such a date; a date of the test itself ("Tests in 1988 dated ...") stays.
"""

from __future__ import annotations

import re

# A verb of dating or tracing, its object, then "to" (or "from") right before the date: each with an example.
_AGE_BEFORE = re.compile(
    r"\b(?:"
    r"(?:carbon|radiocarbon)-?dated"  # "The bones were carbon-dated to 3000 BC"
    r"|dated"  # "Tests dated the mast to between 1410 and 1480", "The hull was dated to about 1520"
    r"|traced(?:\s+back)?"  # "Its roots were traced back to 1420"
    r")(?:\s+(?!to\b|from\b)[\w'’-]+){0,5}\s+(?:to|from)\s+(?:(?:between|about|around|roughly|circa|c\.|the)\s+)?\Z",
    re.I,
)
_REACH = 80  # the verb, its object and "to" stand within this many characters before the date


def is_age(text: str, start: int) -> bool:
    """Tell whether the date starting at `start` is the age a dating or a tracing found: "carbon-dated to
    3000 BC", "dated the mast to between 1410 and 1480"."""
    return _AGE_BEFORE.search(text, max(0, start - _REACH), start) is not None
