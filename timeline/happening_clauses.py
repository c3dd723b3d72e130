"""Find, in the sentence of a title that tells no happening, the clause that tells the happening its date
belongs to (eventness.py rule (a)).

eventness.kind says a title tells a state, a figure, a speculation or a negation; these functions look for
what happened on the date in the same sentence: a relative clause on a noun of the state ("That prediction is
in line with a larger overhaul that Gates detailed (this week)" -> "Gates detailed a larger overhaul"), a
result clause ("so rare that the Marines made headlines (in June)"), a "when" after the date ("was in 2002,
when militants killed 20 people"), a past predicate joined by "and" ("was a winner and also won the Whitbread
(in 1990)"), or the telling the date is the teller's ("..., a 2014 study warned"). Each returns None when the
sentence holds none. No parser: patterns and word classes, each with an example.
"""

from __future__ import annotations

import re

from timeline import attribution, person_nouns
from timeline.dateless import without_dates
from timeline.finishing import finish
from timeline.speech import words
from timeline.title_length import MAX_TITLE
from timeline.verbs import first_verb, has_verb, is_past_form, is_verb_word
from timeline.word_walk import PREPOSITIONS, PRONOUNS

__all__ = ["AUXILIARIES", "BE", "HAVE", "NEGATIONS", "ADVERBS", "SO_THAT", "happening_title", "told_title",
           "conjunct_title"]

# Word classes of a verb group, which eventness.kind reads too.
# Auxiliaries that may head a predicate, each with an example: "was (held)", "could (heighten)".
AUXILIARIES = {
    "is", "are", "am", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "shall",
    "should", "can", "could", "may", "might", "must", "do", "does", "did", "'s", "’s",
}
# The forms of "be" (and its kin of a state) after which a word that is no participle makes a state: "is
# (in line with)", "was (a blip)", "will be (a quieter day)", "remains (steady)", "seems (likely)".
BE = {"is", "are", "am", "was", "were", "be", "been", "being", "'s", "’s"}
# Negations inside a verb group: "did (not) say", "had (never) been", "(didn't) rule out".
NEGATIONS = {"not", "never", "no"}
# The forms of "have": "has (been) sold" is a perfect, "(has) 3.8 million customers" a possession.
HAVE = {"has", "have", "had"}
# Adverbs inside a verb group: "is (just) beginning", "had (already) been", "is (now) a trickle".
ADVERBS = {"already", "also", "still", "just", "now", "then", "first", "often", "always", "again",
            "reportedly", "apparently", "probably", "only", "even", "once", "finally", "currently", "almost",
            "nearly", "soon", "long", "ever", "never", "either", "both"}
# A result clause after a state: "have become (so rare that) the Marines made headlines".
SO_THAT = re.compile(r"\b(?:so|such)\s+(?:[\w'’-]+\s+){1,3}?that\s", re.I)
_WORD = re.compile(r"[\w'’-]+")

# Openers of a clause that may hold the happening a date belongs to, nearest before the date: a relative
# pronoun on a noun phrase ("an overhaul (that) Gates detailed this week", "Carl Peters, (who) first went
# there in the 1880s"), a result clause ("so rare (that) the Marines made headlines in June").
_OPENER = re.compile(r"\b(?:that|which|who)\s", re.I)
# A "when" right after the date, whose clause is what happened then: "The last big attack was in 2002(,
# when) militants killed 20 people".
_WHEN_AFTER = re.compile(r",\s+when\s+(?P<clause>[^,;:—–]+)")
# A conjunction right after the date, which opens another clause the title need not hold: "needed (in this
# past decade) and will require", "made headlines (in June) when the Corps put on an exercise".
_NEXT_CLAUSE = re.compile(r"\s+(?:and|but|when|as|after|before|because|while|although|though)\s")
# A preposition left at the end of a clause whose date was cut out: "has needed (in)".
_LEFT_PREPOSITION = re.compile(r"\s+(?:in|on|at|by|during|over|since|from|until|through|throughout)\Z", re.I)
# Nouns of a content, whose "that" opens what they hold, not a relative clause: "the news that the plant
# closed in May", "evidence that prices rose last year".
_CONTENT_NOUNS = {
    "fact", "news", "evidence", "claim", "claims", "report", "reports", "sign", "signs", "hope", "hopes",
    "fear", "fears", "belief", "idea", "view", "warning", "word", "proof", "suggestion", "assurance",
    "promise", "rumor", "rumors", "rumour", "rumours", "speculation", "notion", "concern", "concerns",
    "indication", "indications", "chance", "possibility", "likelihood", "risk", "statement", "message",
}
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those", "that",
                "some", "any", "every", "each", "no"}
