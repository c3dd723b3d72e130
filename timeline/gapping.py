"""Give each date of a gapped clause its own title: "The museum opened in 1998 and the library in 2004".

The second part of such a clause has no verb: it shares the first part's ("and the library (opened) in
2004"). The first date's event is the first part alone ("The museum opened"), the second date's is the
first part with the words the second part replaces: its subject ("The library opened"), its figure ("Sales
rose 8 percent"), its prepositional phrase ("Profits fell to 1 million"), its object ("The band toured
Australia"); "and again in 2021" is timeline.shapes.again's. When the second part may be the subject or
the object ("Brazil beat Italy in 1970 and Germany in 2002"), its event keeps the clause's title. No
parser: the shape of the words between the two dates, each with an example.
"""

from __future__ import annotations

import re

from timeline import attribution
from timeline.spans import Span
from timeline.verbs import be_for, first_verb, has_verb

# What lies between the first date and the second: ", and" or "and", a short part with no verb, a
# preposition of the date: "(1998) and the library in (2004)", "(2010), and again in (2014)".
_BETWEEN = re.compile(
    r",?\s+and\s+(?P<rest>(?!(?:then|later|since|so|yet|also)\b)[^,;:.!?\"“”()]{1,40}?)"
    r"(?:\s+(?:in|on|at|during|by|from|until|through))?\s*\Z"
)
# The preposition that opens the first date: "(The museum opened) in (1998)".
_DATE_PREPOSITION = re.compile(r"\s+(?:in|on|at|during|by|from|until|through)\s*\Z")
# Adverbs a second part may be alone: "and again in 2014".
_AGAIN = {"again", "once more", "once again"}
# A figure with its unit, which a second part's figure replaces: "5 percent", "2 million dollars".
_FIGURE = re.compile(
    r"[$€£]?\d[\d.,]*(?:\s*(?:%|(?:percent|per\s+cent|pct|points?|million|billion|thousand|mln|bln|dlrs|dollars"
    r"|euros|pounds|yen|tonnes|tons|barrels)\b))*"  # "%" has no word boundary after it: "5% in 2024"
)
# A prepositional phrase inside a second part: "(and) the second| in Malaysia".
_INNER_PHRASE = re.compile(r"\s(?P<prep>in|at|to|from|on)\s+(?=\S)")
_PREPOSITION = re.compile(r"(?:to|from|into|by|at|for|with|against|over)\s")
# An ordinal alone, which stands for the noun of the first part's subject: "(and) the second (summit)".
_ORDINAL = re.compile(r"(?i:the\s+)?(?:second|third|fourth|fifth|next|last|latest|other)")
_ORDINAL_NOUN = re.compile(
    r"(?i:the)\s+(?:first|second|third|fourth|previous)\s+(?P<noun>[\w'’-]+(?:\s+[\w'’-]+)?)\Z"
)
# A preposition that opens the complement of a verb with no object: "opened (to) traffic", "was held (in)".
_PHRASE_START = re.compile(r"(?:in|on|at|to|from|into|by|for|with|over|against|near|across|under)\s")
_DETERMINER = re.compile(r"(?:the|a|an|its|his|her|their|this|these|those)\s", re.I)
_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|de\s+|van\s+)?[A-Z][\w'’.-]*){0,3}")


def _part(text: str, start: int, end: int) -> str:
    """Return the words of `text[start:end]`, one space apart."""
    return " ".join(text[start:end].split())


def _ends(text: str, start: int, end: int) -> bool:
    """Tell whether the clause ends at `start`: nothing but a stop or an attribution ("..., officials said")
    lies before `end`."""
    if not text[start:end].strip(" .!?\"”"):
        return True
    tail = attribution.search_tail(text, start, end) if text.startswith(",", start) else None
    return tail is not None and tail.start() == start and not text[tail.end() : end].strip(" .!?\"”")


def first_part(text: str, span: Span, own: Span, others: list[Span]) -> Span | None:
    """Return the span of the first part when `own` dates it and a gapped second part follows with a date of
    its own ("The museum opened in 1998 | and the library in 2004"), or None."""
    for other in others:
        if other[0] <= own[1] or span[1] < other[1] or not _ends(text, other[1], span[1]):
            continue
        between = _BETWEEN.match(text, own[1], other[0])
        if between is None or between["rest"].lower() in _AGAIN:
            continue  # "won the cup twice, in 1994 and again in 2003": timeline.shapes.again's
        if not has_verb(between["rest"]) and has_verb(_part(text, span[0], own[0])):
            return (span[0], own[1])
    return None


# A second subject after "as did" that shares the first part's predicate: "(Comments ... helped fuel the
# rumors) as did an announcement (yesterday) of job cuts".
_AS_DID = re.compile(r"\s+as\s+(?:did|does|do|has|have|had)\s+(?=(?:the|a|an|its|their|his|her)\s)")
# A date phrase and the preposition before it, inside the second subject: "an announcement (on Monday) of".
_DATE_IN = re.compile(r"\s+(?:(?:on|in|at|during)\s+)?\Z")


def as_did(text: str, span: Span, own: Span) -> str | None:
    """Return the words of the event of a date inside a second subject after "as did", which shares the first
    part's predicate: "Comments at a meeting Tuesday helped fuel the rumors as did an announcement yesterday
    of job cuts" -> "An announcement of job cuts helped fuel the rumors"; or None."""
    found = _AS_DID.search(text, span[0], own[0]) if " as " in text[span[0] : own[0]] else None
    if found is None or not _ends(text, found.end(), span[1]) and not _short_end(text, own[1], span[1]):
        return None
    first = _part(text, span[0], found.start())
    verb = first_verb(first)
    before = text[found.end() : own[0]]
    if verb is None or verb.start() == 0 or has_verb(before) or len(before.split()) > 5:
        return None
    words = _DATE_IN.sub("", before) + text[own[1] : span[1]]
    words = " ".join(words.split()).rstrip(" .")
    return f"{words[:1].upper()}{words[1:]} {first[verb.start() :]}"


def _short_end(text: str, start: int, end: int) -> bool:
    """Tell whether a short phrase with no verb ends the clause after `start`: "(yesterday) of job cuts"."""
    rest = text[start:end]
    return len(rest.split()) <= 6 and not any(mark in rest for mark in ",;:") and not has_verb(rest)


def second_title(text: str, span: Span, own: Span, others: list[Span]) -> str | None:
    """Return the words of the event of the second date of a gapped clause ("The library opened" of "The
    museum opened in 1998 and the library in 2004"), unfinished, or None when the clause has no such shape
    or the second part may be the first's subject as well as its object."""
    if " and " not in text[span[0] : span[1]] or not _ends(text, own[1], span[1]):
        return None
    for other in others:
        if not span[0] < other[0] < other[1] <= own[0]:
            continue
        between = _BETWEEN.fullmatch(text, other[1], own[0])
        if between is None or has_verb(between["rest"]):
            continue
        first = _part(text, span[0], other[0])
        first = first[: preposition.start()] if (preposition := _DATE_PREPOSITION.search(first)) else first
        verb = first_verb(first)
        if verb is None or verb.start() == 0:
            return None
        return _replaced(first, verb, " ".join(between["rest"].split()))
    return None


def _replaced(first: str, verb: re.Match[str], rest: str) -> str | None:
    """Return the first part with the words the second part stands for replaced by it, or None."""
    subject, predicate = first[: verb.start()].rstrip(), first[verb.start() :]
    if rest.lower() in _AGAIN:
        return None  # "The firm cut jobs in 2019 and again in 2021": timeline.shapes.again's
    if _PREPOSITION.match(rest):  # "Profits fell to 2 million (Q1) and to 1 million (Q2)"
        word = rest.split(None, 1)[0]
        at = predicate.rfind(f" {word} ")
        return f"{subject} {predicate[:at]} {rest}" if at > 0 else None
    if rest[:1].isdigit() or rest[:1] in "$€£":  # "Sales rose 5 percent (2022) and 8 percent (2023)"
        figure = _FIGURE.search(predicate, verb.end() - verb.start())
        if figure is None:
            return None
        return f"{subject} {predicate[: figure.start()]}{rest}{predicate[figure.end() :]}"
    verb_words = predicate[: verb.end() - verb.start()]
    complement = predicate[len(verb_words) :].strip()
    while (more := first_verb(complement) if complement else None) is not None and more.start() == 0:
        verb_words, complement = f"{verb_words} {complement[: more.end()]}", complement[more.end() :].strip()
    inner = _INNER_PHRASE.search(rest)  # "(and) the second | in Malaysia"
    np = rest[: inner.start()] if inner else rest
    if _ORDINAL.fullmatch(np) and (noun := _ORDINAL_NOUN.match(subject)) is not None:
        np = f"{np} {noun['noun']}"  # "The first summit ... and the second": the second summit
    if not complement or _PHRASE_START.match(complement):
        # "The museum opened (1998) and the library (2004)": the second part is the subject; "The summit was
        # held in Chile (2009) and the second in Peru (2011)": its phrase replaces the first's
        if inner is not None and not complement.startswith(inner["prep"] + " "):
            return None
        end = rest[inner.start() :].strip() if inner else complement
        return f"{np[:1].upper()}{np[1:]} {_agreeing(verb_words, np)} {end}".rstrip()
    direct = _DETERMINER.match(complement) is not None or _NAME.match(complement) is not None
    named_subject = _NAME.fullmatch(subject) is not None and not _DETERMINER.match(subject)
    named_rest = _NAME.fullmatch(rest) is not None
    if named_subject and named_rest and _NAME.fullmatch(complement) is None:
        return f"{rest} {predicate}"  # "Smith won the title (2001) and Jones (2003)": Jones won it
    if direct and (not named_subject and named_rest or _DETERMINER.match(rest)):
        return f"{subject} {verb_words} {rest}"  # "The band toured Japan (1985) and Australia (1987)"
    return None


def _agreeing(verb_words: str, subject: str) -> str:
    """Return the verb words with "was" or "were" agreeing with the new subject: "The roads (were) closed"."""
    be = re.match(r"(?:was|were)\b", verb_words)
    return f"{be_for(subject)}{verb_words[be.end() :]}" if be else verb_words


# A gapped part cut from its sentence at a comma or a semicolon: "(Smith won the title in 2001,) and Jones
# in 2003", "(...; ) Jones in 2003": what lies between the first part's date and the part, and the part's
# words up to its own date (a short noun phrase, no verb; "and then", "and again", "and that (hurt sales)" are
# no such part).
_CUT_BETWEEN = re.compile(r"\s*[,;]\s*\Z")
_CUT_PART = re.compile(
    r"(?:and\s+)?(?P<rest>(?!(?i:and|then|later|since|so|yet|also|again|once|that|this|these|those|it|he|she|they|we|i"
    r"|you|there)\b)[^,;:.!?\"“”()]{1,40}?)"
    r"(?:\s+(?:in|on|at|during|by|from|until|through))?\s*\Z"
)
# How a gapped part starts: a name, a determiner, a figure, a preposition: "(and) Jones", "(and) the library",
# "(and) 8 percent", "(and) the second", "(and) to 1 million"; not a bare word ("(and) climb").
_PART_START = re.compile(rf"[A-Z$€£\d]|{_DETERMINER.pattern}|{_PREPOSITION.pattern}")
# Where a sentence starts before the first part: after a stop, a line's end or a semicolon.
_SENTENCE_BREAK = re.compile(r"[.!?;][\"”’)]*\s+|\n")


def cut_part(text: str, span: Span, own: Span, others: list[Span]) -> tuple[Span, str] | None:
    """Return the first part's span and the gapped part's words when `span` is the second part of a gapped
    clause cut from its sentence at a comma or a semicolon ("Smith won the title in 2001, | and Jones in
    2003"), or None. The caller titles the first part as its own event and replaces in it the words the
    gapped part stands for (`cut_second`)."""
    if not _ends(text, own[1], span[1]) or has_verb(text[span[0] : own[0]]):
        return None
    part = _CUT_PART.fullmatch(text, span[0], own[0])
    if part is None or part["rest"].lower() in _AGAIN or not _PART_START.match(part["rest"]):
        return None  # "(, and) climb to 6 million (by 2028)": a bare verb, not a gapped part
    for other in others:
        if other[1] > span[0] or _CUT_BETWEEN.match(text, other[1], span[0]) is None:
            continue
        if text.startswith(";", other[1]) == text.startswith("and", span[0]):
            return None  # "; and Jones in 2003" or ", Jones in 2003": no such shape
        reach = max(0, other[0] - 400)
        start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, reach, other[0])), default=reach)
        if start == reach > 0:
            return None  # no sentence start within reach
        return (start, other[1]), " ".join(part["rest"].split())
    return None


def cut_second(first: str, rest: str) -> str | None:
    """Return the first part's title with the words the gapped part `rest` stands for replaced by it: "Smith
    won the title" and "Jones" -> "Jones won the title"; or None."""
    verb = first_verb(first)
    if verb is None or verb.start() == 0:
        return None
    return _replaced(first, verb, rest)
