"""Give a predicate to a title that is only a happening noun and what it happened to.

A date inside a noun phrase ("since the March 4 raids on Vell and Ostra", "after the 1921 invasion of
Norland") leaves a title that names the happening and says nothing of it: "The raids on Vell
and Ostra". When the noun is a happening whose "on"/"of"/"against" phrase tells what it happened to, the
headline says it as a headline writer does: "Vell and Ostra raided", "Norland invaded". Other noun
phrases ("The election", "The financial crisis") stay as they are: the text says nothing more of them.
"""

from __future__ import annotations

import re

from timeline.verbs import first_verb, has_verb

# Happening nouns and the predicate a headline gives what they happened to, each with an example: a
# passive participle for a deed done to it, a past verb for what it did itself.
PREDICATES: dict[str, tuple[str, str]] = {
    "attack": ("attacked", "the attack on the embassy -> The embassy attacked"),
    "attacks": ("attacked", "the attacks on two hotels -> Two hotels attacked"),
    "assault": ("assaulted", "the assault on the town -> The town assaulted"),
    "invasion": ("invaded", "the invasion of the island -> The island invaded"),
    "bombing": ("bombed", "the bombing of the station -> The station bombed"),
    "bombings": ("bombed", "the bombings of two churches -> Two churches bombed"),
    "raid": ("raided", "the raid on the offices -> The offices raided"),
    "raids": ("raided", "the raids on the camps -> The camps raided"),
    "shelling": ("shelled", "the shelling of the port -> The port shelled"),
    "occupation": ("occupied", "the occupation of the square -> The square occupied"),
    "siege": ("besieged", "the siege of the city -> The city besieged"),
    "capture": ("captured", "the capture of the airport -> The airport captured"),
    "annexation": ("annexed", "the annexation of the province -> The province annexed"),
    "assassination": ("assassinated", "the assassination of the mayor -> The mayor assassinated"),
    "murder": ("murdered", "the murder of a teacher -> A teacher murdered"),
    "killing": ("killed", "the killing of two guards -> Two guards killed"),
    "killings": ("killed", "the killings of five farmers -> Five farmers killed"),
    "kidnapping": ("kidnapped", "the kidnapping of an aid worker -> An aid worker kidnapped"),
    "arrest": ("arrested", "the arrest of the suspect -> The suspect arrested"),
    "destruction": ("destroyed", "the destruction of the bridge -> The bridge destroyed"),
    "sinking": ("sank", "the sinking of the ferry -> The ferry sank"),
    "collapse": ("collapsed", "the collapse of the bank -> The bank collapsed"),
    "death": ("died", "the death of a fan -> A fan died"),
    "resignation": ("resigned", "the resignation of the minister -> The minister resigned"),
    "crash": ("crashed", "the crash of a light plane -> A light plane crashed"),
    "shooting": ("shot", "the shooting of a guard -> A guard shot"),
}
# The whole title: a determiner, words before the noun, the happening noun, its phrase. "The (terrorist)
# attacks on (the embassy)"; not "The attacks by rebels on ...": who did it would be lost.
_HAPPENING = re.compile(
    r"(?:the|a|an|this|that|these|those|last\s+week's|its|their)?\s*(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>[a-z]+)\s+(?P<prep>on|of|against)\s+(?P<what>[^,;:\"“”()]{3,70})",
    re.I,
)
_HAPPENING_PREPOSITIONS = {"on", "of", "against"}
# Words after which the phrase is no longer what it happened to: who did it ("by rebels"), when or how
# ("during clashes", "after the vote"), a clause ("which", "that").
_NOT_PATIENT = re.compile(
    r"\b(?:by|during|after|before|with|for|over|following|amid|since|until|at|from|to|when|while|which|who"
    r"|that|as)\b",
    re.I,
)
# A pronoun owner, whom a reader of the headline alone cannot know: "(the killing of) his wife".
_OWNER = re.compile(r"(?:his|her|its|their|our|my|your)\b", re.I)
# A second happening coordinated with what it happened to: "(a bar) and the Leeds assault".
_AND_OTHER = re.compile(r"\s+and\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)\Z")
# An indefinite article before a name alone: "a Leeds".
_A_NAME = re.compile(r"an?\s+(?:[A-Z][\w.-]*\s*)+")
# A word before the noun that names who did it: a capitalized word past the first ("the Israeli raid"),
# a "-led"/"-backed" compound ("the US-led invasion").
_AGENT_BEFORE = re.compile(r"(?<!\A)\b[A-Z][\w.-]*|\w-(?:led|backed|sponsored)\b")
# A place after what it happened to: "(a small plane) near Dubbo", "(three hotels) in the capital".
_PLACE = re.compile(r"\s(?:in|near|at|outside|off)\s")
# Words of a plan in the clause: the happening is to come, no past headline fits ("the planned attack on").
_AHEAD = re.compile(r"\b(?:will|would|shall|planned|plans?|threat\w*|possible|expected|due|next|upcoming)\b",
                    re.I)


