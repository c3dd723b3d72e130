"""Find a shorter whole wording of a long title before `shorten.fit` cuts it: a title that must lose words
loses a front phrase before it loses the end of its own predicate.

A cut keeps the start and drops the end; the end is often what the predicate wants ("had been taken | to
hospital"). When the title without its front phrase ("Two hours after the fire, ...") fits whole, a headline
prints that. No parser: patterns with examples.
"""

from __future__ import annotations

import re

from timeline.title_length import MAX_TITLE
from timeline.verbs import first_verb, has_verb

# A front phrase that says when, where or after what, closed by a comma, each with an example:
# "Two hours after the fire, 14 people had been taken to hospital", "In the north of the state, ...",
# "Despite the heavy rain, ...". It holds one of these words and no comma; what follows is the clause.
_FRONT = re.compile(
    r"\A(?P<front>[A-Za-z0-9][^,;:\"“”()]{2,60}?)"
    r"(?<=\S),\s+(?=\S)"
)
_FRONT_WORD = re.compile(
    r"\b(?:after|before|since|during|following|despite|amid|in|on|at|within|until|by|across|throughout)\s",
    re.I,
)
# A statement or clause whose subject needs what went before it: "he had", "they would", "this was".
_NEEDS_FRONT = re.compile(
    r"(?:he|she|it|they|we|i|you|his|her|its|their|our|this|these|those|there|that|which|who|and|but|or|so"
    r"|then|also)\b",
    re.I,
)


# A trailing phrase a cut may drop from the clause left, each with an example: "had been taken to hospital |
# by ambulance", "will meet the unions | in Sydney", "was sworn in | as leader".
_TRAILING = re.compile(r"\s(?:by|in|at|on|with|from|during|after|before|as|via|near|around)\s")


# A verb with its auxiliary: "had been taken", "will meet", "were sent".
_AUXILIARY_VERB = re.compile(
    r"\b(?:had|has|have|was|were|is|are|will|would)\s+(?:not\s+)?(?:been\s+|be\s+)?[a-z]{3,}\b"
)


def _clause(rest: str) -> str | None:
    """Return `rest` as a title, capitalized, when it is a whole clause that fits, or that fits once a
    trailing phrase goes ("14 people had been taken to hospitals around the city | by ambulance"): a
    subject, then a verb.
    """
    if len(rest) > MAX_TITLE + 30 or len(rest) < 25 or _NEEDS_FRONT.match(rest):
        return None
    verb = first_verb(rest, 0)
    if verb is None or verb.start() == 0 or "," in rest[: verb.start()] or verb.end() > MAX_TITLE - 20:
        return None  # no verb after a subject; a subject with an aside ("the chairman, 52, said") is no start
    if len(rest) > MAX_TITLE:
        from timeline.complete import complete  # noqa: PLC0415 (timeline.shorten imports this module)
        from timeline.shorten import fit  # noqa: PLC0415

        kept = fit(rest)
        # the verb with its auxiliary ("had been taken"): a lone -ed word may be a participle ("the
        # particles found | at the site")
        verb = _AUXILIARY_VERB.search(rest, 0, MAX_TITLE)
        short = verb is None or len(kept) <= verb.end() + 8
        if short or not _TRAILING.match(rest, len(kept)) or complete(kept) is not None:
            return None  # the cut takes the predicate's own words, not a phrase after them
        rest = kept
    return rest[:1].upper() + rest[1:]


def shorter_whole(title: str) -> str | None:
    """Return the title without its front phrase, when that fits whole (or cut before a trailing phrase);
    else None: "Two hours after the fire, 14 injured people had been taken to hospitals around the city by
    ambulance" -> "14 injured people had been taken to hospitals around the city by ambulance".

    Not a teller ("Police said that ..."): the date of the event may be the telling's, which the title keeps.
    """
    if len(title) <= MAX_TITLE:
        return None
    # a match's comma ends a front of 3 to 61 characters: a title with none there has no match
    front = _FRONT.match(title) if title.find(",", 3, 62) >= 0 else None
    if front is not None and _FRONT_WORD.search(front["front"]) and not has_verb(front["front"]):
        if (whole := _clause(title[front.end() :])) is not None:
            return whole
    return None
