"""Give a long title's predicate the room its subject took: a cut that kept a long subject and its verb
alone gives way to the subject's head and the predicate.

"The minister of agriculture of the regional government ruled out any new subsidies for the farmers" cut
to 80 characters keeps "... government ruled": the particle and the object went, and the verb says the
opposite of the news. timeline.shorten keeps a subject whole when the verb fits; this module asks, after
the cut, whether the verb kept anything of what follows it, and if not tries the subject cut to its head
(subject_heads.short_subject): "The minister ruled out any new subsidies for the farmers".
"""

from __future__ import annotations

import re

from timeline import shorten
from timeline.complete import complete
from timeline.subject_heads import short_subject
from timeline.title_length import MAX_TITLE
from timeline.verbs import first_verb

# The most words after its verb that a cut may keep and still have lost the predicate: a particle ("called
# off"), an article.
_LOST_AFTER_VERB = 1
# A particle of the verb that the cut left out, "ruled (out)", or the object after one it kept, "called off
# (a strike)".
_PARTICLE = re.compile(r"\s+(?:out|off|up|down|back|away)\b")
_PARTICLE_END = re.compile(r"\s(?:out|off|up|down|back|away)\Z")
_OBJECT = re.compile(r"\s+(?:the|a|an|its|his|her|their|all|any|some|plans?|\d)\b")
# Where the subject's head ends before a phrase on it that may go: "The minister (of agriculture ...)".
_PHRASE_CUT = re.compile(r"\s*(?:of|in|on|at|from|for|with|between|against|over|under|about|near)\s")
# The fewest words after the verb that the shorter subject's cut must keep to be worth its loss.
_GAINED_AFTER_VERB = 3


def with_predicate(whole: str, title: str) -> str | None:
    """Return the fit of `whole` with its subject cut to its head when `title`, its cut, kept the verb and at
    most a word after it, and stops mid-phrase or split the verb from its particle or the particle from its
    object ("ruled | out", "called off | a strike"), and the shorter subject's cut keeps the predicate whole;
    else None. Only a phrase on the subject's head goes, never a second subject after "and"."""
    if len(whole) <= MAX_TITLE or not whole.startswith(title) or len(title) >= len(whole):
        return None
    verb = first_verb(title)
    if verb is None or verb.start() == 0 or len(title[verb.end() :].split()) > _LOST_AFTER_VERB:
        return None
    if verb.group().lower().endswith("ing"):
        return None  # "prior to it being (placed)": a clause inside the predicate, not the main verb
    split = _PARTICLE.match(whole, len(title)) or (
        _PARTICLE_END.search(title) and _OBJECT.match(whole, len(title)))
    if complete(title) is None and not split:
        return None  # "The first aid flights arrived": whole, the subject stays as told
    shorter = short_subject(whole, verb.start())
    if shorter is None or not _PHRASE_CUT.match(whole, len(shorter) - len(whole[verb.start() :])):
        return None  # "Nine rebels (and a soldier) were killed": only a phrase on the head goes
    kept = shorten.fit(shorter)
    after = kept.find(whole[verb.start() : verb.end()])
    if after < 0 or len(kept[after:].split()) - 1 < _GAINED_AFTER_VERB or complete(kept) is not None:
        return None
    return kept
