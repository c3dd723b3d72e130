"""Tell whether the last words of a cut headline wait for the phrase the cut left out.

`shorten.fit` weighs each place it may cut a long title; a cut that keeps a whole clause can still end on
a word that asks for more: a noun that wants its complement ("reaffirmed their commitment | to ..."), a
participle after a noun ("a campaign launched | in May"), an adjective after its noun ("a motion critical
| of ..."), the first words of a name ("the Geneva-based Convention | for the Protection ..."). A demanding
editor reads each of these as a title stopped mid-phrase; a shorter whole phrase reads better.
"""

from __future__ import annotations

import re

from timeline.open_ends import (
    ADJECTIVE_END,
    ADJECTIVE_ENDINGS,
    ARTICLES,
    NOT_IN_PHRASE,
    OPENS_PHRASE,
    PHRASE_ENDS,
    open_end,
)
from timeline.verbs import IRREGULAR_PAST, has_verb, plural_present

# Nouns that want their complement, with the words that start it, each with an example.
_COMPLEMENT_NOUNS = {
    "to": "commitment commitments failure refusal ability inability decision attempt attempts "
          "need willingness readiness determination plan plans intention way ways means opportunity chance "
          "power",
    # "their commitment | to", "the need to find new ways | to"
    "for": "basis expectations expectation need",  # "would form the basis | for talks"
    "of": "expectations expectation fears risk part rest prospect prospects possibility "
          "deaths number importance aim lack idea",  # "reinforcing expectations | of growth", "no idea | of"
    "in": "role roles",  # "Lee's role | in the deal"
    "on": "ban impact effect influence pressure focus",  # "a ban | on imports"
    # "rejected claims | that", "a stir with the revelation | that"
    "that": "fears expectations claims belief warning warnings evidence hope revelation revelations "
            "assertion suggestion",
    "with": "ties relations contact links",  # "cut ties | with the firm"
}
# A purpose after "in": "in a bid (to ...)", "in an effort (to ...)"; not "a billion dollar bid | to merge".
_IN_A_BID = re.compile(
    r"\bin\s+(?:a|an|its|their|his|her)\s+(?:[a-z-]+\s+)?(?:bid|effort|attempt|move|drive)\Z"
)
# Nouns of change, which after "the" want what changed: "due to the rise | in fuel prices".
_CHANGE_NOUNS = {
    "rise", "increase", "fall", "drop", "decline", "growth", "surge", "cut", "cuts", "hike", "jump",
    # nouns of an act, which after "the" want whom or what it was done to: "sought the extradition | of"
    "extradition", "release", "arrest", "withdrawal", "removal", "resignation", "deployment", "transfer",
    "acquisition", "closure", "implementation", "establishment", "appointment", "execution", "capture",
    "handover", "abduction", "kidnapping", "killing", "murder", "ouster", "ousting", "dissolution", "repeal",
}
COMPLEMENT_OF = {}
for _prep, _line in _COMPLEMENT_NOUNS.items():
    for _noun in _line.split():
        COMPLEMENT_OF.setdefault(_noun, set()).add(_prep)

# Adjectives after their noun or a verb, which want their preposition: "a motion critical | of the plan",
# "is closely related | to", "was subject | to approval".
_ADJECTIVE_PREPOSITION = {
    "of": "critical supportive aware capable guilty afraid proud fond full short ahead free independent "
          "wary skeptical sceptical suspicious tired",
    "to": "related subject similar close due linked committed opposed equal prone vulnerable "
          "contrary central key crucial vital essential",
    "for": "responsible eligible ready liable famous known",
    "with": "compatible consistent familiar satisfied concerned",
    "on": "dependent reliant keen",
    "from": "different immune",
}
_ADJECTIVE_OF = {}
for _prep, _line in _ADJECTIVE_PREPOSITION.items():
    for _word in _line.split():
        _ADJECTIVE_OF.setdefault(_word, set()).add(_prep)

# A past participle (regular or irregular) as the last word of a cut.
# Adjectives whose complement may go after a form of "be": "the leaders were not responsible (for ...)".
_WHOLE_AFTER_BE = set(
    "responsible ready eligible famous known aware guilty afraid proud wary skeptical sceptical suspicious "
    "tired critical supportive different immune concerned satisfied familiar vulnerable opposed committed "
    "similar crucial vital essential keen independent capable".split()
)
_AFTER_BE = re.compile(r"\b(?:is|are|was|were|be|been|being|remains|remained)(?:\s+(?:not|still|also|now|very"
                       r"|fully|equally|partly|largely|[a-z]+ly))*\s+[a-z]+\Z")


