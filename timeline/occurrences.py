"""Title the occurrence a date modifies when the clause around it is dated otherwise or by nothing else.

"charges stemming from a 2022 shooting" (the shooting was in 2022, the charges are the clause's), "linked to
the Nov. 3 riots in the port", "since its 1921 annexation of the valley": the date names an occurrence by a
noun; `occurrence` returns that noun phrase as the event's title, or "" when the noun is a thing ("the 1947
constitution") or the date belongs to the clause ("lost his seat in the 1995 election").
"""

from __future__ import annotations

import re

from timeline.leads import led
from timeline.open_ends import ARTICLES
from timeline.references import NOT_NOUNS, is_event_noun, names_occurrence
from timeline.verbs import has_verb

# A year between a determiner and the noun of an occurrence it dates, after a preposition: "stemming from a
# 2022 shooting", "since the 2021 coup"; not "which hosted the 1998 final", where the verb says more.
_DETERMINER_BEFORE = re.compile(
    r"\b(?:from|of|since|in|on|into|about|for|to|with|against|after|before|during|over|following|until|at|by)"
    r"\s+(?P<det>the|a|an)\s+\Z",
    re.I,
)
# The same for a date alone in its clause, whose verb then happened at another time, each with an example:
# "linked to the Nov. 3 riots", "since its 1921 seizure of the valley", "a play on Oko's 1971 hit", "said
# that the May 9 attacks were"; not "in", "at", "during" ("lost his seat in the 1995 election": then) nor an
# object ("lost a 1988 referendum": the verb's event).
_LONE_BEFORE = re.compile(
    r"\b(?:from|of|since|on|into|about|for|to|with|against|after|before|over|following|until|by|amid|amidst"
    r"|behind|like|than|that)\s+(?:(?P<det>the|a|an)|its|his|her|their|our|(?P<owner>(?-i:[A-Z][\w.-]*)"
    r"(?:\s+(?-i:[A-Z][\w.-]*)){0,2}['’]s))\s+\Z",
    re.I,
)
# A year after "and" that ends a first dated occurrence after a preposition: "to the 2010 Asian Games and".
_PAIRED_BEFORE = re.compile(
    r"\b(?:from|of|since|in|on|into|about|for|to|with|against|after|before|during|over|following|until|at|by)"
    r"\s+(?P<det>the|a|an)\s+\d{4}(?:\s+(?-i:[A-Z][\w-]*)){0,3}\s+(?:and|or)\s+\Z",
    re.I,
)
_MONTH = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_OCCURRENCE_AFTER = re.compile(
    r"\s+(?P<np>(?:(?-i:[A-Z][\w.-]*)\s+(?:and\s+(?-i:[A-Z][\w.-]*)\s+)?){0,2}"
    r"(?!(?:and|or|but|that|which|who|was|were|is|are|has|had|have|will|would)\b)"
    r"(?P<noun>[a-z][\w-]*|(?-i:[A-Z][a-z]+))(?:\s+(?:of|in|at|on|against)\s+(?!which\b|whom\b)(?:the\s+)?[\w-]+"
    r"(?:(?<=Dr|Mr|Ms|St)\.|(?<=Mrs|Gen|Sen)\.)?(?:\s+[A-Z][\w-]*)*)?)"
)  # "the 1996 shooting of Dr. Ada Flint", not "a 1981 coup in which Norland's"; names
# before the noun say whose or which ("the 1999 Dutch and Belgian mission", "the 2010 Asian Games")
# The noun phrase of an occurrence after a lone date: a word before its noun ("student revolt", "terror
# attacks"), then a quoted name ('hit "Fever"') or a complement of up to eight words ("attacks on three hotels
# in the capital"), up to a comma, a relative pronoun or a verb of the clause.
_STOP = (r"(?:that|which|who|whom|whose|where|was|were|is|are|has|had|have|will|would|could|can|and|or|but"
         r"|as|when|while|said|says|to|by|because|since|after|before|following|amid|during|killed|ended)")
_LONE_NP = re.compile(
    rf"\s+(?P<np>(?:(?P<first>[a-z][\w-]*)\s+){{0,1}}(?P<noun>[a-z][\w-]*)"
    rf"(?:\s+[\"“][^\"”]{{1,60}}[\"”]|(?:\s+(?:of|in|at|on|against|between|with|from)"
    rf"(?:\s+(?:and(?=\s+[A-Z])|(?!{_STOP}\b)(?:[\w'’-]+|(?<=Dr|Mr|Ms|St)\.|(?<=Mrs|Gen|Sen)\.))){{1,8}}))?)"
)
_DETERMINERS = ARTICLES
_BARE_NP = re.compile(_LONE_NP.pattern.replace("{0,1}", "{0}"))
# Nouns with an occurrence's ending that name a thing: a date before one only says which ("the 1947
# constitution", "its Friday edition", "the 2005 government"), or that are too thin for a title alone.
_THINGS = {
    "constitution", "edition", "version", "station", "nation", "institution", "population", "collection",
    "generation", "position", "administration", "government", "parliament", "document", "department",
    "apartment", "equipment", "building", "painting", "evening", "morning", "thing", "string", "ceiling",
    "movement", "consumption", "production", "results", "action",
}
_FUNCTION_END = re.compile(r"(?:\s+(?:of|in|at|on|against|between|with|from|the|a|an|its|his|her|their))+\Z")


