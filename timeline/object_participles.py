"""Tell whether a participle after a verb's object is a clause on the object that its date belongs to.

"Police questioned the two men arrested last week": the date is the arrest's, the participle a reduced
relative clause on the object ("the two men (who were) arrested"), not the questioning's. relatives.py asks
this of a reduced clause at the end of a sentence, focus.py cuts the clause at its date. No parser: the word
before the noun phrase and the words between the participle and its date, each with an example.
"""

from __future__ import annotations

import re

from timeline.spans import Span
from timeline.verbs import is_past_form

# What may lie between a participle and its date: "arrested (on) Monday", "struck overnight" (as
# relatives._TO_DATE).
_TO_DATE = re.compile(r"\s+(?:(?:on|in|at|during)\s+)?")


# Verbs whose object and a participle after it make one complement, a state or a wish, no reduced clause:
# "they want the law passed by Friday", "police found the man injured on Monday".
_SMALL_CLAUSE = re.compile(
    r"(?:want|need|expect|get|got|have|had|has|see|saw|seen|keep|kept|found|find|leave|left|like|consider|"
    r"declare|report|make|made)(?:s|ed|ing)?"
)


def _verb_of_object(word: str) -> bool:
    """Tell whether the word before a noun phrase is a verb whose object it is, so that a participle after
    the noun phrase is a clause on it: "(Police) questioned | the two men arrested last week", "(Officials)
    inspected | the sites struck overnight"; not "wanted | the law passed by Friday" (_SMALL_CLAUSE)."""
    word = word.lower()
    return word.isalpha() and (is_past_form(word) or word.endswith("ing")) and (
        _SMALL_CLAUSE.fullmatch(word) is None
    )


def _right_after(text: str, participle_end: int, date: Span | None) -> bool:
    """Tell whether the date follows the participle with at most a preposition between: "struck overnight",
    "arrested on Monday"; not "hit by the storm on Tuesday", whose date may be the main verb's."""
    return date is not None and _TO_DATE.fullmatch(text, participle_end, date[0]) is not None


def object_reduced(text: str, np: Span, clause: Span, date: Span | None) -> bool:
    """Tell whether a participle clause hangs on the object of the verb right before its noun phrase and its
    date follows the participle: "(Police questioned) the two men arrested last week (over the theft)"; the
    clause then ends at its date, what follows being the main verb's ("replaced the coach sacked on Sunday
    | with his assistant")."""
    before = text[max(0, np[0] - 40) : np[0]].split() or [""]
    participle = text[clause[0] : clause[1]].split(" ", 1)[0]
    return _verb_of_object(before[-1]) and _right_after(text, clause[0] + len(participle), date)
