"""Start a title at its subject when a front phrase stands before it: "Hit by the strike, traders dumped
shares" -> "Traders dumped shares".

A headline names who did what first. A participle phrase ("Angered by the delay,", "Using new tools,"), a
concession or a cause ("Despite heavy rain,", "Due to the floods,") and a place told with an apposition ("On
the exchange, the oldest in Asia,") only set the scene; openers.py drops the phrases that point at the
sentence before, structural.without_front the ones a cut needs gone. A place or a time alone ("In Arlo,",
"For the first time since 1990,") tells where or how new the news is, and stays. Rows with examples.
"""

from __future__ import annotations

import re

from timeline.verbs import first_verb, has_verb, is_past_form

# Front phrases that set the scene, each with an example; a comma closes each.
_SCENE_ROWS = (
    r"[A-Z][a-z]+(?:ed|en)\s+(?:by|with|at|over|about|from)\s[^,;:\"“]{2,60}",  # "Angered by the delay,"
    r"(?:Hit|Struck|Hurt|Driven|Shaken|Stung|Caught|Backed)\s+(?:by|with|in)\s[^,;:\"“]{2,60}",  # "Hit by the
    # strike,": an irregular participle
    r"[A-Z][a-z]+ing\s+(?:a|an|the|his|her|its|their|our|on|to|at|from|with)\s[^,;:\"“]{2,60}",  # "Using a
    # new method,", "Speaking at the forum,"
    r"(?:Despite|Amid|Amidst|Due\s+to|Owing\s+to|Thanks\s+to|Because\s+of)\s[^,;:\"“]{2,60}",  # "Despite
    # rain,"
    # a place or a body told with an apposition: "On the stock exchange, the oldest in Asia,"
    r"(?:In|On|At|From|Inside|Outside|Near|Across)\s[^,;:\"“]{2,60},\s+(?:the|a|an)\s[^,;:\"“]{2,60}",
)
_SCENE = re.compile(rf"\A(?:{'|'.join(_SCENE_ROWS)}),\s+(?P<rest>\S.*)\Z", re.S)
# The irregular participles of the second row that verbs.is_past_form does not know.
_IRREGULAR = {"driven", "shaken"}
# Participles of a question the clause after answers, which stays: "Asked about the strike, the mayor said".
_QUESTIONS = {"asked", "questioned", "pressed", "quizzed"}
# Nouns in -ing that may head a subject before an aside ("Spending on roads, a big item, rose"), and
# prepositions in -ing: no participle.
_ING_NOUNS = {"during", "morning", "evening", "spending", "funding", "housing", "building", "meeting",
              "training", "fighting", "bombing", "shooting", "wedding", "king", "spring", "nothing",
              "something", "everything", "according"}
# Words that open no subject after the front phrase's comma: "Hit by the strike, (and) then ...".
_NO_SUBJECT = {"and", "but", "or", "so", "then", "yet", "in", "on", "at", "to", "for", "with", "by", "from",
               "as", "if", "when", "while", "who", "which", "that", "where", "said", "says", "not"}


def without_scene(title: str) -> str:
    """Return the title from its subject on when a front phrase that sets the scene opens it and a finite verb
    follows a subject after its comma: "Despite heavy rain, thousands marched" -> "Thousands marched"."""
    scene = _SCENE.match(title)
    if scene is None or title.split(None, 1)[0].lower() in _ING_NOUNS:
        return title
    rest = scene["rest"]
    first = title.split(None, 1)[0].lower()
    if first.endswith(("ed", "en")) and first not in _IRREGULAR and not is_past_form(first):
        return title  # "Sweden at the games, ...": a name, not a participle
    if first in _QUESTIONS:
        return title  # "Asked about the strike, the minister said ...": the answer needs its question
    verb = first_verb(rest)
    opening = rest.split(None, 1)[0].lower()
    if verb is None or verb.start() == 0 or "," in rest[: verb.start()] or opening in _NO_SUBJECT:
        return title  # no subject before the verb: "Angered by the delay, said ..." is no clause of its own
    if not has_verb(rest[verb.start() :]):
        return title
    return rest[:1].upper() + rest[1:]
