"""Find whom a "their" that opens a subordinate clause's title stands for: the counted plural just before it
in the sentence, "escorting three hikers back to the camp after (their) car sank" -> "Three hikers' car
sank". A count names a group plainly; a plural with no count ("officials") is left alone.
"""

from __future__ import annotations

import re

# A counted plural, each with an example: "three hikers", "two Swiss tourists", "the 40 volunteers".
_COUNTED = re.compile(
    r"\b(?P<np>(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}(?:,\d{3})*)"
    r"\s+(?:[A-Z][a-z]+\s+|[a-z]+\s+)?[a-z]{3,}s)\b(?!['’])",
    re.I,
)

# Endings of a count that names no group the "their" may stand for, each with an example: "two days",
# "three bonus", "10 others" (a pronoun itself).
_NO_GROUP = ("ss", "us", "is", "years", "days", "months", "weeks", "hours", "others")


def counted_owner(text: str, start: int, end: int) -> str | None:
    """Return the possessive of the last counted plural in `text[start:end]` ("Three hikers'"), or None."""
    matches = list(_COUNTED.finditer(text, start, end))
    found = matches[-1] if matches else None
    if found is None or found["np"].lower().endswith(_NO_GROUP):
        return None  # "two days", "three bonus": no group of people or things
    if re.search(r"\band\s+\Z", text[max(start, found.start() - 5) : found.start()]):
        return None  # "His brother and 6 others drowned when the ferry capsized": the group is more
    np = found["np"]
    return f"{np[:1].upper()}{np[1:]}'"
