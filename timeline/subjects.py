"""Find who or what a title is about: the subject a clause lends, the name a pronoun stands for, the
noun phrase a participle aside describes.

A clause that starts on its verb ("and then abruptly adjourned", "and released last May") takes the
subject of its sentence; "he" takes the name of the last speaker; "it" after a semicolon the last thing
named; "she" in a reported clause the teller. "The trial of the former minister, charged in 2023,"
charges the minister, the nearest noun phrase, while "The head of the agency, appointed in 2020,"
appoints the head: a noun of a person or a role before "of" heads the phrase. No parser: word lists
and endings, each with examples.
"""

from __future__ import annotations

import re

import timeline.subject_asides as asides
from timeline import (
    antecedents,
    body_referents,
    named_people,
    notices,
    owners,
    plural_referents,
    pronouns,
    referents,
    role_objects,
    tellers,
)
from timeline.dateless import FUNCTION_WORDS
from timeline.participles import participle
from timeline.person_heads import is_person_noun
from timeline.sentence_subjects import (
    AGE,
    OPENING_PHRASE,
    clause_start,
    previous_subject,
    sentence_start,
    subject_of,
)
from timeline.verbs import RESULT_PARTICIPLES, be_for, first_verb, has_verb, is_past_form, past_of
from timeline.whole_names import whole_name

# A noun phrase after the word that sets it off inside a longer subject, nearest the comma: "ruled that
# the election", "Protests over the bill", "The trial of the former minister".
_INNER = re.compile(r"\b(?P<word>that|over|against|about|of)\s+(?P<np>(?:the|a|an|its|their)\s[^,]+)\Z")
# A subject whose head stands before "of": "The head of", "the new chief executive of" (no preposition).
_HEAD_OF = re.compile(
    r"(?:\A|\b(?:that|over|against|about)\s+)(?:(?:the|a|an|its|his|her|their|our)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?P<noun>[\w'’-]+)\s+of\s"
)


def aside_subject(subject: str) -> str | None:
    """Return the noun phrase inside `subject` that a participle aside after it describes, or None when
    it is the whole subject.

    "The trial of the former minister" -> "the former minister"; "Protests over the bill" -> "the bill";
    "The head of the agency" -> None (the head is the person the aside describes).
    """
    inner = _INNER.search(subject)
    if inner is None or has_verb(inner["np"]):
        return None
    if inner["word"] == "of":
        head = _HEAD_OF.match(subject) or _HEAD_OF.search(subject)
        if head and head.end() == inner.end("word") + 1 and is_person_noun(head["noun"]):
            # "ruled that the head of the agency": the phrase after "that", whole
            outer = re.search(r"\b(?:that|over|against|about)\s+(?P<np>.+)\Z", subject[: head.end()])
            return outer["np"] + subject[head.end() :] if outer else None
    return inner["np"]


# A proper name of a thing ("the UN Convention Against Cybercrime") that "it" may stand for.
_PROPER = re.compile(
    r"(?P<name>(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of|for|on|against|and|the)?\s*[A-Z][\w-]*)+)"
)


# The head of a clause that shares the verb of the clause before ("moved to Lisbon in 1998, then to Paris").
_GAPPED = re.compile(r"(?:to|back|into|onto|from|across|towards?|home|abroad)\b")


# A second object that is a figure, after "and": "(and) 2.58 dlrs in the quarter", "(and) $4 million".
_FIGURE_START = re.compile(r"[$€£]?\d[\d,.]*\s*(?:pct|percent|%|[a-z]{2,}\b)")
_AND_FIGURE = re.compile(r"(?:and|but)\s+[$€£]?\d")
# A clause cut after ", and" that starts on a word of its own: "and climb to 310 million by 2031".
_AND_PREDICATE = re.compile(r"(?:and|but)\s+(?:[a-z]+ly\s+)?[a-z]")


