"""Title the embedded clause an event's own date belongs to, when the title told another clause.

"Ito's bloc could lose 40 seats after a verdict on the seats of councillors who quit it last year"
gives "Councillors quit it": attachment.anchor finds the clause the date belongs to (a relative clause, a
participle on a noun phrase, a subordinate clause), and `retitle` makes its title unless the title tells that
clause already, the date names a noun's time ("March talks", "the 2002 World Cup") or the clause is a
telling's ("in a statement issued on Sunday"). No parser: patterns with examples.
"""

from __future__ import annotations

import re

from timeline import attribution
from timeline.attachment import DESCRIBING, WINDOW, Anchor, Span, anchor
from timeline.dateless import without_dates
from timeline.finishing import finish
from timeline.references import is_event_noun
from timeline.verbs import is_verb_word
from timeline.word_walk import NO_NOUN, PRONOUNS

# Nouns of a telling: a date on one ("in a statement issued on Sunday", "according to a poll released on
# Thursday") is the telling's, whose news is the main clause, told then.
_TELLINGS = {
    "statement", "statements", "report", "reports", "communique", "communiqué", "study", "studies",
    "survey", "poll", "interview", "speech", "briefing", "audiotape", "videotape", "tape", "video",
    "letter", "release", "bulletin", "broadcast", "article", "editorial", "memo", "message", "notice",
    "announcement", "address", "transcript", "figures", "data", "remarks", "comments", "testimony",
    "declaration", "document", "documents", "paper", "website", "posting", "ruling", "verdict", "decree",
    "order", "review", "assessment", "estimate", "estimates", "forecast", "results", "opinion", "appeal",
    "evidence", "records",
}
# The word right after a date, which it may modify: "March (talks)", "the 2002 (World) Cup".
_AFTER = re.compile(r"(?:-|\s+)(?P<word>[A-Za-z][a-z-]*)\b")
# A possessive date and the noun it owns: "(Tuesday)'s 100m final", "(next February)'s New Year holiday".
_OWNED = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)(?=[\s,.;]|\Z)")
# The word before the date's preposition: "the invasion (in) March 2003", "Conference (2005)".
_WORD_BEFORE = re.compile(r"(?P<word>[\w'’-]+)\s+(?P<prep>(?:in|on|of|at|during|from)\s+)?\Z")
# The pronoun of a relative clause on a person or a thing: "who", "which" (not "that", often a complement's).
_WHO = re.compile(r"\b(?:who|which)\b")


def _owned_by_noun(text: str, span: Span, own: Span, *, relative: bool = False) -> bool:
    """Tell whether a date names a noun's time or sits in a name: "March talks", "the 2002 World Cup",
    "next February's New Year holiday" (not "in Tuesday's final": a final happens), "the invasion in March
    2003", "Energy Conference 2005"."""
    after = _AFTER.match(text, own[1], span[1])
    word = after["word"] if after is not None else ""
    if word and (word[:1].isupper() or word not in NO_NOUN and not is_verb_word(word)):
        return True
    owned = _OWNED.match(text, own[1], span[1])
    if owned is not None and not _occurrence(owned["noun"]):
        return True
    before = _WORD_BEFORE.search(text, max(span[0], own[0] - 40), own[0])
    if before is None:
        return False
    word = before["word"]
    if before["prep"] is None:  # "Conference 2005": a name's last word right before the date; in a relative
        # clause, only before a year ("who left Kandahar early Monday": a place, then the time)
        year = text[own[0] : own[1]].isdigit() or not relative
        year = year and not text[own[0]].islower()  # "taken by Matthew Hayden yesterday": no name's date
        return word[:1].isupper() and own[0] - len(before.group()) > span[0] and year
    if _INFINITIVE.search(text, max(span[0], before.start() - 4), before.start()):
        return False  # "set them a target to (win) on Friday": a verb after "to", no noun
    return word.islower() and word not in DESCRIBING and _occurrence(word) and not is_verb_word(word)


# "to" right before the word before a date's preposition, which makes that word a verb: "to (win) on".
_INFINITIVE = re.compile(r"\bto\s+\Z")


def _occurrence(noun: str) -> bool:
    """Tell whether a noun names something that happens, as references.names_occurrence does, without
    filling has_verb's cache with single words: "final", "election", "killing"."""
    return is_event_noun(noun) or noun.lower().endswith(("ing", "tion", "sion", "ment")) or is_verb_word(noun)


def _words(title: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[\w'’-]+", title)}


# An auxiliary and a negation before the verb it helps: "(who) is not working", "was never seeking".
_HELPED = re.compile(
    r"(?i:is|are|was|were|be|been|am)\s+(?:(?:not|never|no\s+longer)\s+)?(?P<verb>[a-z]+ing)\b"
)


def _head_verb(text: str, found: Anchor) -> str:
    """Return the verb a title must hold to tell an embedded clause, lowercased: the -ing form an auxiliary
    helps ("who is not working" -> "working": a title's own "is" tells nothing of it), else the anchor's."""
    helped = _HELPED.match(text, found.body[0], found.body[1]) if found.verb.lower() in _BE else None
    return helped["verb"] if helped is not None else found.verb.lower()


_BE = {"is", "are", "was", "were", "be", "been", "am"}


def retitle(title: str, text: str, span: Span, phrases: list[Span]) -> str | None:
    """Return the title of the embedded clause the event's own date belongs to, when `title` left its verb
    out, or None: "Wa's party might stand to lose 70 seats after a ruling on seats held by lawmakers who
    defected last year" gives "Lawmakers defected"; "after a strike that began on 4 March" stays the
    strike's when the title tells the strike already.
    """
    if not phrases:
        return None
    own = phrases[0]
    found = anchor(text, span, own, phrases[1:])
    if found is None or found.kind in ("main", "reported"):
        return None
    who = found.kind == "relative" and _WHO.search(text, max(span[0], own[0] - WINDOW), own[0]) is not None
    if _owned_by_noun(text, span, own, relative=who):
        return None
    told = _words(title)
    # a title cut on the participle is no title of its clause: "McGrath says the catch taken (by Hayden
    # yesterday)" gives "The catch was taken by Hayden"
    hanging = found.kind == "reduced" and title.rsplit(None, 1)[-1].lower() == found.verb.lower()
    if _head_verb(text, found) in told and found.main_verb.lower() not in told and not hanging:
        return None  # the title is the embedded clause's already
    if found.subject and found.subject.split()[-1].lower() in _TELLINGS:
        return None  # "they said in a communique issued on Sunday": the news is told then
    if found.kind == "relative" and attribution.told_whom_that(text[span[0] : own[0]], found.subject):
        return None  # "told reporters that (the victory) last week would": "that" opens what was told
    body = without_dates(text, found.body, phrases)
    if not body or len(body.split()) < 2 and found.kind == "subordinate":
        return None
    if found.kind == "subordinate":
        if body.split(None, 1)[0].lower() in PRONOUNS:
            return None  # "after he arrived": who only the sentence tells
        sentence = body
    else:
        ends = found.subject.split()
        if ends[0].lower() in PRONOUNS or ends[-1].lower() in PRONOUNS:
            return None  # "the one that has come back": what the sentence names elsewhere
        sentence = " ".join(w for w in (found.subject, found.auxiliary, body) if w)
    new = finish(sentence, text, found.body)
    if len(new.split()) < 3 or found.verb.lower() not in _words(new):
        return None
    return new[:1].upper() + new[1:]
