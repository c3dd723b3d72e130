"""Cut a clause into the pieces its date dates: the clause without the parts that hold dates of their own.

"The bridge that collapsed in 2018 was rebuilt in May": May dates "The bridge was rebuilt", without the
relative clause the other date sits in; so a participle clause (", after growing 4 percent in April"), an
afterthought (", months after lawmakers lost their seats in March") or an aside closed by a comma (",
looted in 1943 and handed back to its owners,"). timeline.focus finds the part a date inside such a part
dates; relatives.py finds the relative clauses. No parser: shallow rules, each with an example.
"""

from __future__ import annotations

import re

from timeline import relatives
from timeline.spans import Span
from timeline.verbs import first_verb, has_verb

# A participle clause after a conjunction: ", after growing 4 percent", " before falling", " while cutting".
PARTICIPLE = re.compile(r",?\s+(?:after|before|since|while|following)\s+(?P<ing>[a-z]{3,}ing)\b")
# A participle aside after an object, closed by a comma: ", looted in 1943 and handed back to its owners,".
_CLOSED_ASIDE = re.compile(rf",\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{relatives.PARTICIPLES})\s[^,;]{{3,120}},")
# A subordinate clause set off by a comma: ", months after lawmakers lost their seats", ", a year after".
_AFTERTHOUGHT = re.compile(
    r",\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|some|many|a\s+few)\s+)?"
    r"(?:(?:hours?|days?|weeks?|months?|years?|decades?)\s+)?(?:after|before|since|when|because)\s"
    r"|,\s+with\s"  # an absolute phrase: "agreed on Monday to hear the case, with arguments expected in May"
)


# An apposition that sums up the clause before it: ", a deal", ", a move", ", an increase of 4%".
_SUMMARY = re.compile(r",\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\Z")


# What a clause makes possible, which then happens at the date after it: "paving the way for the bridge to be
# reopened by spring", "set the stage for a vote to be held in May".
_WAY_FOR = re.compile(
    r"\b(?:pav|clear|open|set|prepar)(?:e|es|ed|ing|s)?\s+the\s+(?:way|ground|stage)\s+for\s+"
    r"(?P<np>(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)\s+to\s+(?P<verb>[a-z]+)\b"
)
_WAY_WORDS = re.compile(r"(?:way|ground|stage) for ")  # a quick look before _WAY_FOR
_NOT_INFINITIVE = {"the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those", "our"}


# A relative clause the subject keeps once its dates are gone: two words after the pronoun at least ("who
# was arrested", "who quit the party"; a bare "who resigned" adds little), at most this many ("who resigned as
# party leader"); a longer one leaves the subject, as the title would run long.
_KEPT_RELATIVE_WORDS = 5
# The preposition of a date left at the clause's end goes with the date: "who resigned in (March)".
_DATE_PREPOSITION = re.compile(r"\s+(?:in|on|at|since|until|by|from|during|early|late)\Z")
# What a kept relative clause may not end on once its date went: a word waiting for its noun ("that were
# signed for (2025)" leaves "for", "that opened this (spring)").
_OPEN_END = re.compile(r"\b(?:for|of|to|the|a|an|last|this|next|its|their|his|her)\Z")

# The pronoun that opens a relative clause, before the clause's words: a reduced one ("the body found (in the
# woods)") is a participle, which the title leaves with its date.
_PRONOUN_BEFORE = re.compile(r"\b(?:who|that|which)\s+\Z")


def _keeps_relative(text: str, clause: Span, held: list[Span], whole: Span) -> bool:
    """Say whether the subject keeps its restrictive relative clause once the clause's own dates are out:
    "The man who was arrested (Monday) was released" -> "The man who was arrested was released"."""
    words, cursor = [], clause[0]
    for left, right in sorted(held):
        words += text[cursor:left].split()
        cursor = right
    words += text[cursor : clause[1]].split()
    rest = _DATE_PREPOSITION.sub("", " ".join(words))
    words = rest.split()
    return (
        _PRONOUN_BEFORE.search(text, max(0, clause[0] - 7), clause[0]) is not None  # not "a body found in"
        and 2 <= len(words) <= _KEPT_RELATIVE_WORDS  # two words at least: "(who) took office"
        and not re.search(r"[,;:(\"“”]|--", text[whole[0] : clause[1]])
        and not _OPEN_END.search(rest.lower())
    )