# A front date phrase without its comma: "In the late 1980s the label", "In March 2019 the board".
_FRONT_DATE = re.compile(
    r"\A(?i:in|on|during|by|since|until|after|before)\s+(?:the\s+)?(?:(?i:early|mid|late)[\s-]+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{4})?|\d{4}(?:'?s)?|'\d{2}s)\s+(?=[a-z]|[A-Z][\w'’-]+(?:\s+[a-z]|\Z))"  # "In 1986 ChemLawn"
)
# A participle after a comma that tells what followed, cut from its sentence as a clause of its own:
# "prompting the band to sue", "killing 12 people" (segment.clauses cuts there).
_RESULT = re.compile(r"(?P<ing>[a-z]{3,}ing)\s+(?=(?:the|a|an|its|his|her|their|him|them|it|\d+)\b|[A-Z])")


# A title's first word, an adverb before it: "(abruptly) adjourned", "soar"; asked of each title.
_HEAD_VERB = re.compile(r"(?:[a-z]+ly\s+)?(?P<verb>[a-z][\w'’-]*)")


def lend_subject(title: str, text: str, span: tuple[int, int]) -> str:
    """Give a clause that starts on its verb ("and then abruptly adjourned") the subject of its sentence,
    and one with no verb at all ("then to Paris") its subject and verb: "The singer moved to Paris".
    """
    result = _RESULT.match(title) if text[max(0, span[0] - 2) : span[0]] == ", " else None
    # "released the songs, (prompting) the band to sue": the subject prompted the band to sue
    if result and result["ing"] in RESULT_PARTICIPLES:
        title = past_of(result["ing"]) + title[result.end("ing") :]
    head = _HEAD_VERB.match(title)
    gapped = head is not None and _GAPPED.match(title) is not None and not has_verb(title)
    # "(earned 1.19 dlrs for the year,) and 2.58 dlrs in the quarter": a figure, the verb left out
    figure = _FIGURE_START.match(title) is not None and _AND_FIGURE.match(text, span[0]) is not None
    gapped = gapped or (figure and not has_verb(title))
    # after "and" a plain word heads a second predicate: "(and) climb to 310 million by 2031"
    joined = _AND_PREDICATE.match(text, span[0], span[0] + 30)
    plain = head is not None and joined and head["verb"] not in FUNCTION_WORDS and not has_verb(title)
    if (head is None and not gapped) or not (gapped or plain or has_verb(head["verb"])):
        return title
    sentence_start = clause_start(text, span[0])
    if sentence_start >= span[0]:
        return title
    told = tellers.statement_start(text, (sentence_start, span[0]), [])
    if told is not None and told[0] < span[0]:  # "X said the slowdown began and (would last)": the slowdown
        sentence_start = told[0]
    if (front := _FRONT_PREPOSITION.match(text, sentence_start, span[0])) is not None:
        sentence_start = front.end()  # "According to the report, (the earth) will pass 1.5C and exceed 2C"
    aside = asides.relative_aside(text[sentence_start:])  # "VeloNova(, which is based in Y,) had halted"
    verb = first_verb(text[sentence_start : span[0]], aside[1])
    if gapped and verb:  # the verb goes with its subject: "The singer moved" + "to Paris"
        title = f"{text[sentence_start + verb.start() : sentence_start + verb.end()]} {title}"
    subject = text[sentence_start : sentence_start + (aside[0] or verb.start())].strip() if verb else ""
    subject = OPENING_PHRASE.sub("", subject)  # "In 1990, the singer" is "the singer"
    subject = _FRONT_DATE.sub("", subject)  # "In the late 1980s the label" is "the label"
    subject = AGE.sub(" ", subject).rstrip(" ,")  # "Mr. Smith, 54," is "Mr. Smith"
    subject = re.sub(r",[^,]{1,80}\Z", "", subject)  # "Factory prices, or the cost of X," is "Factory prices"
    if not subject or "," in subject or len(subject.split()) > 8 or has_verb(subject):
        return title
    if verb and not gapped and participle(head["verb"]) and head["verb"] not in _AUXILIARY_HEADS:
        # a passive lends its auxiliary too: "(The bridge was closed in 2014) and then reopened" was reopened
        passive = _PASSIVE.match(text, sentence_start + verb.start(), span[0])
        if passive and participle(passive["participle"]) and not _OBJECT.match(title, head.end()):
            subject = f"{subject} {passive['aux']}"
    elif verb and not gapped and (modal := _MODAL.match(text, sentence_start + verb.start(), span[0])):
        bare = not is_past_form(head["verb"]) and _BARE.fullmatch(head["verb"]) is not None
        if head["verb"] not in _MODAL_WORDS | _FINITE_PLAIN and bare:
            subject = f"{subject} {modal['modal']}"  # "(The earth will pass 1.5C) and exceed 2C": will exceed
    return f"{subject} {title}"


