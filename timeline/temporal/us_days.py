"""US holidays whose lower-case name is any country's day of that kind: "the election day" abroad."""

from __future__ import annotations

import re

# Holidays of the US calendar whose name, in lower case, is any country's day of that kind: (regex, example)
_US_ONLY = [
    (r"election\s+day", "the election day in a Russian region is not the US Election Day"),
]
_US_ONLY_NAME = re.compile("|".join(words for words, _ in _US_ONLY), re.IGNORECASE)
# Words that place a story in the United States ("Republic", "Democratic", "Senate", "Congress" name parties
# and houses of many countries: "the Chechen Republic", "the Liberal Democratic Party").
_US_CONTEXT = re.compile(r"\b(?:U\.\s?S\.|United\s+States|Americans?|Republicans|Democrats|GOP)(?!\w)")


def foreign_election_day(name: str, text: str) -> bool:
    """Say whether a US-only holiday name is written in lower case ("on the election day") in a text with
    no word of US politics or places: the day of the story's own election, not the US Election Day."""
    if not _US_ONLY_NAME.fullmatch(" ".join(name.split())):
        return False
    if name[:1].isupper():
        return False  # "Election Day", as the holiday is written
    return _US_CONTEXT.search(text) is None
