"""Tell a date inside what another predicate is about, which dates that thing and not the predicate.

"The mayor declined to comment on (weekend) reports that the plant would close": the weekend is when the
reports ran, not when the mayor declined. "The talks follow (last week)'s vote": the vote's week, the talks
are now. "The aid comes as elections are due at (year-end)": the elections' time, not the aid's. The main
clause gets no date from such a date: `object_title` titles the thing the date is of ("The vote", "Reports
that the plant would close", "Elections are due"), or gives None and events.py makes no event of it. A
date with "the" before it ("came after the March 4 raids") is left to occurrences.py, which titles the
raids. No parser: patterns, each with an example.
"""

from __future__ import annotations

import re

from timeline.dateless import without_dates
from timeline.finishing import finish
from timeline.models import TimeExpression
from timeline.verbs import first_verb, has_verb, is_verb_word

# Verbs that answer what others said, each with an example: "declined to (comment on) weekend reports",
# "(denied) Monday's reports", "(responded to) last week's claims", "(dismissed) Friday's rumours".
_ANSWERING = (
    r"comment(?:s|ed|ing)?\s+on|respond(?:s|ed|ing)?\s+to|react(?:s|ed|ing)?\s+to|repl(?:y|ies|ied|ying)\s+to"
    r"|den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)"
    r"|play(?:s|ed|ing)?\s+down|brush(?:es|ed|ing)?\s+(?:aside|off)|shrug(?:s|ged|ging)?\s+off"
)
# Nouns of what was said or printed, whose date is their own: "reports", "claims", "rumours".
_SAID_NOUNS = (
    r"(?:[a-z]+\s+)?(?:reports?|claims?|rumou?rs?|allegations?|accusations?|speculation|accounts?|remarks"
    r"|comments|statements?|suggestions?|charges)"
)
_ANSWERED = re.compile(rf"\b(?:{_ANSWERING})\s+(?:the\s+)?\Z", re.I)
_SAID_AFTER = re.compile(rf"(?:['’]s)?\s+{_SAID_NOUNS}\b")
# What was said and a preposition before the date, after the answering verb: "declined on Tuesday to
# (comment on reports at) the weekend that ...": the reports' weekend when the verb has a date of its own.
_ANSWERED_NOUN = re.compile(
    rf"\b(?:{_ANSWERING})\s+(?P<noun>(?:the\s+)?{_SAID_NOUNS})\s+(?:at|on|in|over|during|from)\s+\Z", re.I
)

# A predicate that only places its subject after or beside another happening, with the words up to the
# date (no verb among them, no "the" right before the date), each with an example: "The talks (follow)
# last week's vote", "Investors (awaited) Monday's jobs report", "The visit (comes after) Friday's vote",
# "The aid (comes as) elections are due at year-end", "It (came amid) last month's protests". Not
# "come before" (as often a body: "come before the Senate next week"), "followed up", "followed suit" (no
# happening after them), nor "followed in 1979", "followed by her brother in 1984" (the following's own
# date, no object before it).
_PLACED_AFTER = re.compile(
    r"(?<![\w-])(?:(?P<follow>follow(?:s|ed)?(?!\s+(?:suit|up|through|closely|by|in|on|at|during|from|for|with|within"
    r"|soon|later|shortly|quickly)\b)|await(?:s|ed|ing)?"
    r"|wait(?:s|ed|ing)?\s+for|brac(?:e|es|ed|ing)\s+for|look(?:s|ed|ing)?\s+ahead\s+to)"
    r"|(?:comes?|came)\s+(?:(?:just|only|shortly|soon|barely)\s+)?(?:(?:a|an|one|two|three|four|five|six"
    r"|several|some|\d+)\s+(?:days?|weeks?|months?|years?)\s+)?(?P<as>as|amid|after|ahead\s+of"
    r"|on\s+the\s+heels\s+of))"
    r"\s+(?P<rest>[^,;:.()\"“”]{0,80}?)\s*\Z",
    re.I,
)
# Pieces of the words _PLACED_AFTER opens on, looked for before it runs.
_OPENER_PARTS = ("follow", "wait", "brac", "ahead", "com", "came")
_THE_END = re.compile(r"\b(?:the|a|an)\s*\Z", re.I)
# An object that is a pronoun, after which a date is the predicate's: "Iraq await (them) in Friday's final"
# ("her" is as often a possessive: "follows her visit last week").
_PRONOUN = re.compile(r"(?:them|him|it|us|me|you)\b", re.I)
# What the words after "as" are when they hold a clause of their own: "as elections (are due) at".
_AS_CLAUSE = re.compile(r"(?i:as)\Z")


def dates_object(text: str, timex: TimeExpression, others: list[tuple[int, int]] | None = None) -> bool:
    """Tell whether a date sits in what another predicate answers or follows, and so dates that thing, not
    the predicate: "declined to comment on weekend reports", "The talks follow last week's vote", "The aid
    comes as elections are due at year-end"; not "Lee denied the reports on Monday" (the denial's day),
    unless another date of the sentence just before (`others`) dates the denial: "Lee on Tuesday denied the
    reports at the weekend"."""
    before = text[max(0, timex.start - 120) : timex.start]
    lowered = before.lower()
    # a match is the answering verb, its particle and "the": it starts within the last three words
    words = before.rsplit(None, 3)
    answered = _ANSWERED.search(before, len(words[0]) if len(words) > 3 else 0)
    if answered:
        return _SAID_AFTER.match(text, timex.end) is not None  # "denied (Monday)'s reports"
    if others and (noun := _ANSWERED_NOUN.search(before)) is not None:
        start = timex.start - len(before) + noun.start()
        return any(start - 60 <= other[0] < start for other in others)
    if not any(map(lowered.__contains__, _OPENER_PARTS)):
        return False  # most dates: none of the openers
    found = _PLACED_AFTER.search(before)
    if found is None or _THE_END.search(found["rest"]) or _PRONOUN.match(found["rest"]):
        return False  # "came after the (March 4) raids": a title names the raids, whose date it is
    if found["follow"]:  # "follow last week's vote", "awaited (Monday)'s report": no verb in between
        return not has_verb(found["rest"])
    # "comes as elections are due at (year-end)": the clause after "as" holds the date; "comes after
    # (Friday)'s vote": the vote's
    return has_verb(found["rest"]) if _AS_CLAUSE.fullmatch(found["as"]) else (
        text.startswith(("'s", "’s"), timex.end) or not has_verb(found["rest"])
    )


