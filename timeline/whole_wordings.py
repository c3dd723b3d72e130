"""Find a shorter whole wording of a long title before `shorten.fit` cuts it: a title that must lose words
loses a front phrase or a teller before it loses the end of its own predicate.

A cut keeps the start and drops the end; the end is often what the predicate wants ("had committed acts |
of self harm", "had been taken | to hospital"). When the title without its front phrase ("Two hours after
the fire, ...") or without its teller ("Officials confirmed that ...") fits whole, a headline prints that.
No parser: patterns with examples.
"""

from __future__ import annotations

import re

from timeline.verbs import first_verb, has_verb

MAX_TITLE = 80

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
# A teller and a "that" before the statement, each with an example: "Officials confirmed that two men had
# been charged", "The police said that the road would reopen", "A report found that prices had risen".
_TELLER_THAT = re.compile(
    r"\A(?P<teller>[A-Za-z0-9][^,;:\"“”()]{2,60}?)\s+"
    r"(?:said|say|says|confirmed|confirms|reported|reports|announced|found|revealed|stated|added)"
    r"\s+that\s+(?=\S)"
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


# A statement that is an opinion or a state, whose telling is the news, each with an example: "the deal
# was unfair", "the talks would be hard", "the sides are close", "the EU does not recognize the vote". A
# passive is an event: "two soldiers were killed".
_OPINION = re.compile(
    r"\b(?:must|should|ought|might|may|can|could|remains?|seems?|appears?|does\s+not|do\s+not)\b"
    r"|\b(?:(?:will|would)\s+(?:not\s+)?be|(?:has|have|had)\s+(?:not\s+)?been|is|was|are|were|be)\s+"
    r"(?:not\s+)?(?:at\s+least\s+|very\s+)?(?![a-z]+(?:ed|en)\b)"
    r"(?!(?:been|being|born|made|held|set|hit|cut|put|shut|built|sent|kept|lost|paid|sold|told|found|won|shot"
    r"|struck|hurt|caught|brought|left|taken|seen|given|done|run)\b)",
    re.I,
)


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
    """Return the title without its front phrase or its teller, when that fits whole; else None.

    "Two hours after the fire, 14 injured people had been taken to hospitals around the city" ->
    "14 injured people had been taken to hospitals around the city"; "Prison authorities confirmed that
    two inmates had committed acts of self harm in their cells" -> "Two inmates had committed acts of ...".
    """
    if len(title) <= MAX_TITLE:
        return None
    front = _FRONT.match(title)
    if front is not None and _FRONT_WORD.search(front["front"]) and not has_verb(front["front"]):
        if (whole := _clause(title[front.end() :])) is not None:
            return whole
    teller = _TELLER_THAT.match(title)
    if teller is not None and not has_verb(teller["teller"]):
        statement = title[teller.end() :]
        verb = first_verb(statement, 0)
        if verb is None or _OPINION.search(statement):
            return None  # "said that the deal was unfair", "found the sides were close": the saying is news
        return _clause(statement)
    return None
