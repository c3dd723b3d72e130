"""Tell whether a cut between two words of a title leaves a phrase open: a shallow chunker at one boundary.

No parser: closed-class word lists, the verb tables of timeline.verbs and a few suffix rules look at the
words just before a cut and just after it, and say which phrase the cut leaves open, if any:

- a verb cut from the object or complement it needs ("... announced | the plan", "... appeared | to be",
  "... amounted | to 16 million", "... will provide | an opportunity");
- a subject cut from its verb ("... said the minister | expected to", "... and the inquiry | got underway");
- a clause cut before its verb ("... a famine in which some 40,000 people | died");
- a noun phrase cut inside ("former Everton | and Riverside defender Xavier", "... closed lower with the
  index | dropping").

timeline.shorten asks `open_phrase` of every cut it weighs and prefers the cuts that leave none.
"""

from __future__ import annotations

import re

from timeline import control_verbs, participles, person_nouns
from timeline.cut_words import in_phrase, is_predicative, postnominal
from timeline.open_ends import ARTICLES
from timeline.present_verbs import present_verb
from timeline.speech import TOLD_WHOM, alternation
from timeline.subject_heads import ING_ADJECTIVES, ING_NOUNS
from timeline.tallies import ends_on_tally
from timeline.verbs import first_verb, has_verb

