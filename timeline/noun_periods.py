"""Tell a period that only says when a thing a noun names went on, which dates no event of its clause.

"Democrats delayed the vote on Nov. 5, citing questions about her work for a firm between 2019 and 2022":
the years say when her work went on, not when the vote was delayed or questioned. A range after a noun
phrase of someone's own ("her work", "his dealings") that a preposition of topic opens ("about", "into",
"over"), with no verb in it, is such a period; so is a date in a noun phrase of another time than its
clause's ("spoke ahead of the vote Thursday", "admitted before the departure of the militia earlier
this month": `of_other_time`). No parser: patterns, with examples.
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
    lo = max(0, timex.start - 100)
    # every match ends on "between" or "from" (and a first date): most dates have neither before them
    ranged = text.find("between", lo, timex.start) >= 0 or text.find("from", lo, timex.start) >= 0
    found = _TOPIC_BEFORE.search(text, lo, timex.start) if ranged else None
    if found is None or has_verb(found["np"]):
        return False
    return bool(found["first"]) or _RANGE_END.match(text, timex.end) is not None


# What opens a noun phrase of another time than its clause's, with no verb of its own up to the date, each
# with an example: "(spoke) ahead of the vote (Thursday)", "unlike the run-up to (January)'s ballot",
# "(sold shares) in the run-up to the vote (on Monday)". Not "ahead of schedule (on Monday)": the clause's.
_OTHER_TIME = re.compile(
    r"\b(?:ahead\s+of|unlike|(?:in\s+)?the\s+(?:run|lead)-?up\s+to"
    # a noun phrase after "before", "prior to": "admitted before the departure of the militia (earlier this
    # month)", "prior to the band's success (in the early 1960s)"; not "before Christmas" (no noun phrase)
    r"|(?P<before>before|prior\s+to)(?=\s+(?:the|a|an|his|her|its|their)\s)"
    # a change by a figure after "following", "after", the baseline: "dropped 14 per cent, following a 9 per
    # cent fall (in October)", "rose after a 3% drop (on Monday)"; not "following talks (on Monday)"
    r"|(?:following|after)(?=\s+(?:a|an|the|its|their)\s+(?:[\w.,-]+\s+){0,2}?\d[\d.,]*\s*(?:%|per\s*cent|percent)"
    r"\s+[a-z]+\s+(?:on|in|at)\s+\Z))"
    r"\s+(?!(?:schedule|time|expectations|forecasts)\b)"
    r"(?P<np>[^,;:.()\"“”]{0,60}?)\s*(?:(?:on|in|at)\s+)?\Z",
    re.I,
)


def of_other_time(text: str, timex: TimeExpression) -> bool:
    """Tell whether a date sits in a noun phrase that names another time than its clause's: "Jeffrey spoke
    ahead of the election Thursday" (Thursday is the election's, the speaking came before it)."""
    before = text[max(0, timex.start - 80) : timex.start]
    if "ahead" not in before and "nlike" not in before and "up to" not in before and "before" not in before \
            and "prior" not in before and "ollowing" not in before and "after" not in before:
        return False  # most dates: none of the openers
    found = _OTHER_TIME.search(before)
    if found is None or found["np"].strip() and has_verb(found["np"]) or _WHEN.match(text, timex.end):
        return False  # "Unlike Thursday, when police arrested 40 people, ...": that clause is the date's
    if found["before"] and (_NAMES_OCCURRENCE.fullmatch(found["np"]) or _OWN_PREPOSITION.search(found["np"])
                            or _BODY.match(found["np"])):
        return False  # "before the (March 3) vote": a title tells the vote, whose date it is; "before the
        # commission issues a decision by (March)": the date has a preposition of its own; "go before the
        # appeals board (next week)": a place, not a time
    # "in the run-up to a (May) party congress": the date names the occurrence a title then tells
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

