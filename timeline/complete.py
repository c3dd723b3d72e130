"""Tell whether a finished title reads as a whole headline, from the title alone: the output-side check.

`complete(title)` names the reason a title stops mid-phrase ("Annan also stressed the need", "Apple will
provide live", "said that Czech President", "its target of 12") or gives None. It looks at nothing but the
title, so that it judges a title the way an editor does, whatever rule built it. The word lists it needs are
the ones the cut rules already keep (title_ends, open_ends, cut_words, and transitive for the verbs that need
their object); the few tables here hold what those lack: nouns and adjectives that need what follows them,
role words before a name. timeline.candidates asks it of a cut title and of the shorter wordings it tries
instead.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline import person_nouns
from timeline.chunks import predicate
from timeline.cut_shapes import cut_shape
from timeline.cut_tails import cut_tail, nouns_only
from timeline.cut_words import COMPLEMENT_OF
from timeline.loose_words import loose_end
from timeline.open_complements import open_complement
from timeline.open_ends import ARTICLES, OPEN_DETERMINERS, OPENS_PHRASE, PRENOMINAL, RELATIONAL
from timeline.present_verbs import waits
from timeline.speech import alternation
from timeline.speech import words as speech_words
from timeline.subject_heads import ING_NOUNS
from timeline.title_ends import COUNT_END, DANGLING, FUNCTION_WORDS, dangles, phrasal_end
from timeline.transitive import VERB_FORMS
from timeline.verbs import first_verb, has_verb, plural_present

# Nouns of cut_words.COMPLEMENT_OF that say nothing without their complement after an article: "stressed the
# need", "raised the prospect", "scrapped a plan"; not those that stand alone ("defended the decision",
# "issued a warning", "paved the way", "played a part").
_STANDS_ALONE = {
    "decision", "ban", "impact", "effect", "influence", "pressure", "focus", "warning", "warnings",
    "evidence", "ties", "relations", "contact", "links", "deaths", "role", "roles", "claims", "belief",
    "hope", "fears", "risk", "chance", "opportunity", "plans", "means", "importance", "way", "ways", "part",
}
_COMPLEMENT_NOUNS = set(COMPLEMENT_OF) - _STANDS_ALONE
# Adverbs among title_ends.FUNCTION_WORDS, which end a title well: "will resume soon".
_ADVERBS = {"just", "shortly", "soon", "immediately", "right", "even", "partly", "mainly", "largely"}
_END_WORDS = set(FUNCTION_WORDS) - _ADVERBS

# Words a title may not end on, each with an example, beyond title_ends.FUNCTION_WORDS (prepositions,
# articles, conjunctions, "who", "which"): "said he hopes the visit will", "... than".
_CLAUSE_OPENERS = {"only",
    "where", "when", "whether", "how", "why", "what", "whose", "whom", "if", "because", "although", "though",
    "unless", "until", "than", "nor", "per", "upon", "till",
    "without", "unlike", "below", "above", "beyond", "except",  # "ordained without", "the surplus was below"
}  # "asked the court whether"; not "about" ("what we care about"), "since" ("not seen since")
_SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i"}  # "the minister said he"
_NEGATIONS = {"not", "never"}
# Auxiliaries and modals a title may not end on: "The report was", "said the visit will".
_AUXILIARY_WORDS = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
                    "could", "may", "might", "must", "should"}  # "the board will not"

# Words before a verb's form that make it passive or a noun, or an ellipsis: "was approved", "the plans", "a
# cut", "than expected".
_PASSIVE = {"is", "are", "was", "were", "be", "been", "being", "get", "got", "as", "than"}
_NOUN_BEFORE = ARTICLES | OPEN_DETERMINERS | {"this", "that", "these", "those", "new", "own", "further",
                                               "budget", "tax", "rate", "job", "price", "spending"}

# Role words that come before a name, capitalized: "said that Latvian President (Ilze Berzina)"; the titles
# of courtesy and the words that open a compound title ("Prime", "Foreign") are no person nouns.
_ROLES = frozenset(person_nouns.words("title_uncut")) | {
    "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Sir", "Lord", "Lady", "Rev", "Rev.",
    "Deputy", "Vice", "Prime", "Foreign", "Defense", "Defence", "Finance",
}
# Adjectives that come only before their noun, beyond open_ends.PRENOMINAL: "this southern (city)".
_BEFORE_NOUN = PRENOMINAL | {
    "southern", "northern", "eastern", "western", "southeastern", "southwestern", "northeastern",
    "northwestern", "annual", "respective", "upcoming", "alleged", "additional", "various", "main", "major",
    "key", "mere", "entire", "senior", "joint", "biggest", "largest", "first-ever", "domestic", "would-be",
}

# A quantity's noun after a count: "its target of 12", "a total of 40", "the 15".
_COUNT_OPENERS = ARTICLES | {"of", "first", "last", "top", "some", "another", "the", "every", "among"}


# A "be" that ends a question word's clause, which it closes: "had no idea where the envoy was (now)".
_WH_BE_END = re.compile(
    r"\b(?:where|what|who|how)\s+(?:[\w'’-]+\s+){1,4}(?:is|are|was|were)(?:\s+(?:now|then|today))?\Z"
)
_WHERE_ENDS = {"is", "are", "was", "were", "now", "then", "today"}
_COUNT_WORDS = {"million", "billion", "thousand", "hundred", "trillion", "dozen", "two", "three", "four",
                "five", "six", "seven", "eight", "nine", "ten"}  # "one of five discussed": a participle
_ADVERB_WORDS = {"not", "also", "still", "already", "just", "now", "never", "since", "then", "all", "both"}
_GROUP_WORDS = _ADVERB_WORDS | {"been", "be"}  # words of a verb group: "have | not | been | seen"
# Adjectives after "be" that want their infinitive: "would be reluctant (to part with ...)".
_WANTS_INFINITIVE = {
    "reluctant", "willing", "unwilling", "unable", "able", "likely", "unlikely", "eager", "poised",
    "determined", "keen", "set", "due", "bound", "about", "quick", "slow", "expected", "scheduled", "slated",
    "projected", "forecast", "predicted", "supposed", "believed", "thought", "estimated", "required",
    "obliged", "forced", "allowed", "said", "reported",  # "the number is projected (to rise)"
}
# Adjectives after "be" that say nothing without their phrase: "was different (from ...)", "is subject (to".
_WANTS_PREPOSITION = {
    "different", "similar", "related", "subject", "prone", "equal", "contrary", "akin", "comparable",
    "identical", "tantamount", "liable", "conducive", "indicative", "reminiscent",
}
_HELD = {"held", "found", "deemed", "considered", "made", "hold", "holds", "holding"}
# Adjectives in -ly, which are no adverbs: "would be costly", "is unlikely".
_LY_ADJECTIVES = {
    "costly", "likely", "unlikely", "early", "only", "friendly", "elderly", "deadly", "lonely", "holy",
    "daily", "weekly", "monthly", "yearly", "lively", "orderly", "timely", "ugly", "silly", "jolly", "bully",
    "family", "italy", "july", "rally", "ally", "assembly", "supply", "reply", "apply", "fly",
}
_ATTRIBUTION_LAST = {"said", "says", "told", "added", "reporters", "journalists", "here"}
# Who said it, after what was said, at the end: ", Larsen told reporters", ", the coach said".
_ATTRIBUTION_END = re.compile(
    rf",\s+(?:[\w'’-]+\s+){{0,3}}[\w'’-]+\s+(?:{alternation('ends_title')})(?:\s+(?:reporters|journalists|here))?\Z"
)
_AFTER_BE = re.compile(r"\b(?:is|are|was|were|be|been|being|seems?|seemed|appears?|appeared)"
                       r"(?:\s+(?:not|also|still|now|very|more|less|most|[a-z]+ly))*\s+[a-z]+\Z")
# A nationality before its noun, capitalized: "Czech", "Japanese", "Iranian", "Swedish".
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ese|ian|ean|ish)|Czech|Dutch|French|Greek|Thai|Swiss|Irish")
# A "between" with one side and no "and": "a summit between the two (and ...)".
_BETWEEN_END = re.compile(r"\bbetween\s+(?:(?!and\b)[\w'’.-]+\s*){1,5}\Z")
# Words that open a clause whose verb must follow: "assurances that a special law (would pass)".
_COMPLEMENTIZERS = re.compile(
    r"\b(?:that|whether|because|although|though|unless|whereas|when|while|once|if"
    r"|(?<=,\s)as(?=\s+(?:the|its|his|her|their|this|these)\s[^,]*\Z))\s+(?!of\b)"
)  # "as" after a comma opens a clause too when a determiner follows: "..., as the probe (widened)"
# Verbs of saying that take a clause with no "that": "said the talks (went well)", "told reporters the
# decision (had been taken)", "told a briefing (that ...)".
_SAID = re.compile(rf"\b(?:{alternation('bare_statement')})\s+(?!that\b)")
# A word every match of each holds: _open_clause searches only a tail that holds one.
_COMPLEMENTIZER_WORDS = ("that", "whether", "because", "though", "unless", "whereas", "when", "while", "once",
                         "if", "as")
_SAID_WORDS = tuple(dict.fromkeys(verb.split()[0] for verb in speech_words("bare_statement")))
# A subject and a relative clause opening a title: "The theory that the pyramids were built (...)".
_RELATIVE_SUBJECT = re.compile(r"\A(?P<subject>[^,;:\"“]{3,60}?)\s+(?:that|which|who)\s+")
# A relative pronoun right before a verb, which opens one more relative clause: "(a trip) that ended".
_NESTED_RELATIVE = re.compile(r"\s(?:that|which|who)\s+\Z")
# A subordinate clause opening a title, with its time before it: "(Just 11 weeks) after he ...".
_FRONT_CLAUSE = re.compile(
    r"\A(?:(?:just|only|about|some|barely|nearly)\s+)?(?:(?:\w+|a\s+few)\s+(?:hours?|days?|weeks?|months?|years?)"
    r"\s+)?(?:after|before|since|when|because|although|though|while|if|unless|once|until)\s+"
    r"(?:he|she|it|they|we|i|the|a|an|his|her|its|their)\b",
    re.I,
)
# Who said it, after what was said, or a passive: ", Berri | told", ", he | added", "was | added".
_TELLER_BEFORE = re.compile(
    r"(?:,\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+|\b(?:is|are|was|were|been|be|being))\s+\Z"
)
# A front adverb before a verb, the subject lost: "So far has briefed the groups".
_NO_SUBJECT = re.compile(
    r"\A(?:So\s+far|Also|Then|Now|Still|Meanwhile|Earlier|Later)\s+(?:has|have|had|is|are|was|were|will|would)\b"
)
# Adjective endings no noun has, or few: "the voluntary", "a dangerous", "the possible".
_ADJECTIVE_ENDS = ("ous", "ful", "ible", "able", "ary")
_NOUNS_LIKE_ADJECTIVES = {
    "military", "secretary", "anniversary", "commentary", "summary", "boundary", "library", "salary", "diary",
    "primary", "dignitary", "emissary", "adversary", "beneficiary", "missionary", "constabulary", "glossary",
    "itinerary", "sanctuary", "capitulary", "handful", "mouthful", "vegetable", "constable", "timetable",
    "variable", "notable", "cable", "table", "fable", "stable", "bible", "visionary", "rotary", "dictionary",
    "documentary", "luminary", "secretary-general", "ordinary", "contrary", "necessary", "unusual",
}
_VERB_WORD = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=16384)  # shorten.fit asks it of each cut it weighs, and of the same cuts again
def open_statement(text: str) -> bool:
    """Tell whether a cut title ends inside what was said, before its verb: "said five state mine"."""
    if not any(map(text[max(0, len(text) - 80) :].__contains__, _SAID_WORDS)):
        return False  # _open_clause says "statement" only of a tail that holds a verb of saying
    return _open_clause(text) == "statement"


def _open_clause(text: str) -> str | None:
    """Say whether the title ends inside a clause whose verb is cut: after "that" ("won assurances that a
    special law"), after a verb of saying ("told reporters the decision"), or a subject whose only verb is
    its relative clause's ("The theory that the pyramids were built").
    """
    tail = max(0, len(text) - 80)
    checks = ((_COMPLEMENTIZERS, "clause", _COMPLEMENTIZER_WORDS), (_SAID, "statement", _SAID_WORDS))
    end = text[tail:]
    for pattern, reason, needed in checks:
        found = None
        for match in pattern.finditer(text, tail) if any(map(end.__contains__, needed)) else ():
            found = match  # the last one: the clause the title ends in
        clause = text[found.end() :] if found is not None else ""
        if found is None or (predicate(clause) and not nouns_only(clause)) or _quoted(clause):
            continue
        if reason == "statement" and _TELLER_BEFORE.search(text, 0, found.start()):
            continue  # "We agreed to a truce, Berri told reporters": an attribution after what was said
        return reason
    head = text[:70]
    if " that " not in head and " which " not in head and " who " not in head:
        return None
    relative = _RELATIVE_SUBJECT.match(text)
    if relative is None or predicate(relative["subject"]) or relative["subject"][:1].islower():
        return None
    if _SAID.search(relative["subject"] + " "):
        return None
    verb = first_verb(text, relative.end())
    if verb is None:
        return "no predicate"
    at = verb.end()
    main = verb.group().lower() not in _AUXILIARY_WORDS  # the group ends on its one main verb
    while (
        not main
        and (word := _VERB_WORD.search(text, at)) is not None
        and (has_verb(word.group()) or word.group().endswith("ly") or word.group() in _GROUP_WORDS)
    ):
        at = word.end()  # the relative clause's verb group: "were | built", "have | not | been | seen"
        main = has_verb(word.group()) and word.group().lower() not in _AUXILIARY_WORDS  # "who was arrested
        # | was released": the main verb follows the group's own
    verb = _verb_after(text, at)
    for _ in range(3):  # a relative clause inside the first: "a firm that organised a trip that ended"
        if verb is None or not _NESTED_RELATIVE.search(text, at, verb.start()):
            break
        at = verb.end()  # its verb alone: "(a bridge that) collapsed | was fined" goes on to the main verb
        verb = _verb_after(text, at)
    return None if verb is not None else "no predicate"


# A participle after a determiner is an adjective, no verb: "who is (the purported) leader".
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|its|his|her|their|this|these|those)\s+(?:[a-z]+ly\s+)?\Z", re.I
)


def _verb_after(text: str, at: int) -> re.Match[str] | None:
    """Return the first verb after `at` that follows no determiner ("the purported leader"), or None."""
    verb = first_verb(text, at)
    while verb is not None and _DETERMINER_BEFORE.search(text, max(0, verb.start() - 20), verb.start()):
        verb = first_verb(text, verb.end())
    return verb


# What title_ends.dangles looks at: its last word, the one before, and a few words in the last 60 characters.
_DANGLE_LAST = DANGLING | {
    "here", "there", "today", "reporters", "forward", "out", "about", "put", "puts", "carried", "brought",
    "laid",
}
_DANGLE_BEFORE = {"to", "will", "would", "can", "could", "may", "might", "must", "should", "and", "or", "but"}


def _may_dangle(text: str, lowered: str, before: str) -> bool:
    """Tell whether title_ends.dangles may say yes, by the words it looks at: most titles need no pattern."""
    if lowered in _DANGLE_LAST or before in _DANGLE_BEFORE or lowered.endswith(("ing", "'s", "’s")):
        return True
    tail = text[-60:]
    return "," in tail or "with" in tail or "that" in tail


def _auxiliary(words: list[str]) -> str:
    """Return the word before the last one, past adverbs: "was (unanimously) approved" -> "was"."""
    for word in reversed(words[:-1]):
        word = word.lower()
        if not (word.endswith("ly") or word in _ADVERB_WORDS):
            return word
    return ""


def _quoted(words: str) -> bool:
    """Tell whether what was said is a quotation, which needs no verb: 'said "a clear violation"'."""
    return words[:1] in "\"“'‘"


def _modified_noun(words: list[str]) -> bool:
    """Tell whether the last word is a noun after a participle that modifies it: after an article ("a
    sweeping plan", "the ruling party") or as the object of an infinitive ("to submit detailed plans")."""
    if len(words) < 3 or not words[-2].endswith(("ing", "ed")) or words[-2].lower() in ING_NOUNS:
        return False
    third = words[-3].lower()
    if third in ARTICLES:
        return words[-2].endswith("ing")  # "-ed" after an article is complete's own check
    base = third.isalpha() and third.islower() and not third.endswith(("ed", "ing", "s"))
    return base and words[-2].endswith("ed") and len(words) > 3 and words[-4].lower() == "to"


@lru_cache(maxsize=8192)  # choose asks of a cut twice, titles of the chosen title again: a fifth are repeats
def complete(title: str) -> str | None:
    """Say why `title` stops mid-phrase ("function word", "auxiliary", "object", "complement", "count",
    "name", "adjective", "quotation", "bracket", "pronoun", "no predicate", "dangles"), or None when whole.
    """
    text = title.rstrip(" .,;:")
    if not text:
        return "empty"
    if text.count('"') % 2 == 1 or text.count("“") > text.count("”"):
        return "quotation"  # 'said it was "a clear'
    if text.count("(") > text.count(")"):
        return "bracket"
    if text.endswith((",", "--", "-", "—", "–")):
        return "dash"
    end_word = text[text.rfind(" ") + 1 :]
    if end_word in _ATTRIBUTION_LAST and _ATTRIBUTION_END.search(text, max(0, len(text) - 60)):
        return None  # "We agreed to a truce, Larsen told reporters": who said it ends the title
    words = text.split()
    last = words[-1].strip("\"”'’)")
    lowered = last.lower()
    before = words[-2].lower().strip(",\"“”") if len(words) > 1 else ""
    if (lowered in _END_WORDS or lowered in _CLAUSE_OPENERS) and not phrasal_end(text):
        return "function word"  # "... a special law that", "between the government troops and"
    if lowered in _SUBJECT_PRONOUNS:
        return "pronoun"
    located = lowered in _WHERE_ENDS and _WH_BE_END.search(text, max(0, len(text) - 60)) is not None
    if (lowered in _NEGATIONS or lowered in _AUXILIARY_WORDS) and not located:
        return "auxiliary"  # "said the visit will", "The report was"; not "had no idea where he was"
    adverb = (lowered.endswith("ly") and lowered not in _LY_ADJECTIVES) or lowered in _ADVERB_WORDS
    auxiliary = _auxiliary(words)
    if adverb and auxiliary in _AUXILIARY_WORDS and not located:
        return "auxiliary"  # "she has already", "is widely"
    if lowered in OPEN_DETERMINERS and lowered not in ("some", "any", "each", "either", "neither"):
        return "determiner"  # "fired every", "such"
    progressive = lowered.endswith("ing") and before not in ("as", "than")  # "is considering" waits too
    verb_form = last.islower() and (lowered in VERB_FORMS or waits(lowered)) and before not in _NOUN_BEFORE
    verb_form = verb_form and before not in OPENS_PHRASE - {"to"}  # "entering into force": a noun
    # "47.3 million marks", "the armed forces", "one of five discussed": after a count or an article's
    # participle, a noun or a participle
    after_count = before in _COUNT_WORDS or before.replace(".", "").replace(",", "").isdigit()
    after_participle = before.endswith("ed") and len(words) > 2 and words[-3].lower() in ARTICLES
    after_participle = after_participle or _modified_noun(words)  # "a sweeping plan"
    verb_form = verb_form and not after_count and not after_participle
    if verb_form and (progressive or auxiliary not in _PASSIVE):
        return "object"  # "Annan also stressed", "The board approved", "The board is considering"
    if lowered in _COMPLEMENT_NOUNS and before in ARTICLES | {"this", "that", "no", "any", "every"}:
        return "complement"  # "stressed the need", "raised the prospect", "scrapped a plan"
    count = before in _COUNT_OPENERS and COUNT_END.search(text, max(0, len(text) - 20)) is not None
    if count and not re.search(r"\d\.\d+\Z", text):
        return "count"  # "its target of 12"
    role = last in _ROLES and before not in ARTICLES | {"this", "that"}  # not "met the Pope"
    if role or (last[:1].isupper() and before in PRENOMINAL):
        return "name"  # "said that Czech President", "its former Washington"
    if lowered in _BEFORE_NOUN and last.islower():
        return "adjective"  # "this southern", "a so-called"
    if lowered in RELATIONAL and last.islower() and before not in _PASSIVE | {"become", "became", "remain"}:
        return "adjective"  # "press for deeper economic (and energy ties)", "won the presidential"
    if lowered in _WANTS_INFINITIVE and _AFTER_BE.search(text, max(0, len(text) - 40)):
        return "infinitive"  # "would be reluctant", "is likely"
    if lowered in ("responsible", "accountable", "liable") and before in _HELD:
        return "complement"  # "the guards held responsible (for ...)"
    if lowered in _WANTS_PREPOSITION and _AFTER_BE.search(text, max(0, len(text) - 40)):
        return "complement"  # "the survey was different (from ...)"
    nationality = last[:1].isupper() and _NATIONALITY.fullmatch(last) is not None
    if nationality and before.isalpha() and before not in ARTICLES - {"a", "an"}:
        return "adjective"  # "said that Czech", "to the Mexican", "adopted a Greek"; not "the Japanese"
    if "between" in text[-60:] and _BETWEEN_END.search(text, max(0, len(text) - 60)):
        return "between"  # "an encounter between the troops": the other side is cut
    if _FRONT_CLAUSE.match(text) and ", " not in text:
        return "no main clause"  # "Just nine days after she angered the board": the main clause is cut
    if (reason := _open_clause(text)) is not None:
        return reason
    dashes = re.findall(r"\s(?:--|—|–)\s", text) if "-" in text or "—" in text or "–" in text else ()
    if len(dashes) % 2 == 1 and re.search(r"\s(?:--|—|–)\s+(?:who|which|whose|such|including)\b", text):
        return "aside"  # "Okonjo -- who has not been seen in public": the aside and the clause are cut
    if _NO_SUBJECT.match(text):
        return "no subject"  # "So far has briefed the groups"
    if lowered.endswith(_ADJECTIVE_ENDS) and before in ARTICLES and lowered not in _NOUNS_LIKE_ADJECTIVES:
        return "adjective"  # "have used the voluntary (counseling)"
    # title_ends.dangles reads "to Libya", "to normal" as an infinitive, and "is astounding" as a participle
    # waiting for its object: a title is whole there
    gerund = last.islower() and lowered.endswith("ing")  # not "Beijing"
    to_noun = before == "to" and not gerund  # not "closer to entering"
    infinitive_or_adjective = to_noun or (lowered.endswith("ing") and _AFTER_BE.search(text))
    place = last[:1].isupper() and len(words) > 1 and words[-2].endswith(",")  # "Porto Alegre, Brazil"
    place = place or (before in ("as", "than") and not gerund)  # "faster than expected"
    if (reason := cut_tail(text, lowered, before)) is not None:
        return reason
    if (reason := open_complement(text)) is not None:
        return reason  # "called on the minister (to resign)", "will be presented (with a medal)"
    if (reason := cut_shape(text)) is not None:
        return reason  # "attributed the victory (to ...)", "A rise in prices as demand grew (forced ...)"
    if (reason := loose_end(text)) is not None:
        return reason  # "got a mixed", "measles all", "have so"
    if not infinitive_or_adjective and not place and _may_dangle(text, lowered, before) and dangles(text):
        return "dangles"  # "... officials told", "... the country's", "were seen fleeing"
    if not predicate(text) and plural_present(text) is None:  # "New laws come into effect" has one
        return "no predicate"  # "The inquiry into the firm's hiring of the mercenaries"
    return None


def may_end_waiting(last: str) -> bool:
    """Tell whether a title's last word (lower-cased) is one `complete` may find waiting for what follows: a
    function word, a clause opener, an auxiliary, a negation, an adverb, a verb's form ("for", "will", "not",
    "soon", "invaded")."""
    return (last in _END_WORDS or last in _CLAUSE_OPENERS or last in _WANTS_INFINITIVE or last in _NEGATIONS
            or last in _AUXILIARY_WORDS or last in _ADVERB_WORDS or last.endswith("ly")
            or last in VERB_FORMS)
