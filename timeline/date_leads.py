"""The words before a date phrase that go with it when the date is cut out of a clause: its preposition
and determiner ("on Saturday", "in 2017", "by the end of"), a hedge or bound ("as early as", "until at
least"), and a span's preposition before a date counted from now ("over the past week").
"""

from __future__ import annotations

import re

from timeline.leads import led

# Prepositions and determiners that govern a date phrase and leave with it: "on Saturday", "in 2017".
# A preposition of a span before a date that counts back or on from now: "over the past week", "throughout
# the coming months"; not "took over (Monday)", where "over" is the verb's.
SPAN_LEAD = re.compile(r"\s*\b(?:over|throughout|within)\s+\Z", re.I)
# The words a SPAN_LEAD match ends on, before its white space.
SPAN_LEAD_WORDS = ("over", "throughout", "within")
SPAN_DATE = re.compile(r"(?:the\s+)?(?:past|last|next|coming|previous|following)\b"
                       r"|the\s+(?:[A-Z][a-z]+\s+)?(?:quarter|year|month|week|weekend|summer|winter|period|season"
                       r"|holidays?)\b", re.I)  # "(over) the quarter", "(over) the Christmas period"
DATE_LEAD = re.compile(
    # a lead starts on a letter, or is empty at the end: the lookahead lets the search skip other positions
    r"(?=[^\W\d_]|\Z)(?:"
    r"(?:\b(?:by|at|until|before|from|in|on|since|to)\s+)?(?:the\s+)?"  # by the end of | the year
    r"\b(?:end|beginning|start|middle|close|turn|rest)\s+of\s+(?:the\s+)?\Z"
    r"|(?:\b(?:on|in|at|during|by|since|from|until|till|through|for|of|as\s+of|early|late|earlier|later|"
    r"between|to)\s+)?"
    # a bound or a hedge on the date: "until at least (March)", "as early as (Thursday)", "no later than"
    r"(?:\bat\s+(?:least|most|the\s+(?:latest|earliest))\s+"
    r"|\bas\s+(?:early|soon|late|recently|far\s+back)\s+as\s+|\bno\s+(?:later|earlier|sooner)\s+than\s+"
    # "at about (1 p.m.)", "shortly after (noon)", "sank either (Monday or Tuesday)"
    r"|\b(?:about|around|approximately|roughly|either|shortly\s+(?:after|before)|just\s+(?:after|before))\s+"
    r"|\b(?:prior|subsequent)\s+to\s+)?"  # "cars built prior to (1986)"
    # "wait another (summer)", "on his (first day)"
    r"(?:\b(?:the|this|that|another|his|her|its|their|our|my|your)\s+)?\Z)",
    re.I,
)
# The most words a DATE_LEAD match spans ("as of | as far back as | the"), and one more: a lead never
# starts before them, and the search need not try the positions of the words before.
LEAD_WORDS = 8
# A possessive that ends a date's lead: "on (his) first day".
POSSESSIVE_END = re.compile(r"\b(?:his|her|its|their|our|my|your)\s+\Z", re.I)
# A date counted from now that takes no preposition: "next week", "last month", "this year".
DEICTIC_START = re.compile(r"(?:next|last|this)\s", re.I)


# The words a DATE_LEAD match that is not empty ends on, a space after it: "by the end (of)", "(on)".
LEAD_ENDS = (
    "of", "the", "this", "that", "another", "his", "her", "its", "their", "our", "my", "your",
    "least", "most", "latest", "earliest", "as", "than", "about", "either",
    "around", "approximately", "roughly", "after", "before", "on", "in", "at", "during", "by", "since",
    "from", "until", "till", "through", "for", "early", "late", "earlier", "later", "between", "to",
)


def date_lead(before: str) -> re.Match[str] | None:
    """Return DATE_LEAD's match at the end of `before`, or None where it could only be empty (it then
    cuts nothing): a lead ends on one of LEAD_ENDS and a space, and the search from 60 characters or
    LEAD_WORDS words back is tried only then. In ASCII text the match is of the lowered text.
    """
    if not before[-1:].isspace():
        return None
    end = before.rstrip()[-16:]
    if end.isascii() and not end.lower().endswith(LEAD_ENDS):  # re.I reads "ı" as "i": those are searched
        return None
    words = before.rsplit(None, LEAD_WORDS)  # the first item keeps all that comes before those words
    start = max(0, len(before) - 60, len(words[0]) if len(words) > LEAD_WORDS else 0)
    if not before.isascii():
        return DATE_LEAD.search(before, start)
    # ASCII: the same match on the lowered text (its group is lowercase) without re.I, tried only where a lead
    # can start (one of its first words, or "the", which needs no word boundary), then empty at the end:
    # several times faster (tests/test_events_shortcuts.py: the same spans)
    low = before.lower()
    for place in _LEAD_START.finditer(low, start):
        if (found := _DATE_LEAD_LOWER.match(low, place.start())) is not None:
            return found
    return _DATE_LEAD_LOWER.match(low, len(low))


# DATE_LEAD for lowered ASCII text, and where one of its matches may start: a first word of its branches
# before white space, after a word boundary ("by", "the", "end", "at", "as", "no", "shortly", "prior"...), or
# "the" anywhere (its "the" before "end of" has no boundary).
_DATE_LEAD_LOWER = re.compile(DATE_LEAD.pattern)
_LEAD_FIRST = (
    "by|at|until|before|from|in|on|since|to|the|end|beginning|start|middle|close|turn|rest|during|till|through"
    "|for|of|as|early|late|earlier|later|between|no|about|around|approximately|roughly|either|shortly|just|prior"
    "|subsequent|this|that|another"
)
# led on the first letters of its words: both branches start on one ("the" is one of _LEAD_FIRST)
_LEAD_START = led(
    "[" + "".join(sorted({word[0] for word in _LEAD_FIRST.split("|")})) + "]",
    rf"\b(?=(?:{_LEAD_FIRST})\s)|(?=the\s)",
)