# A front phrase on a preposition, set off by a comma, before the subject a second predicate borrows (with
# a relative clause of its own): "According to the report,", "Unlike mobile spending, which barely grew,",
# "Despite the rain,", "Thanks to new rules,". Its noun is never that subject.
_FRONT_PREPOSITION = re.compile(
    r"\s*(?i:according\s+to|unlike|like|despite|in\s+spite\s+of|as\s+for|apart\s+from|besides|contrary\s+to"
    r"|compared\s+(?:with|to)|thanks\s+to|because\s+of|instead\s+of|in\s+addition\s+to|along\s+with)\s"
    r"[^,;]{1,80}?(?:,\s+(?:which|who|whose)\s[^,;]{1,120}?)?,\s+"
)


# A modal before the first predicate, which a bare second one shares: "will (pass ... and) exceed".
_MODAL_WORDS = {"will", "would", "could", "should", "may", "might", "must", "can", "shall"}
_MODAL = re.compile(rf"(?P<modal>{'|'.join(sorted(_MODAL_WORDS))})\s+(?:[a-z]+ly\s+)?(?:not\s+)?[a-z]+\b")
_BARE = re.compile(r"[a-z]+(?<!ing)(?<![^s]s)")  # "exceed", "pass"; not "exceeds", "passing"
# Finite verbs that look bare but take no modal: "(Repairs will begin in June) and are expected to end" is
# "Repairs are expected to end", never "will are".
_FINITE_PLAIN = {"are", "am"}


# Auxiliaries that head a predicate with their own participle: "(but) was returned to power" lends no "was".
_AUXILIARY_HEADS = {"was", "were", "had", "has", "have", "is", "are", "been"}
# A past passive at the head of a predicate: "was closed", "were quickly repaired", "has been sold".
_PASSIVE = re.compile(
    r"(?P<aux>was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:[a-z]+ly|first|last|once|twice)\s+)?"
    r"(?P<participle>[a-z]+)\b"
)
# An object after a verb, which makes it active: "(regained) his rights", "(secured) a second term".
OBJECT_WORDS = r"(?:the|a|an|his|her|its|their|our|my|your|him|them|it|us|me|this|that|these|those|\d[\d,.]*)"
_OBJECT = re.compile(rf"\s+{OBJECT_WORDS}\b")


# A pronoun subject at a title's head: "He resigned", "it reopened"; not "it's". Asked of each title.
_PRONOUN_SUBJECT = re.compile(r"(?P<p>he|she|it)\b(?!['’])", re.I)