def predicated(title: str, clause: str) -> str | None:
    """Return the headline of a title that is only a happening noun and what it happened to, or None.

    "The raids on Vell and Ostra" -> "Vell and Ostra raided"; None for a title that
    has a verb, a noun of no happening in PREDICATES, an agent ("by rebels"), or a clause that plans it.
    """
    # the preposition is one of the first six words (a determiner of two, two words and the noun before it):
    # most titles have none there, and the pattern, tried whole, costs more than the look
    if _HAPPENING_PREPOSITIONS.isdisjoint(map(str.casefold, title.split(None, 6)[:6])):
        return None
    found = _HAPPENING.fullmatch(title.strip())
    if found is None or found["noun"].lower() not in PREDICATES:
        return None
    if _AGENT_BEFORE.search(title, 0, found.start("noun")):
        return None  # "The US-led invasion of the island", "the Israeli raid on": who did it would be lost
    what = found["what"].strip()
    other = _AND_OTHER.search(what)
    if other is not None and other["noun"].lower() in PREDICATES:
        what = what[: other.start()]  # "an attack on a bar (and the Leeds assault)": another happening
    if _A_NAME.fullmatch(what):
        return None  # "the bombing of a Leeds(, Ala., clinic)": a name takes no "a", the phrase was cut
    if has_verb(what) or _NOT_PATIENT.search(what) or _AHEAD.search(clause) or _OWNER.match(what):
        return None
    if found["prep"] == "against" and found["noun"].lower() not in ("attack", "attacks", "raid", "raids"):
        return None  # "the case against the firm": against tells no happening's object
    # where it happened follows the verb, as a headline puts it: "A plane crashed near Dubbo"
    place = _PLACE.search(what)
    where = f" {what[place.start() + 1 :]}" if place else ""
    what = what[: place.start()] if place else what
    return f"{what[:1].upper()}{what[1:]} {PREDICATES[found['noun'].lower()][0]}{where}"


# A determiner before a date that names a noun's time: "(the) overnight crash", "(a) December 13 raid".
_DETERMINER_BEFORE = re.compile(r"\b(?P<det>the|a|an)\s+\Z", re.I)
# The happening noun after that date and its phrase, up to a comma or a clause: "(overnight) crash of a
# light plane near Dubbo(, which ...)".
_NOUN_AFTER = re.compile(
    r"\s+(?P<np>(?P<noun>[a-z]+)\s+(?:on|of|against)\s+[^,;:\"“”()]{3,70}?)"
    r"(?=\s*(?:[,;:.]|\Z|\s(?:which|who|that|when|as|after|before|during)\b))"
)


def dated_noun(text: str, span: tuple[int, int], own: tuple[int, int]) -> str | None:
    """Return the headline of the happening whose time the date names, when that noun phrase is no
    subject, or None: "Investigators are examining the overnight crash of a light plane near Dubbo, which
    killed the pilot" -> "A light plane near Dubbo crashed": the date is the crash's, not the examining's.
    """
    before = _DETERMINER_BEFORE.search(text, max(span[0], own[0] - 5), own[0])
    after = _NOUN_AFTER.match(text, own[1], span[1]) if before else None
    if after is None or after["noun"].lower() not in PREDICATES:
        return None
    verb = first_verb(text, after.end(), min(span[1], after.end() + 30))
    if verb is not None and not text[after.end() : verb.start()].strip():
        return None  # "The overnight attack on the base killed 12": the noun phrase is the subject
    near = text[max(span[0], own[0] - 60) : min(span[1], own[1] + 60)]
    return predicated(f"{before['det']} {after['np']}", near)


