"""Give an "it" the whole noun phrase a capitalized name opens, never the name cut from it.

"The Scottish rowing federation said on Monday it wanted ...": the last capitalized words before "it" are
"The Scottish", a modifier of "rowing federation"; "it" is the federation. No parser: the lowercase words
between the name and the next verb, when they are nouns of the same phrase (no function word, no comma).
"""

from __future__ import annotations

import re

from timeline.dateless import FUNCTION_WORDS
from timeline.verbs import first_verb

# The lowercase words that go on a noun phrase after its capitalized start, each with an example:
# "(The Scottish) rowing federation", "(The Welsh) farmers' union", "(The European) central bank".
_REST = re.compile(r"(?:\s+[a-z][\w'’-]*){1,4}\s*")


def whole_name(name: str, text: str, end: int, position: int) -> str | None:
    """Return `name` (which ends at `end` in `text`) with the lowercase nouns that finish its noun phrase
    before the verb ahead of `position`, `name` itself when none follow, or None when the name is cut from
    a phrase this cannot finish ("The Scottish" of "The Scottish rowing federation, which ..., said")."""
    if not text.startswith(" ", end) or not text[end + 1 : end + 2].islower():
        return name  # "Microsoft said ...", "the UN Convention Against Cybercrime, which ..."
    rest = text[end:position]
    first = rest.split(None, 1)[0] if rest.strip() else ""
    if not first or first.strip(",;") in FUNCTION_WORDS:
        return name  # "the UN Convention Against Cybercrime in 2017": the name ends before a preposition
    verb = first_verb(rest)
    if verb is None:
        return None
    if not rest[: verb.start()].strip():
        return name  # "Microsoft said on Monday it": the name is the whole subject
    words = _REST.fullmatch(rest, 0, verb.start())
    if words is None or any(word in FUNCTION_WORDS for word in words.group().split()):
        return None  # "The Scottish rowing federation and the city council said": not one phrase
    return name + words.group().rstrip()
