"""Drop the words that open a clause by pointing at the story around it, which a headline read alone lacks.

A title read on a timeline has no sentence before it: "Undaunted, the climbers set off" and "On another
front, the army shelled the city" open on a word or phrase that answers the sentence before; "In those
sectors, wages fell" points at sectors it never names. The clause after the opener is the news. A
description before a name set off by commas ("the firm's chief, Ana Ruiz, resigned") gives way to the
name, and "took the (unusual) step of grounding" says "grounded" in five words. No parser: tables and
patterns, each with an example.
"""

from __future__ import annotations

import re

from timeline.present_verbs import base_of_participle
from timeline.title_length import MAX_TITLE
from timeline.verbs import first_verb, has_verb, past_of

# Openers that answer the sentence before, each with an example; a comma follows each.
_OPENER_ROWS = (
    r"on\s+(?:another|the\s+other|the\s+[a-z]+)\s+(?:front|hand|side)",  # "On another front,", "On the
    # diplomatic front,"
    r"in\s+other\s+(?:news|developments|words)",  # "In other news,"
    r"at\s+the\s+same\s+time",  # "At the same time,"
    r"for\s+(?:its|his|her|their|our|my)\s+part",  # "For its part,"
    r"in\s+(?:response|return|fact|particular|short|any\s+case|the\s+meantime)",  # "In response,"
    r"by\s+comparison|of\s+course|after\s+all|above\s+all|even\s+so|that\s+said|as\s+such",  # "Even so,"
    r"(?:in|at|on|for|among)\s+(?:those|these|such|that|this)\s+(?:[a-z]+\s+)?[a-z]+",  # "In those areas,"
    r"un[a-z]+ed",  # "Undaunted,", "Undeterred,", "Unfazed,"
    r"[a-z]{3,}ly",  # "Especially,", "Notably,", "Ironically,"
    r"indeed|nevertheless|nonetheless|regardless|likewise|otherwise|besides|hence|therefore|elsewhere|there",
    # "Indeed,", "There," (a place told before)
)
_OPENER = re.compile(rf"\A(?i:{'|'.join(_OPENER_ROWS)}),\s+(?P<rest>\S.*)\Z", re.S)
# A word in -ly that is no adverb of linking, whose comma opens something else: "Italy, Spain and ...".
_NOT_LINKING = {"italy", "july", "sicily", "family", "only", "early", "likely", "daily", "weekly", "monthly",
                "yearly", "nearly", "reportedly", "allegedly", "apparently", "initially", "originally",
                "previously", "recently", "currently", "subsequently", "eventually", "finally", "immediately"}


def without_opener(title: str) -> str:
    """Return the title without an opener that points at the sentence before, when what follows is a clause
    of its own: "Undaunted, the climbers set off" -> "the climbers set off"; "Reportedly, ..." and
    "July, ..." keep theirs."""
    opener = _OPENER.match(title)
    if opener is None or title[: title.find(",")].lower() in _NOT_LINKING:
        return title
    rest = opener["rest"]
    verb = first_verb(rest)
    return rest if verb is not None and verb.start() > 0 and has_verb(rest) else title


# A description of who or what a name is, set off before it by commas, then the verb: "The firm's chief,
# Ana Ruiz, resigned", "Its rival, Acme Foods, said". Not "Another typhoon, ..." (no determiner that
# points at one known thing), a list ("The mayor, Lee, and ...": no verb after) nor two names, which the
# verb of "The couple, Joe and Ann Lee, was freed" does not agree with.
_DESCRIBED_NAME = re.compile(
    r"\A(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.&-]*['’]s)\s+(?:[a-z][\w'’-]*\s+){0,4}[a-z][\w-]*"
    r",\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s+(?P<rest>[a-z].*)\Z",
    re.S,
)


def named_subject(title: str) -> str:
    """Return the title with a described subject given as its name when the name follows it between commas
    and a verb follows the name: "The firm's chief, Ana Ruiz, resigned" -> "Ana Ruiz resigned". A
    description that owns nothing ("The head of the agency") stays when the title fits: it tells who the
    name is without pointing at an owner told before."""
    described = _DESCRIBED_NAME.match(title)
    if described is None or title[:4].lower() == "the " and len(title) <= MAX_TITLE and "'" not in title[
        : described.start("name")
    ] and "’" not in title[: described.start("name")]:
        return title  # "The head of the agency, Anna Berg, resigned" fits and says who she is
    verb = first_verb(described["rest"])
    return f"{described['name']} {described['rest']}" if verb is not None and verb.start() == 0 else title


# "took the (unusual) step of V-ing", "was to take the step of V-ing": the step is the verb itself.
_TAKE_STEP = re.compile(
    r"\b(?P<take>took|(?<=\bto\s)take|(?<=\bwill\s)take|(?<=\bwould\s)take)\s+the\s+(?:[a-z]+\s+)?step\s+of"
    r"\s+(?P<ing>[a-z]{3,}ing)\b"
)


# Endings of a participle's stem that is its base as it stands, no "e" lost: "deliver(ing)", "suspend(ing)",
# "protest(ing)"; not "clos(ing)", "chang(ing)", "serv(ing)".
_WHOLE_STEM = re.compile(r"(?:nd|nt|st|ct|pt|rt|rn|rk|rm|sh|ch|ck|ld|lt|mp|ft|wn|ss|ll|er|en|ow|ay|ey)\Z")


def _base(participle: str) -> str | None:
    """Return the base of a present participle when it is known or its stem is plainly whole
    ("delivering" -> "deliver"), else None."""
    stem = participle[:-3]
    return base_of_participle(participle) or (stem if _WHOLE_STEM.search(stem) else None)


def without_step(title: str) -> str:
    """Return the title with "took the (unusual) step of V-ing" said as the past of V, "to take the step of
    V-ing" as "to V" when V's base is known: "The airline took the unusual step of grounding its fleet" ->
    "The airline grounded its fleet"."""
    step = _TAKE_STEP.search(title)
    if step is None:
        return title
    verb = past_of(step["ing"]) if step["take"] == "took" else _base(step["ing"])
    return title if verb is None else f"{title[: step.start()]}{verb}{title[step.end() :]}"
