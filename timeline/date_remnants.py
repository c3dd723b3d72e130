"""Close what cutting a date out of a clause leaves: an aside that held only the date ("The strike, in 2019,
lasted" -> "The strike lasted"), a front phrase that says nothing without it ("In March alone, sales rose"
-> "sales rose").

timeline.dateless cuts the dates; these tidy the clause it joins back together.
"""

from __future__ import annotations

import re

from timeline import shorten
from timeline.leads import led
from timeline.verbs import has_verb, plural_present

# What a front phrase leaves when its date goes: "Founded in 1989," -> "Founded,", "Starting next year,"
# -> "Starting,", "Compared with the previous month," -> "Compared with,", "Even on Tuesday," -> "Even,".
_REMNANT = re.compile(r"(?P<rest>[^,;:\"“]{1,60}),\s+(?=\S)")
# A place after the front phrase's date, which stays: "(On Monday) in Paris,"; a determiner opening a
# subject: "The (1994) summit,".
_PLACE = re.compile(r"(?i:in|at|on|from|near)\s+[A-Z].*")
_DETERMINER_START = re.compile(r"(?i:the|a|an|its|his|her|their|our|this|that)\s")

# A relative pronoun after the front phrase's comma: what was left before it is the subject it describes.
_RELATIVE_NEXT = re.compile(r"(?:who|whom|whose|which)\b")
# A "with" aside after the front phrase's comma and the verb after it: what was left before it is that verb's
# subject ("Early results, with most votes counted, showed").
_WITH_ASIDE = re.compile(r"with(?:out)?\s[^,;:]{1,80},\s+(?P<verb>[a-z][\w'’-]*)")


def drop_remnant(clause: str, *, opens: bool) -> str:
    """Drop the front phrase of a sentence (`opens`: the clause starts one) that lost its date when what is
    left of it says nothing ("In March alone," -> "alone,").
    """
    front = _REMNANT.match(clause)
    if front is None:
        return clause
    rest = front["rest"]
    words = rest.split()
    place = _PLACE.fullmatch(rest)  # "(On Monday) in Paris," stays
    # a verb after the first word makes a clause: "The bridge will reopen (on Monday), the county said",
    # "Asked (on Tuesday) whether he would resign,"
    subject = _DETERMINER_START.match(rest)  # "The (1994) summit,"
    # "Classes resume (next Monday), the office said": a plain present after a plural is a verb too
    if place or subject or not opens or has_verb(" ".join(words[1:])) or plural_present(rest):
        return clause
    if rest[:1].isupper() and _RELATIVE_NEXT.match(clause, front.end()):
        return clause  # "(On Thursday,) Ana Berg, who heads the party, promised": the subject of a relative
    aside = _WITH_ASIDE.match(clause, front.end()) if rest[:1].isupper() else None
    if aside is not None and has_verb(aside["verb"]):
        return clause  # "Early results (on Monday), with most votes counted, showed": the subject of "showed"
    if not (len(words) <= 2 or shorten.trim_end(rest) != rest or shorten.dangles(rest)):
        return clause
    return clause[front.end() :]


# What is left of an aside that held only a date: "The strike, in 2019, lasted" -> "The strike, , lasted".
EMPTY_ASIDE = led(r",", r"(?:,\s*){2,}")
# An opening phrase keeps its comma ("In Hanoi, on Saturday, he spoke" -> "In Hanoi, he spoke").
_OPENING = re.compile(
    r"(?:\A|[,;:]\s*)(?:in|on|at|after|before|during|for|by|with|under|over|from|since|as|when|while|despite"
    r"|across|throughout|among|amid|around|near|within|against|following|until|outside|inside|like|unlike)\b"
    r"[^,;:]*\Z",
    re.I,
)


def close_aside(match: re.Match[str]) -> str:
    """Close the gap a removed date aside leaves: subject meets verb; an opening phrase keeps a comma."""
    adverb = _ADVERB_ONLY.fullmatch(match.string, 0, match.start())
    if adverb and _FRONT_AFTER.match(match.string, match.end()):
        return ", "  # "And finally(, in 2016,) after months of talks, a group set up camp": the front stays
    return ", " if _OPENING.search(match.string, 0, match.start()) else " "


# A sentence adverb alone before a date aside: "And finally", "Eventually".
_ADVERB_ONLY = re.compile(r"\s*(?i:(?:and|but|so)\s+)?[A-Za-z]+ly\s*")
_FRONT_AFTER = re.compile(r"(?i:after|before|during|following|amid|despite|with|in|on|at)\s[^,;:]{3,80},\s")
