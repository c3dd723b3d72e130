"""Tell whether the last word of a cut headline opens a phrase the cut left out: a closed-class end check.

`cut_words.waits` asks it of every cut `shorten.fit` weighs: a determiner ("plans to recover some | 500
million"), a subject pronoun ("that he | and ..."), "former |", a particle before its object, a count's
"more", "for him | to", an open bracket or quotation, a verb of saying before its "that", a clause cut after
its verb ("as it received | about 4 percent"), a verb after a modal and "not" before its object. A title
whose last word is no possible phrase end never ships as it is when a whole one fits.
"""

from __future__ import annotations

import re

from timeline.speech import TOLD_WHOM, alternation
from timeline.verbs import has_verb

# Words that open a noun phrase inside a phrase: a preposition before it.
OPENS_PHRASE = {
    "to", "of", "by", "for", "with", "in", "on", "at", "from", "against", "into", "over", "about", "under",
    "among", "between",
}
# Words no noun phrase holds: pronouns, verbs of saying, conjunctions ("said this | emerged from").
NOT_IN_PHRASE = {
    "this", "that", "it", "he", "she", "they", "we", "i", "you", "who", "which", "and", "or", "but", "said",
    "says", "is", "are", "was", "were", "has", "have", "had", "be", "been", "being", "as", "when", "while",
    "after", "before", "because", "if", "than",
}
ADJECTIVE_END = re.compile(r"[a-z]{3,}(?:ic|al|ive|ous|ary|ful|ible|able|ate|ant|ent)\Z")

# Articles and possessives: a noun phrase follows ("the | plan", "their | vote"). Other modules widen it.
ARTICLES = {"the", "a", "an", "its", "his", "her", "their", "our"}
# Words that open a noun phrase and cannot end one, each with an example: "plans to recover some | 500
# million francs", "fired every | shot", "such | measures".
OPEN_DETERMINERS = {
    "some", "any", "each", "every", "several", "such", "another", "either", "neither", "no", "these", "those",
}
# Words after a cut that end a phrase of their own, so that a determiner before them is a pronoun: "among
# those | who", "some | of the money", "met several | in May".
PHRASE_ENDS = OPENS_PHRASE | NOT_IN_PHRASE | {
    "who", "whom", "whose", "where", "since", "until", "through", "via", "during", "including", "amid",
    "more", "others", "other", "less", "else", "least", "too", "also", "yesterday", "today", "here", "there",
}
# Finite verbs that follow a subject: a cut before them leaves the subject without its verb.
_FINITE_WORDS = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
                 "might", "must", "should"}
# Verbs with two objects, and the pronouns of the first: "giving it | a stake", "offered them | a deal".
_GIVING = {"give", "gives", "giving", "gave", "given", "offer", "offers", "offering", "offered", "grant",
           "granting", "granted", "hand", "handing", "handed", "award", "awarding", "awarded", "send", "sent",
           "sending", "promise", "promised", "promising", "show", "showed", "showing"}
