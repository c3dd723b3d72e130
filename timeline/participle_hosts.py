"""Tell whether a participle with a date hangs on a noun phrase that is no subject, beyond the prepositions
attachment.py reads: "(producing above) a ceiling agreed in Vienna last December", "(were resisting) prices
restored by the cartel last month", "(tinkering with) an institution established by Parliament in 1775". Then
the date is the participle's, whose clause attachment.retitle titles ("A ceiling was agreed in Vienna"). No
parser: word lists and one pattern, each with an example.
"""

from __future__ import annotations

import re

# Prepositions of place or measure that word_walk does not list, before a noun phrase a participle hangs on:
# "producing (above) a ceiling agreed in Vienna last December".
PLACING_MORE = {"above", "below", "beyond"}
# A participle's agent, a noun phrase after "by" (not a figure: "profits increased by 5% last year", "by a
# third", "by the most"): "prices restored (by the cartel) last month", "an institution established (by
# Parliament) in 1775".
_BY_AGENT = re.compile(
    r"\s+by\s+(?:the|a|an|its|their|his|her|[A-Z])\b"
    r"(?!\s+(?:most|same|third|half|quarter|fifth|tenth|factor|margin|wide)\b)"
)


def hosts(text: str, participle_end: int, before: str, subject: str) -> bool:
    """Tell whether the noun phrase `subject`, after the word `before`, hosts the participle that ends at
    `participle_end`: after one of PLACING_MORE ("above a ceiling agreed in Vienna"), or, with an agent, as
    the object of a verb in -ing or of "with" ("were resisting prices restored by the cartel last month",
    "tinkering with an institution established by Parliament in 1775")."""
    if subject.split()[-1][:1].isupper():
        return False  # a name takes its participle after a comma: "Kim Lee announced on Tuesday"
    if before in PLACING_MORE:
        return True
    # after "with" or a verb in -ing, whose object it is; not after "said" or "reported", whose statement may
    # follow with a verb of its own ("reported exports increased by the most in years")
    object_of = before == "with" or before.endswith("ing") and before.isalpha()
    return object_of and _BY_AGENT.match(text, participle_end) is not None
