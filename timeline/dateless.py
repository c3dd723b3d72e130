"""Cut the date phrases out of a clause, with the words that only served them: "on Saturday", "in 2017",
the comma of an aside that held only a date, a front phrase left saying nothing ("Founded in 1989," ->
"Founded,"). A date that is the clause's subject ("2025 was the warmest year") stays.
"""

from __future__ import annotations

import re

from timeline import shorten
from timeline.verbs import first_verb, has_verb

# Words after a date that show it modifies the noun they start: "the 2003 invasion", "Thursday's vote".
FUNCTION_WORDS = {
    "and", "or", "but", "to", "the", "a", "an", "in", "on", "at", "of", "for", "by", "with", "from", "after",
    "before", "when", "as", "than", "that", "which", "who", "until", "since", "through", "during", "into",
    "about", "ago", "later", "earlier", "morning", "afternoon", "evening", "night", "this", "last", "next",
}
# Prepositions and determiners that govern a date phrase and leave with it: "on Saturday", "in 2017".
_DATE_LEAD = re.compile(
    r"(?:\b(?:by|at|until|before|from|in|on|since|to)\s+)?(?:the\s+)?"  # by the end of | the year
    r"(?:end|beginning|start|middle|close|turn|rest)\s+of\s+(?:the\s+)?\Z"
    r"|(?:\b(?:on|in|at|during|by|since|from|until|till|through|for|of|as\s+of|early|late|earlier|later|"
    r"between)\s+)?(?:\b(?:the|this|that)\s+)?\Z",
    re.I,
)

def _is_subject(text: str, phrase: tuple[int, int], span: tuple[int, int]) -> bool:
    """Tell whether a date phrase is the subject of its clause and stays: "2025 was the warmest year"."""
    head = re.sub(r"\A(?i:and|but|so|or)\Z", "", text[span[0] : phrase[0]].strip(" \"'“‘`"))  # "And the year"
    if (head and not _PERIOD_OF.fullmatch(head)) or _DATE_PREPOSITION.match(text, phrase[0]):
        return False
    verb = re.match(r"\s+(?P<w>[a-z][\w'’]*)", text[phrase[1] : span[1]])
    return verb is not None and first_verb(verb["w"]) is not None


# A period named before the date that is the subject: "The year of 2002 was his last season".
_PERIOD_OF = re.compile(r"(?i:the\s+)?(?:year|month|summer|winter|spring|autumn|season)\s+of")
# A preposition that opens a date phrase: "in 2017", "on Monday" is no subject.
_DATE_PREPOSITION = re.compile(r"(?:in|on|at|by|from|since|until|during|for|after|before|over)\b", re.I)


def without_dates(text: str, span: tuple[int, int], phrases: list[tuple[int, int]]) -> str:
    """Return the clause with each date phrase (and the preposition that governs it) cut out."""
    start, end = span
    pieces = []
    cursor = start
    for left, right in sorted(p for p in phrases if start <= p[0] and p[1] <= end):
        if left < cursor or _is_subject(text, (left, right), span):
            continue
        before = text[cursor:left]
        unread_start = re.search(r"\b\d{1,4}\s*[-–]\s*\Z", before)  # "between 1989-1994" tagged as "1994"
        before = before[: unread_start.start()] if unread_start else before
        unread_end = re.match(r"[-–]\d{1,2}\b", text[right:end])  # "December 15-16" tagged as "December 15"
        right += unread_end.end() if unread_end else 0
        following = re.match(r"(?P<s>['’]s\b)?\s*(?P<w>[A-Za-z]+)?", text[right:end])
        modifies = following["s"] or (
            following["w"] and following["w"].islower() and following["w"] not in FUNCTION_WORDS
            and re.search(r"\b(?:the|a|an|its|his|her|their|our)\s+\Z", before, re.I)
        )
        lead = None if modifies else _DATE_LEAD.search(before, max(0, len(before) - 60))
        pieces.append(before[: lead.start()] if lead else before)
        cursor = right + (len(following["s"]) if following["s"] else 0)
        if _COMMA_BEFORE_VERB.match(text, cursor, end) and "," not in before[-40:]:
            cursor += 1  # "the city last week, was due to": the comma closed the date, not an aside
    pieces.append(text[cursor:end])
    joined = "".join(pieces)
    joined = re.sub(r"\s+([,.;:!?])", r"\1", joined)
    joined = _EMPTY_ASIDE.sub(_close_aside, joined)
    joined = re.sub(r"\s{2,}", " ", joined).strip(" ,;:-–—")
    opening = text.find(",", start, end)
    if any(start <= p[0] and p[1] <= opening for p in phrases):
        joined = _drop_remnant(joined, opens=text[start : start + 1].isupper())
    return joined


# What a front phrase leaves when its date goes: "Founded in 1989," -> "Founded,", "Starting next year,"
# -> "Starting,", "Compared with the previous month," -> "Compared with,", "Even on Tuesday," -> "Even,".
_REMNANT = re.compile(r"(?P<rest>[^,;:\"“]{1,60}),\s+(?=\S)")


def _drop_remnant(clause: str, *, opens: bool) -> str:
    """Drop the front phrase of a sentence (`opens`: the clause starts one) that lost its date when what is
    left of it says nothing ("In March alone," -> "alone,").
    """
    front = _REMNANT.match(clause)
    if front is None:
        return clause
    rest = front["rest"]
    words = rest.split()
    place = re.fullmatch(r"(?i:in|at|on|from|near)\s+[A-Z].*", rest)  # "(On Monday) in Paris," stays
    # a verb after the first word makes a clause: "The bridge will reopen (on Monday), the county said",
    # "Asked (on Tuesday) whether he would resign,"
    subject = re.match(r"(?i:the|a|an|its|his|her|their|our|this|that)\s", rest)  # "The (1994) summit,"
    if place or subject or not opens or has_verb(" ".join(words[1:])):
        return clause
    if not (len(words) <= 2 or shorten.trim_end(rest) != rest or shorten.dangles(rest)):
        return clause
    return clause[front.end() :]


# A comma right after a date, then the verb of the subject before it: "taking the city last week, was".
_COMMA_BEFORE_VERB = re.compile(r",\s+(?:was|were|is|are|has|had|have|will|would)\b")
# What is left of an aside that held only a date: "The strike, in 2019, lasted" -> "The strike, , lasted".
_EMPTY_ASIDE = re.compile(r"(?:,\s*){2,}")
# An opening phrase keeps its comma ("In Hanoi, on Saturday, he spoke" -> "In Hanoi, he spoke").
_OPENING = re.compile(
    r"(?:\A|[,;:]\s*)(?:in|on|at|after|before|during|for|by|with|under|over|from|since|as|when|while|despite"
    r"|across|throughout|among|amid|around|near|within|against|following|until|outside|inside|like|unlike)\b"
    r"[^,;:]*\Z",
    re.I,
)


def _close_aside(match: re.Match[str]) -> str:
    """Close the gap a removed date aside leaves: subject meets verb; an opening phrase keeps a comma."""
    return ", " if _OPENING.search(match.string, 0, match.start()) else " "