_OBJECT_PRONOUNS = {"it", "him", "her", "them", "us", "me"}
# The endings ADJECTIVE_END looks for, asked first.
ADJECTIVE_ENDINGS = ("ic", "al", "ive", "ous", "ary", "ful", "ible", "able", "ate", "ant", "ent")
# The words _SHORT_CLAUSE starts on, looked for first: one scan of the last words.
_SUBORDINATOR = re.compile(r"(?:as|because|while|when|although|though|whereas|unless) ")
# Words that open an indirect question: "tell the auditors how | it plans".
_WH_WORDS = {"how", "why", "whether", "what", "where"}
# One lowercase word after a cut and the end of its phrase: "(coastal) stocks, ...", "(rural) roads."
_NOUN_LAST = re.compile(r"\s+(?P<n>[a-z]{3,})(?:[,.;:]|\Z)")
# Subject pronouns, which start a clause and never end one: "said at the hearing that he | and ...".
_SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i"}
# Adjectives that only come before their noun: "hired to coach former | Olympic star", "a so-called | truce".
PRENOMINAL = {
    "former", "fellow", "so-called", "would-be", "erstwhile", "outgoing", "incoming", "onetime", "ex",
    "then-", "fledgling", "self-styled", "self-proclaimed", "de", "facto",
}
# Adjectives of a domain that stand before their noun, not after a "be": "closer economic (ties)", "the
# presidential (election)", "13 promotional (activities)"; not "The crisis is economic".
RELATIONAL = {
    "economic", "political", "presidential", "parliamentary", "legislative", "electoral", "diplomatic",
    "bilateral", "multilateral", "judicial", "constitutional", "municipal", "ministerial", "fiscal",
    "monetary", "agricultural", "industrial", "commercial", "environmental", "financial", "promotional",
    "territorial", "educational", "technological", "scientific", "strategic", "geopolitical",
}
# Particles of phrasal verbs, which wait for the object after them: "had chopped off | the fingers".
_PARTICLES = {"off", "up", "out", "down", "away", "back"}
# Words that start the object after a particle: a determiner, a number, a name.
_OBJECT_START = re.compile(r"\s+(?:the|a|an|its|his|her|their|our|some|all|two|three|four|five|six|seven"
                           r"|eight|nine|ten|several|many|\d[\d,.]*|[A-Z][a-z]+)\b")
# A subordinate clause of a subject and its verb at the end of a cut: "as it received", "because the
# court ruled".
_SHORT_CLAUSE = re.compile(r"\b(?:as|because|while|when|although|though|whereas|unless)\s+"
                           r"(?:it|he|she|they|we|(?:the|its|his|her|their)\s+[a-z]+|[A-Z][\w'’-]+)\s+[a-z]+\Z")
# A verb after a modal and "not": "should not damage", "will never accept".
_MODAL_VERB = re.compile(
    r"\b(?:will|would|can|could|may|might|must|should|shall)\s+(?:not|never)\s+(?P<w>[a-z]+)\Z"
)
# Verbs that need no object after a modal: "the talks will not resume".
_INTRANSITIVE = {
    "continue", "resume", "resign", "retire", "arrive", "happen", "occur", "rise", "fall", "improve",
    "succeed", "fail", "meet", "talk", "vote", "speak", "return", "leave", "come", "go", "stay", "die", "end",
    "begin", "start", "decline", "compete", "open", "close", "decide", "proceed", "respond", "react", "be",
    "work", "change", "last", "matter", "wait", "stop", "give", "back", "step",
}
# A count and "more", "fewer", "less" before what they count: "with over 12 million more | voters".
_COUNT_MORE = re.compile(r"(?:\d[\d,.]*|million|billion|thousand|hundred|dozen|two|three|four|five|six"
                         r"|seven|eight|nine|ten|many|much|far|no)\s+(?:more|fewer|less|other)\Z")
# Participles that want their complement: "found | guilty", "declared | dead", "deemed | unfit".
_COMPLEMENT_PARTICIPLES = {
    "found", "declared", "deemed", "judged", "proven", "proved", "pronounced", "rendered",
}
# A measure joined to its count, which comes before a noun: "six-month", "10-year-old", "two-day".
_MEASURE = re.compile(r"-(?:second|minute|hour|day|week|month|year|decade|mile|metre|meter|kilometre"
                      r"|kilometer|point|member|nation|party|seat|storey|story|game|match|round|way|man|year-old|old)\Z")
