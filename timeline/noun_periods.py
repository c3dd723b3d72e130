"""Tell a period that only says when a thing a noun names went on, which dates no event of its clause.

"Democrats delayed the vote on Nov. 5, citing questions about her work for a firm between 2019 and 2022":
the years say when her work went on, not when the vote was delayed or questioned. A range after a noun
phrase of someone's own ("her work", "his dealings") that a preposition of topic opens ("about", "into",
"over"), with no verb in it, is such a period; so is a date in a noun phrase of another time than its
clause's ("spoke ahead of the election Thursday": `of_other_time`), and a possessive date on a noun that a
preposition governs ("fined for yesterday's outburst", "rough seas are forecast for this year's race":
`owned_by_object`). No parser: patterns, with examples.
"""

from __future__ import annotations

import re

from timeline.models import TimeExpression
from timeline.verbs import has_verb

# A noun phrase of topic before a range: "questions about (her work for a firm) between", "an inquiry into
# (his dealings) from", and the first date of the range when the date asked is its second ("between 2019
# and").
_TOPIC_BEFORE = re.compile(
    r"\b(?:about|into|over|regarding|concerning)\s+(?P<np>(?:his|her|its|their)\s[^,;.:\"“”]{1,70}?)"
    r"\s+(?:between|from)\s+(?:(?P<first>[\w.]+(?:\s+\d{4})?)\s+(?:and|to|until|through)\s+)?\Z"
)
# The rest of the range after its first date: "(2019) and 2022", "(May 2019) to June".
_RANGE_END = re.compile(r"\s+(?:and|to|until|through)\s+(?:[A-Z][a-z]+\.?\s+)?\d")


def is_noun_period(text: str, timex: TimeExpression) -> bool:
    """Tell whether a date is one end of a range that says when a thing of a topic phrase went on: "questions
    about her work for a firm between 2019 and 2022" (both years); not "talks about their deal began between
    May and June" (a verb stands between) or "answered questions about the budget between 2019 and 2022"."""
    found = _TOPIC_BEFORE.search(text, max(0, timex.start - 100), timex.start)
    if found is None or has_verb(found["np"]):
        return False
    return bool(found["first"]) or _RANGE_END.match(text, timex.end) is not None


# What opens a noun phrase of another time than its clause's, with no verb of its own up to the date, each
# with an example: "(spoke) ahead of the election (Thursday)", "unlike the run-up to (January)'s ballot",
# "(sold shares) in the run-up to the vote (on Monday)". Not "ahead of schedule (on Monday)": the clause's.
_OTHER_TIME = re.compile(
    r"\b(?:ahead\s+of|unlike|(?:in\s+)?the\s+(?:run|lead)-?up\s+to"
    # a noun phrase after "before", "prior to": "admitted before the departure of the militia (earlier this
    # month)", "prior to the band's success (in the early 1960s)"; not "before Christmas" (no noun phrase)
    r"|(?P<before>before|prior\s+to)(?=\s+(?:the|a|an|his|her|its|their)\s))"
    r"\s+(?!(?:schedule|time|expectations|forecasts)\b)"
    r"(?P<np>[^,;:.()\"“”]{0,60}?)\s*(?:(?:on|in|at)\s+)?\Z",
    re.I,
)


def of_other_time(text: str, timex: TimeExpression) -> bool:
    """Tell whether a date sits in a noun phrase that names another time than its clause's: "Jeffrey spoke
    ahead of the election Thursday" (Thursday is the election's, the speaking came before it), "fined for
    yesterday's outburst" (owned_by_object)."""
    if text.startswith(("'s", "’s"), timex.end) and owned_by_object(text, timex):
        return True
    before = text[max(0, timex.start - 80) : timex.start]
    if "ahead" not in before and "nlike" not in before and "up to" not in before and "before" not in before \
            and "prior" not in before:
        return False  # most dates: none of the openers
    found = _OTHER_TIME.search(before)
    if found is None or found["np"].strip() and has_verb(found["np"]) or _WHEN.match(text, timex.end):
        return False  # "Unlike Thursday, when police arrested 40 people, ...": that clause is the date's
    if found["before"] and (_NAMES_OCCURRENCE.fullmatch(found["np"]) or _OWN_PREPOSITION.search(found["np"])
                            or _BODY.match(found["np"])):
        return False  # "before the (March 3) vote": a title tells the vote, whose date it is; "before the
        # commission issues a decision by (March)": the date has a preposition of its own; "go before the
        # Security Council (next week)": a place, not a time
    # "in the run-up to a (March) general election": the date names the occurrence a title then tells
    return _NAMES_OCCURRENCE.fullmatch(found["np"]) is None or _OWNED.match(text, timex.end) is not None


