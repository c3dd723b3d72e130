"""Tell a date that names a thing or a person rather than when its clause happened, so that it dates nothing.

"There may have been a breach of the Crimes Act 1914": 1914 is part of the law's name. "Eight boats will
race against last year's winner": last year says who the winner is, not when the boats race. "Leaders
expressed confidence that the strike would end by Friday": Friday is the time of a forecast the noun
"confidence" holds, not of the expressing; so is 1990 in "responding to claims he failed to act in 1990", the
time of what is claimed. No parser: patterns, each with an example.
"""

from __future__ import annotations

import re

from timeline.leads import led
from timeline.models import TimeExpression
from timeline.verbs import has_verb

# A law, a rule book or a code that a year names, right before the year: "the Crimes (Act) 1914", "the
# Corporations (Regulations) 2001", "the Building (Code) 1996"; capitalized, as in a title.
_LAW_BEFORE = re.compile(
    r"\b[A-Z][\w'’-]*\s+(?:Act|Acts|Regulations?|Rules|Ordinance|Code|Bill|Amendment|Statute|Treaty)\s+\Z"
)
# A holder of a title that a possessive date says which one it is, up to three words after the "'s", each
# with an example: "last year's (winner)", "last season's (line honours winner)", "the 2000 (champion)",
# "yesterday's (runner-up)".
_HOLDER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:winners?|champions?|runners?-up|finalists?|medallists?|medalists?|victors?"
    r"|holders?|title-holders?|premiers?|laureates?)\b",
    re.I,
)
# What makes a noun of stance, claim or information an object (so its clause goes on past it): a verb or a
# preposition before it, each with an example: "(expressed) confidence", "(amid) fears", "(responding to)
# claims", "(with) new figures"; not a subject: "Hopes that the strike would end rose (on Monday)".
_HOLDER_OF = (
    r"\b(?i:expressed|voiced|rais(?:ed|es|e|ing)|dashed|fuell?(?:ed|ing)|stoked|spark(?:ed|ing)|boost(?:ed|ing)"
    r"|dampen(?:ed|ing)|denied|denies|deny|rejected|rejects|dismissed|dismisses|to|of|about|over|amid|despite"
    r"|by|with|on)\s+"
    r"(?:(?i:the|new|fresh|growing|renewed|his|her|their|its|some|widespread|strong|latest|many|these|those"
    r"|such|recent|earlier|similar)\s+){0,2}"
)
# The content a noun of stance, claim or information holds, up to the date with no clause break (a comma, a
# semicolon, a stop) and no second "that", each with an example: a stance's forecast, with a modal ("expressed
# confidence that the airport would fall (by the end of the day)", "amid fears that prices will rise (next
# year)"), a claim's statement ("responding to claims he failed to act on abuse (in 1990)", "denied
# allegations that she took bribes (in 1998)"), what figures show ("with new figures showing a drop in
# deaths (last year)").
_OPEN = r"(?:(?!that\b)[^,;:.()\"“”])*"
# A verb of a clause after "hopes of": "hopes of a deal (were) dashed (on Monday)" keeps its date.
_VERBS = r"[^,;:.()\"“”]*\b(?:is|are|was|were|has|have|had|will|would|could|rose|fell|faded|grew)\b"
_CONTENT = re.compile(
    _HOLDER_OF + r"(?:"
    r"(?i:confidence|hopes?|fears?|expectations?|optimism|doubts?|predictions?|warnings?|concerns?)\s+that\s+"
    + _OPEN + r"?\b(?:would|will|could|might|may)\s"
    r"|(?i:claims?|allegations?|accusations?|suggestions?|rumou?rs?)\s+(?:that\s+|(?:he|she|they|it|we)\s+)"
    # a stance's hoped-for or feared thing, a noun phrase with no verb: "raising hopes of a solid start to
    # (the new year)", "amid fears of a recession (next year)"
    r"|(?i:hopes|fears|expectations|prospects)\s+of\s+(?=(?:a|an|the|further|more|another)\s)"
    r"(?!" + _VERBS + r")"
    r"|(?i:figures|data|statistics|numbers|surveys?|reports?|research|studies|study)\s+"
    r"(?:showing|revealing|indicating|suggesting)\s"
    r")" + _OPEN + r"\Z",
)

