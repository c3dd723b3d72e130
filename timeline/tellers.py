"""Find where the statement starts in a clause that opens on its teller, when the statement is the news and
the saying is not: "Police said on Friday (a bomb exploded)", "It was reported that (the talks had failed)".

teller_pronouns.py titles such a clause on its statement, and subjects.py reads a pronoun past its teller.
An "announced" or an opinion ("said the plan was unfair") keeps the saying as the news. No parser: patterns
with examples.
"""

from __future__ import annotations

import re

from timeline.attribution import TOLD_WHOM
from timeline.speech import alternation, words
from timeline.verbs import first_verb, has_verb

# A teller that opens a sentence before a statement that is the news, each with an example: "Police said
# a bomb exploded", "A spokesman for the firm, Jan Berg, told reporters the plant would close", "It was
# reported that the talks had failed". An "announced" or a "warned" is news itself: not listed (speech).
# "reported" only before "that": "Acme reported results" reports no statement.
_PASSES_ON_DATED = alternation("passes_on_dated")
# A statement of the teller's own plan without "that": "announced on Friday (it will) start loading fuel".
_OWN_PLAN = r"(?:it|they)\s+(?:will|would|is\s+to|was\s+to|plans\s+to|planned\s+to)\b"
# "announced" passes on a "that" clause only, not its object: "announced the new policies after a meeting"
_PASSES_ON = alternation("passes_on", told=TOLD_WHOM) + (
    rf"|reported(?=\s+that\b)|(?:{_PASSES_ON_DATED})(?=(?:\s+[\w'’.-]+){{0,4}}?\s+(?:that\b|{_OWN_PLAN}))")
# The first word of each telling _TELLER_FIRST ends on ("said", "told", "It was reported"), looked for first.
_TELLING_WORDS = tuple(dict.fromkeys([*(verb.split()[0] for role in ("passes_on", "passes_on_dated")
                                         for verb in words(role)), "reported", "said"]))
# A telling that is news itself unless the event's date lies in its statement: "announced".
_NEWS_TELLING = re.compile(rf"(?:{_PASSES_ON_DATED})\Z")
_TELLER_FIRST = re.compile(
    r"(?:(?:In|At|From)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,\s+)?"  # "In Paris, a spokesman said"
    r"(?:(?:Meanwhile|However|Separately|Elsewhere),\s+)?"  # "Meanwhile, the council says"
    r"(?:(?:But|And|Yet)\s+(?=[A-Za-z]))?"  # "But Moscow announced Friday it will"
    r"(?:It\s+(?:was|has\s+been|is)\s+(?:reported|said)"
    rf"|(?P<teller>[A-Za-z\d][^,;:\"“”()\d]{{1,70}}?(?:,\s+[^,;:\"“”()]{{2,60}},)?)\s+(?:{_PASSES_ON}))\b"
)
# A relative aside that ends a teller: "Dana Holt(, who took over in 2023,)".
_TELLER_ASIDE = re.compile(r",\s+(?:who|which)\s[^,]*,\Z")
# Words between the speech verb and the statement: "said here that", "told AFP that".
_AFTER_TELLING = re.compile(r"(?:\s+(?:here|there|that)\b)*\s*,?\s*")
# The words before a date after the speech verb: "said (late) Friday", "said (on) Monday that".
_BEFORE_DATE_WORDS = re.compile(r"(?:(?:on|in|at|late|early|earlier|later)\s+)?")
# The words that lead into a date inside a teller: "The agency (on) Thursday said", "The firm (late) Friday".
_DATE_LEAD = re.compile(r"(?:\s+(?:on|in|at|late|early|earlier|later|last|this))*\s*\Z", re.I)
# A statement whose subject needs the teller to be read, or no statement yet: "said he would", "said usually
# it imports", "said the fact that", "said if", "said at a forum that". "it", "its", "they" and "their" are
# the caller's to read (teller_pronouns.passed_on).
_NEEDS_TELLER = re.compile(
    r"(?:he|she|i|we|you|his|her|our|my|this|these|those|there|that|[a-z]+ly|the\s+fact"
    r"|if|when|while|because|although|after|before|as|since|what|how|whether|why|once|unless"
    r"|at|in|on|during|by|with|for|from|to|of|over|under|about|amid|despite|following|upon)\b", re.I
)
# A subject that runs on past its noun: "Savimbi -- who has", "newspapers that he", "a statement, which".
_RUNS_ON = re.compile(r"\b(?:that|who|which|whom|whose)\b|--|[,;:(]")
# A statement that is an opinion or a demand, whose saying is the news: "the plan was unfair", "Syria
# should act", "the door remains open", "the deal would be absurd". A passive or a progressive is an event:
# "two soldiers were killed", "recovery was gathering pace".
_OPINION_VERB = re.compile(
    r"(?:must|should|ought|might|may|can|could|remains?|seems?|appears?)\b"
    r"|(?:(?:will|would)\s+(?:not\s+)?be|(?:has|have|had)\s+(?:not\s+)?been|is|was|are|were|am|be)\s+"
    r"(?:not\s+)?(?![a-z]+(?:ed|en|ing)\b)"
    r"(?!(?:been|being|born|made|held|set|hit|cut|put|shut|built|sent|kept|lost|paid|sold|told|found|won|shot|"
    r"struck|hurt|caught|brought|left|taken|seen|given|done|run)\b)",
    re.I,
)