# A hyphened modifier and its noun after a cut: "(its parent company) pre-tax loss".
_HYPHENED_MODIFIER = re.compile(r"\s+[a-z]+(?:-[a-z]+)+\s+[a-z]{3,}\b")
# A modifier of lowercase words joined by hyphens, before a lowercase noun: "long-haul", "state-owned".
_COMPOUND_MODIFIER = re.compile(r"[a-z]+(?:-[a-z]+)+")
# An object of "for" before its infinitive: "giving a green light to the coach for him | to travel".
_FOR_OBJECT = re.compile(r"\bfor\s+(?:him|her|them|it|us|me|you)\Z")
_INFINITIVE_AFTER = re.compile(r"\s+to\s+[a-z]{2,}\b")
# A noun phrase after a verb of saying, and a verb soon after the cut: it is the subject of what was said.
_SAID_SUBJECT = re.compile(
    rf"\b(?:{alternation('said_subject', told=TOLD_WHOM)})"
    r"\s+(?:that\s+)?(?:(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+|[A-Z][\w'’-]+)\Z"
)
# A lowercase noun and a finite verb after a cut: "the other party | leaders were".
_NOUN_THEN_VERB = re.compile(r"\s+(?P<n>[a-z][a-z-]+)\s+(?:is|are|was|were|has|have|had|will|would|could|can"
                             r"|may|might|must|should)\s")
# A "that" soon after a cut, in the same phrase: "said at the hearing | on the budget that ...".
_THAT_SOON = re.compile(r"[^,;.:\"“”]{0,50}?\bthat\s")
# A verb of saying with no "that" after it in the last words of a cut: "said at the hearing".
_SAID_LAST = re.compile(
    rf"\b(?:{alternation('said_last', told=TOLD_WHOM)})(?:\s+(?!that\b)[\w'’-]+){{0,10}}\Z"
)
_VERB_SOON = re.compile(r"\s+(?:of|in|for|on|at|from|with)\s[^,;:\"“”]{0,45}?\b"
                        r"(?:is|are|was|were|has|have|had|would|will|could|should|may|might|can|must)\s")

# A verb of saying and a phrase before what was said, its clause cut: "said, due to the rain | ...".
_SAID_FRONT_OPEN = re.compile(
    rf"\b(?:{alternation('said_front', told=TOLD_WHOM)}),?\s+(?:that\s+)?"
    r"(?:due\s+to|because\s+of|despite|thanks\s+to|owing\s+to|as\s+a\s+result\s+of|in\s+view\s+of|amid)\s[^,;\"“”]*\Z"
)


def open_end(title: str, cut: int) -> str | None:
    """Say which phrase the last word of `title[:cut]` opens, which the cut left out, or None: a determiner
    ("recover some | 500 million"), a subject pronoun ("that he | and ..."), an adjective that only comes
    before its noun ("to kill former | Russian spy"), a particle before its object ("chopped off | the
    fingers"), a count's "more" ("37 million more | children"), the object of "for" before its infinitive
    ("for him | to travel").
    """
    short = title[:cut].rstrip()
    after = title[len(short) : len(short) + 60]
    if not short or not after.strip():
        return None
    if after.startswith(","):  # "said the drills | , dubbed ..., would start": what was said lost its verb
        subject = _said_near(short) and _SAID_SUBJECT.search(short, max(0, len(short) - 80))
        return "subject" if subject else None
    if not after[:1].isspace():
        return None
    words = short[-60:].split()
    lowered = words[-1].lower()
    previous = words[-2].lower() if len(words) > 1 else ""
    following = after.split(None, 1)[0]
    follows = following.lower().strip(",.;:")
    if "(" in short and short.count("(") > short.count(")"):
        return "aside"  # "brought to Qatar by the coach (the man | who ...)": a bracket left open
    if short.count('"') % 2 == 1 or short.count("“") > short.count("”"):
        return "quotation"  # 'the drills, dubbed "Blue | Sky,"': a quotation left open
    reason = _by_word(short, after, lowered, previous, following, follows)
    if reason is not None or not _said_near(short):
        return reason
    recent = short[-170:]
    front = "due to" in recent or "because of" in recent or "despite" in recent or "thanks to" in recent
    front = front or "owing to" in recent or "result of" in recent or "view of" in recent or "amid" in recent
    if front and _SAID_FRONT_OPEN.search(short, max(0, len(short) - 170)):
        return "statement"  # "said due to the rains in the north | , the harvest ...": what was said is cut
    that_soon = follows == "that" or _THAT_SOON.match(after) is not None
    if that_soon and _SAID_LAST.search(short, max(0, len(short) - 80)):
        return "statement"  # "said at the hearing | that he ...": what was said is cut
    noun = _NOUN_THEN_VERB.match(after)
    plain = lowered.isalpha() and lowered not in PHRASE_ENDS and not lowered.endswith("ly")
    if noun and plain and noun["n"] not in PHRASE_ENDS and not has_verb(noun["n"]) and not has_verb(lowered):
        return "compound"  # "said the party | leaders were": a noun cut from the noun it modifies
    if _VERB_SOON.match(after) and _SAID_SUBJECT.search(short, max(0, len(short) - 80)):
        return "subject"  # "said the point | of the exercise was to ...": a subject cut before its verb
    return None