def main_parts(text: str, span: Span, own: Span, others: list[Span]) -> list[Span]:
    """Return the pieces of `text[span]` that the date `own` dates, without the relative or participle
    parts that hold a date of their own ("after a strike that began on 4 March", ", after growing 4
    percent in April", "the bridge that collapsed in 2018 was rebuilt").

    After "paving the way for" the part that happens at the date is what was made possible: "the bridge to
    be reopened (by the year's end)".
    """
    before = text[span[0] : own[0]]
    way = _WAY_FOR.search(text, span[0], own[0]) if " for " in before and _WAY_WORDS.search(before) else None
    # after "to" a bare verb ("to stand trial"), not a determiner ("to the region")
    if way and way["verb"] not in _NOT_INFINITIVE and not re.search(
        r"[,;:]", text[way.end() : own[0]]
    ):
        return [(way.start("np"), span[1])]
    inside = [o for o in others if span[0] <= o[0] and o[1] <= span[1]]
    cuts = []
    for np, clause, whole, _ in relatives.find(text, span[0], span[1], tuple(sorted([own, *others]))):
        if text[whole[0]] == ",":
            continue  # an aside between commas: the title drops it anyway
        held = [o for o in inside if clause[0] <= o[0] and o[1] <= clause[1]]
        if held and not clause[0] <= own[0] < clause[1]:
            verb = first_verb(text, held[-1][1], span[1])
            follows = verb and not text[held[-1][1] : verb.start()].strip(" ,")
            if follows and _keeps_relative(text, clause, held, whole):
                continue  # "The man who was arrested (Monday) was released": the subject stays whole
            # an apposition that sums up the clause goes with its own clause: "for $4.2 billion, a deal
            # expected to close in 2026"
            summary = _SUMMARY.search(text, span[0], np[1]) if not follows else None
            left = summary.start() if summary and summary.end() == np[1] else whole[0]
            cuts.append((left, held[-1][1] if follows else span[1]))
    comma_after = text.find(",", own[1], span[1]) >= 0  # every _AFTERTHOUGHT match starts on a comma
    for match in _AFTERTHOUGHT.finditer(text, own[1], span[1]) if comma_after else ():
        if match.start() == own[1] and "when" in match.group():
            continue  # "in March, when they fell": the clause describes the date
        if any(match.end() <= o[0] and "," not in text[match.end() : o[0]] for o in inside):
            cuts.append((match.start(), span[1]))
    participle = text.find("ing", own[1], span[1]) >= 0  # every PARTICIPLE match holds "ing"
    for match in PARTICIPLE.finditer(text, own[1], span[1]) if participle else ():
        if any(match.end() <= o[0] and "," not in text[match.end() : o[0]] for o in inside):
            cuts.append((match.start(), span[1]))
    asides = _CLOSED_ASIDE.finditer(text, span[0], span[1]) if text.count(",", span[0], span[1]) > 1 else ()
    for match in asides:  # two commas in each (or none looked for): "bought the vase, looted in 1943 and
        before = text[span[0] : match.start()]  # a subject, its verb and the object the aside describes
        plain = "," not in before and has_verb(before)
        held = any(match.start() <= o[0] < match.end() for o in inside)
        if plain and held and not match.start() <= own[0] < match.end():
            cuts.append((match.start(), match.end() - 1))  # handed back to its owners, on Friday"
    pieces, cursor = [], span[0]
    for left, right in sorted(cuts):
        if left >= cursor and not left <= own[0] < right:
            pieces.append((cursor, left))
            cursor = right
    pieces.append((cursor, span[1]))
    return [p for p in pieces if p[0] < p[1]]