# An article right before the date, which then modifies the noun after it: "the (January 25) election".
_NAMES_OCCURRENCE = re.compile(r"(?:the|a|an)\s*", re.I)
_OWNED = re.compile(r"['’]s\s")
# What "before" puts someone in front of, no time: a name ("the Security Council"), a body ("a judge").
_BODY = re.compile(
    r"(?:(?:the|a|an|his|her|its|their)\s+)?(?:[A-Z]|(?:[a-z]+\s+)?(?:court|judge|jury|committee|panel|commission"
    r"|tribunal|parliament|congress|senate|council|assembly|board|cameras?|audience|crowd|lawmakers|voters"
    r"|magistrate)\b)"
)
_OWN_PREPOSITION = re.compile(r"\b(?:by|until|till|through|from|to|since|after|before)\Z", re.I)
_WHEN = re.compile(r",?\s+when\s")


# A possessive date on a noun, then up to four words to the next stop: "(yesterday)'s on-field outburst
# during", "(this year)'s race, including"; what the noun phrase does, if anything, is among them ("today's
# action is").
_POSSESSED = re.compile(r"['’]s\s+(?P<np>(?:[^\s,;:.()\"“”]+\s+){0,3}[^\s,;:.()\"“”]+)")
# A preposition that makes the possessed noun its object, each with an example: "fined (for) yesterday's
# outburst", "resigned (after) last year's coup" (a day's "after" is soon after: kept), "go (into) Friday's
# first Test"; not "in", "on", "at", "during" (or "throughout"), which set the clause in that time: "in
# yesterday's trading, shares fell"; nor a verb: "Correa has won Sunday's run-off" won it then.
_OBJECT_PREPOSITIONS = {
    "for", "of", "to", "into", "after", "before", "from", "with", "by", "about", "over", "following",
    "against", "despite", "amid", "toward", "towards", "under", "than", "like", "unlike", "ahead",
}
# The day of the news, which a possessive shares with its clause: "today's", "this morning's".
_THIS_DAY = re.compile(r"(?i:today|tonight|this\s+(?:morning|afternoon|evening))")
_WORD_BEFORE = re.compile(r"(?P<lead>[\w%-]+\s+)?(?P<word>[A-Za-z]+)\s+\Z")
# A day's paper: "(Friday)'s edition", "(Sunday)'s issue".
_EDITION = re.compile(r"(?:[\w-]+\s+)?(?:edition|issue)s?\b", re.I)
# A part or a count before "of": "three (of)", "40 percent (of)", "most (of)".
_PART_OF = re.compile(r"(?:\d|%|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|percent|half|third"
                      r"|quarter|most|some|all|many|each|none|any|part|share)\b)", re.I)


def owned_by_object(text: str, timex: TimeExpression) -> bool:
    """Tell whether a possessive date names the time of a noun that a preposition governs, not when its
    clause happened: "Lee was fined for yesterday's outburst" (fined today); not "Yesterday's storm destroyed
    20 homes" (the subject), "in yesterday's trading" (the clause's time), "won three of Saturday's stages"
    (a part of them), nor "said Friday's attack killed 20" (the noun phrase has a verb of its own)."""
    if _THIS_DAY.fullmatch(timex.text):
        return False  # "welcomed today's verdicts": the noun's day is the clause's, the day of the news
    owned = _POSSESSED.match(text, timex.end)
    before = _WORD_BEFORE.search(text, max(0, timex.start - 30), timex.start)
    if owned is None or before is None or has_verb(owned["np"]):
        return False
    word = before["word"].lower()
    if _EDITION.match(owned["np"]) or word == "of" and (before["lead"] or "").strip().lower() == "as":
        return False  # "in Friday's edition": the paper of that day; "as of Friday's close": the state then
    if word in ("after", "following") and len(timex.value) >= 10:
        return False  # "fans called for him to quit after Saturday's loss": soon after, the same day
    if word == "of" and _PART_OF.search(before.group("lead") or ""):
        return False  # "won three of Saturday's six stages": a part of that day's happenings
    return word in _OBJECT_PREPOSITIONS