def _said_near(short: str) -> bool:
    """Tell whether a verb of saying is among the last words of a cut: the rules of statements need one."""
    recent = short[-170:]  # one look per stem, no pattern: this is asked of most cuts weighed
    return (
        "said" in recent or "says" in recent or "told" in recent or "stated" in recent or "added" in recent
        or "announced" in recent or "noted" in recent or "warned" in recent or "stressed" in recent
        or "insisted" in recent or "believe" in recent or "thought" in recent or "thinks" in recent
        or "expect" in recent
    )


def _by_word(short: str, after: str, lowered: str, previous: str, following: str, follows: str) -> str | None:
    """Say which phrase the last word `lowered` (after `previous`) opens, the cut before `following`."""
    noun_after = following.isalpha() and following.islower() and follows not in PHRASE_ENDS
    if previous in ("not", "never"):
        modal = _MODAL_VERB.search(short, max(0, len(short) - 40))
        if modal and modal["w"] not in _INTRANSITIVE and _OBJECT_START.match(after):
            return "object"  # "troops should not harm | border trade": a modal's verb waits for its object
    if lowered in OPEN_DETERMINERS and follows not in PHRASE_ENDS and following[:1].isalnum():
        return "determiner"
    if previous in OPEN_DETERMINERS and noun_after and not has_verb(follows):
        return "determiner"  # "had achieved some solid | results": a modifier after "some" waits for its noun
    if lowered in _COMPLEMENT_PARTICIPLES and following.isalpha() and following.islower() and (
        follows not in PHRASE_ENDS or follows in ("to", "as")
    ):
        return "participle"  # "farmers found | guilty of ...", "was declared | dead"
    if lowered in _SUBJECT_PRONOUNS and previous not in ("than", "as"):
        return "pronoun"
    if previous == "that" and has_verb(follows) and not has_verb(lowered):
        return "clause"  # "disclosed that the bloc | would ...": a clause cut before its verb
    if lowered.isalpha() and lowered.islower() and _HYPHENED_MODIFIER.match(after):
        return "compound"  # "its parent company | pre-tax loss": a noun phrase goes on after the cut
    if lowered in _WH_WORDS and following[:1].isalpha():
        return "clause"  # "must tell the auditors how | it plans to ...": a question cut before its clause
    if lowered.endswith(ADJECTIVE_ENDINGS) and ADJECTIVE_END.search(lowered) and lowered.isalpha():
        last_noun = _NOUN_LAST.match(after)
        if last_noun and last_noun["n"] not in PHRASE_ENDS and not has_verb(last_noun["n"]):
            return "adjective"  # "should not damage coastal | stocks, ...": the phrase's last noun is cut
    if lowered in PRENOMINAL and following[:1].isalpha() and follows not in PHRASE_ENDS:
        return "prenominal"
    if lowered in _OBJECT_PRONOUNS and previous in _GIVING and _OBJECT_START.match(after):
        return "object"  # "a deal giving it | a further stake": the second object is cut
    if lowered in _PARTICLES and has_verb(previous) and _OBJECT_START.match(after):
        return "particle"
    if follows in _PARTICLES and has_verb(lowered) and _OBJECT_START.match(after, len(following) + 1):
        return "particle"  # "had chopped | off the fingers"
    subordinate = _SUBORDINATOR.search(short, max(0, len(short) - 50)) is not None
    clause = subordinate and following[:1].isalnum() and follows not in PHRASE_ENDS - {"about"}
    if clause and has_verb(lowered) and _SHORT_CLAUSE.search(short, max(0, len(short) - 50)):
        return "clause"  # "failed to win as it received | about 4 percent": a clause cut after its verb
    more = lowered in ("more", "fewer", "less", "other")
    if more and _COUNT_MORE.search(short, max(0, len(short) - 30)) and noun_after:
        return "count"
    if previous in ("a", "an", "the") and following[:1].isdigit():
        return "modifier"  # "giving it a further | 30 percent stake": an article's modifier before a count
    hyphened = "-" in lowered and noun_after and not has_verb(follows)
    if hyphened and (_MEASURE.search(lowered) or _COMPOUND_MODIFIER.fullmatch(lowered)):
        return "modifier"  # "Britain's six-month | presidency", "the 787 long-haul | jets": before its noun
    for_object = previous == "for" and _FOR_OBJECT.search(short, max(0, len(short) - 10))
    if for_object and _INFINITIVE_AFTER.match(after):
        return "infinitive"
    return _by_word_table(lowered, previous, following, follows)