# Words that start a noun phrase after a verb, each with an example: "announced | the plan", "hired | his
# brother", "raised | 12 million", "named | "Ya Ya"".
_NP_START = {
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those", "some",
    "all", "both", "each", "every", "no", "another", "several", "many", "more", "most", "any",
    "him", "them", "us", "it", "me",  # "told | them", "warned | us"
}
# Words after which a verb is no verb of a clause but a word of a noun phrase: "the proposed | plan".
_DETERMINERS = ARTICLES | {"this", "these", "those"}
# Auxiliaries before a verb, which keep it a verb: "has | announced", "were | killed".
_AUXILIARIES = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did"}
# Auxiliaries and modals before a verb: "will | provide", "to | strengthen".
_BEFORE_BASE = {"will", "would", "can", "could", "may", "might", "must", "should", "shall", "to"}
# Verbs (and words) that need their preposition, each with an example: "amounted | to 16 million",
# "consisted | of three parts", "accounted | for a third", "looking forward | to the race".
_NEEDS_PREPOSITION = {
    "to": "amount amounts amounted amounting belong belongs belonged refer refers referred contribute "
          "contributes contributed lead leads led forward add adds added",  # "added | to the list"
    "of": "consist consists consisted comprised composed accused convicted informed aware capable "
          "number total part closure rest majority outskirts some most many several each none half "
          "tens hundreds thousands millions dozens",  # "counted among tens of thousands | of voters"
    # "forced the closure | of two plants", "accessed some | of the files"
    "for": "account accounts accounted called calls asked applied voted responsible searched",
    "in": "result results resulted resulting involved interested engaged participated invested",
    "on": "rely relies relied depend depends depended focused focuses based insisted commented",
    "from": "stem stems stemmed derived suffered suffers benefited",  # "suffered | from"
    "with": "comply complies complied cope copes coped dealt cooperated associated",  # "dealt | with"
}
_PREPOSITION_OF = {word: prep for prep, line in _NEEDS_PREPOSITION.items() for word in line.split()}
# An auxiliary and adverbs at the end of a cut, its verb cut: "North Korea has also | agreed".
_ADVERBS_AFTER_AUXILIARY = {
    "also", "just", "now", "already", "still", "not", "never", "further", "yet", "ever", "once", "far",
}
# Adjectives in -ly, no adverbs: "flights are costly".
_LY_ADJECTIVES = {
    "costly", "friendly", "deadly", "elderly", "daily", "weekly", "monthly", "yearly", "lonely", "ugly",
    "holy", "early", "lovely", "orderly", "timely", "unruly", "hourly", "quarterly", "only",
}
_AUXILIARY_ADVERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|shall|do|does|did)"
    r"(?:\s+(?:also|just|now|already|still|not|never|further|yet|ever|once|so\s+far|[a-z]{3,}ly))+\Z",
    re.I,
)
# Words before an -ed form that make it an adjective: "three more suspected cases", "the newly built".
_ADJECTIVE_BEFORE = {
    "more", "most", "less", "least", "newly", "recently", "so-called", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "the", "a", "an", "its", "his", "her",
    "their", "our", "my", "your", "this", "these", "those", "some", "all", "both", "each", "every", "no",
    "another", "several", "many", "any",
}
# An -ing word that is a noun, a preposition after it: "Japanese | financing for the line".
_NOUN_ING = re.compile(r"\s+[a-z]+ing\s+(?:for|of)\b|\s+[a-z]+ing[^\w\s]")
# Endings of adjectives: "the voluntary", "an installed", "a regional", "the northern".
_ADJECTIVE_END = re.compile(r"(?:ary|al|ive|ous|ic|ful|able|ible|ed|ern|est|ish|less|ian|ese)\Z")
# A present verb opening a relative clause: "which | flies", "who | lives".
_PRESENT_START = re.compile(r"[a-z]{3,}s\b")
# A participle opening a clause: "while | coaching his team", "when | asked".
_PARTICIPLE_START = re.compile(r"[a-z]+(?:ing|ed)\b")
# "and", a second verb and the word after it: "to strengthen | and expand the ties".
_SECOND_VERB = re.compile(r"\s+(?:and|or)\s+(?P<w>[a-z]+)\s+(?P<n>[\w'’-]+)")
# An infinitive after a cut: "appeared | to be"; not "doubled | to over 500 million".
_TO_VERB = re.compile(r"\s+to\s+(?P<w>[a-z]+)\b")
# Prepositions a cut title may not end on that trim_end leaves, since a title may end on them when nothing
# follows ("has not been seen since"): "the biggest loan since | the bank opened".
_OPEN_PREPOSITIONS = {"since", "until", "till", "about", "through", "than", "like", "unlike", "per", "upon"}
# Words after a participle that is no verb of the clause (timeline.participles): "gathered | outside".
_PHRASE_AFTER_PARTICIPLE = participles.PHRASE_WORDS
# The prepositions after the object of a verb of placing (timeline.control_verbs): "loading fuel | into".
_PLACE_WORDS = {"into", "onto", "on", "in", "under", "behind", "to"}
# A second modifier joined to the first before their noun: "(first) and only nuclear", "(new) or used cars".
_PAIRED_MODIFIER = re.compile(r"\s+(?:and|or)\s+(?:only|sole|first|last|new|largest|biggest|main)\s+[a-z]")
# Verbs of beginning and ending whose -ing complement is what begins: "will start | loading fuel".
_ASPECT_VERBS = {
    "start", "starts", "started", "begin", "begins", "began", "stop", "stops", "stopped", "resume", "resumed",
    "finish", "finished", "keep", "keeps", "kept",
}
# A comparative cut from its "than": "joined the more | than 40 million travellers".
_COMPARED_THAN = {"than"}
_COMPARATIVES = {"more", "less", "fewer"}
# A verb of telling and whom it told, which wait for what was told: "told reporters | that ...".
_TOLD_WHOM = re.compile(r"\b(?:told|tells|tell|informed|assured|warned|reminded|notified|convinced|promised)"
                        r"\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}\Z")  # "told the Coast Herald | that"