def resolve_subject(title: str, text: str, span: tuple[int, int]) -> str:
    """Replace a pronoun subject at the head of the title by the name it stands for, when one is found."""
    pronoun = _PRONOUN_SUBJECT.match(title)
    if pronoun is None:
        if (named := body_referents.named_body(title, text, span)) is not None:
            return named  # "Norvik Foods said ... The company plans": the one firm named
        owned = _owner_of(title, text, span)
        return owned if owned else lend_subject(title, text, span)
    if pronoun["p"].lower() in ("he", "she"):
        # the person last named as a subject beats the last one quoted: "..., said spokesman Ian Hale. Bush
        # gave four speeches ...; he took office in 2001" is Bush
        start = sentence_start(text, span[0])  # "The minister resigned. He was replaced": the minister
        p = pronoun["p"]
        opens = not text[start : span[0]].strip()
        name = ((opens and referents.person_before_sentence(text, start, p))
                or referents.person_in_sentence(text, start, span[0], p) or coordinated_name(text, span[0])
                or referents.person_in_front_clause(text, start, p)
                or (opens and role_objects.role_object(text, start, p, title[pronoun.end() :])))
        if not name:
            name = (pronouns.person_before(text, span[0], p, title) or _person_before(text, span[0])
                    or antecedents.person_speaker_before(text, span[0], p))
            if name and opens and named_people.someone_else_before(text, start, name, p):
                name = None  # "The bishop was ordained without the approval of Pope Leo. He ...": the bishop
        last, rest = (name.split()[-1], title[pronoun.end() :]) if name else ("", "")
        # `in` first: the pattern needs the word, and compiles per name
        if name and last in rest and re.search(rf"\b{re.escape(last)}\b", rest):
            name = None  # "he called on Ahmed": Ahmed is someone else
        if name and antecedents.is_body(name):
            name = None  # "Stellar Networks said ... She became chairwoman": a firm is no "she"
    else:
        start = sentence_start(text, span[0])
        names = list(_PROPER.finditer(text, start, span[0]))
        names = [m for m in names if m.start() > start + 1 or " " in m["name"].strip()]
        if names and antecedents.is_person_name(names[-1]["name"]):
            names = []  # "Ruth Okafor met investors; it was founded": a person is no "it"
        name = names[-1]["name"] if names else _thing_before(text, start, span[0], title[pronoun.end() :])
        if names and name:  # "The Scottish (rowing federation) said it": the whole phrase or nothing
            name = whole_name(name, text, names[-1].end("name"), span[0])
        if name is None and not text[start : span[0]].strip():
            name = _it_before(text, span[0], title[pronoun.end() :])  # "The bridge closed. It reopened"
        elif name is None and pronoun["p"].lower() == "it" and referents.kept_it(text[start : span[0] + 8]):
            name = _it_before(text, start, title[pronoun.end() :])  # "Crews contained it, but it flared up"
    return name + title[pronoun.end() :] if name else title


# A name that opens a sentence, a role before it: "Judge Ann Lee", "Kim Ito", "Mayor Ruth Okafor".
_NAME_SUBJECT = re.compile(
    r"(?!(?:The|A|An|This|That)\s)(?:[A-Z][a-z]+\.?\s+){0,2}(?P<surname>[A-Z][a-z][\w'’-]+)\s*\Z"
)


def coordinated_name(text: str, position: int) -> str | None:
    """Return the surname of the named subject of the clause that a "he" or "she" after ", and" or ", but"
    follows: "Judge Ann Lee ruled that the law was void, and she set a hearing" -> "Lee"."""
    if not re.search(r",\s+(?:and|but)\s+\Z", text[max(0, position - 8) : position]):
        return None
    start = sentence_start(text, position)
    verb = first_verb(text, start, position)
    found = _NAME_SUBJECT.fullmatch(text, start, verb.start()) if verb is not None else None
    return found["surname"] if found else None


# A person a sentence names with "the" and a noun of a person or a role: "suspended the coach".
_PERSON = re.compile(r"\b[Tt]he\s+(?P<first>[a-z-]+)(?:\s+(?P<second>[a-z-]+))?")


def _person_before(text: str, position: int) -> str | None:
    """Return the last person named with "the" in the sentence before `position`, if one is: "The league
    suspended the coach on Tuesday after he shoved a referee on Saturday": the coach shoved a referee.
    """
    person = None
    for match in _PERSON.finditer(text, sentence_start(text, position), position):
        for group in ("first", "second"):  # "the coach", "the former coach"
            noun = match[group]
            if noun and is_person_noun(noun) and not noun.endswith("s"):
                person = "The " + text[match.start("first") : match.end(group)]
                break
    return person


