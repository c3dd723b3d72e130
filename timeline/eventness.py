"""Tell whether a dated clause tells a happening, and what the event layer does when it does not.

The issue asks for an event for each DATE or TIME expression that dates something that happened or will
happen. A title can come out of a clause whose predicate tells no happening: a state ("The company's profits
are concentrated in the fourth quarter"), a figure ("Arrivals were 155,221 bags"), speculation ("The attack
could heighten tensions"), a negated telling ("Gates did not say whether ..."), a question, a hypothetical
("If you need a dollar today, ..."), an instruction ("Don't get trapped by bad weather"). `kind` reads the
title's predicate, its first verb and the auxiliaries around it, against the tables below; no parser.

What extract does with a title that is not a happening, in this order:
(a) `happening_title`: the sentence may hold the happening the date belongs to, in a clause the title's
    state only carries: "That prediction is in line with a larger overhaul that Gates detailed (this week)"
    gives "Gates detailed a larger overhaul"; "Landings have become so rare that the Marines made headlines
    (in June)" gives "The Marines made headlines". The event keeps its evidence: only its title changes.
(b) `NOTHING`: a question, an instruction or a hypothetical told to "you" tells nothing that happened
    ("How else do you explain it in 2006?", "If you visited the island five years ago, ...", "If the
    appeal fails, the earliest he could go would be a week later"): no event.
(c) else the event stays, at the confidence of its date (the kind does not lower it): TimeBank's gold
    events include states and figures tied to dates ("profits are concentrated in the fourth quarter" is
    one), so the event layer keeps them for recall.
"""

from __future__ import annotations

import re
from typing import Literal

from timeline.happening_clauses import (
    ADVERBS,
    AUXILIARIES,
    BE,
    HAVE,
    NEGATIONS,
    SO_THAT,
    conjunct_title,
    happening_title,
    told_title,
)
from timeline.references import is_event_noun
from timeline.verbs import first_verb, is_past_form
from timeline.word_walk import PREPOSITIONS

__all__ = ["Kind", "NOTHING", "kind", "weighed"]

Kind = Literal[
    "happening", "state", "figure", "speculation", "negated", "question", "hypothetical", "instruction"
]

# Kinds whose clause tells nothing that happened or will happen: the event is dropped (rule (b)).
NOTHING: frozenset[str] = frozenset({"question", "instruction", "hypothetical"})

# The kind of a clause does not lower an event's confidence: that says how likely the event's DATE is right
# (confident.confidence_of), and on TimeBank + AQUAINT the kind does not tell it (a dated state is right .90 /
# .65 of the time, speculation or a negation .85 / .93, against .89 / .81 for the rest). The kinds decide
# titles and rule (b).

# Verbs that link a subject to a state, after which a title tells one: "will (remain) unresolved", "prices
# (stayed) steady".
_LINKING = {
    "remain", "remains", "remained", "seem", "seems", "seemed", "stay", "stays", "stayed",
}
# Negated auxiliaries, contracted: "Mayor (Didn't) Want To Run", "(wasn't) told".
_NEGATED_WORD = re.compile(r"\b(?i:did|do|does|is|are|was|were|has|have|had|wo|ca|could|would|should)"
                           r"n['’]t\b")