# Words that open a clause, which leave it open when no verb follows them before the cut: "a famine in which
# some 40,000 people | died", "the rally ended because the police | ...".
_OPENER_WORDS = {
    "which", "who", "whom", "whose", "where", "because", "although", "though", "whereas", "unless", "while",
    "whether",
}
_CLAUSE_OPENERS = re.compile(rf"\b(?:{'|'.join(sorted(_OPENER_WORDS))})\s+", re.I)
# A "that" clause after a verb of saying or knowing: "told the agency that no breach of order | (had
# occurred)", "believed that the firm | (would)".
_TOLD_SOME = TOLD_WHOM + r"(?:\s+[\w'’-]+){0,2}"  # "told the agency that", "told a news conference that"
_THAT_CLAUSE = re.compile(rf"\b(?:{alternation('that_clause', told=_TOLD_SOME)})\s+that\s+")
# A verb that makes the words after a cut a predicate: an auxiliary, a modal, an irregular past, a present
# head ("said the minister | would", "the inquiry | got underway"); a regular past counts before "to" or a
# determiner ("the minister | expected to").
_FINITE_AFTER = re.compile(
    r"\s(?:(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|did|does)"
    r"|[a-z]{3,}ed\s+(?:to|that|the|a|an|his|her|its|their|some|all)|(?:got|went|came|began|fell|rose|took|made|gave|left"
    r"|won|lost|said|told|says|plans|wants|remains|remained))\b"
)
# Two names joined before a noun they share, which a cut before "and" splits: "former Everton | and
# Riverside defender Xavier", "the Fiat | and Renault plants".
_SHARED_HEAD = re.compile(r"\s(?:and|or)\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?P<head>[a-z][a-z-]{2,})\b")
_NOT_HEADS = {
    "and", "or", "but", "in", "on", "at", "of", "for", "to", "from", "with", "by", "as", "that", "which",
    "who", "the", "a", "an", "after", "before", "over", "under", "into", "during", "since", "until",
    "against",
}
# Words after a cut that start no noun: prepositions, conjunctions, adverbs of place and time ("Seoul |
# amid protests", "Putin | again", "Weah | who"). A lowercase word after a name or a modifier that is none
# of them is the noun the name or modifier belongs to ("Riverside | defender").
_NOT_NOUNS = {
    "about", "above", "across", "after", "against", "along", "amid", "among", "around", "as", "at", "before",
    "behind", "below", "beside", "between", "beyond", "by", "despite", "down", "during", "except", "for",
    "from", "in", "inside", "into", "like", "near", "of", "off", "on", "onto", "out", "outside", "over",
    "past", "per", "since", "than", "through", "throughout", "till", "to", "toward", "towards", "under",
    "until", "up", "upon", "via", "with", "within", "without", "and", "or", "but", "nor", "so", "yet", "if",
    "that", "which", "who", "whom", "whose", "where", "when", "while", "because", "although", "though",
    "whether", "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "here",
    "there", "today", "yesterday", "tomorrow", "tonight", "last", "next", "early", "late", "earlier",
    "later", "ago", "again", "also", "too", "alone", "instead", "already", "still", "now", "then", "ahead",
    "back", "home", "abroad", "together", "away", "even", "just", "only", "not", "no", "once", "twice",
    "say", "says", "said", "told", "tell", "reported", "announced", "added", "whereas", "unless", "all",
    "both", "each", "either", "neither", "some", "more", "most", "less", "least", "very", "well", "soon",
    "recently", "first", "second", "including", "according", "following", "aboard", "plus",
}
# Roles before a person's name, which a cut may not part from it: "the club's defender | Sam Ode".
_ROLES = frozenset(person_nouns.words("uncut"))
# Numbers in words, which wait for what they count: "killed three | Lebanese soldiers".
_COUNT_WORDS = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
    "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion", "dozen", "dozens", "hundreds",
}
# Words that modify a noun after them: ordinals, "former", "new" ("Africa's first | elected president").
_MODIFIERS = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last",
    "next", "former", "new", "top", "major", "senior", "junior", "chief", "deputy", "vice", "acting",
    "only", "sole",  # "Iran's first and only | nuclear plant"
    "female", "male", "young", "old", "big", "small", "large", "great", "main", "key", "national", "local",
    "regional", "foreign", "international", "federal", "public", "private", "special", "annual", "official",
    "elected", "proposed", "planned", "so-called", "fellow", "then", "late", "latest", "largest", "biggest",
    "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
}
# An absolute phrase cut before its participle: "closed lower with the index | dropping 13 points".
_WITH_TAIL = re.compile(r"\bwith\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\Z")
_ING_AFTER = re.compile(r"\s+(?P<w>[a-z]{2,}ing)\b")
_WORD_AFTER = re.compile(r"\s+[\"“]?(?P<w>[\w'’-]+)")
_WORD = re.compile(r"[\w'’-]+")
_ADVERB = re.compile(r"[a-z]+ly")