# Words that end the noun phrase before a relative pronoun, walking back: a preposition, a verb's object
# boundary ("in line with | a larger overhaul that").
_NP_STOPS = PREPOSITIONS | {"unlike", "is", "are", "was", "were", "be", "been", "has", "have", "had"}


# Verbs of a telling that ends a statement, besides speech.py's "after_speaker" ones ("said", "noted"), each
# with an example: "Fires could become common, a 2014 study (warned)", "Rates will fall, the survey (found)".
# "told" is no row: its object is who was told ("Hu told Xinhua"), not who told.
_TELLS = "|".join(sorted({*words("after_speaker"), *words("before_speaker"), "warned", "found", "concluded",
                          "predicted", "estimated", "argued", "suggested", "cautioned"} - {"told"},
                         key=lambda verb: (-len(verb), verb)))  # the same pattern under every hash seed
# The participle of a document's release in a teller, whose date the event has: "the survey (released)".
_RELEASED = re.compile(r"\s+(?:released|published|issued|out)\b.*\Z")
# The telling after a statement, where its date is: ", a 2014 study warned", '," said Ana Ruiz of ESET in a
# Monday analysis'. Its teller is a noun phrase before the verb or a name after it.
_TELLING_TAIL = re.compile(
    rf"(?:,\s*[\"”’']?|[\"”’']\s)\s*(?:(?P<who>(?:[Aa]n?|[Tt]he|[A-Z][\w.'’-]*)(?:\s+[\w.'’-]+){{0,5}}?)\s+"
    rf"(?P<verb>{_TELLS})|(?P<verb2>{_TELLS})\s+(?P<name>[A-Z][\w.'’-]+"
    # "said Sevilla coach Ramos": a lowercase role between names
    r"(?:\s+(?:(?!(?:with|of|at|from|for|in|on|and|to)\b)[a-z]+\s+)?[A-Z][\w.'’-]+){0,3}))\b"
)


# A preposition and date left at the end of a teller: "President Nathan (on)".
_DATE_PREPOSITION = re.compile(r"\s+(?:on|in|at|during|last|this|earlier|late|early)?\s*\Z")
# First words of a statement that a report cannot take over: a pronoun ("We are busy", "It's a decision"),
# a demonstrative ("That was a matter"), an existential ("There is").
_NO_STATEMENT = PRONOUNS | {"that", "there", "it's", "it’s", "that's", "that’s", "there's", "there’s",
                            "these"}
# Role words before a teller's name, which a title too long leaves out: "Defense Minister (Sergei Ivanov)".
_ROLES = re.compile(
    rf"\b(?i:{person_nouns.alternation('speaker')})\s+(?P<name>(?:[A-Z][\w.'’-]+\s*){{1,3}})\Z"
)


def told_title(title: str, text: str, span: tuple[int, int], own: tuple[int, int]) -> str | None:
    """Return the telling of a statement that tells no happening when the date is the telling's: "Drought
    could make fires common, a 2014 study warned" gives "A 2014 study warned drought could make fires
    common"; '"The impact is limited," said Ana Ruiz of ESET in a Monday analysis' gives "Ana Ruiz said the
    impact is limited"."""
    tails = _TELLING_TAIL.finditer(text, max(span[0], own[0] - 120), span[1])
    tails = [t for t in tails if t.start() < own[0]]
    if not tails or tails[-1].start() <= span[0] or _broken(text, tails[-1].end(), own[0]):
        return None
    found = tails[-1]
    opening = " ".join(title.split()[:2]).lower()
    if opening not in text[span[0] : found.start()].lower():
        return None  # "On Wednesday, the company announced offerings that ...": the telling comes first
    group = "who" if found["who"] else "name"
    who = text[found.start(group) : found.end(group)]
    if own[0] < found.end(group) and not text[own[1] : found.end(group)].strip():
        who = who[: own[0] - found.start(group)]  # "Nathan (on Wednesday) said"; "a 2014 study" stays
    who = _RELEASED.sub("", _DATE_PREPOSITION.sub("", who))  # "the survey (released) on Sunday": its date
    if not who or who.split()[0].lower() in PRONOUNS or has_verb(who):
        return None  # "..., he said on Monday": who only the sentence before tells
    first = title.split()[0]
    if ":" in title or first.lower().strip(",") in _NO_STATEMENT or first.endswith(","):
        return None  # 'Wam: "We are not convinced"', "That was a matter", "Especially, there is"
    if is_verb_word(first):
        return None  # "Read by a broadcaster over the radio": no statement
    verb = found["verb"] or found["verb2"]
    told = re.search(rf",[^,]*\b{verb}\b", title)  # "A dispute should not be politicised(, Putin said ...)"
    statement = attribution.reported(title[: told.start()] if told else title, text, span)
    whole = f"{who[:1].upper()}{who[1:]} {verb} {statement}"
    if len(whole) > MAX_TITLE and (named := _ROLES.search(who.strip())):
        whole = f"{named['name'].strip()} {verb} {statement}"  # "(Defense Minister) Sergei Ivanov said"
    new = finish(whole, text, span)
    return new if len(new.split()) >= 4 and len(new.split()) >= len(whole.split()) else None  # not cut