# The words a verb group is made of before its head, and the end of a negated one ("didn't", "won't").
_GROUP = frozenset(AUXILIARIES | NEGATIONS | ADVERBS)
_NEGATED_ENDS = ("n't", "n’t")
# The "have" and the "be" of a verb group, found again in a title: "now (has) 3.8 million", "(were) 155,221".
_HAVE_WORD = re.compile(r"\b(?:has|have|had)\b", re.I)
_BE_WORD = re.compile(r"\b(?:is|are|am|was|were|be|been|being)\b|['’]s\b", re.I)
# Modals of what may or may not come: "(could) heighten tensions", "(might) build", "(may) have prompted".
# Not "would": a title is mostly a statement cut from its telling ("said the plant would close in May"),
# and "would" is then the future of the telling's past.
_SPECULATIVE = {"could", "might", "may"}
# Verbs of a state, each with an example: "The dry period (means) the crop will be late", "Tel Rumeida has
# (formed part) of H2", "The group (owns) 40 percent".
_STATE_VERBS = {
    "means", "meant", "lies", "belongs", "belonged", "consists", "consisted", "contains", "contained",
    "equals", "resembles", "resembled", "owns", "owned", "employs", "lacks", "lacked", "matters",
    "depends", "depended", "deserves", "knows", "exists", "existed", "costs",
}
# Verbs of a seeming, a speculation on what is: "The jump (appeared) to be the result of buying", "Prices
# (seem) to show support", "Early indications (point) to growth".
_SEEMING = {"appear", "appears", "appeared", "seem", "seems", "seemed", "point", "points", "pointed"}
# Verbs of a figure over a period: "The rate (averaged) 1.6 percent", "Spending (totaled) $70 billion".
_FIGURE_VERBS = {
    "averaged", "averages", "totaled", "totalled", "totals", "amounted", "amounts", "numbered", "stood",
    "stands", "accounted", "accounts",
}
# A figure right after a "be": "were (155,221 bags)", "was ($349 billion)", "is either ($95)".
_FIGURE = re.compile(r"(?:\s+(?:about|around|nearly|almost|roughly|some|either|just|only|over|under))?"
                     r"\s+(?:[$£€¥]\s?\d|\d[\d,.]*\s*(?:%|percent|per\s+cent|pct)?)")
# A "have" of possession, not of a perfect: "The company now (has) 3.8 million customers", "The plan (has) a
# section on boxes"; not "has (been) sold", "has (grown)".
_POSSESSED = re.compile(r"\s+(?:(?:now|still|already|also|just)\s+)?(?:a|an|the|no|some|many|more|about|"
                        r"nearly|almost|over|\d[\d,.]*)\b", re.I)
# Nouns of what one has that happens, besides references.is_event_noun: "had a brief (audience) with the
# queen", "has a (baby)", "had an (accident)".
_HAD = {"audience", "meeting", "meetings", "talks", "call", "conversation", "lunch", "dinner", "breakfast",
        "accident", "baby", "surgery", "operation", "stroke", "heart", "fall", "row", "argument", "word",
        "chat", "discussion", "discussions", "interview", "visit", "party", "wedding", "look"}
# Questions: a title that asks ("How else do you explain ...", "Why did it fail?").
_QUESTION = re.compile(r"\b(?:how|why|what|who|where|when)\s+(?:else\s+)?(?:do|does|did|can|could|would|"
                       r"should|will|is|are)\s+(?:you|we|they)\b", re.I)
# Instructions: a title that opens on an imperative ("Don't get trapped by bad weather", "Get ready,
# America", "Imagine a city with no cars").
_IMPERATIVE = re.compile(r"(?:Don['’]t|Do\s+not|Get|Let['’]s|Imagine|Remember|Watch|Read|Check|Try"
                         r"|Take\s+a\s+look)"
                         r"\b(?!\s+(?:is|was|are|were|has|said|says|by)\b)")  # not "Read by a broadcaster"
# Hypotheticals: a title that opens on a condition ("If you need a dollar today, ...", "Unless it rains").
_CONDITION = re.compile(r"(?:Even\s+)?(?:If|Unless)\s+(?P<who>\w+)", re.I)
# The main clause of a condition that tells what would follow or would have, not what will: "If they lose
# the appeal(, the earliest he could go would) be a week later", "If the bank had not acted(, prices could
# have) soared"; not "If talks fail, the union will strike", a plan with its condition, nor "If it stays dry,
# the fair could open on Sunday".
_COUNTERFACTUAL = re.compile(r",\s+(?:[\w'’-]+\s+){0,6}?(?:would|(?:could|might)\s+have)\b", re.I)
_YOU = {"you", "you'd", "you’d", "you're", "you’re", "you've", "you’ve"}
_WORD = re.compile(r"[\w'’-]+")


