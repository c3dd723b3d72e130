"""Tell the cuts a title's shape shows, which the last-word tables of timeline.complete miss.

Each rule reads a phrase, not a word: a subject with no verb of its own before a subordinate clause ("A
sharp rise in prices as demand grew"), an impersonal "it is expected" whose clause has no verb yet, a verb
that wants a second complement after its object ("attributed the win (to ...)"), a contracted auxiliary
left without its verb ("we're really"), a span of time that waited for "before" or "ago" ("voted just two
days"). `cut_shape(title)` names the reason, or None.
"""

from __future__ import annotations

import re

from timeline.chunks import predicate

# Words that give "put" its place: "put the plan (on hold)", "put the talks (off)".
_PLACE_WORD = (
    r"(?:on|in|into|at|to|under|before|behind|aside|off|up|down|out|back|forward|together|through)\b"
)

_AUXILIARY_ADVERBS = {"not", "also", "still", "now", "just", "always", "never", "already"}


def _contraction_end(title: str) -> bool:
    """Tell whether a title may end on a contraction and its adverbs ("we're really"), as the "auxiliary"
    pattern needs: an apostrophe in its end, and a last word that is the contraction or an adverb."""
    last = title.rsplit(None, 1)[-1:]
    if not last or ("'" not in title[-100:] and "’" not in title[-100:]):
        return False
    word = last[0].casefold()  # as the pattern's case-insensitive letters ("ſ" is an "s")
    return "'" in word or "’" in word or word in _AUXILIARY_ADVERBS or word.endswith("ly")


# (reason, pattern on the title, example of a title it says is cut, words or pieces one of which the
# title must hold for the pattern to be tried; a frozenset is of last words, a function a
# test of the title)
_SHAPES = [
    # a verb whose second complement a cut took: "to", "before", "on", "under" ...
    ("complement", re.compile(
        r"\battribut(?:e|es|ed|ing)\s+(?!(?:[\w'’.-]+\s+){0,6}?to\b)(?:[\w'’.-]+\s+){0,6}[\w'’.-]+\Z"),
     "The coach attributed the victory", ("attribut",)),
    ("complement", re.compile(
        r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?(?:put|placed|attributed|forced|urged"
        r"|persuaded|compelled)\Z"),
     "The results will be put", frozenset({"put", "placed", "attributed", "forced", "urged", "persuaded",
                                           "compelled"})),
    ("complement", re.compile(
        rf"\bput(?:s|ting)?\s+(?:the|a|an|its|their|his|her)\s+(?:(?!{_PLACE_WORD})[\w'’-]+\s+){{0,3}}"
        rf"(?!{_PLACE_WORD})[\w'’-]+\Z"),
     "The board put the plan", ("put",)),
    # a contracted auxiliary, and the adverbs after it, with no verb: "and we're really (looking at ...)"
    ("auxiliary", re.compile(
        r"\b(?:[a-z]+['’](?:re|ve|ll|m|d)|(?:it|he|she|that|there|what)['’]s)"
        r"(?:\s+(?:not|also|still|now|just|always|never|already|[a-z]+ly))*\Z", re.I),
     "We have sold half the stock and we're really", _contraction_end),
    # an impersonal opener whose clause has no verb yet: "it is expected emissions of benzene (will fall)"
    ("clause", re.compile(
        r"\bit\s+(?:is|was)\s+(?:(?:now|also|widely|generally)\s+)?(?:expected|feared|hoped|believed|thought"
        r"|understood|likely|possible|clear|certain|estimated)\s+(?!that\b|to\b)(?P<clause>[^,;:]+)\Z"),
     "The minister says it is expected emissions of major pollutants", ("it is ", "it was ")),
    # a span of time after an adverb, no preposition before: "voted just two days (before ...)"
    ("count", re.compile(
        r"\b(?P<before>[\w'’-]+)\s+(?:just|only|barely|nearly|almost)\s+(?:[\w-]+\s+)?"
        r"(?:hours?|days?|weeks?|months?|years?|minutes?)\Z"),
     "The council voted unanimously just two days",
     frozenset({"hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "minute",
                "minutes"})),
    # words that open a phrase and want their preposition: "cars built prior (to 1986)"; not "regardless",
    # which ends a title well ("The match went ahead regardless")
    ("preposition", re.compile(r"\b(?:irrespective|prior|according|owing)\Z"),
     "Cars built prior", frozenset({"irrespective", "prior", "according", "owing"})),
    # "up" opening a count after a preposition: "detain suspects for up (to 48 hours)"
    ("count", re.compile(r"\b(?:for|by|of|from|at|with|in|to)\s+up\Z"),
     "The police may detain suspects for up", frozenset({"up"})),
    # "will be one (of five ...)": a count standing for a noun cut away
    ("count", re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:just\s+|only\s+)?one\Z"),
     "The proposal will be one", frozenset({"one"})),
    # a quantifier after a verb of a modal, its noun cut: "the ruling could end all (further doubt)"
    ("determiner", re.compile(
        r"\b(?:could|would|will|can|may|might|must|should|to)\s+[a-z]+\s+(?:all|both|most)\Z"),
     "Traders said the drop could end all", frozenset({"all", "both", "most"})),
    # "both" opening a pair whose "and" was cut: "attributed the win to both the presence (of ... and ...)"
    ("coordination", re.compile(
        r"\bboth\s+(?:the|a|an|his|her|its|their)\s+(?:(?!and\b)[\w'’-]+\s+){0,3}(?!and\b)[\w'’-]*[^\W\ds]\Z"),
     "The coach attributed the win to both the presence", ("both ",)),
    # an adverb after a noun phrase, which opened what followed: "including the stimulus still (in ...)"
    ("adverb", re.compile(
        r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}[a-z]+\s+(?:still|also)\Z"),
     "Exports should help, including the stimulus still", frozenset({"still", "also"})),
]
# Words before "just two days" that make the span whole: a preposition, or a verb of how long.
_SPAN_BEFORE = {
    "for", "in", "within", "over", "after", "before", "of", "by", "to", "from", "during", "since", "until",
    "last", "lasts", "lasted", "took", "takes", "take", "spent", "spend", "spends", "waited", "wait",
    "stayed", "stay", "remained", "served", "ran", "run", "runs", "lived", "is", "was", "are", "were", "be",
    "been",
}
_GATED = [(reason, pattern, gate) for reason, pattern, _example, gate in _SHAPES]