def is_predicative(short: str) -> bool:
    """Tell whether a cut ends on an adjective after "be" whose complement may go ("were not responsible")."""
    last = short[short.rfind(" ") + 1 :].lower()
    return last in _WHOLE_AFTER_BE and _AFTER_BE.search(short, max(0, len(short) - 60)) is not None


_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ed|en)\Z")
# Prepositions that open the phrase a participle after a noun wants: "a campaign launched | in May",
# "a motion submitted | by Denmark", "gunmen dressed | in uniforms".
_PARTICIPLE_PHRASE = re.compile(r"\s+(?:in|by|to|for|from|at|on|as|with|into|under|after|during|over)\s")
# What follows the first words of a name that goes on: "the Geneva-based Convention | for the Protection",
# "the Bank | of England".
# Not "of": "the Central Committee | of the Party"; not a day or a month: "the Summit | on Monday".
_NAME_GOES_ON = re.compile(
    r"\s+(?:for|on)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January"
    r"|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z]"
)
# A restrictive relative clause after a noun that says nothing without it: "remembered as the man | who
# scored", "the first | to land".
_EMPTY_HEADS = re.compile(r"\b(?:the|a)\s+(?:man|woman|one|person|people|team|side|player|thing|first|last"
                          r"|only|kind|sort|type)\Z", re.I)
_RELATIVE_AFTER = re.compile(r"\s+(?:who|that|which|to|whose)\s")
_EMPTY_WORDS = {"man", "woman", "one", "person", "people", "team", "side", "player", "thing", "first", "last",
                "only", "kind", "sort", "type"}
# A list of adjectives cut after its first one: "the plan on regional | , rural and urban transport".
_ADJECTIVE_LIST = re.compile(r",\s+[a-z]+(?:,\s+[a-z]+)*,?\s+(?:and|or)\s+[a-z]+\s+[a-z]+")
# "to be transferred | by van to ...": a passive infinitive whose purpose phrase the cut leaves out.
# Not after "set", "due", "expected": "a plan set to be unveiled" is whole.
_PASSIVE_INFINITIVE = re.compile(
    r"(?<!\bset)(?<!\bdue)(?<!\bexpected)(?<!\bscheduled)(?<!\bslated)(?<!\blikely)"
    r"\s+to\s+be\s+[a-z]{3,}(?:ed|en)\Z"
)


# Adjectives after a noun that say what the noun is, which a title keeps: "asked for a street | free of
# traffic", "a room | full of smoke", "a team | short of players".
_DEFINING = {"free", "full", "short", "ahead", "independent", "capable", "famous", "known"}
_POSTNOMINAL = re.compile(r"\s+(?P<adjective>[a-z]+)\s+(?P<preposition>[a-z]+)\s")


def postnominal(after: str) -> bool:
    """Tell whether the words after a cut are an adjective after its noun ("(a motion) critical of ...")."""
    found = _POSTNOMINAL.match(after)
    return found is not None and found["preposition"] in _ADJECTIVE_OF.get(found["adjective"], ())


# Irregular participles a noun may take as -ed ones: "a record | set in 1954", "the talks | held in Oslo".
_IRREGULAR_PARTICIPLES = IRREGULAR_PAST - {"said", "was", "were", "had", "did", "came", "went", "ran",
                                           "began"}
_IRREGULAR = "|".join(sorted(_IRREGULAR_PARTICIPLES, key=lambda word: (-len(word), word)))  # longest first
_PARTICIPLE_AFTER = re.compile(
    rf"\s+(?:[a-z]{{3,}}(?:ed|en)|{_IRREGULAR})"
    r"(?=\s+(?:in|by|to|for|from|at|on|as|with|into|under|outside|inside|near|during"
    r"|over|across|around|along|through|behind|against)\s)"  # "protesters | gathered outside the parliament"
)


def modifier_after(title: str, cut: int) -> bool:
    """Tell whether a cut at `cut` falls before a phrase that modifies the noun before it, which a title may
    drop: "a motion | critical of ...", "to an anti-litter drive | launched in ...".
    """
    start = cut + 1  # the word after the cut, looked at first: most are neither an adjective nor a participle
    end = title.find(" ", start)
    word = title[start : end if end >= 0 else len(title)]
    if word in _ADJECTIVE_OF:
        found = _POSTNOMINAL.match(title, cut)
        return found is not None and word not in _DEFINING and found["preposition"] in _ADJECTIVE_OF[word]
    participle = word.endswith(("ed", "en")) or word in _IRREGULAR_PARTICIPLES
    if not participle or _PARTICIPLE_AFTER.match(title, cut) is None:
        return False
    return _after_phrase(title[max(0, cut - 100) : cut].split())