def kind(title: str) -> Kind:
    """Return what the title's predicate tells: a happening, or which kind of non-happening.

    >>> kind("The offer will begin"), kind("The firm has 300 staff"), kind("The move could raise tensions")
    ('happening', 'state', 'speculation')
    """
    if not _may_not_happen(title):
        return "happening"  # most titles: none of the words below is in them
    asked = "you" in title or " we " in title or " they " in title  # the subjects _QUESTION asks of
    if title.endswith("?") or asked and _QUESTION.search(title):
        return "question"
    if title[:1] in "IUE" and (condition := _CONDITION.match(title)):
        if condition["who"].lower() in _YOU or _COUNTERFACTUAL.search(title, condition.end()):
            return "hypothetical"
        return "speculation"
    if title[:1] in "DGLIRWCT" and _IMPERATIVE.match(title):
        return "instruction"
    if title[:1] in "ITWH" and (contracted := _CONTRACTED.match(title)):
        title = f"{contracted['who']} is{title[contracted.end() :]}"  # "It's a far cry" reads "It is"
    verb = first_verb(title)
    before = verb.start() if verb is not None else len(title)
    if ("n't" in title or "n’t" in title) and _NEGATED_WORD.search(title, 0, before):
        return "negated"  # "Zuckerberg Didn't Want To Take Over": a contraction has_verb passes over
    if verb is None:
        return "happening"  # no predicate: what to do with a verbless title is the titles' business
    words = _WORD.findall(title, verb.start(), verb.start() + 80)[:8]
    return _predicate(title, verb.start(), [w.lower() for w in words])


def _may_not_happen(title: str) -> bool:
    """Tell whether a title holds a word that kind reads as no happening: an auxiliary, a negation, a verb of
    a state, a seeming or a figure, a "that", a contraction, a question mark, an opening condition or
    instruction. One set lookup over its words, about a tenth of kind's cost: four titles in ten hold none
    ("Shares of the firm shot up") and are happenings."""
    return (title.endswith("?") or title.startswith(_OPENINGS) or " that " in title or "n't" in title
            or "n’t" in title or "'s" in title or "’s" in title
            or not _SIGNALS.isdisjoint(title.lower().translate(_MARKS).split()))


def _predicate(title: str, at: int, words: list[str]) -> Kind:
    """Read the verb group that opens `words` (title[at:] split): its auxiliaries, negation and head."""
    head = words[0]
    if " that " in title and SO_THAT.search(title, at, at + 60) and not SO_THAT.search(title, 0, at):
        return "state"  # "Landings have become so rare that ...": the happening is the result clause's
    if head in _FIGURE_VERBS:
        return "figure"
    if head in _STATE_VERBS:
        return "state"
    if head in _SEEMING and len(words) > 1 and words[1] == "to":
        return "speculation"
    if head in _SPECULATIVE:
        return "speculation"
    chain = 0
    while chain < len(words):
        word = words[chain]
        if word in NEGATIONS or word.endswith(_NEGATED_ENDS) or word == "cannot":
            return "negated"  # "did (not) say", "(didn't) rule out"
        if not (word in _GROUP or chain and word.endswith("ly") and len(word) > 4):
            break
        chain += 1
    auxiliaries = [w for w in words[:chain] if w in AUXILIARIES]
    last = auxiliaries[-1] if auxiliaries else head  # "were (only slightly) better": the "be" tells
    after = words[chain] if chain < len(words) else ""
    if last in HAVE and chain and after not in AUXILIARIES and not _participle(after):
        rest = title[at:]
        have = _HAVE_WORD.search(rest)
        possessed = _POSSESSED.match(rest, have.end()) if have is not None else None
        head = _word_after(rest, possessed.end()) if possessed is not None else ""
        if possessed is not None and not (is_event_noun(head) or head.lower() in _HAD):
            return "state"  # "The company now has 3.8 million customers"; not "had a private audience"
        return "happening"
    if after == "formed" and "part" in words:
        return "state"  # "Tel Rumeida has formed part of H2"
    if after in _LINKING or (after == "continue" and "to be" in title):
        return "state"
    if last in BE and chain:
        if after in _STATE_PARTICIPLES or after == "part":
            return "state"
        if after in _FORECAST:
            return "speculation"
        if _participle(after) or after in ("to", "set", "due", "about", "expected"):
            return "happening"  # "was held", "is facing", "is to meet", "is set to", "is due to"
        be = _BE_WORD.search(title, at)
        if be is not None and _FIGURE.match(title, be.end()):
            return "figure"
        return "state"
    if after in ("so", "such") or (last in ("become", "became", "becomes") and after in ("so", "such")):
        return "state"
    return "happening"


# The words kind reads a non-happening from (_may_not_happen), the openings of a condition or an
# instruction, and the marks that may stick to a word: '"was', "(is)".
_SIGNALS = frozenset({*AUXILIARIES, *NEGATIONS, *_STATE_VERBS, *_SEEMING, *_FIGURE_VERBS, *_LINKING,
                      "continue", "cannot"})