def verb_at_end(short: str) -> str | None:
    """Return the last word of `short` when it is a verb of the clause ("will provide"), or None."""
    words = short[-60:].split()[-3:]
    if not words or not _WORD.fullmatch(words[-1]):
        return None
    last = words.pop()
    if len(words) == 2 and _ADVERB.fullmatch(words[-1]) and _WORD.fullmatch(words[0]):
        words.pop()  # "will further | strengthen", "to continuously | strengthen"
    before = words[-1].lower() if words and _WORD.fullmatch(words[-1]) else ""
    if before in _DETERMINERS:
        return None  # "the proposed": an adjective; the noun-phrase rules look at it
    if before in _BEFORE_BASE and last.islower() and not (before == "to" and ends_on_tally(short)):
        return last  # "will provide", "to continuously strengthen"; not "voted nine to one"
    if before not in _AUXILIARIES and has_verb(before):
        return None  # "announced plans": a verb's object, a noun
    return last if last.islower() and has_verb(last) else None


def predicate(text: str, *, subject_first: bool = False) -> bool:
    """Tell whether `text` holds a verb that is no adjective: "the firm | said", not "the strangled body",
    "three more suspected patients".
    """
    at = 0
    while (verb := first_verb(text, at)) is not None:
        if subject_first and verb.start() == 0:  # "(warned that) unchecked change": the subject opens it
            at = verb.end()
            continue
        if "-" in verb.group():  # "newly-elected", "state-owned": an adjective
            at = verb.end()
            continue
        before = text[max(0, verb.start() - 12) : verb.start()].split()[-1:]
        word = before[0].lower() if before else ""
        adjective = word in _ADJECTIVE_BEFORE or word[:1].isdigit()
        if not adjective or verb.group().lower() in _AUXILIARIES | _BEFORE_BASE:
            return True
        at = verb.end()
    return present_verb(text) is not None  # "the new law ensures": a present form the verb tables lack


def _open_clause(tail: str) -> str | None:
    """Say whether the end of a cut title is a clause waiting for its verb, or None."""
    # the clause a word opens after the last comma: "a famine in which some 40,000 people | died"
    part = tail[max(tail.rfind(", "), tail.rfind(";")) + 1 :]  # not the comma of "40,000"
    words = set(part.lower().split())
    opened = _CLAUSE_OPENERS.search(part) if not _OPENER_WORDS.isdisjoint(words) else None
    that = None if opened or "that" not in words else _THAT_CLAUSE.search(part)
    opened = opened or that
    rest = part[opened.end() :] if opened else ""
    # "while coaching his team", "when asked": a participle is the clause's predicate; not after "said
    # that", whose clause opens on its subject ("warned that unchecked | (climate change)")
    participle = opened is not None and not that and _PARTICIPLE_START.match(rest) is not None
    # "which flies to twelve towns": a present verb the tables do not list
    present = opened is not None and not that and _PRESENT_START.match(rest) is not None
    participle = participle or (present and opened.group().strip().lower() in ("which", "who"))
    if opened is not None and not participle and not predicate(rest, subject_first=that is not None):
        return "clause"
    return None


# Participles that name the noun before them: "a bomb (called) the Daisy Cutter", "a boat (named) Zeus".
_NAMING = {"called", "named", "dubbed", "nicknamed", "titled", "entitled", "known"}