def names_law(text: str, timex: TimeExpression) -> bool:
    """Tell whether a year ends the name of a law or a code: "a breach of the Crimes Act 1914"; not "the Act
    passed in 1914" (a preposition stands between)."""
    if len(timex.value) != 4:
        return False  # a year only: "the Crimes Act (1914)"
    return _LAW_BEFORE.search(text, max(0, timex.start - 60), timex.start) is not None


# A bare year between a determiner and the noun it names, governed by a preposition that makes the noun the
# object or the baseline of the clause, each with an example: "sentenced to life (for) a 1996 siege", "a level
# not seen (since their) 1971 war" (a possessive only: "since a 1971 revolt" is an occurrence a title tells),
# "(against) the 1998 ruling"; not "(in) the 2001 season" nor "(after) the 1999 crash", which may set the
# clause in that time, nor "(over) the 2027 budget".
_YEAR_OF_OBJECT = re.compile(
    r"\b(?:for|about|against|despite)\s+(?:a|an|the|this|that|their|its|his|her|our)\s+\Z"
    r"|\bsince\s+(?:their|its|his|her|our)\s+\Z",
    re.I,
)
_NOUN_AFTER = re.compile(r"\s+[a-z][a-z-]+")
# What keeps the year its own occurrence's, which a title then tells, each with an example: an "of" phrase
# after the noun ("since the 2003 invasion (of) Iraq", "the 1991 ouster (of) the dictator"), a scheduled
# occurrence ("hopefuls for the 2030 mayoral (election)", "for the 2000 (Olympics)").
_OWN_OCCURRENCE = re.compile(
    r"(?:\s+[a-z][a-z-]+){1,3}\s+of\b"
    r"|(?:\s+[\w-]+){0,2}\s+(?i:elections?|polls?|olympics|games|summit|championships?|world\s+cup)\b"
)
# A season that names the noun after it, a place or a thing used then, not a time: "the summer (capital)", "a
# winter (residence)", "his summer (house)".
_SEASON_NOUN = re.compile(
    r"\s+(?:capital|residence|palace|retreat|home|house|resort|camp|clothes|coat|uniform|collection)\b"
)
_SEASON = re.compile(r"(?:the\s+)?(?:summer|winter|spring|autumn)", re.I)


def names_thing(text: str, timex: TimeExpression) -> bool:
    """Tell whether a date only says which thing a noun names: a bare year on a preposition's object ("for a
    1996 siege", "since their 1971 war"), or a season on a place ("the summer capital")."""
    if _SEASON.fullmatch(timex.text):
        return _SEASON_NOUN.match(text, timex.end) is not None
    if not (timex.text.isdigit() and len(timex.text) == 4) or not _NOUN_AFTER.match(text, timex.end):
        return False
    if _OWN_OCCURRENCE.match(text, timex.end):
        return False
    return _YEAR_OF_OBJECT.search(text, max(0, timex.start - 24), timex.start) is not None


# A speaker named after a telling verb, then a verbless phrase that says who the speaker is, up to the date:
# '..., said Ana Reyes, (an adviser with no ties to any party in) next week's vote.' Not ', said Ana
# Reyes, the bank's economist, (on Tuesday)': a comma closes the phrase, the date after it is the telling's.
_SPEAKER_ASIDE = re.compile(
    r"\b(?:said|says|added|explained|noted|warned)\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s+"
    r"(?P<aside>(?:a|an|the)\s[^,;:.!?\"“”()]{3,120})\Z"
)


def describes_speaker(text: str, timex: TimeExpression) -> bool:
    """Tell whether a date stands in the phrase that says who the speaker named after a telling verb is:
    '"We lost," said Ana Reyes, an adviser with no ties to any party in next week's vote.'; not
    'said Ana Reyes, a consultant who quit in May' (a clause of its own)."""
    before = text[max(0, timex.start - 160) : timex.start]
    if "," not in before or not any(map(before.__contains__, ("said", "says", "added", "explained", "noted",
                                                               "warned"))):
        return False  # most dates: no telling verb before them
    found = _SPEAKER_ASIDE.search(before)
    return found is not None and not has_verb(found["aside"])


def names_holder(text: str, timex: TimeExpression) -> bool:
    """Tell whether a possessive date says which holder of a title a noun means: "will race against last
    year's winner", "beat last year's runner-up"; not "last year's final drew 40,000" (no holder)."""
    return _HOLDER.match(text, timex.end) is not None


