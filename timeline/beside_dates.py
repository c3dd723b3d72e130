"""Words joined to a date phrase that decide what a title keeps when the date goes.

Two cases, each with examples: a date joined by a slash to a neighbour ("March/April") names a span or a
pair as one word and stays whole in the title, since cutting one side leaves "March/ sold at";
and an apposition that only describes the date ("on Saturday, the busiest day of the week,") leaves with
it, since without its date it describes nothing.
"""

from __future__ import annotations

import re

# A slash between a word date and a word on either side: "March/(April)", "(June)/July"; not a year pair,
# "(2026)/27", which leaves with the year's phrase ("in the fiscal year 2026/27").
_SLASH_BEFORE = re.compile(r"[^\W\d_]/\Z")
_SLASH_AFTER = re.compile(r"/[^\W\d_]")


def slashed(text: str, phrase: tuple[int, int]) -> bool:
    """Tell whether a date phrase is one side of a slash pair of words ("March/April", "June/July"): it
    stays."""
    left, right = phrase
    if not text[left : left + 1].isalpha() or not text[right - 1 : right].isalpha():
        return False
    # each pattern holds the slash next to the phrase: looked at first
    before = text[left - 1 : left] == "/" and _SLASH_BEFORE.search(text, max(0, left - 2), left) is not None
    return before or text.startswith("/", right) and _SLASH_AFTER.match(text, right) is not None


# Nouns of time an apposition after a date is about: "(on Saturday), the busiest day of the week".
_TIME_NOUNS = r"(?:day|days|night|nights|week|weekend|month|year|season|date|holiday|anniversary|eve)"
# An apposition after a date that describes it, between commas or dashes or up to the clause's end, each
# with an example:
#   ", the busiest day of the week,"               ("attended the event on Saturday, the busiest day ...,")
#   " - the busiest day of the week for the service -"  (a dash pair)
#   ", the first anniversary of the attack."       (up to the end)
_APPOSITION = re.compile(
    rf"(?P<open>,|\s+(?:--|-|–|—))\s+(?:the|a|its|their|his|her)\s+(?:[\w'’-]+\s+){{0,4}}?{_TIME_NOUNS}\b"
    r"(?P<rest>[^,;:()\-–—\"“”]{0,60}?)"
    r"(?P<close>,(?=\s)|\s+(?:--|-|–|—)(?=\s)|(?=[.;:]?\s*\Z))"
)


def apposition_end(text: str, at: int, end: int) -> tuple[int, str] | None:
    """Return where an apposition that describes the date just before `at` ends, and the mark that stands
    for it, or None when none follows: ", the busiest day of the week," goes; a comma stands for it before
    a participle ("attended the event, costing ..."), nothing before anything else ("The fair drew").
    """
    found = _APPOSITION.match(text, at, end)
    if found is None:
        return None
    dash = found["open"].strip() != ","
    close = found["close"].strip()
    if close and (close == ",") == dash:  # the marks of one apposition match: ", ... ," or "- ... -"
        return None
    participle = _PARTICIPLE.match(text, found.end(), end) is not None
    return found.end(), ("," if close and participle else "")


# A participle that opens what follows the apposition: "(, the busiest day,) costing the service".
_PARTICIPLE = re.compile(r"\s*[a-z]+ing\b")