# Ordinals and words like them that come before their noun after a determiner or a possessive: "into
# Iran's first | and only nuclear plant", "the last | two games".
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "last", "only", "next", "sole", "latest"}
# Determiners of an ordinal: an article, a possessive pronoun ("'s" is asked apart).
_ORDINAL_DETERMINERS = {"the", "its", "his", "her", "their", "our", "my", "your", "a"}
# A quantity before its noun: "cautioned against too much | tinkering", "so many | people".
_DEGREE = {"too", "so", "as", "how"}
# Verbs whose preposition is a particle of their meaning, which a cut must not leave out, each with an
# example: "has come | across an interview" (found), "looked | into the claims" (investigated).
_PREPOSITION_VERBS = {
    "across": "come comes came coming",
    "into": "look looks looked looking run runs ran running",
    "after": "look looks looked looking",
    "with": "deal deals dealt dealing cope copes coped coping comply complies complied",
    "on": "rely relies relied relying depend depends depended depending insist insists insisted",
    "for": "account accounts accounted accounting",
}
_PREPOSITION_OF = {}
for _prep, _line in _PREPOSITION_VERBS.items():
    for _verb in _line.split():
        _PREPOSITION_OF.setdefault(_verb, set()).add(_prep)


def _by_word_table(lowered: str, previous: str, following: str, follows: str) -> str | None:
    """Say which phrase the last word opens by the tables above: an ordinal ("Iran's first | and only
    plant"), a quantity after "too" ("too much | tinkering"), a verb's particle ("has come | across")."""
    determined = previous in _ORDINAL_DETERMINERS or previous.endswith(("'s", "’s"))
    if lowered in _ORDINALS and determined and following[:1].isalpha() and follows not in ("of", "in", "to"):
        return "ordinal"
    noun_after = following.isalpha() and following.islower() and follows not in PHRASE_ENDS
    if lowered in ("much", "many") and previous in _DEGREE and noun_after:
        return "determiner"
    if follows in _PREPOSITION_OF.get(lowered, ()):
        return "particle"
    return None

def before_verb(title: str, cut: int) -> bool:
    """Tell whether a cut falls between a subject and its finite verb ("inspectors in the port examining the
    ferry | are due"): a shorter subject may leave room for the verb, though the cut scores no worse for it.
    """
    short = title[:cut].rstrip()
    following = title[len(short) : len(short) + 12].split(None, 1)
    return bool(following) and following[0] in _FINITE_WORDS and not short.endswith((",", ";", ":"))