_OPENINGS = ("If ", "Unless ", "Even ", "IF ", "UNLESS ", "EVEN ", "Don", "Do ", "Get", "Let", "Imagine",
             "Remember", "Watch", "Read", "Check", "Try", "Take")
_MARKS = str.maketrans({mark: " " for mark in ",.;:!?\"“”‘()[]—–"})

# Participles after "be" that tell a state, not a deed: "profits are (concentrated) in the fourth quarter",
# "the office is (based) in Paris", "the impact is (limited)", "the two were (tied) at three each".
_STATE_PARTICIPLES = {
    "concentrated", "located", "based", "situated", "limited", "tied", "worth", "composed", "entitled",
    "related", "linked", "connected", "interested", "pleased", "concerned", "worried", "divided", "unchanged",
}
# Words after "be" of a forecast, what may come: "is (forecast) to reach $84 billion", "is (likely) to lose",
# "are (poised) to lose"; not "is expected to" or "is set to", which tell a plan.
_FORECAST = {"forecast", "projected", "predicted", "likely", "unlikely", "poised", "bound", "believed"}
# A pronoun with a contracted "is": "(It's) a far cry", "(That's) good news", "(What's) more".
_CONTRACTED = re.compile(r"(?P<who>It|That|This|There|What|Here)['’]s\b")
# "-ing" words that are no progressive: "is (something)", "is (nothing)", "was (anything) but".
_NOT_ING = {"something", "nothing", "anything", "everything", "thing", "king", "spring", "morning", "evening",
            "ceiling", "building", "meeting", "during", "bring"}


def _word_after(text: str, at: int) -> str:
    """Return the head of the noun phrase that starts at `at`, the last of its first three words before a
    preposition: "a brief (audience) with", "a (meeting)"."""
    words = []
    for word in _WORD.findall(text, at, at + 40)[:3]:
        if word.lower() in PREPOSITIONS:
            break
        words.append(word)
    return words[-1] if words else ""


def _participle(word: str) -> bool:
    """Tell whether a word after "be" or "have" makes a passive, a perfect or a progressive: "held",
    "taken", "facing"; not "a", "likely", "nothing"."""
    if not word:
        return False
    if word.endswith("ing") and len(word) > 4 and word not in _NOT_ING:
        return True
    return is_past_form(word) or word in _PARTICIPLES


# Participles that do not end in -ed and are no irregular past: "has (taken)", "was (given)", "been (shown)",
# "has been (born)".
_PARTICIPLES = {
    "born", "borne", "slain", "woken", "forgiven", "forbidden", "shaken", "mistaken", "undergone", "overseen",
    "proven", "shrunk", "sung", "rung", "swum", "drunk", "sprung", "stricken", "bitten", "struck", "fought",
    "sought", "dealt", "meant", "heard", "felt", "spent", "slept", "swept", "wept", "laid", "lain", "lit",
    "been", "taken", "given", "shown", "known", "seen", "done", "gone", "made", "written", "spoken", "chosen",
    "driven", "broken", "stolen", "frozen", "beaten", "begun", "won", "grown", "thrown", "drawn", "flown",
    "risen", "fallen", "eaten", "hidden", "ridden", "sworn", "torn", "worn", "forgotten", "sunk", "shot",
    "hit", "put", "set", "cut", "hurt", "let", "quit", "split", "spread", "shut", "upheld", "sold", "held",
    "told", "found", "left", "lost", "paid", "sent", "built", "brought", "bought", "caught", "taught", "led",
    "met", "kept", "run", "come", "become", "overcome", "withdrawn", "undertaken", "arisen",
}


def weighed(title: str, text: str, span: tuple[int, int], own: tuple[int, int]) -> str | None:
    """Return an event's title by the module's rules (a)-(c): the title of the happening the date belongs to
    when the title tells none and the sentence holds one, None for a clause that tells nothing, else the
    title as it is."""
    judged = kind(title)
    if judged == "happening":
        return title
    happening = (told_title(title, text, span, own) or happening_title(text, span, own)
                 or conjunct_title(title, text, span, own))
    if happening is not None:
        return happening
    if judged in NOTHING:
        return None
    return title