def in_phrase(words: list[str]) -> bool:
    """Tell whether the last words are a noun phrase after a preposition or an -ing verb, after the clause's
    verb: "fire tear gas at thousands of protesters", whose participle after them is no verb of theirs."""
    return _after_phrase(words)


def _after_phrase(words: list[str]) -> bool:
    """Tell whether the last words are a noun phrase after a preposition or an -ing verb ("to an anti-crime
    campaign", "supporting a motion"): the participle after them cannot be their verb.
    """
    for at in range(len(words) - 1, max(-1, len(words) - 6), -1):
        word = words[at].lower()
        if word in OPENS_PHRASE:
            # "one of his sons | injured": the participle is the verb of a clause whose "was" is shared
            quantity = word == "of" and at > 0 and words[at - 1].lower() in _QUANTIFIERS
            nxt = words[at + 1].lower() if at + 1 < len(words) else ""
            infinitive = word == "to" and nxt not in DETERMINERS  # "to leave their levels | unchanged"
            # "The jobless rate in Tallinn | fell": a phrase of the subject, whose verb comes after it
            # a participle counts only after its auxiliary ("Seasonally adjusted jobless rate in X | fell")
            verb_before = any(
                has_verb(w) and (not w.endswith(("ed", "en")) or words[i - 1].lower() in NOT_IN_PHRASE)
                for i, w in enumerate(words[:at])
            ) or plural_present(" ".join(words[:at])) is not None  # "Police fire tear gas at protesters"
            return at < len(words) - 1 and verb_before and not (quantity or infinitive or nxt == "least")
        if not re.fullmatch(r"[\w'’-]+|\d[\d.,]*", word) or word in NOT_IN_PHRASE:  # "of 9.1 meters"
            return False
    return False


# An infinitive after "for ..." or "not": what was asked, no purpose ("calling for the vote to be annulled").
_CONTROLLED = re.compile(r"\b(?:for|not)\s+(?:\S+\s+){0,3}to\s+be\s")
# Words after an adjective that are not its noun: "was critical | yesterday".
_NO_NOUN = {"and", "or", "but", "than", "as", "so", "yesterday", "today", "tomorrow", "here", "there", "now",
            "again", "enough", "too", "also", "then", "still", "said", "says", "told"}
_NO_NOUN_ENDS = _NO_NOUN | PHRASE_ENDS
DETERMINERS = ARTICLES | {"this", "these", "those", "for", "of"}
# Words before the first of two joined modifiers: "of free | and open trade".
_STARTS_NOUN = {"of", "the", "a", "an", "for", "on", "in", "with", "to", "its", "their", "his", "her"}
# Modifiers that news pairs before one noun: "free and open trade", "economic and social rights".
_PAIRED_MODIFIERS = {
    "free", "fair", "open", "economic", "social", "political", "cultural", "military", "civil", "financial",
    "technical", "scientific", "commercial", "religious", "ethnic", "legal", "regional", "bilateral",
}
_SECOND_MODIFIER = re.compile(r"\s+(?:and|or)\s+[a-z-]+\s+[a-z]+")
_CONTRASTED_MODIFIER = re.compile(r"\s+but\s+(?:[a-z]+ly\s+)?[a-z-]+\s+[a-z]+")  # "| but uncertain fraction"
_QUANTIFIERS = {
    "one", "two", "three", "some", "many", "most", "all", "none", "each", "several", "both", "half",
}