def occurrence(text: str, span: tuple[int, int], own: tuple[int, int], phrases: list) -> str:
    """Return the occurrence a date names as a noun's modifier inside a clause dated otherwise, else "".

    "A jury acquitted the officer on Friday of all charges stemming from a 2022 shooting": in 2022, a
    shooting; the jury's verdict is Friday's. A date alone in its clause dates the occurrence it modifies
    after a preposition or "that": "Police linked him to the Nov. 3 riots in the port".
    """
    if (since := _since(text, span, own)):
        return since
    if not any(span[0] <= p[0] < span[1] for p in phrases[1:]):
        return _starting(text, span, own) or _lone(text, span, own) or _after_noun(text, span, own)
    if text.startswith(("'s", "’s"), own[1]):
        return _owned(text, span, own)
    if not text[own[0] : own[1]].isdigit() and not _MONTH.fullmatch(text, own[0], own[1]):
        return ""  # a year, or a month: "marked by the March floods in Peru"
    det = _DETERMINER_BEFORE.search(text, max(0, own[0] - 16), own[0])
    if det is None and (paired := _PAIRED_BEFORE.search(text, max(0, own[0] - 60), own[0])):
        det = paired  # "to the 2010 Asian Games and | 2012 Olympic Games": the determiner serves both
    after = _OCCURRENCE_AFTER.match(text, own[1], span[1])
    if det is None or after is None or not names_occurrence(after["noun"]):
        return ""
    if after["noun"][0].isupper() and after["noun"].endswith(("tion", "sion", "ment", "ing")):
        return ""  # "the 2005 International Ski Federation": a body's name, no occurrence
    follower = re.match(r"\s+([a-z][\w-]*)", text[after.end("noun") : span[1]])
    goes_on = follower and follower[1] not in NOT_NOUNS and not re.fullmatch(_STOP, follower[1])
    if goes_on and not has_verb(follower[1]):
        return ""  # "the 1998 final | venue": the noun goes on, and names a thing
    return f"{det['det'].capitalize()} {after['np']}"


# An occurrence a comparison counts from, and its date: "for the first time since (a two-day stoppage) in
# 2019", "the lowest level since (the financial crisis) of 2008".
_SINCE = re.compile(
    r"\bsince\s+(?P<np>(?P<det>the|a|an)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z][\w-]*))\s+(?:in|of|on)\s+\Z"
)

# Nouns of a stoppage, which a count of time since often starts from; the event noun lists lack them:
# "since a two-day stoppage", "since the 2019 walkout", "since a lockout", "since the last outage",
# "since the shutdown", "since the blackout".
_STOPPAGES = {"stoppage", "walkout", "lockout", "outage", "shutdown", "blackout", "sit-in", "closure"}


def _since(text: str, span: tuple[int, int], own: tuple[int, int]) -> str:
    """Return the occurrence a "since" phrase counts from, which the date after it dates, else "": "walked
    off the job for the first time since a two-day stoppage in 2019" -> "A two-day stoppage"."""
    if "since " not in text[max(span[0], own[0] - 60) : own[0]]:
        return ""  # most dates: no "since" before them, asked first as it costs least
    found = _SINCE.search(text, max(span[0], own[0] - 60), own[0])
    noun = found["noun"] if found else ""
    if found is None or noun in _THINGS or not (
        names_occurrence(noun) or is_event_noun(noun) or noun in _STOPPAGES
    ):
        return ""
    words = found["np"].split()[1:-1]
    # "since the killing in 1996": a bare noun says too little; "since the ministry said": a clause
    if not words or any(w in NOT_NOUNS or has_verb(w) for w in words):
        return ""
    return found["np"][:1].upper() + found["np"][1:]


# A preposition before a date that owns an occurrence: "following (last Wednesday's) bombings", "after".
_OWNER_BEFORE = re.compile(r"\b(?:following|after|since|before|amid|over|from|of|to|against)\s+\Z", re.I)
_COMPLEMENT_WORDS = ("in", "at", "on", "of", "against")
# The complement of an owned occurrence, up to the end of the clause: "in the capital".
_COMPLEMENT = re.compile(r"\s+(?:in|at|on|of|against)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=[,.;]|\Z)")


