"""Read the word before a date that leaves it open on one side: "before 2019", "after March 3", "since
Tuesday", "by Friday", "from 2019" with no end. The event is not on that date but before it, after it,
from it on or up to it: its When keeps the date's days and says so with a TIMEX3 mod, as a date typed by a
user does (dates.OPEN_ENDS), so that the page draws it as an open date and the description reads "before
2019", not "2019". The word may open the sentence before the clause: "Since 2021, the plant has ...".
"until" is read in dating.py, which knows when it does not end what lasts up to it ("not until Friday").
"""

from __future__ import annotations

import re

from timeline.models import TimeExpression, When
from timeline.references import is_modifier

# The word right before a date -> the mod it gives the event's date, with an example beside each.
OPEN_SIDES: list[tuple[str, str, str]] = [
    (r"before", "BEFORE", "the shop opened before 2019"),
    (r"after", "AFTER", "talks resumed after March 3"),
    (r"since", "ON_OR_AFTER", "rebels have held the town since Tuesday"),
    # "from" alone opens a range the text does not close: what goes on from then ("from 2019 to 2021" is a
    # range, left as it is)
    (r"from|starting(?:\s+(?:in|on|from))?|beginning\s+(?:in|on)", "ON_OR_AFTER",
     "from 2019, the agency will inspect every plant"),
    (r"by|no\s+later\s+than", "ON_OR_BEFORE", "the bill must pass by Friday"),
    (r"no\s+earlier\s+than", "ON_OR_AFTER", "the vote will come no earlier than June"),
]
_SIDES = [(re.compile(rf"\b(?:{words})\s+\Z", re.I), mod) for words, mod, _ in OPEN_SIDES]
# "from" after a noun or "dates" tells where the thing comes from, not when the event starts: "a law from
# 1990", "the church dates from 1850"; after a figure it is the point a change is measured from: "rose 3
# points from last month", "up 0.2 percent, from Tuesday"; "were beginning on Thursday" is a verb of its own.
_NOT_OPENING = re.compile(
    r"(?:\b(?:dat(?:e|es|ed|ing)(?:\s+back)?|(?:a|an|the|this|that|these|those|its|his|her|their|our)\s+[a-z]+)"
    r"|(?:\d|%|\b(?:percent|per\s+cent|points?|cents?|dollars?|yen|euros?|pounds?|up|down))[),]?)\s+from\s+\Z"
    r"|\b(?:is|are|was|were|be|been|being)\s+(?:starting|beginning)\s+(?:in\s+|on\s+)?\Z",
    re.I,
)
# How far back the words of the table can reach.
_REACH = 20
# A date owned by the noun after it is that noun's time, no side of the event's: "passed by (Monday)'s
# vote", "after (last week)'s storm" date the vote and the storm, which the clause's event follows; so is a
# date that modifies the noun or the name after it: "coached by (2010) Grand Prix winner X" (a doer's "by").
_OWNED = ("'s", "’s")
_NAME_AFTER = re.compile(r" [A-Z][a-z]")


def open_side(text: str, timex: TimeExpression, when: When, clause: tuple[int, int], title: str) -> When:
    """Return `when` with the mod the word before `timex` gives it, or as it is when there is none.

    The word must be in the event's own `clause`, and the event told before the date: "its strongest level
    since March 4, 2016, when the bank cut rates" dates the rate cut (told after it) on that day. A date
    with a mod of its own ("early 2019") or a range keeps it: the word before a range is its opener ("from",
    "between"), and one before "early 2019" leaves the part of the year the writer named.
    """
    if when.mod or when.end_value or text.startswith(_OWNED, timex.end):
        return when
    fronted = _fronted(text, timex)  # "From 2019, the agency will ...": the event is told after the date
    reach = timex.start - _REACH if fronted else max(clause[0], timex.start - _REACH)
    before = text[max(0, reach) : timex.start]
    for words, mod in _SIDES:
        if words.search(before) and (fronted or not _told_after(text, timex, clause, title)):
            if mod == "ON_OR_AFTER" and _NOT_OPENING.search(text, max(0, timex.start - 40), timex.start):
                return when
            named = _NAME_AFTER.match(text, timex.end) is not None
            return when if named or is_modifier(text, timex) else when.model_copy(update={"mod": mod})
    return when


# A sentence opening with the word and the date, then a comma: "From 2019, the agency will ...", "Since
# Tuesday, rebels have held the town": the word governs the clause after the comma.
_OPENING_WORDS = r"\s*[\"“]?[A-Za-z]+(?:\s+[a-z]+)?\s+\Z"
_TEXT_OPENS = re.compile(_OPENING_WORDS)
_SENTENCE_OPENS = re.compile(r"(?:[.!?][\"”’)]?\s|\n)" + _OPENING_WORDS)
_COMMA_AFTER = re.compile(r"\s*,")


def _fronted(text: str, timex: TimeExpression) -> bool:
    """Tell whether the date opens its sentence after one or two words and a comma closes it: "From 2019,"."""
    if _COMMA_AFTER.match(text, timex.end) is None:
        return False
    window = max(0, timex.start - _REACH - 2)
    if window == 0 and _TEXT_OPENS.match(text, 0, timex.start):
        return True
    return _SENTENCE_OPENS.search(text, window, timex.start) is not None


def _told_after(text: str, timex: TimeExpression, clause: tuple[int, int], title: str) -> bool:
    """Tell whether the title's first two words are found after the date in the clause, not before it: the
    event is a clause the date hosts (", when the bank cut rates")."""
    lead = " ".join(title.split()[:2]).lower()
    lowered = text[clause[0] : clause[1]].lower()
    at = timex.start - clause[0]
    return lowered.find(lead, at) >= 0 and lowered.rfind(lead, 0, at) < 0