def waits(title: str, cut: int) -> str | None:
    """Say which phrase the end of `title[:cut]` waits for, which the cut left out, or None.

    The answer names the rule ("complement", "adjective", "participle", "name", "relative", "list",
    "purpose"), for tests and for reading a decision.
    """
    short = title[:cut].rstrip()
    after = title[len(short) : len(short) + 60]
    if not short or not after.strip() or short.endswith((",", ";", ":")):
        return None
    words = short[-100:].split()
    last = words[-1]
    lowered = last.lower()
    before = words[-2].lower() if len(words) > 1 else ""
    following = after.split(None, 1)[0].lower() if after.strip() else ""
    if following == "to" and _IN_A_BID.search(short, max(0, len(short) - 40)):
        return "complement"  # "was allocated in a bid | to ...": what the bid was for is cut
    if lowered in _CHANGE_NOUNS and before == "the" and following in ("in", "of"):
        return "complement"  # "due to the rise | in fuel prices": a change of what is cut
    if lowered in COMPLEMENT_OF and following in COMPLEMENT_OF[lowered]:
        return "complement"  # "reaffirmed their commitment | to free trade"
    if lowered in _ADJECTIVE_OF and following in _ADJECTIVE_OF[lowered] and not is_predicative(short):
        return "adjective"  # "a motion critical | of the plan"; not "they were not responsible | for"
    # only after a passive clause ("was released ... to be moved"), not "urged them not to be fooled"
    infinitive = before == "be" and len(words) > 2 and words[-3].lower() == "to"  # "to be moved"
    passive = infinitive and re.search(r"\b(?:was|were)\s", short) and not _CONTROLLED.search(short)
    if passive and _PASSIVE_INFINITIVE.search(short, len(short) - len(last) - 30):
        return "purpose"  # "released to be transferred | by van"
    participle = lowered.endswith(("ed", "en")) and _PARTICIPLE.search(lowered) is not None
    participle = participle or lowered in IRREGULAR_PAST
    if participle and _PARTICIPLE_PHRASE.match(after) and _after_phrase(words[:-1]):
        return "participle"  # "an anti-litter drive launched | in Quito"
    if participle and before in ("been", "be", "being") and re.match(r"\s+as\s", after):
        return "participle"  # "has been unveiled | as the new captain"
    if last[:1].isupper() and _NAME_GOES_ON.match(after) and "the" in (w.lower() for w in words[-4:-1]):
        return "name"  # "by the Geneva-based Convention | for the Protection of ..."
    adjective = lowered.endswith(ADJECTIVE_ENDINGS) and ADJECTIVE_END.search(lowered) is not None
    if adjective and last.islower() and following.isalpha() and following.islower():
        noun = following not in _NO_NOUN_ENDS and not following.endswith("ly")
        opened = any(w.lower() in DETERMINERS or w.endswith(("'s", "’s")) for w in words[-4:-1])
        if noun and opened and not has_verb(following):
            return "adjective"  # "a universal intermediate | semiconductor", "called for urgent | action"
    empty = lowered in _EMPTY_WORDS and _EMPTY_HEADS.search(short, len(short) - len(last) - 6)
    if empty and _RELATIVE_AFTER.match(after):
        return "relative"  # "remembered as the man | who scored"
    if adjective and last.islower() and _ADJECTIVE_LIST.match(after):
        return "list"  # "the plan on regional | , rural and urban transport"
    if lowered in _PAIRED_MODIFIERS and before in _STARTS_NOUN and _SECOND_MODIFIER.match(after):
        return "list"  # "the goals of free | and open trade": the first of two words before one noun
    if adjective and before in _STARTS_NOUN and _CONTRASTED_MODIFIER.match(after):
        return "list"  # "by offsetting a substantial | but uncertain fraction": one noun's two modifiers
    return open_end(title, cut)


# A subject of a determiner, modifiers and a lowercase head, with no phrase after the head: "The Nordic and
# Baltic transport and energy ministers".
_MODIFIED_SUBJECT = re.compile(
    r"\A(?P<det>The|the|Its|its|Their|their)\s+(?:[\w'’-]+\s+){3,8}?(?P<head>[a-z][a-z-]{2,}s)\s+\Z"
)
# "and" joins modifiers ("foreign and trade"); a preposition, a pronoun or a verb makes more than modifiers
_NOT_MODIFIERS = (OPENS_PHRASE | NOT_IN_PHRASE | {"whose", "than", "as", "the", "a", "an"}) - {"and", "or"}


def bare_subject(title: str, verb_start: int) -> str | None:
    """Return the title with a long plural subject cut to its determiner and head, or None: "The Nordic and
    Baltic transport and energy ministers renewed ..." -> "The ministers renewed ...".
    """
    subject = _MODIFIED_SUBJECT.match(title[:verb_start])
    if subject is None:
        return None
    between = title[subject.end("det") : subject.start("head")].split()
    if any(w.lower() in _NOT_MODIFIERS or not re.fullmatch(r"[\w'’-]+", w) for w in between):
        return None  # "The owners of the ...", "The men who ...": a phrase or a clause, no modifiers
    return f"{subject['det']} {subject['head']} {title[verb_start:]}"
