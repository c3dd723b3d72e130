"""Title a date that ends an apposition on the subject by the apposition's own relation, not the main clause.

"Europe, Africa's leading partner since 2005, has lost ground": 2005 dates Europe's being that partner, not
the loss; the title is "Europe has been Africa's leading partner", as "Europe has been Africa's leading
partner since 2005" would be titled. "Ana Lind, a minister in the 1990s, said ..." -> "Ana Lind was a
minister". focus.part_of asks `relation` after date_units: (words to put first, span of the rest). No
parser: one pattern and a table of the prepositions, each with an example.
"""

from __future__ import annotations

import re

from timeline.spans import Span
from timeline.verbs import be_for, first_verb, has_verb
from timeline.word_walk import PREPOSITIONS

# The preposition before the date that ends the apposition, and the verb of being it asks, with an example:
# a state that still holds since the date, or one the date places in the past.
_BE_BY_PREPOSITION = {
    "since": "has been",  # "Europe, Africa's leading partner since 2005," -> "Europe has been ..."
    "in": "was",  # "Tolvia, the cup's winner in 2010," -> "Tolvia was the cup's winner"
    "during": "was",  # "Ana Lind, a minister during the 1990s," -> "Ana Lind was a minister"
    "until": "was",  # "Omar Vance, the club's coach until 2019," -> "Omar Vance was the club's coach"
}
# A subject of up to four words, capitalized first: "Europe", "Dr Lena Ortiz", "The Dunn sisters".
_SUBJECT = r"(?P<subject>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3})"
# Words that open a front phrase, no subject: "In 2010, the club's best year since 1990,", "Yesterday,".
_NO_SUBJECT = PREPOSITIONS | {"yesterday", "today", "tonight", "last", "this", "next", "then", "meanwhile",
                              "however", "but", "and", "so", "yet", "still", "now", "later", "earlier"}
# An apposition's noun phrase, opened by an article or an owner: "(Africa's) leading partner", "(the) winner".
_NP = r"(?P<np>(?:the|a|an|its|his|her|their|[A-Z][\w.-]*['’]s)\s+[^,;:()\"“”]{1,80}?)"
_PREPOSITION = rf"(?P<prep>{'|'.join(sorted(_BE_BY_PREPOSITION))})"
# The subject, its comma and the apposition up to its date: "Europe, Africa's leading partner since"; an
# adverb of time before it goes ("Europe, long Africa's ...").
_APPOSITION = re.compile(rf"{_SUBJECT},\s+(?:(?:long|once|formerly)\s+)?{_NP}\s+{_PREPOSITION}\s+\Z")
# The same apposition with the date in front: "Europe, since | 2005 | Africa's leading partner,".
_FRONT = re.compile(rf"{_SUBJECT},\s+{_PREPOSITION}\s+\Z")
_FRONT_NP = re.compile(rf"\s+{_NP},")
# An adverb before the verb right after the apposition's closing comma: ", (also) said", ", has lost ground".
_ADVERB = re.compile(r"\s*(?:(?:also|later|now|still|then|[a-z]+ly)\s+)?")


def relation(text: str, span: Span, own: Span) -> tuple[str, Span] | None:
    """Return (subject and verb of being, span of the apposition) when the date `own` ends an apposition on
    the subject that opens `text[span]` and the main verb follows its comma, or None: "Europe, Africa's
    leading partner since 2005, has lost ground" -> ("Europe has been", "Africa's leading partner")."""
    found = _APPOSITION.fullmatch(text, span[0], own[0])
    if found is not None and text.startswith(",", own[1]):
        np, comma = found.span("np"), own[1]
    elif (found := _FRONT.fullmatch(text, span[0], own[0])) and (
        front := _FRONT_NP.match(text, own[1], span[1])
    ):
        np, comma = front.span("np"), front.end() - 1  # "Europe, since 2005 Africa's leading partner,"
    else:
        return None
    if has_verb(text[np[0] : np[1]]) or has_verb(found["subject"]) or text[np[0] : np[1]].endswith("ing"):
        return None  # "Tolvia, the firm running the port since", "Europe, whose trade grew since": clauses
    if found["subject"].split()[0].lower() in _NO_SUBJECT or re.search(r"\d", found["subject"]):
        return None  # "In 2010, the club's best year since 1990, ...": a front phrase
    after = _ADVERB.match(text, comma + 1, span[1]).end()
    verb = first_verb(text, after, span[1])
    if verb is None or verb.start() != after:
        return None  # no main verb after the apposition: a list or a dateline, not an aside
    subject = found["subject"]
    be = _BE_BY_PREPOSITION[found["prep"]]
    if be_for(subject) == "were":
        be = "have been" if be == "has been" else "were"
    return f"{subject} {be}", np