def statement_start(
    text: str, span: tuple[int, int], phrases: list[tuple[int, int]]
) -> tuple[int, str] | None:
    """Return where the statement starts in a clause that opens on a teller whose saying is not the news
    ("Police said on Friday a bomb exploded": at "a bomb"), and the teller ("" for "It was reported"), or
    None.

    The statement must have a subject before its verb: "said he would" needs the teller; "said it would"
    is left to the caller, who knows whether "it" is the teller (subjects).
    """
    clause = text[span[0] : span[1]]  # `word in clause` is text.find(word, *span) >= 0, without a generator
    if not any(map(clause.__contains__, _TELLING_WORDS)):
        return None  # most clauses: no telling for the pattern to end on
    told = _TELLER_FIRST.match(text, span[0], span[1])
    # a relative aside on the teller is no verb of it: "Dana Holt, who took over in 2023, said"
    aside = _TELLER_ASIDE.search(told["teller"]) if told is not None and told["teller"] else None
    bare = told["teller"][: aside.start()] if aside else (told["teller"] if told is not None else None)
    if told is None or (bare and has_verb(bare)):
        return None
    teller = told["teller"] or ""
    ends = told.start("teller") + len(bare) if bare else told.end("teller")
    inside = [p for p in phrases if told["teller"] and told.start("teller") <= p[0] < ends]
    if inside:  # "The agency on Thursday said it would": the date dates the saying, not the teller
        teller = _DATE_LEAD.sub("", text[told.start("teller") : inside[0][0]]).strip()
    if re.search(r"[a-z]ly\Z", teller):
        return None  # "The newly reported city": no teller
    at = told.end()
    while True:  # the words and the dates between the verb and the statement
        at = _AFTER_TELLING.match(text, at, span[1]).end()
        lead = _BEFORE_DATE_WORDS.match(text, at, span[1]).end()
        date = next((p for p in phrases if p[0] <= lead < p[1] or p[0] == lead), None)
        if date is None:
            break
        at = date[1]
    if _NEEDS_TELLER.match(text, at, span[1]) or not re.match(r"[\w\"“]", text[at : at + 1]):
        return None
    if at > told.end() and re.match(r"(?:and|or|combined)\b", text[at : at + 9]):
        return None  # "says 2001 and 2002 combined will produce": the dates are what was said's subject
    verb = first_verb(text, at, span[1])
    if verb is None or verb.start() <= at or _RUNS_ON.search(text, at, verb.start()):
        return None  # "said Savimbi -- who has", "told British newspapers that he"
    # a participle after a noun is no predicate: "said a coalition (formed) now would be absurd"
    second = first_verb(text, verb.end(), span[1]) if re.fullmatch(r"[a-z]+ed", verb.group()) else None
    if any(_OPINION_VERB.match(text, v.start(), span[1]) for v in (verb, second) if v is not None):
        return None  # "said the plan was unfair": the saying is the news
    if phrases and phrases[0][0] < at and any(p[0] >= at for p in phrases[1:]):
        return None  # "said on Monday the plant closed in 2019": on Monday, the saying is the news
    if _NEWS_TELLING.search(told.group()) and not (phrases and phrases[0][0] >= at):
        return None  # "Acme announced in May that it would close the plant": the announcement is news
    return at, teller