# A second predicate joined to a state, its past verb next: "was a two-time winner (and also won) the
# Whitbread race in 1990", "is based in Ohio (and was founded) in 1950".
_AND_PAST = re.compile(r"\band\s+(?:(?:also|then|later|later\s+on|eventually)\s+)?(?P<verb>[a-z]+)\b")


def conjunct_title(title: str, text: str, span: tuple[int, int], own: tuple[int, int]) -> str | None:
    """Return the title of a past predicate joined by "and" to a state, when the date is that predicate's:
    "Blake was a two-time winner of the race and also won the Whitbread in 1990" gives "Blake also won the
    Whitbread"; None when no such predicate holds the date or the subject is a pronoun."""
    joined = [m for m in _AND_PAST.finditer(text, span[0], own[0])
              if (is_past_form(m["verb"]) or m["verb"] in AUXILIARIES)
              and not _broken(text, m.end(), own[0])]
    if not joined:
        return None
    verb = first_verb(title)
    if verb is not None and verb.group().lower() == joined[-1]["verb"]:
        return None  # "The slowdown would likely last ...": the title is the joined predicate's already
    subject = title[: verb.start()].strip() if verb is not None else ""
    if not subject or subject.split()[0].lower() in PRONOUNS or has_verb(subject):
        return None
    stop = own[1] if _NEXT_CLAUSE.match(text, own[1], span[1]) else _clause_end(text, own[1], span[1])
    body = without_dates(text, (joined[-1].start() + 4, stop), [own]).strip(" ,.;:!?")
    whole = f"{subject} {_LEFT_PREPOSITION.sub('', body)}"
    if len(whole) > MAX_TITLE:
        return None  # a headline cut to fit tells no more than the state's
    new = finish(whole, text, span)
    return new if len(new.split()) >= 3 else None


def happening_title(text: str, span: tuple[int, int], own: tuple[int, int]) -> str | None:
    """Return the title of the clause of `text[span]` whose happening the date `own` belongs to, or None.

    Asked only of a title that tells no happening (rule (a) of the module): the date sits in a relative
    clause on a noun of the state ("a larger overhaul that Gates detailed this week" -> "Gates detailed a
    larger overhaul"; "Peters, who first went to East Africa in the 1880s" -> "Peters first went to East
    Africa"), in a result clause ("so rare that the Marines made headlines in June" -> "The Marines made
    headlines"), or a "when" right after it tells what happened then ("was in 2002, when militants killed 20
    people" -> "Militants killed 20 people").
    """
    start, end = span
    stop = own[1] if _NEXT_CLAUSE.match(text, own[1], end) else _clause_end(text, own[1], end)
    window = max(start, own[0] - 160)
    openers = [m for m in _OPENER.finditer(text, window, own[0]) if not _broken(text, m.end(), own[0])]
    if not openers:
        when = _WHEN_AFTER.match(text, own[1], end)
        if when is None:
            return None
        return _clause_title(text, (when.start("clause"), when.end("clause")), own, None)
    opener = openers[-1]
    before = text[start : opener.start()]
    if opener.group().lower().startswith("that") and SO_THAT.search(text, max(start, opener.start() - 40),
                                                                    opener.end()):
        return _clause_title(text, (opener.end(), stop), own, None)  # a result clause: "so rare that ..."
    if first_verb(text, start, opener.start()) is None:
        return None  # "The charter stipulates that ...": the title's predicate is past the opener
    if opener.group().lower().startswith("that") and before.rstrip().endswith(","):
        return None  # "He noted, however, that ...": a "that" after a comma opens what was told
    noun = _noun_before(before)
    if noun is None or noun.split()[-1].lower() in PRONOUNS:
        return None  # "the one that the council rejected": what the sentence names elsewhere
    if noun.split()[-1].lower() in _CONTENT_NOUNS:
        return _clause_title(text, (opener.end(), stop), own, None)  # "the news that the plant closed"
    if opener.group().lower().startswith("who") and not _no_subject(text, opener.end(), own[0]):
        return None  # "a naval officer who immigration officials said": "who" opens a subject relative
    return _clause_title(text, (opener.end(), stop), own, _described(before, noun))


