"""Find what a reported clause says, so that a long title can drop who said it before it cuts the statement.

A headline of "Both analysts noted that high rates had pushed the share price into the high 40s" is the
statement: "High rates had pushed the share price into the high 40s". Only reporting verbs that pass the
statement on as told (not "denied", "hoped", "believes", "claimed", whose statement alone would be untrue
or a guess) open one; the statement must have a subject that is no pronoun and a verb of its own.
timeline.candidates tries these wordings before a cut.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.chunks import predicate
from timeline.verbs import first_verb, is_past_form

# Verbs that pass a statement on as told, before "that", each with an example.
_PASSES_ON = {
    "said": "The agency said that exports fell", "says": "The agency says that exports fell",
    "stated": "The report stated that two firms merged", "added": "He added that the plant would close",
    "noted": "Analysts noted that rates had risen", "reported": "The paper reported that talks failed",
    "announced": "The firm announced that it would cut jobs", "showed": "Data showed that prices rose",
    "shows": "The survey shows that sales fell", "stressed": "She stressed that the vote was fair",
    "insisted": "He insisted that the plan was legal", "confirmed": "Police confirmed that two men died",
    "found": "The inquiry found that staff were negligent", "revealed": "Records revealed that the firm paid",
    "indicated": "Figures indicated that demand slowed", "warned": "The bank warned that growth would slow",
}
# Verbs that take a statement without "that", when a determiner or a name opens it: "said the offer does
# little to ...".
_BARE = ("said", "says", "added", "noted")
_BARE_WORDS = tuple(f" {verb} " for verb in _BARE)  # looked for before the patterns run
_THAT_STATEMENT = re.compile(
    rf"\b(?:{'|'.join(_PASSES_ON)}|told\s+(?:[\w'’-]+\s+){{1,4}}?)\s*that\s+(?=\S)"
)
_BARE_STATEMENT = re.compile(
    rf"\b(?:{'|'.join(_BARE)})\s+(?=(?:the|a|an|its|their|this|these|[A-Z][\w'’-]*)\s)"
)
# The characters from a clause's start within which its telling and "that" lie: a speaker of a role and a
# name, a date ("Late on Wednesday, the regional health director Maria Lopes Santos said on Monday that").
_REACH = 130
# A subject pronoun that opens a statement: who it is lies in the speaker, who goes.
_PRONOUN = re.compile(r"(?:he|she|it|they|we|i|you|this|there|his|her|its|their|our|my)\b", re.I)
# A second predicate in the past after "and", which a statement in another tense leaves to its speaker.
_AND_PAST = re.compile(r",?\s+and\s+(?=[a-z]{3,}ed\b)")
# Where the statement was told, left after it when a front phrase moved to the end: "... in a statement".
_TOLD_WHERE = re.compile(
    r",?\s+(?:in|on|at|during)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,2}(?:statement|interview"
    r"|letter|post|speech|address|report|tweet|briefing|video|release|memo|filing)\Z"
)


@lru_cache(maxsize=2048)  # uncut asks it of the clause candidates._light_forms just asked it of
def statement(form: str) -> str | None:
    """Return what the reported clause of `form` says, capitalized, or None: "Analysts noted that rates had
    risen" -> "Rates had risen"; not "He denied that ...", not "said that it would ..." (whose "it" names
    nobody without the speaker)."""
    if "that" not in form and not any(map(form.__contains__, _BARE)):
        return None  # most titles report nothing: no pattern runs
    # the telling is the main verb, near the start: the patterns look no further than _REACH
    said = _THAT_STATEMENT.search(form, 0, _REACH) if " that " in form else None
    said = said or _BARE_STATEMENT.search(form, 0, _REACH)
    if said is None:
        return None
    told = form[said.end() :]
    if "," in form[: said.start()] or _PRONOUN.match(told) or not predicate(told, subject_first=True):
        return None  # "After he left, the club said ...": the front goes with the speaker
    verb = first_verb(form)
    if verb is None or verb.start() != said.start():
        return None  # "Turkey urged EU leaders ... and warned that": the telling is not the main verb
    if " and that " in told:
        told = told[: told.index(" and that ")].rstrip(" ,")  # "showed that A(, and that B)": A alone
    if " and " in told and (second := _AND_PAST.search(told)) is not None:
        own = first_verb(told)  # "said Lee must step down (and warned Kim)": the speaker's second verb
        if own is not None and own.start() < second.start() and not is_past_form(own.group()):
            told = told[: second.start()].rstrip(" ,")
    if " in " in told or " on " in told or " at " in told or " during " in told:
        told = _TOLD_WHERE.sub("", told)
    return told[:1].upper() + told[1:]


# A telling and its "that", a date before the "that": "said on Monday that", "Late yesterday, police
# confirmed that". The date is the telling's: a title of the statement alone would give it to what was said.
_DATED_TELLING = re.compile(
    rf"\b(?:{'|'.join(_PASSES_ON)}|told\s+[\w'’-]+)\s+(?:[^,;.\"“”]{{2,40}}?\s+)?that\b"
)
# A telling dated right after its verb, with no "that": "said Saturday the ship ...", "said on Monday the".
_BARE_DATED = re.compile(
    rf"\b(?:{'|'.join(_BARE)})\s+(?:on\s+|late\s+|early\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|yesterday|today|tonight)\b"
)
# A front phrase of a date, before the clause's subject: "On Wednesday,", "Late yesterday,", "Last week,".
_DATED_FRONT = re.compile(
    r"(?:On|Late|Early|Earlier|Later|Last|This|Yesterday|Today|Tonight)\b[^,;\"“”]{0,30}"
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|week|month|morning|afternoon"
    r"|evening|night)\b[^,;]{0,20},\s+"
    r"|(?:Yesterday|Today|Tonight),\s+"
)
_DATE_WORD = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|week|month|year|morning"
    r"|afternoon|evening|night|January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\b|\d"
)


def dated_telling(clause: str) -> bool:
    """Tell whether the telling of `clause` is dated: right after its verb ("said Saturday the ship"),
    before its "that" ("said on Monday that ..."), or by a front phrase ("Late yesterday, the board said
    that ..."): the speaker then stays in its title. Not a date in an aside ("Leaders, contacted on Sunday,
    said the offer ...")."""
    bare = any(map(clause.__contains__, _BARE_WORDS))
    if bare and _BARE_DATED.search(clause, 0, _REACH):
        return True  # "Reports said Saturday the ship was seized"
    told = _DATED_TELLING.search(clause, 0, _REACH) if " that " in clause else None
    if told is not None and _DATE_WORD.search(clause, told.start(), told.end()) is not None:
        return True  # "said on Monday that"
    front = _DATED_FRONT.match(clause)  # "On Wednesday, the speaker said the convictions ...": its date
    bare_told = bare and _BARE_STATEMENT.search(clause, front.end(), _REACH) if front is not None else None
    return front is not None and (told or bare_told) is not None