# A title on an "it" no reader can name, whose date follows a happening noun: "It follows the death in Gaza
# City (last night) of a fan", "It is a response to (the) helicopter crash (last August)".
_IT_TITLE = re.compile(r"It\s+(?:is|was|follows|followed|comes|came)\b")
# The happening noun, a place, and the date right after: "the death in Gaza City (...)".
_NOUN_PLACE_BEFORE = re.compile(
    r"\bthe\s+(?P<noun>[a-z]+)\s+(?P<place>(?:in|at|near)\s+(?:[A-Z][\w'’-]*\s+){1,3})\Z"
)
# What it happened to, after the date: "(last night) of a Hamas supporter (during clashes)".
_OF_AFTER = re.compile(
    r"\s+of\s+(?P<what>(?:the|a|an)\s+[^,;:\"“”()]{3,60}?)"
    r"(?=\s*(?:[,;.]|\Z|\s(?:during|in|at|after|which|who|when)\b))"
)
# A thing and what befell it, right before the date: "(a response to) helicopter crash".
_THING_NOUN_BEFORE = re.compile(
    r"\b(?:(?:a|an|the)\s+)?(?P<thing>[a-z]{3,})\s+(?P<noun>crash|collapse|sinking)\s+\Z"
)


def after_it(title: str, text: str, span: tuple[int, int], own: tuple[int, int]) -> str | None:
    """Return the headline of the happening a title on an unnamed "it" leaves out, whose date follows its
    noun, or None: "It follows the death in Gaza City last night of a Hamas supporter" -> "A Hamas supporter
    died in Gaza City"; "It is a response to helicopter crash last August" -> "A helicopter crashed".
    """
    if not _IT_TITLE.match(title):
        return None
    before = text[max(span[0], own[0] - 60) : own[0]]
    placed = _NOUN_PLACE_BEFORE.search(before)
    if placed is not None and placed["noun"] in PREDICATES:
        what = _OF_AFTER.match(text, own[1], span[1])
        if what is not None and not has_verb(what["what"]):
            thing = what["what"]
            return f"{thing[:1].upper()}{thing[1:]} {PREDICATES[placed['noun']][0]} {placed['place'].strip()}"
    befell = _THING_NOUN_BEFORE.search(before)
    if befell is not None and not has_verb(befell["thing"]):
        article = "An" if befell["thing"][0] in "aeiou" else "A"
        return f"{article} {befell['thing']} {PREDICATES[befell['noun']][0]}"
    return None


# Happening nouns a bare noun-phrase title may name, for "took place" (past) or "will take place" (to come):
# "the attacks" -> "The attacks took place", "the summit" -> "The summit will take place".
# A deed is rarely planned in the news ("since the attacks"); a meeting or a vote often lies ahead ("in the
# run-up to a March election"): it took place only after "since".
_DEEDS = {"attack", "attacks", "bombing", "bombings", "raid", "raids", "massacre", "riots"}
_TOOK_PLACE_NOUNS = _DEEDS | {
    "meeting", "meetings", "election", "elections", "summit", "talks", "conference", "ceremony",
    "referendum", "vote", "poll", "strike", "strikes", "protest", "protests", "rally", "parade", "funeral",
}
# Agreements, which a date before them says were reached then, each with an example: "the (December) OPEC
# accord", "the (2015) climate agreement", "the (March) ceasefire", "the (1998) peace deal".
_AGREEMENTS = {"accord", "agreement", "deal", "pact", "treaty", "truce", "ceasefire"}
# Words before the date that put the happening ahead: "ahead of the May election", "in the run-up to".
_AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|run-up\s+to|before|until|in\s+time\s+for|towards?)\s+(?:the|an?)\s", re.I
)
# A bare title: a determiner, at most two words before the noun, the noun, a place after it: "The
# terrorist attacks", "The attacks in the US", "The annual board meeting".
_BARE_HAPPENING = re.compile(
    r"(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)(?:\s+(?:in|at|near)\s+(?:the\s+)?[A-Z][\w.-]*)?",
    re.I,
)


def took_place(title: str, clause: str) -> str | None:
    """Return a title that is only a happening noun phrase with "took place" (or "will take place" in a
    clause that plans it), or None: "The terrorist attacks" -> "The terrorist attacks took place".
    """
    found = _BARE_HAPPENING.fullmatch(title.strip())
    noun = found["noun"].lower() if found is not None else ""
    if found is None or (noun not in _TOOK_PLACE_NOUNS and noun not in _AGREEMENTS) or has_verb(title):
        return None
    noun = found["noun"].lower()
    if noun in _AGREEMENTS:  # "commitment to the (December) OPEC accord": the accord was reached then
        ahead = _AHEAD.search(clause) or _AHEAD_OF.search(clause)
        return f"{title.strip()} {'will be reached' if ahead else 'was reached'}"
    if _AHEAD.search(clause) or _AHEAD_OF.search(clause):
        return f"{title.strip()} will take place"
    if noun in _DEEDS or re.search(r"\bsince\s", clause, re.I):
        return f"{title.strip()} took place"
    return None  # "after the March 28 election": past or ahead, the clause does not say
