"""Word a dated clause's event: its title, and the description its evidence holds.

The title is the clause's own (titles.title_of), rebuilt with its date when the clause ends waiting for it
("Election day was" -> "Election day was Nov. 5", "The last nominee confirmed by such a narrow margin was in
1987" -> "The last nominee was confirmed by such a narrow margin"), or none when it tells nothing
("Announced", "Today it has forty shops"). The description is the clause, or its whole sentence when the
clause does not read on its own. events.extract calls both for each dated clause.
"""

from __future__ import annotations

import re

from timeline.titles import title_of
from timeline.verbs import has_verb, is_past_form

# A clause cut from its sentence that reads on its own: it opens with a conjunction before its subject ("and
# the school shut its doors", not "but kept drawing"), a capital or a quotation mark; not "after the driest
# spring since records began".
_READABLE = re.compile(r"(?:and|but|or|yet|so|while|whereas)\s+(?P<next>[\w'’-]+)|[$\dA-Z\"“'‘(]")


# What a clause cut from its sentence may open with that is no part of its own start: a comma, a conjunction
# ("and a petition was filed", "but the vote failed"); "while" leads a clause of its own, and "so far",
# "yet another" are no joins: they stay.
_JOIN_START = re.compile(r"[,;]?\s*(?:(?:and|but|or)\s+)?")


def description_of(text: str, sentence: tuple[int, int], span: tuple[int, int]) -> str:
    """Return the clause an event's evidence holds, from its own start ("and a petition was filed" -> "A
    petition was filed"), or its whole sentence when the clause is a fragment."""
    clause = text[span[0] : span[1]]
    if span[0] == sentence[0]:
        return clause
    readable = _READABLE.match(clause)
    subject = readable is not None and not (readable["next"] and has_verb(readable["next"]))
    if subject and has_verb(clause):
        own = clause[_JOIN_START.match(clause).end() :]
        return own[:1].upper() + own[1:]
    return text[sentence[0] : sentence[1]]


# A title that tells nothing: one word ("Announced"), or one that ends on an auxiliary waiting for its
# complement ("Election day was"); "said", "told" end a statement's title elsewhere.
_COPULA_END = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might"
    r"|must|should|shall|do|does|did)(?:\s+dated)?\Z",
    re.I,
)  # "The contract is dated"

# The last words _COPULA_END can match.
_COPULA_LAST = {
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "must",
    "should",
    "shall",
    "do",
    "does",
    "did",
    "dated",
}


def whole_title(text: str, span: tuple[int, int], phrases: list[tuple[int, int]]) -> str | None:
    """Return the title of a clause, rebuilt with its date when the date is what it ends waiting for, or
    None when a short title tells nothing: "Election day was" becomes "Election day was Nov. 5" for Nov. 5
    and gives none for a date in the subject; "Announced" gives none. A long title cut on "have been"
    stays: its event is there."""
    title = title_of(text, span, phrases)
    if (
        phrases
        and _IT_STATE.match(title)
        and len(title.split()) <= 8
        and _NOW.fullmatch(text, phrases[0][0], phrases[0][1])
    ):
        return None  # "Today it has forty shops": a state of nothing named, no event
    if phrases and title.endswith(text[phrases[0][0] : phrases[0][1]]):
        waits = _WAS_DATE.search(title, 0, len(title) - (phrases[0][1] - phrases[0][0]))
        reduced = waits and _reduced_event(title[: waits.start()], waits["be"])
        if reduced:
            return reduced  # the date is the predicate: the participle of the subject tells the event
    words = title.split()
    if len(words) > 1 and words[-1].lower() not in _COPULA_LAST:
        return title  # one look at the last word before the pattern
    if (end := _COPULA_END.search(title)) and phrases:
        after = re.compile(rf"\b{re.escape(end.group())}\s+(?:on\s+|in\s+|at\s+)?\Z", re.I)
        if after.search(text, max(span[0], phrases[0][0] - 20), phrases[0][0]):
            title = title_of(text, span, [])
    words = len(title.split())
    if words < 2 or (words < 4 and _COPULA_END.search(title)):
        return None
    return title


# A title that is a present state of an "it" left unnamed: "It has forty shops", "It is the largest in the
# region"; and the dates that say the state holds now ("today", "now"), on which it is no event.
_IT_STATE = re.compile(r"It\s+(?:is|has|remains|stays|seems|looks|lies|stands|holds|employs|owns)\b")
_NOW = re.compile(r"(?i:today|now|currently|at\s+present|these\s+days|nowadays)")


# A title that ends on a "was" and the date it waits for: "The last nominee confirmed by such a narrow
# margin was in 1987".
_WAS_DATE = re.compile(r"\s+(?P<be>was|were)\s+(?:in\s+|on\s+|at\s+)?\Z")
_DETERMINERS = {"The", "A", "An", "Its", "His", "Her", "Their"}


def _reduced_event(subject: str, be: str) -> str | None:
    """Return the event a subject's participle tells, for a sentence that is only a subject and a "was" with
    its date: "The last nominee confirmed by such a narrow margin (was in 1987)" -> "The last nominee was
    confirmed by such a narrow margin"; None when no participle follows the subject's noun ("Election day
    (was Nov. 5)" keeps its date)."""
    words = subject.split()
    if len(words) > 14 or not words or words[0] not in _DETERMINERS:
        return None
    for at in range(2, min(len(words), 7)):
        if is_past_form(words[at]) and not has_verb(" ".join(words[:at])):
            rest = " ".join(words[at + 1 :])
            if has_verb(rest):
                return None  # "The man arrested after police found him (was ...)": a clause of its own
            return " ".join([*words[:at], be, words[at], rest]).strip()
    return None