def in_content(text: str, timex: TimeExpression) -> bool:
    """Tell whether a date sits in what a noun of stance, claim or information holds: "expressed confidence
    that the airport would fall by the end of the day", "responding to claims he failed to act in 1990",
    "with new figures showing a drop in deaths last year"; not "expressed confidence on Monday that ..." (the
    date is the expressing's, before "that")."""
    before = text[max(0, timex.start - 160) : timex.start]
    if before.isascii():  # lower() then a case-sensitive search: exact for ASCII, and many times faster
        low = before.lower()
        if not any(map(low.__contains__, _NOUN_STEMS)) or not _NOUN_NEXT.search(low):
            return False  # most dates: none of the nouns before them, or none with the word it needs next
    elif not _NOUNS.search(before):
        return False
    return _CONTENT.search(before) is not None


_NOUNS = re.compile(r"confidence|hope|fear|expectation|optimism|doubt|prediction|warning|concern|claim"
                    r"|allegation|accusation|suggestion|rumo|figures|data|statistics|numbers|survey|report"
                    r"|research|stud", re.I)
# _NOUNS's words on lowered ASCII text, looked for as substrings: the same answer as a search of _NOUNS, which
# has no anchor, about three times faster (the regular expression tries every alternative at every position)
_NOUN_STEMS = tuple(_NOUNS.pattern.split("|"))
# Each noun of _CONTENT with the word it needs next, on lowered ASCII text: a looser pattern than _CONTENT (no
# verb before) that _CONTENT cannot match without: "confidence that ", "claims he ", "hopes of ", "figures
# showing ".
_NOUN_NEXT = led(r"[acdefhnoprsw]",
    r"(?:confidence|hopes?|fears?|expectations?|optimism|doubts?|predictions?|warnings?|concerns?)\s+that\s"
    r"|(?:claims?|allegations?|accusations?|suggestions?|rumou?rs?)\s+(?:that|he|she|they|it|we)\s"
    r"|(?:hopes|fears|expectations|prospects)\s+of\s"
    r"|(?:figures|data|statistics|numbers|surveys?|reports?|research|studies|study)\s+"
    r"(?:showing|revealing|indicating|suggesting)\s"
)



# A noun of intent and its infinitive, up to the date with no clause break, each with an example: "rejected
# Arafat's (bid to) make his annual visit to Bethlehem for (Christmas Eve) during a meeting early today", "a
# (plan to) open the bridge in (May) was approved on Monday".
_INTENT = re.compile(
    r"\b(?i:bid|plan|attempt|request|offer|proposal|push|invitation|effort)\s+to\s+[a-z]+\b" + _OPEN + r"\Z"
)
# What may stand between the date and a later date of the same clause: no stop, semicolon or dash.
_SAME_CLAUSE = re.compile(r"[^.;:!?\"“”—–]{0,120}")


# Casefolded fragments of _INTENT's nouns: "bid" as re.I reads it ("bİd" casefolds to "bi\u0307d", "bıd"
# stays), "invitation" by its "tat".
_INTENT_FRAGMENTS = (
    "plan", "attempt", "request", "offer", "proposal", "push", "effort", "bid", "bi\u0307d", "bıd", "tat",
)
_STOPS = ",;:.()\"“”"  # what _OPEN passes over none of


def _may_intend(before: str) -> bool:
    """Tell whether _INTENT.search(before) may match, cheaply: a match runs to the end with none of _STOPS,
    so its noun and "to" lie after the last of them."""
    tail = before[max(map(before.rfind, _STOPS)) + 1 :]
    folded = tail.casefold()
    return "to" in tail and any(map(folded.__contains__, _INTENT_FRAGMENTS))


def in_intent(text: str, timex: TimeExpression, timexes: list[TimeExpression]) -> bool:
    """Tell whether a date sits in what a noun of intent holds while a later date of its clause dates the
    clause: "rejected his bid to visit Bethlehem for Christmas Eve during a meeting early today"; not "his
    bid to visit Bethlehem for Christmas Eve" alone (no other date: the plan is then the news)."""
    before = text[max(0, timex.start - 120) : timex.start]
    if " to " not in before or not _may_intend(before) or not _INTENT.search(before):
        return False
    return any(
        other.start >= timex.end and other.type in ("DATE", "TIME")
        and _SAME_CLAUSE.fullmatch(text, timex.end, other.start) is not None
        for other in timexes
    )