def _owned(text: str, span: tuple[int, int], own: tuple[int, int]) -> str:
    """Return the occurrence a date owns in a clause dated otherwise, else "": "arrived on Monday to show
    support following last Wednesday's deadly bombings in the capital" -> "Deadly bombings in the capital"."""
    if _OWNER_BEFORE.search(text, max(0, own[0] - 12), own[0]) is None:
        return ""
    words = list(re.finditer(r"[a-z][\w-]*", text[own[1] + 2 : min(span[1], own[1] + 60)]))[:3]
    for word in words:  # up to two words before the noun: "deadly suicide bombings"
        noun = word.group()
        if noun in NOT_NOUNS or has_verb(noun):
            return ""
        if noun not in _THINGS and names_occurrence(noun):
            end = own[1] + 2 + word.end()
            if not re.fullmatch(r"\s*(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*", text[own[1] + 2 : end]):
                return ""  # a word of the phrase is no plain word ("'s 3-1 win"): let it be
            follower = re.match(r"\s+([a-z][\w-]*)", text[end : span[1]])
            if follower and follower[1] not in NOT_NOUNS and follower[1] not in _COMPLEMENT_WORDS:
                return ""  # "next week's six-way disarmament | talks": the noun goes on
            complement = _COMPLEMENT.match(text, end, span[1])
            np = text[own[1] + 2 : complement.end() if complement else end].strip()
            # "Saturday's loss": one word tells too little
            return np[:1].upper() + np[1:] if " " in np else ""
    return ""


def _lone(text: str, span: tuple[int, int], own: tuple[int, int]) -> str:
    """Return the occurrence a date alone in its clause modifies after a preposition or "that", else ""."""
    word = text[max(0, own[0] - 8) : own[0]].rsplit(None, 1)[-1:]  # a cheap look first: most dates fail it
    if not word or (word[0].lower() not in _DETERMINERS and not word[0].endswith(("'s", "’s"))):
        return ""
    before = _LONE_BEFORE.search(text, max(0, own[0] - 40), own[0])
    if before is None:
        return ""
    # the noun right after the date ("the 1921 seizure of Vell"), else a word on ("a 1968 student revolt")
    after = _BARE_NP.match(text, own[1], span[1])
    if after is None or not _occurrence_head(text, after):
        after = _LONE_NP.match(text, own[1], span[1])
        if after is None or not after["first"] or not _occurrence_head(text, after):
            return ""
        if after["first"] in NOT_NOUNS or has_verb(after["first"]):
            return ""  # "the 2005 attack killed": the first word is the noun and a verb follows
    if before["det"] is None and before["owner"] is None and after["np"] == after["noun"]:
        return ""  # "its third-quarter results": a bare noun says too little
    np = _FUNCTION_END.sub("", after["np"])
    np = re.sub(r"[.,]([\"”])\Z", r"\1", np)  # 'hit "Fever."': the sentence's stop inside the quotes
    if before["owner"]:
        return f"{before['owner']} {np}"
    if before["det"]:
        article = "The" if before["det"].lower() == "the" else "An" if np[0] in "aeiou" else "A"
        return f"{article} {np}"
    return np[:1].upper() + np[1:]


def _occurrence_head(text: str, found: re.Match) -> bool:
    """Tell whether a noun phrase's head names an occurrence and ends the phrase: not "the 2007 budget
    followed" (a verb read as the noun) nor "the July 1 fuel tax rise" (a noun before a noun)."""
    noun = found["noun"]
    if noun in _THINGS or (found["first"] and noun.endswith("ed")) or not names_occurrence(noun):
        return False
    follower = re.match(r"\s+([a-z][\w-]*)", text[found.end("noun") :])
    return follower is None or follower[1] in NOT_NOUNS or follower[1] in ("against", "between", "over")


# A preposition, then the noun phrase of an occurrence with its determiner, then its date with no preposition
# of its own ("of" at most): "linked the group (to) the attack on the parliament | last week", "makes up (for)
# France's defeat in Nice | two years ago", "(after) the territory's vote for independence | two years ago";
# not "in", "at", "on", "during" ("died in a crash last August": then), nor "met with the strike leaders on
# Saturday" (the date's "on" hangs it on the verb).
_OBJECT_PREPOSITION = led(r"[abfilotw]",
    r"\b(?:to|for|of|against|after|following|over|about|into|behind|with|from|like)\s+", re.I
)
_NOUN_PHRASE = re.compile(
    r"(?P<np>(?P<det>(?:the|a|an|its|his|her|their|(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*)){0,2}['’]s)\s+)?"
    r"(?:[\w'’-]+\s+){0,7}?[\w'’-]+)\s+(?:of\s+)?",
    re.I,
)
_OWN_PREPOSITION = re.compile(r"(?i:on|in|at|during|by|until|since)\s")
# Words a noun phrase may hold besides nouns: its prepositions and articles.
_IN_PHRASE = {"of", "on", "in", "against", "for", "with", "from", "the", "a", "an", "at"}
_ARTICLES = {"the", "a", "an"}