# A subject and a subordinate clause, no comma, no verb in the subject: "A sharp rise in prices as demand
# grew (forced the bank to act)"; the main clause's predicate is cut.
_SUBJECT_THEN_CLAUSE = re.compile(
    r"\A(?P<subject>(?:[\w'’.-]+\s+){1,10}?)(?:as|when|after|before|because|while|although|though|since"
    r"|once|until|whereas)\s+(?:[\w'’.-]+\s+){1,}[\w'’.-]+\Z"
)
# Particles that end a verb phrase the chunker may miss: "The record dates back (when ...)".
_PARTICLES = {"back", "up", "out", "down", "off", "away", "over", "on", "in", "together", "apart"}

# A subject and a relative aside opened by a comma, never closed: "The army, which said there had been a
# drop (in violence, - killed three)", "A speech by the mayor, in which she urged calm (, was welcomed)".
_OPEN_RELATIVE = re.compile(
    r"\A(?P<subject>[^,;]{3,60}),\s+(?:(?:(?:in|during|at|of|for|by|after)\s+)?(?:which|whom)|who|whose)\s+[^,;]+\Z"
)


def cut_shape(title: str) -> str | None:
    """Say why the shape of `title` shows a cut ("complement", "auxiliary", "clause", "count",
    "preposition", "adverb", "coordination", "aside", "no main clause"), or None.
    """
    tail = title[-100:]
    lowered, last = tail.lower(), title[title.rfind(" ") + 1 :].lower()
    for reason, pattern, gate in _GATED:
        if isinstance(gate, frozenset):
            if last not in gate:
                continue  # the word the pattern needs is not there: most titles try no pattern
        elif not (gate(title) if callable(gate) else any(map(lowered.__contains__, gate))):
            continue
        found = pattern.search(tail)
        if found is None:
            continue
        if found.groupdict().get("clause") and predicate(found["clause"]):
            continue  # "it is expected prices will fall": the clause has its verb
        if found.groupdict().get("before") and found["before"].lower() in _SPAN_BEFORE:
            continue  # "lasted just two days", "in just two days": the span is the verb's or the phrase's
        return reason
    aside = _OPEN_RELATIVE.match(title) if ", wh" in title or "which" in title else None
    if aside and not predicate(aside["subject"]):
        return "aside"
    front = _SUBJECT_THEN_CLAUSE.match(title) if "," not in title else None
    if front and not predicate(front["subject"]) and front["subject"].split()[-1] not in _PARTICLES:
        return "no main clause"  # not "The record dates back when ...": a particle ends a verb phrase
    return None