# A singular thing a clause names with "the": "spotted the comet", "signed the budget".
_THING = re.compile(r"\b(?P<np>the\s+(?:[a-z-]+\s+){0,2}?[a-z-]*[a-rt-z])(?=\s+(?!of\b)|[,;]|\Z)")
# Nouns of time and place that "it" seldom stands for, and an "it" that stands for nothing ("it is unclear").
_NOT_THINGS = {"day", "week", "month", "year", "end", "time", "weekend", "start", "beginning", "way", "case"}
# The subject of a passive clause, what "it" after it most likely stands for: "The final was postponed".
_PASSIVE_SUBJECT = re.compile(
    r"\s*(?P<np>The\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:was|were|has\s+been|had\s+been)\s+(?P<verb>[a-z]+)\b"
)
_DUMMY_IT = re.compile(r"\s+(?:(?:is|was|'s|’s)\s+(?P<next>[\w-]+)|seems|seemed|remains|remained)\b")


def _thing_before(text: str, start: int, end: int, rest: str) -> str | None:
    """Return the last singular thing named before the semicolon that opens the clause `it` heads, or None.

    "Astronomers spotted the comet on October 3; it will pass closest in January": the comet will pass.
    """
    dummy = _DUMMY_IT.match(rest)  # "it is unclear whether"; not "it is expected to be completed"
    if not text.startswith("; ", end - 2) or (dummy and not (dummy["next"] and is_past_form(dummy["next"]))):
        return None
    passive = _PASSIVE_SUBJECT.match(text, start, end - 2)
    if passive and is_past_form(passive["verb"]) and passive["np"].split()[-1].lower() not in _NOT_THINGS:
        return passive["np"]  # "The final was postponed ...; it will be played on Sunday": the final
    things = [m for m in _THING.finditer(text, start, end - 2) if m["np"].split()[-1] not in _NOT_THINGS]
    if not things:
        return None
    np = things[-1]["np"]
    return np[:1].upper() + np[1:]


# An "it" that stands for nothing before a clause or an infinitive: "It is hoped that", "It was decided to".
_EXPLETIVE = re.compile(
    r"\s+(?:(?:is|was|'s|’s|has\s+been|had\s+been|will\s+be|would\s+be)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:that|to|whether|if|how|why|what|when|who)\b|(?:seems|seemed|appears|appeared|remains|remained|takes|took"
    r"|means|meant|is|was)\b)"
)


def _it_before(text: str, start: int, rest: str) -> str | None:
    """Return the singular thing the sentence before names as its subject, for an "it" that opens the
    sentence at `start`, or None: "The new bridge was closed in May. It reopened on Friday"; after a
    correction notice, the thing it corrects ("... misstated the date of the hearing. It took place")."""
    notice, thing = notices.notice_before(text, start)
    if notice:  # "An earlier version of this article" is no thing that acts
        return thing
    if _EXPLETIVE.match(rest) and not re.match(r"\s+(?:is|was)\s+[a-z]+ed\b(?!\s+(?:that|to)\b)", rest):
        return None  # "It is unclear whether", "It was announced that"; not "It was reopened"
    if (body := body_referents.body_for_it(text, start)) is not None:
        return body  # "Norvik Foods said it would close two plants. It plans"
    subject = previous_subject(text, start)
    subject = referents.as_definite(subject) if subject is not None else None  # "A fire broke out. It ..."
    if subject is None or not subject.startswith("The ") or be_for(subject) == "were":
        return None
    head = subject.split()[-1]
    if head.lower() in _NOT_THINGS or is_person_noun(head) or head[0].isupper():
        return None  # "The day", "The minister", "The Kremlin" (a name may stand for a person or people)
    return subject


# A possessive or plural pronoun that opens a title: "its replacement opened", "they will meet again".
_OWNED = re.compile(r"(?P<p>its|their|they)\s+(?=[a-z])", re.I)