def _after_noun(text: str, span: tuple[int, int], own: tuple[int, int]) -> str:
    """Return the occurrence a date alone in its clause follows as the object of a preposition, else "":
    "Bush linked the group to the attack on the parliament last week" -> "The attack on the parliament"."""
    if _OWN_PREPOSITION.match(text, own[0], own[1]):
        return ""  # "(on Friday)": the date's own preposition hangs it on the verb
    start = max(span[0], own[0] - 70)
    for prep in reversed(list(_OBJECT_PREPOSITION.finditer(text, start, own[0]))):
        found = _NOUN_PHRASE.fullmatch(text, prep.end(), own[0])
        if found is None:
            continue
        if has_verb(found["np"]):
            return ""  # farther back, the phrase would hold a clause
        if np := _occurrence_np(text, span, prep.start(), found):
            return np
    return ""


def _occurrence_np(text: str, span: tuple[int, int], prep: int, found: re.Match[str]) -> str:
    """Return the noun phrase `found` after a preposition as an occurrence's title, or "" when it is none."""
    np = found["np"]
    words = re.findall(r"[\w'’-]+", np)
    if not has_verb(text[span[0] : prep]) or has_verb(np) or any(
        w in NOT_NOUNS and w not in _IN_PHRASE for w in words
    ):
        return ""  # "to say the plan had failed": a clause, no noun phrase
    if words[-1].lower() in _IN_PHRASE:
        return ""  # "Chirac's visit in (May)": the date has a preposition of its own
    # the head: the last word before the phrase's first preposition ("the attack | on the parliament")
    inner = [i for i, w in enumerate(words) if i and w.lower() in _IN_PHRASE - _ARTICLES]
    head = words[inner[0] - 1] if inner else words[-1]
    if not head.islower() or not is_event_noun(head) or head in _THINGS:
        return ""
    if found["det"] is None or len(words) < 3:
        return ""  # "banned for three games", "to make his debut": no determiner; "to a final": too thin
    return np[:1].upper() + np[1:]


# An occurrence a preposition governs, then a participle of its start or end and the date with its place, each
# with an example: "one change to the squad (for) the second Test | beginning in Melbourne on Boxing Day",
# "sides (for) the first Test | starting at the Adelaide Oval today"; not "a conference, starting today" (a
# comma: the participle may be the clause's).
_STARTS = re.compile(
    r"\b(?:for|of|to|before|into|ahead\s+of)\s+(?P<det>the|a|an)\s+(?P<np>(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+"
    r"(?P<verb>beginning|starting|opening|ending|finishing|resuming)\s+"
    r"(?P<where>(?:in|at)\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*\s+){1,3})?(?:(?:on|in|at)\s+)?\Z",
    re.I,
)
# Prepositions an occurrence's phrase may hold: "the third Test (against) New Zealand".
_IN_NAME = {"against", "between", "of", "in", "at"}
_PERIOD = re.compile(r"\b(?:year|quarter|half|month|week|fortnight|period|decade|term)\Z", re.I)
# The participle's present tense for a title: "beginning" -> "begins".
_PRESENT = {"beginning": "begins", "starting": "starts", "opening": "opens", "ending": "ends",
            "finishing": "finishes", "resuming": "resumes"}


def _starting(text: str, span: tuple[int, int], own: tuple[int, int]) -> str:
    """Return "X begins (in PLACE)" for an occurrence whose start or end a participle dates, else "": "made
    one change for the second Test beginning in Melbourne on Boxing Day" -> "The second Test begins in
    Melbourne"."""
    before = text[max(span[0], own[0] - 100) : own[0]]
    if "ing " not in before:
        return ""  # most dates: no participle before them
    found = _STARTS.search(before)
    if found is None or has_verb(found["np"]) or any(
        w in NOT_NOUNS and w not in _IN_NAME for w in found["np"].lower().split()
    ):
        return ""
    if _PERIOD.search(found["np"]):
        return ""  # "the financial year ending March 2031": a period's bounds, no occurrence
    where = (found["where"] or "").strip()
    words = [found["det"].capitalize(), found["np"], _PRESENT[found["verb"].lower()], where]
    return " ".join(w for w in words if w)
