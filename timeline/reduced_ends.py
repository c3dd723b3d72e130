"""Tell whether a reduced relative clause at the end of a sentence dates its noun, not the main clause.

"(Jurors acquitted him over) transfers made in 2021" dates the transfers, not the acquittal; "(Police
questioned) the two men arrested last week" dates the arrest, not the questioning. relatives.py finds such
clauses; focus.py asks this of one that ends the sentence (REDUCED_END), to title the parts apart.
"""

from __future__ import annotations

import re

from timeline.object_participles import object_reduced
from timeline.spans import Span
from timeline.verbs import has_verb

# Prepositions before a plain noun with a participle on it: "of the deal", "over transfers made in 2021".
_REDUCED_PREPOSITIONS = {"in", "into", "of", "to", "for", "on", "at", "over", "about", "against", "from"}
# Words before a noun whose participle is no reduced clause on it: "one of his sons (was) injured" is a
# clause of its own, "according to a briefing made" tells the source, "with hearings expected" is absolute.
_NOT_REDUCED_OF = {"one of", "some of", "many of", "most of", "all of", "according to", "both of"}
# Participles of a plan: the date is what is planned, the clause's head is no past event ("the sentencing
# scheduled on March 7").
_PLANNED = {"scheduled", "set", "due", "expected", "planned", "slated", "poised", "supposed", "proposed"}
# A reduced clause that ends the sentence: its participle, then up to a few words and the end ("made in
# 2021.", "drawn up in 2020 by the mayor."); a comma or a second verb makes it more than the noun's.
REDUCED_END = re.compile(r"[a-z]+(?:\s+[\w'’$.-]+){1,8}?\s*[.!?\"'”’]*\s*")


def reduced_at_end(text: str, span: Span, np: Span, clause: Span, date: Span | None = None) -> bool:
    """Tell whether a participle on a short noun after a preposition, with only its date and a phrase after
    it, ends the sentence after a main clause with a verb of its own: "(Jurors acquitted him over)
    transfers made in 2021" dates the transfers, not the acquittal (REDUCED_END matched the clause); so on
    the object of a verb when the date follows the participle (`object_reduced`): "(Police questioned) the
    two men arrested last week"."""
    before = text[span[0] : np[0]].split() or [""]
    participle, _, rest = text[clause[0] : clause[1]].partition(" ")
    return (
        len(text[np[0] : np[1]].split()) <= 3
        and has_verb(text[span[0] : np[0]].rsplit(",", 1)[-1])  # not ", figures from the bank showed"
        and " ".join(before[-2:]).lower() not in _NOT_REDUCED_OF
        and participle.lower() not in _PLANNED
        and (
            object_reduced(text, np, clause, date)
            or (
                # not "with hearings expected": an absolute phrase
                before[-1].lower() in _REDUCED_PREPOSITIONS
                # "formulated by a commission investigating ...": a verb of its own
                and not has_verb(rest)
                and not re.search(r"[a-z]{3,}ing\b", rest)
            )
        )
    )
