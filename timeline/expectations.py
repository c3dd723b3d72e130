"""Read the statement an impersonal frame holds: "(Mr Kemp says) it is expected (that) emissions will fall".

"It is expected", "it is hoped", "it is believed" say nothing of their own: when the event's date lies in
the clause after the frame, that clause is the news, and a headline drops the frame and its teller
("Emissions will be reduced by 40 per cent"). A clause opening on a pronoun ("it is expected he will")
keeps its frame: who "he" is, only the sentence tells.
"""

from __future__ import annotations

import re

from timeline.verbs import first_verb

# A teller (optional) and an impersonal frame before a clause, each with an example: "Mr Kemp says it is
# expected (emissions ...)", "It was feared that (the dam would burst)", "it is understood (the pair met)".
_FRAME = re.compile(
    r"(?:[A-Z][^,;:\"“”]{0,60}?\s+(?:says|said)\s+(?:that\s+)?)?(?i:it)\s+(?:is|was)\s+"
    r"(?:expected|hoped|believed|understood|thought|feared|estimated|anticipated|likely)\s+(?:that\s+)?"
    r"(?=(?!(?:he|she|it|they|we|i|you|to|this|that|there)\b)[A-Za-z])"
)


def framed_statement(text: str, span: tuple[int, int], own: tuple[int, int]) -> int | None:
    """Return where the statement after an impersonal frame starts, when the event's own date lies in it
    and it has a verb of its own, else None: "Mr Kemp says it is expected emissions will be reduced by
    2010" -> at "emissions"."""
    found = _FRAME.match(text, span[0], span[1])
    if found is None or own[0] < found.end():
        return None
    verb = first_verb(text, found.end(), own[0])
    return found.end() if verb is not None and verb.start() > found.end() else None