def _no_subject(text: str, start: int, end: int) -> bool:
    """Tell whether a relative clause opens on its verb: "who (first) went", "who has interned"."""
    words = _WORD.findall(text, start, end)[:3]
    for word in words:
        if is_verb_word(word):
            return True
        if word.lower() not in ADVERBS and not word.endswith("ly"):
            return False
    return False


# A title's subject and its "be" before a noun phrase with "a" that only describes it: "(Vilhjalmsdottir is)
# a student who has interned", "(The harbour is) a landmark that the king opened".
_DESCRIBED = re.compile(r"(?P<subject>(?:[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,3}?)\s+(?:is|was|are|were)\s*")


def _described(before: str, noun: str) -> str:
    """Return who a "be" describes by a noun phrase with "a": "Vilhjalmsdottir is a student who has interned"
    is about Vilhjalmsdottir; "is Carl Peters, who" and "is in line with a larger overhaul that" keep their
    noun."""
    if not noun.lower().startswith(("a ", "an ")):
        return noun
    head = before[: len(before.rstrip(", ")) - len(noun)]
    found = _DESCRIBED.fullmatch(head.strip())
    if found is None or has_verb(found["subject"]) or found["subject"].split()[0].lower() in PRONOUNS:
        return noun
    return found["subject"]


def _broken(text: str, start: int, end: int) -> bool:
    """Tell whether a mark between an opener and the date ends the opener's clause: "which analysts say will
    fall (in 2010), profits rose 5% in 2010" does not hold the second date."""
    return any(mark in text[start:end] for mark in (",", ";", ":", "—", "–", " -- ", "(", ")"))


def _clause_end(text: str, at: int, end: int) -> int:
    """Return where the clause that holds a date ends: the next comma, semicolon, colon or dash after it."""
    found = re.compile(r"[,;:—–(]|\s--\s").search(text, at, end)
    return found.start() if found is not None else end


def _noun_before(before: str) -> str | None:
    """Return the noun phrase a relative pronoun hangs on, from the words before it: "in line with (a larger
    overhaul)", "(Carl Peters), who"; None when a verb, not a noun, ends them ("said that")."""
    words = before.rstrip(", ").split()
    if not words or is_verb_word(words[-1]) or words[-1].lower() in _NP_STOPS:
        return None
    first = len(words) - 1
    while first > 0 and len(words) - first < 6:
        word = words[first - 1]
        if word.lower() in _NP_STOPS or word.endswith((",", ";", ":")) or is_verb_word(word):
            break
        first -= 1
        if word.lower() in _DETERMINERS:
            break
    phrase = words[first:]
    if not all(map(_PLAIN_WORD.fullmatch, phrase)) or phrase[-1].lower() in _NOT_HEADS:
        return None  # 'Kaine."So (that is)', "however": no noun
    if _DATE_HEAD.fullmatch(phrase[-1]) or phrase[-1].endswith("ing"):
        return None  # "announced on Wednesday (that)", "a newspaper saying (that)": a telling's complement
    if first > 0 and is_verb_word(words[first - 1]) and words[first - 1].lower() not in BE | HAVE:
        return None  # "told BBC television (that)": what was told, no relative clause
    if first > 1 and words[first - 1].lower() in PREPOSITIONS and words[first - 2].lower() in _TELLING_WORDS:
        return None  # "announced in Washington (that)", "said on the radio (that)": what was told
    single = len(phrase) == 1 and phrase[0].lower() not in _CONTENT_NOUNS  # "is (evidence) that" is one
    if single and not (phrase[0][:1].isupper() or phrase[0].endswith("s")):
        return None  # "said backstage (that)": a bare word after a verb is no noun phrase; "prices that" is
    text = " ".join(phrase)
    return text if not has_verb(text) else None