def open_phrase(title: str, cut: int) -> str | None:
    """Say which phrase a cut of `title` before offset `cut` leaves open, or None when it leaves none.

    The answer names the rule ("object", "preposition", "clause", "subject", "coordination", "absolute"),
    for tests and for reading a decision.
    """
    short = title[:cut].rstrip()
    if not short or cut >= len(title):
        return None
    after = title[cut : cut + 80]
    tail = short[-120:]
    if (clause := _open_clause(tail)) is not None:
        return clause  # "a famine in which some 40,000 people | died"
    next_word = _WORD_AFTER.match(after)
    if next_word is None:
        return None  # a comma or a dash after the cut: a phrase ends there
    following = next_word["w"]
    lowered = following.lower()
    last_word = short[short.rfind(" ") + 1 :].lower()
    adverb = last_word in _ADVERBS_AFTER_AUXILIARY
    adverb = adverb or (last_word.endswith("ly") and last_word not in _LY_ADJECTIVES)
    if adverb and _AUXILIARY_ADVERB.search(tail):
        return "auxiliary"  # "Peru has also | just agreed", "they will now | (vote)"
    verb = verb_at_end(short)
    if verb is not None and verb.lower() not in ("is", "are", "was", "were", "be", "been", "being"):
        quote = after.lstrip()[:1] in "\"“"
        np_start = lowered in _NP_START or lowered in _MODIFIERS or quote or following[:1].isdigit()
        np_start = np_start or following[:1].isupper()
        to = _TO_VERB.match(after) if lowered == "to" else None
        infinitive = to is not None and to["w"] not in _NOT_NOUNS
        if np_start or infinitive or lowered == "that" or (lowered == "and" and _verb_and(after)):
            return "object"  # "announced | the plan", "appeared | to be", "to strengthen | and expand"
    if verb is not None and lowered in _PHRASE_AFTER_PARTICIPLE and participles.noun_participle_cut(
        short[-40:].split()[-2:], lowered
    ) and in_phrase(short[-100 : -len(verb)].split()):
        return "participle"  # "fired at protesters gathered | outside the parliament": no verb of its own
    comma = short.rfind(", ", len(short) - 45)  # "..., beginning a process": its -ing word looked at first
    if comma >= 0 and short.endswith("ing", 0, short.find(" ", comma + 2)) and participles.short_ing_tail(
        short[comma + 2 :]
    ):
        return "participle"  # "agreed to the sale, beginning a process | that will last": the comma ends it
    if lowered in ("and", "or") and short[short.rfind(" ") + 1 :].lower() in _MODIFIERS and (
        _PAIRED_MODIFIER.match(after)
    ):
        return "noun phrase"  # "into Iran's first | and only nuclear plant": the pair waits for its noun
    if lowered.endswith("ing") and short[short.rfind(" ") + 1 :].lower() in _ASPECT_VERBS:
        return "object"  # "the crew will start | loading fuel": what will start is cut
    if lowered in _COMPARED_THAN and short[short.rfind(" ") + 1 :].lower() in _COMPARATIVES:
        return "preposition"  # "joined the more | than 40 million travellers"
    if lowered == "that" and _TOLD_WHOM.search(short[-60:]):
        return "object"  # "told reporters | that the talks failed": what was told is cut
    if lowered == "to" and control_verbs.waits_for_infinitive(short, after):
        return "object"  # "urged lawmakers | to pass the bill": whom was urged, not to do what
    if lowered in _PLACE_WORDS and control_verbs.waits_for_place(short, lowered):
        return "object"  # "started loading fuel | into the reactor": where the fuel goes is cut
    if following.islower() and control_verbs.waits_for_object(short, after):
        return "object"  # "has instructed | universities to conduct checks"
    if last_word in _OPEN_PREPOSITIONS:
        return "preposition"  # "the biggest loan since | a new chief took office"
    if _PREPOSITION_OF.get(short[short.rfind(" ") + 1 :].lower()) == lowered and not is_predicative(short):
        return "preposition"  # "amounted | to 16 million", "looking forward | to the race"
    if short.endswith(" as well") and lowered == "as":
        return "preposition"  # "support for the plan as well | as ..."
    # only after a verb: a title of a subject alone is no cut clause ("The survey | said incomes fell")
    open_end = not short.endswith((",", ";", ":"))
    if _FINITE_AFTER.match(after) and open_end and verb is None and predicate(short) and (
        lowered not in _NAMING
    ):  # not "dropped a bomb | called the Daisy Cutter": a participle that names the noun
        return "subject"  # "said the minister | would", "and the inquiry | got underway"
    if lowered.endswith("ed") and open_end and verb is None and control_verbs.said_subject_cut(tail, after):
        return "subject"  # "said his country | wanted OPEC to act": the statement's subject without its verb
    shared = _SHARED_HEAD.match(after) if lowered in ("and", "or") else None
    if shared and shared["head"] not in _NOT_HEADS:
        if not has_verb(shared["head"]) and short.rsplit(None, 1)[-1][:1].isupper():
            return "coordination"  # "former Everton | and Riverside defender Xavier"
    last = short.rsplit(None, 1)[-1]
    if last[:1].isupper() and following[:1].isupper() and " " in short and last.lower() not in _NOT_NOUNS:
        return "name"  # "with Russian President | Vladimir Putin", "in South | Korea"
    if last in _ROLES and following[:1].isupper():
        return "name"  # "signed the Riverside defender | Sam Ode": a role without the person it names
    if lowered not in _NOT_NOUNS and not lowered.endswith("ly"):
        # "140 | members", "10-week | old"
        lowest = last.lower()
        modifier = lowest in _MODIFIERS or lowest in _COUNT_WORDS or any(c.isdigit() for c in last)
        modifier = modifier and not _FINITE_AFTER.match(after)  # "the first | was"; "first | elected"
        name = following.islower() and last[:1].isupper() and " " in short and last.lower() not in _NOT_NOUNS
        # "the Treaty | banning mines" is a participle; "Gaza | training camp", "Japanese | financing for"
        participle = lowered.endswith("ing") and lowered not in ING_NOUNS and not _NOUN_ING.match(after)
        noun_after = following.islower() and not has_verb(lowered) and not participle
        noun_after = noun_after and not postnominal(after)  # "a motion | critical of": a whole noun phrase
        words = short[-40:].split()
        # "a revamped | consortium", "the voluntary | counseling": a word after a determiner ends no noun
        # phrase when a noun follows; after an adjective an -ing word is one ("the fire | plunging" is not)
        adjective = _ADJECTIVE_END.search(last) is not None and following.islower() and not has_verb(lowered)
        after_determiner = len(words) >= 2 and words[-2].lower() in _DETERMINERS
        modifier = modifier or ((noun_after or adjective) and after_determiner)
        # "to submit detailed | proposals": an adjective after an infinitive's verb starts its object
        modifier = modifier or (adjective and len(words) >= 3 and words[-3].lower() == "to")
        name = name and noun_after
        if modifier or name:
            return "noun phrase"  # "Riverside | defender", "Africa's first | elected", "a 10-week | old"
    # not "relations with Zimbabwe | outgoing (ambassador)": an adjective
    participle = following.endswith("ing") and lowered not in ING_NOUNS and lowered not in ING_ADJECTIVES
    if participle and _WITH_TAIL.search(tail) is not None:
        with_at = tail.rfind("with")
        verb_before = tail[:with_at].split()[-1:]  # "settled with 150 people | claiming"
        if not has_verb(tail[with_at:]) and not (verb_before and has_verb(verb_before[0])):
            return "absolute"  # "closed lower with the index | dropping 13 points"
    return None


def _verb_and(after: str) -> bool:
    """Tell whether the words after a cut are "and" and a second verb sharing the object ("and expand")."""
    second = _SECOND_VERB.match(after)
    return second is not None and (has_verb(second["w"]) or second["n"].lower() in _NP_START)