# Where the thing a date is of ends: a comma or a stop, a bracket, a quote, a relative or a conjunction:
# "(Tuesday)'s declaration by Ford(, which ...)", "a sit-in on Saturday by 400 nurses( at the hospital)", an
# infinitive of purpose: "the result of the vote later on Thursday( to decide if ...)".
_THING_END = re.compile(
    r"[;:()\"“”—]|[,.](?!\d)|\s(?:which|who|whom|whose|where|while|when|as|but|and|during|amid)\b"
    r"|\sto\s+(?!the\b)[a-z]+\b"
)


def object_title(text: str, span: tuple[int, int], timex: TimeExpression, title: str) -> str | None:
    """Return the title of what a date dates when `dates_object` says it is another predicate's object: the
    noun phrase around it ("follow (last week)'s Senate vote" -> "The Senate vote", "followed a rally on
    (Saturday) by 3,000 people" -> "A rally by 3,000 people"), the clause after "as" ("comes as elections
    are due at (year-end)" -> "Elections are due"); None when that says too little ("Polls", "Its fate").
    `title`, the clause's title, stays when it no longer tells the predicate and tells the thing: "It follows
    the death in Gaza City last night of a fan" was already titled "A fan died in Gaza City"."""
    window = max(span[0], timex.start - 120)
    answered = _ANSWERED.search(text, window, timex.start) or _ANSWERED_NOUN.search(text, window, timex.start)
    found = None if answered else _PLACED_AFTER.search(text, window, timex.start)
    clause = found is not None and found["as"] is not None and _AS_CLAUSE.fullmatch(found["as"]) is not None
    # a date before its noun starts the thing ("amid campaigning for (January 21) polls": the polls'); one
    # after it, the object does ("followed a rally on (Saturday) by 3,000 people"), or the said noun
    # ("comment on (reports) at the weekend")
    start = timex.start
    if found is not None and (clause or not _before_noun(text, timex.end)):
        start = found.start("rest")
    elif answered is not None and answered.re is _ANSWERED_NOUN:
        start = answered.start("noun")
    found_end = _THING_END.search(text, timex.end, span[1]) if not clause else None
    end = found_end.start() if found_end else span[1]
    verb = None if clause else first_verb(text, timex.end, end)
    if verb is not None and not _THAT.search(text, timex.end, verb.start()):
        end = verb.start()  # "the flood that followed heavy rain on Saturday (swept) away": the main verb
    lead = _LEAD.search(text, max(start, timex.start - 12), timex.start)  # "later (on Wednesday)"
    phrase = (lead.start() if lead else timex.start, timex.end)
    thing = without_dates(text, (start, end), [phrase])
    thing = finish(thing, text, (start, span[1])).strip()
    frame = (answered or found).group().split()[:1]
    if frame and frame[0].lower() not in title.lower() and _told(title) & _told(thing):
        return title  # "It follows the death in Gaza City last night of a fan": "A fan died in Gaza City"
    words = thing.split()
    if clause and not has_verb(thing) or len(words) < 2 or len(words) == 2 and words[0].lower() in _OWNERS:
        return None  # "Elections", "The polls", "Its fate": too little to tell
    return thing[:1].upper() + thing[1:]


# A word right after a date that is no noun it modifies: a preposition, a conjunction: "(Saturday) by 3,000
# people", "(this week) and".
_NOT_NOUN = re.compile(
    r"\s+(?:by|of|in|on|at|to|for|from|with|and|or|but|that|which|who|as|after|before|into)\b"
)
_NEXT_WORD = re.compile(r"\s+(?P<word>[a-z]+)\b")


def _before_noun(text: str, end: int) -> bool:
    """Tell whether a date stands before a noun it modifies: "(Tuesday)'s declaration", "(weekend) reports",
    "(January 21) polls"; not before a preposition, a participle or a verb: "(Saturday) by 3,000 people",
    "(early this week) approving the status", "(on Saturday) swept away"."""
    if text.startswith(("'s", "’s"), end):
        return True
    word = _NEXT_WORD.match(text, end)
    return word is not None and _NOT_NOUN.match(text, end) is None and not is_verb_word(word["word"]) \
        and not word["word"].endswith(("ing", "ed"))


_THAT = re.compile(r"\bthat\b")
# An adverb that goes with the date it stands before: "later (on Wednesday)", "earlier (this week)".
_LEAD = re.compile(r"\b(?:later|earlier)\s+(?:on\s+|in\s+)?\Z", re.I)
# Words that open a two-word thing too thin to title: "The polls", "Its fate", "Her visit".
_OWNERS = {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that"}


_CONTENT = re.compile(r"[a-z]{4,}")


def _told(words: str) -> set[str]:
    """Return the words of four letters or more of a title, lower-cased: "A fan died in Gaza": died, gaza."""
    return set(_CONTENT.findall(words.lower()))