# Verbs of a telling inside a relative clause, before the clause's own verb: "which analysts (say) will fall".
_TELLING = {"say", "says", "said", "believe", "believes", "believed", "think", "thinks", "thought", "expect",
            "expects", "expected", "hope", "hopes", "hoped", "fear", "fears", "feared", "claim", "claims"}
# Verbs whose "that" after a place or a medium opens what was told: "announced in Washington (that)".
_TELLING_WORDS = {*_TELLING, *words("after_speaker"), *words("before_speaker"), "warned", "insisted",
                  "confirmed", "denied", "admitted", "declared", "stressed", "revealed"}
# A word a noun phrase is made of: "Carl", "U.S.", "mobile-ad", "Abney's".
_PLAIN_WORD = re.compile(r"[\w'’-]+(?:\.\w+)*\.?")
# The last word of a date, which ends no noun phrase a relative clause hangs on: "said on (Wednesday) that",
# "signalled on November (2) that", "said earlier this (week) that".
_DATE_HEAD = re.compile(r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march"
                        r"|april|may|june|july|august|september|october|november|december|week|weekend|month"
                        r"|year|ago|today|yesterday|tomorrow|tonight|night|morning|afternoon|evening|\d+\w*)")
# Words that end no noun phrase before a relative pronoun: "(So) that is one", "(however) that".
_NOT_HEADS = {"so", "and", "but", "or", "yet", "then", "however", "also", "now", "just", "because", "even",
              "only", "still", "thus", "therefore", "here", "there", "backstage"}


def _clause_title(text: str, span: tuple[int, int], own: tuple[int, int], noun: str | None) -> str | None:
    """Title an embedded clause: its subject and verb, with the noun phrase it hangs on put in its place
    (the object after the verb when the clause has a subject of its own, the subject when it has none)."""
    body = without_dates(text, span, [own]).strip(" ,.;:!?")
    body = _LEFT_PREPOSITION.sub("", body)
    words = body.split()
    verb_at = next((k for k, w in enumerate(words[:7]) if is_verb_word(w)), None)
    if verb_at is None:
        return None
    if all(w.lower() in ADVERBS or w.endswith("ly") for w in words[:verb_at]):
        # "who (first) went": an adverb, no subject; "which (only) was restricted": the date's adverb
        words = words[verb_at:] if words[verb_at].lower() in AUXILIARIES else words
        verb_at = 0
    subject, rest = words[:verb_at], words[verb_at:]
    if rest[0].lower() in _TELLING and has_verb(" ".join(rest[1:4])):
        return None  # "which analysts say will fall": the noun is the subject of what is told
    last = 0  # the verb group's last word, after which an object relative's noun goes: "had (rejected)"
    while last + 1 < len(rest) and rest[last].lower() in AUXILIARIES | ADVERBS | NEGATIONS:
        last += 1
    if subject and (subject[0].lower() in PRONOUNS or len(subject) > 5 or has_verb(" ".join(subject))):
        return None  # "that he treated": who only the sentence tells; a long subject is no subject
    if noun is None:
        if not subject:
            return None
        sentence = " ".join(subject + rest)
    elif subject:  # an object relative: "an overhaul that Gates detailed" -> "Gates detailed an overhaul"
        sentence = " ".join([*subject, *rest[: last + 1], _lower(noun), *rest[last + 1 :]])
    else:  # a subject relative: "Peters, who first went" -> "Peters first went"
        sentence = " ".join([noun, *rest])
    new = finish(sentence, text, span)
    if len(new.split()) < 3:
        return None
    return new[:1].upper() + new[1:]


def _lower(noun: str) -> str:
    """Return a noun phrase as it reads inside a sentence: "A larger overhaul" -> "a larger overhaul"."""
    first = noun.split(None, 1)[0]
    return noun[:1].lower() + noun[1:] if first.lower() in _DETERMINERS else noun