def _owner_of(title: str, text: str, span: tuple[int, int]) -> str | None:
    """Return the title with a pronoun at its head replaced by the subject of the sentence it continues,
    when they agree, else None: "The bridge collapsed in 2018; its replacement opened in 2019" -> "The
    bridge's replacement opened"; "The two leaders met in June; they will meet again" -> "The two leaders
    will meet again".
    """
    pronoun = _OWNED.match(title)
    if pronoun is None:
        return None
    start = sentence_start(text, span[0])
    # the clause opens its sentence: the subject of the sentence before ("The bank cut its rate. Its
    # shares rose"), when that one ends plainly (not a quotation) on the line before at most
    opens = not text[start : span[0]].strip()
    subject = previous_subject(text, span[0]) if opens else subject_of(text, start, span[0])
    word = pronoun["p"].lower()
    if word == "they" and opens and (plural := plural_referents.plural_before(text, start)) is not None:
        return plural + " " + title[pronoun.end() :]  # "Storms in the Atlantic cause ... They killed"
    counted = owners.counted_owner(text, start, span[0]) if word == "their" and not opens else None
    if subject is None:  # "escorting three hikers after their car sank": the hikers' car
        return counted + " " + title[pronoun.end() :] if counted else None
    subject = subject[:1].upper() + subject[1:]  # "During their stay, the two astronauts ..."
    if not (subject.startswith("The ") or (word == "they" and referents.bare_plural(subject))) or (
        word == "its" and is_person_noun(subject.split()[-1])
    ):
        # named with "the", or "Pilgrims": not "Kabila himself"; "its" stands for no person
        return counted + " " + title[pronoun.end() :] if counted else None
    plural = be_for(subject) == "were"
    if (word == "its" and plural) or (word in ("their", "they") and not plural):
        return counted + " " + title[pronoun.end() :] if counted else None
    owner = subject if word == "they" else subject + ("'" if subject.endswith("s") else "'s")
    return owner + " " + title[pronoun.end() :]


# What follows a verb of telling before its clause: "announced last month that", "said on Monday that".
_REPORTED = re.compile(r"(?:\s+[\w'’.-]+){0,3}\s+that\s*")


def teller(text: str, start: int, end: int, pronoun: str | None = None) -> str | None:
    """Return the subject of the clause that reports `text[start:end]`, when `pronoun` (if given) may
    stand for it.

    "Senator Mary Ellen Smith announced last month that she ..." -> "Senator Mary Ellen Smith"; "The
    company said on Monday that it ..." -> "The company"; not "The court said that he ...": a court
    is no "he".
    """
    verb = first_verb(text, start, end)
    if verb is None or not _REPORTED.fullmatch(text, verb.end(), end):
        return None  # "reputation was tarnished by allegations that it ...": the clause hangs on a noun
    subject = text[start : verb.start()].strip()
    subject = AGE.sub(" ", OPENING_PHRASE.sub("", subject)).strip(" ,")
    if not subject or "," in subject or len(subject.split()) > 8 or has_verb(subject):
        return None
    if pronoun is None:
        return subject
    head = re.split(r"\s+of\s+", subject, maxsplit=1)[0].split()[-1]
    plural = be_for(subject) == "were"
    person = is_person_noun(head) or (head[:1].isupper() and not plural)  # "Senator Smith", "the mayor"
    fits = {"he": person and not plural, "she": person and not plural, "they": plural,
            "it": not person and not plural and head.lower() not in ("i", "we", "you")}
    return subject if fits[pronoun.lower()] else None


def is_name(subject: str) -> bool:
    """Tell whether a subject names someone: "Reed International PLC", "Du Pont Co.", not "Technicians"."""
    return any(word[:1].isupper() for word in subject.split()[1:]) or (
        len(subject.split()) == 1 and subject[:1].isupper() and not subject.lower().endswith("s")
    )
