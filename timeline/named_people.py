"""Read the people a sentence names, for a "he" or "she" that may stand for one of them.

"Thomas Reed resigned in July. He ..." -> "Reed": the one person the sentence before names, as its subject,
when nothing tells the other sex and nobody else is named ("Reed met Ana Lind", "Reed told the judge");
"... Christie went home. He ..." -> "Christie", a surname named in full earlier; and whether the sentence
before is about someone else than a person named earlier ("The bishop was ordained ... Pope Leo. He").
No parser: capitalized runs, word lists and patterns, each with an example.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from timeline.given_names import noun_sex, sex_of
from timeline.person_heads import is_person_noun
from timeline.sentence_subjects import previous_subject, sentence_start
from timeline.speech import alternation
from timeline.surnames import SURNAME_FIRST, family_first
from timeline.verbs import IRREGULAR_PAST, has_verb
from timeline.whole_words import word_spans

# "the" and a noun after it, a person when the noun is one: "the envoy", "the judge".
OTHER_THE = re.compile(r"\b[Tt]he\s+(?P<noun>[a-z-]+)\b")

# A run of capitalized words in the sentence before a "he" or "she": "Thomas Reed", "Mr. Dale", "Mongolian
# Prime Minister Miegombyn Enkhbold", "King Carlos III"; the words that are no name are taken off after.
_NAMED = re.compile(
    r"(?<![\w'’.-])(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:Ma?c)?[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?"
    r"(?:\s+(?:[A-Z]\.\s+)?(?:Ma?c)?[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?)*(?:\s+(?:I{2,3}|IV|VI{0,3}|IX|XVI)\b)?)"
)  # "Brendon McCullum", "Ian MacLeod": not "Brendon Mc"
# Words that open a capitalized run but are no part of a name: "The Senate", "On Monday Thomas Reed".
_NOT_NAME_WORDS = {
    "The", "A", "An", "In", "On", "At", "After", "Before", "When", "While", "Last", "This", "That", "Since",
    "During", "Earlier", "Later", "But", "And", "Then", "His", "Her", "Its", "Their", "He", "She", "It",
    "They",
}
# Words of a role before a name: "Prime Minister Ana Lind", "Deputy Mayor Ben Dale", "Acting President".
_ROLE_WORDS = {"Prime", "Deputy", "Vice", "Foreign", "Former", "Acting", "Interim", "Senior", "Chief", "Late"}
# A nationality before a name: "Mongolian", "Japanese", "Polish", "Israeli".
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i)")
# Words before a name that make it a place or a thing, not a person: "in New York", "the Dallas Mavericks",
# "as many Boxing Day Tests".
_NOT_PERSON_BEFORE = {
    "in", "at", "near", "outside", "across", "throughout", "inside", "of", "the", "a", "an", "many",
    "several", "its", "their", "his", "her", "our", "this", "these", "those", "every", "each",
}
# First words of names of places, no given names: "New York", "Los Angeles", "Hong Kong", "South Africa".
_PLACE_FIRST = {
    "New", "Los", "Las", "San", "Santa", "Hong", "Sri", "Tel", "Abu", "Kuala", "Buenos", "Rio", "North",
    "South", "East", "West", "Saudi", "United",
}
# Last words of names of days, events, places and things, no people: "Christmas Day", "Davis Cup", "Boxing
# Day Tests", "Golden Gate Bridge", "Nobel Prize", "Royal Albert Hall".
_NOT_PERSON_LAST = {
    "Day", "Eve", "Prize", "Award", "Awards", "Festival", "Championship", "Championships", "Open", "Test",
    "Tests", "Series", "Bowl", "Trophy", "Olympics", "Summit", "Conference", "Convention", "Treaty", "Accord",
    "Act", "Bill", "Law", "Airport", "Station", "Hospital", "Stadium", "Park", "River", "Lake", "Island",
    "Islands", "Sea", "Ocean", "Bay", "Valley", "Road", "Avenue", "Bridge", "Tower", "Hall", "Palace",
    "Church", "Cathedral", "Museum", "Centre", "Center", "School", "College", "Hotel", "Strait", "Straits",
}
# Countries whose people's names may put the surname first: "China's Foreign Minister Wang Yi".
_SURNAME_FIRST_LANDS = {"China", "Korea", "Vietnam", "Taiwan", "Singapore", "Cambodia", "Mongolia", "Myanmar"}
_COURTESY_SEX = {"Mr": False, "Mrs": True, "Ms": True, "Miss": True}
_OPPOSITE = {"he": re.compile(r"\b(?:she|her|hers|herself)\b", re.I),
             "she": re.compile(r"\b(?:he|him|his|himself)\b", re.I)}
# A single capitalized word as a subject or an owner, someone else a "he" might stand for: "Mahathir handed
# over", "Yong was formerly", "Tsang's third visit".
_ONE_WORD_SUBJECT = re.compile(
    r"(?<![\w'’.-])(?P<w>[A-Z][a-z]+)(?:,[^,]{1,80},)?\s+(?:has|had|was|is|will|would|says|[a-z]{3,}ed"
    rf"|{'|'.join(sorted(IRREGULAR_PAST))})\b"
    r"|(?<![\w'’.-])(?P<owner>[A-Z][a-z]+)['’]s?\s+[a-z]"  # "Tsang's third visit": the owner is named
)
# A preposition right before a word, which makes it no subject: "The envoy to (Kosovo), Ana Lind, began".
_AFTER_PREPOSITION = re.compile(r"\b(?:to|in|of|at|from|for|with|by|on|into|near)\s+\Z")
_REGNAL = ("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "XVI")


class _Named(NamedTuple):
    """A person a sentence names: the words of the name, the role words before it, where it ends, and where
    its first word (a role word or the name) starts."""

    words: list[str]
    roles: list[str]
    end: int
    start: int


def _people(sentence: str) -> tuple[list[_Named], set[str]]:
    """Return the people a sentence names with two to four capitalized words, and the single capitalized
    words it has as subjects: "The Senate confirmed Maria Okafor" -> Maria Okafor; "Mahathir handed over
    to Prime Minister Abdullah Ahmad Badawi" -> Abdullah Ahmad Badawi, and Mahathir."""
    from timeline.pronouns import NOT_PEOPLE, REIGNING  # pronouns asks subjects, which asks this module

    people = []
    for match in _NAMED.finditer(sentence):
        words = match["name"].split()
        while words and words[0] in _NOT_NAME_WORDS:
            words = words[1:]
        # the word before the name, "" after a bracket or a quote: "(Reuters) - Norland ...", "(Thomas Reed"
        before = re.search(r"(?P<w>[\w.-]*)\s*\Z", sentence[: match.start()])["w"]
        roles = [before]
        first = match.start() + match.group().index(words[0]) if words else match.start()
        while len(words) > 2 and words[0] not in REIGNING and (
            is_person_noun(words[0]) or words[0] in _ROLE_WORDS or _NATIONALITY.fullmatch(words[0])
            or words[0].endswith(("'s", "’s"))  # "China's Foreign Minister Wang Yi"
        ):
            roles.append(words.pop(0))  # "Spokeswoman Ann Lee", "Mongolian Prime Minister Miegombyn Enkhbold"
        if words:
            words[-1] = re.sub(r"['’]s?\Z", "", words[-1])  # "Maria Okafor's nomination"
        if len(words) < 2 or len(words) > 4 or {words[0], words[-1]} & (NOT_PEOPLE | _NOT_PERSON_LAST):
            continue  # "The Senate", "Reed" alone, "Harbour Bank"
        if words[0] in _PLACE_FIRST:
            continue  # "a flight to New York's JFK", "arrived from South Africa": a place
        if is_person_noun(words[-1]) and words[-1][0].isupper():
            continue  # "Chief Executive", "Prime Minister": a role without its name
        given = words[0] in _COURTESY_SEX or sex_of(words[0]) is not None
        if before.lower() in _NOT_PERSON_BEFORE and not given:
            continue  # "hospitalized in New York", "the Coronary Care Unit"; not "the widow of Maria Okafor"
        people.append(_Named(words, roles, match.end(), first))
    named = {w for p in people for w in p.words}
    single = {m["w"] or m["owner"] for m in _ONE_WORD_SUBJECT.finditer(sentence)
              if not (m.start() == 0 and m.group().split()[0].endswith("ly"))  # not "Newly elected"
              and not (m["w"] and _AFTER_PREPOSITION.search(sentence, 0, m.start()))}  # "to Kosovo, X, began"
    single = single - named - _NOT_NAME_WORDS - NOT_PEOPLE
    return people, single


# The object pronoun of a subject pronoun: what "Kim coached (her)" cannot be Kim.
_OBJECT_OF = {"he": "him", "she": "her"}
# The people a sentence names and its one-word subjects, for modules that read a pronoun by other signs.
people_named = _people


# The last word before a subject that makes it none: a preposition ("the approval of | Pope Leo"), a
# conjunction or a word that opens a clause of its own ("After | Reed resigned, the party split").
_NOT_BEFORE_SUBJECT = {
    "of", "in", "at", "to", "for", "with", "without", "by", "from", "on", "into", "onto", "over", "under",
    "about", "against", "between", "among", "through", "during", "like", "than", "as", "including",
    "and", "or", "but", "nor", "after", "before", "when", "while", "because", "since", "until", "once",
    "if", "although", "though", "whether", "that", "who", "whom", "which", "where",
}
# A participle opening a sentence before its subject, which is no verb of the sentence: "Newly elected".
_OPENING_PARTICIPLE = re.compile(r"\A[A-Z][a-z]+ly[\s-]+[a-z-]+(?:ed|en)\s+\Z")
# An aside after a subject's name: "Sao Sokha(, a police chief,) on Sunday vowed".
_ASIDE = re.compile(r",\s[^,.;]{1,80},")
# A statement's "that", after which its subject is the news: "An aide has said that (Moreau) was expected".
_SAID_THAT = re.compile(rf"\b(?:{alternation('before_that')})\s+that\s+\Z")
# A modal verb after a subject, which the verbs of pronouns.AS_SUBJECT_AFTER leave out: "Reed (could) not".
_MODAL_AFTER = re.compile(r"\s+(?:can|cannot|could|may|might|must|should|shall|did|does|do)\b")
# A date between a subject (and its aside) and its verb: "Prime Minister Ana Lind (on Sunday) visited".
_DATE_BETWEEN = re.compile(
    r"\s+(?:on|in|at|last|this|early|late|earlier|later)\s+(?:[A-Z][a-z]+|\d[\d,]*|week|month|year|morning"
    r"|night)(?:\s+\d{4})?(?=\s)"
)


def _is_subject(sentence: str, start: int, end: int) -> bool:
    """Tell whether the words from `start` to `end` are the subject of the sentence's main clause: no verb
    and no preposition before them since the sentence or its fronted phrase began, a verb after them (an
    aside between): "Thomas Reed resigned", "On Monday, Okafor, a former prosecutor, was nominated", "The
    former minister Thomas Reed resigned"; not "The Senate confirmed Maria Okafor", "the approval of Pope
    Leo", "Critics of Thomas Reed protested"."""
    from timeline.pronouns import AS_SUBJECT_AFTER  # pronouns asks subjects, which asks this module

    prefix = sentence[:start]
    said = _SAID_THAT.search(prefix)
    # after a fronted phrase ("After the vote, | Reed resigned"), or a statement's "that"
    prefix = prefix[said.end() :] if said else prefix[prefix.rfind(",") + 1 :]
    last = prefix.split()[-1].lower() if prefix.split() else ""
    if last in _NOT_BEFORE_SUBJECT or (has_verb(prefix) and not _OPENING_PARTICIPLE.match(prefix)):
        return False
    if not sentence[:start].strip() and not re.search(r"['’]s?\Z|\A['’]", sentence[end - 2 : end + 1]):
        return True  # a name that opens its sentence: "Deyda Hydara, who was ..., (RSF), was"
    aside = _ASIDE.match(sentence, end)
    if aside:
        end = aside.end()  # "On Monday, Okafor, a former prosecutor, was nominated"
    elif sentence.startswith(",", end) and not prefix.strip() and sentence[:start].rstrip().endswith(","):
        end += 1  # the name in apposition: "The EU envoy to Moldova, Anna Berg, began"
    end = date.end() if (date := _DATE_BETWEEN.match(sentence, end)) else end
    return AS_SUBJECT_AFTER.match(sentence, end) is not None or _MODAL_AFTER.match(sentence, end) is not None


def _owns_subject(sentence: str, start: int, end: int) -> bool:
    """Tell whether the name from `start` to `end` owns the subject of the main clause, a thing and not a
    person: "Shaheen's rise began in 1999" and "Symonds' life was at stake" are about Shaheen and Symonds;
    "Reed's lawyer said" is about someone else."""
    owned = re.match(r"['’]s?((?:\s+[a-z-]+){1,3})", sentence[end:])
    if owned is None:
        return False
    at = end + owned.start(1)
    for word in re.finditer(r"\s+(?P<w>[a-z-]+)", owned.group(1)):
        if is_person_noun(word["w"]):
            return False
        if _is_subject(sentence, start, at + word.end()):
            return True
    return False


def _agent(sentence: str, at: int) -> bool:
    """Tell whether the words at `at` follow "by", the agent of a passive, which a pronoun of the next
    sentence does not stand for before the subject: "Okafor was nominated by (the president) in August.
    She ..." is Okafor."""
    return re.search(r"\bby\s+\Z", sentence[max(0, at - 4) : at]) is not None


# "the" and up to three lower-case words after it, one of which may be a person: "The new envoy met".
_THE_WORDS = re.compile(r"\b[Tt]he((?:\s+[a-z-]+){1,3})")


def _person_acts_before(sentence: str, name_start: int) -> bool:
    """Tell whether "the" + a person noun stands before a name with words between them: "The new envoy met
    Thomas Reed", "The bishop was ordained without the approval of Pope Leo" name two people; "The former
    minister Thomas Reed" names one."""
    for match in _THE_WORDS.finditer(sentence, 0, max(0, name_start)):
        at = match.start(1)
        for word in re.finditer(r"[a-z-]+", match.group(1)):
            if is_person_noun(word.group()) and not word.group().endswith("s"):
                between = sentence[at + word.end() : name_start]
                if re.search(r"\b[a-z]{3,}\b", between):
                    return True
    return False


def named_person(sentence_before: str, pronoun: str, *, subject: bool = True) -> str | None:
    """Return the surname of the one person the sentence before names, for a "he" or "she" that opens the
    next sentence: "Thomas Reed resigned in July. He is scheduled ..." -> "Reed"; "The Senate confirmed
    Maria Okafor on Thursday. She ..." -> "Okafor". None when two people are named ("Reed met Ana Lind",
    "Reed told the judge", "Dale said Ana Lind ..."), when a quotation stands in that sentence, or when
    anything tells the other sex: a courtesy title, a role ("spokeswoman Ann Lee"), a given name ("Maria
    Okafor ... he"), or a pronoun of the other sex ("Reed thanked her staff. She ..." may be anyone).
    With `subject`, None also when the person is not the subject of the sentence's main clause ("The Senate
    confirmed Maria Okafor. She ...", "... without the approval of Pope Leo. He ...").
    """
    from timeline.pronouns import REIGNING

    if any(q in sentence_before for q in "\"“”") or _OPPOSITE[pronoun.lower()].search(sentence_before):
        return None
    people, single = _people(sentence_before)
    if len(people) != 1 or single:
        return None
    words, roles, end, start = people[0]
    if subject and not _is_subject(sentence_before, start, end):
        return None  # "The Senate confirmed Maria Okafor. She ...": an object, a "she" may be anyone
    # a role after the name, set off by commas, is the same person: "Thomas Reed, the former minister,"
    aside = re.match(r",\s+(?:a|an|the)\s+(?P<np>[^,]{1,80}),", sentence_before[end:])
    others = [m for m in OTHER_THE.finditer(sentence_before)
              if is_person_noun(m["noun"]) and not _agent(sentence_before, m.start())]
    if any(m.start() >= end + (aside.end() if aside else 0) for m in others):
        return None  # "Thomas Reed told the judge in July": the judge is a "he" too
    if _person_acts_before(sentence_before, sentence_before.rfind(words[0], 0, end)):
        return None  # "The new envoy met Thomas Reed in Paris. He ...": the envoy is a "he" too
    female = pronoun.lower() == "she"
    given = next((w for w in words[:-1] if sex_of(w) is not None), "")
    told = [_COURTESY_SEX.get(words[0].rstrip(".")), sex_of(given)]
    roles = [r.lower() for r in roles] + (aside["np"].lower().split() if aside else [])
    told += [sex for sex in map(noun_sex, roles) if sex is not None]
    if any(sex is not None and sex != female for sex in told):
        return None
    if words[0] in REIGNING and len(words) == 2:
        return " ".join(words)  # "Pope Leo"
    if words[-1] in _REGNAL:
        return " ".join(words[-2:])  # "King Carlos III" is "Carlos III"
    lands = {re.sub(r"['’]s?\Z", "", r).capitalize() for r in roles} & _SURNAME_FIRST_LANDS
    if (re.search(r"-[a-z]", words[-1]) or lands or any(SURNAME_FIRST.search(r.title()) for r in roles)
            or family_first(words[-2:])):  # "Wang Lihua": a family name, then a given name in pinyin
        return " ".join(words[-2:])  # "Lee Wei-shing", "Chinese Premier Wen Jiabao": the surname may be first
    return words[-1]


# A speaker named after the verb that ends a sentence, its subject too: "The plan will pass, said Ian Hale".
_SPEAKER_LAST = re.compile(rf",\s+(?:{alternation('before_speaker')})\s+(?:[a-z-]+\s+){{0,3}}\Z")


def someone_else_before(text: str, start: int, name: str, pronoun: str) -> bool:
    """Tell whether the sentence before the one at `start` (ending in a full stop, with no quotation and no
    pronoun of the same person in it) is about someone other than `name`, the person named earlier that a
    "he" or "she" opening the sentence at `start` would stand for: its subject is "the" and a person noun
    ("The bishop was ordained without the approval of Pope Leo. He ..."), or it names a person other than
    `name`, and none as its subject ("Police arrested Ana Lind's driver. He ...")."""

    end = len(text[:start].rstrip())
    if not text.startswith(".", end - 1) or "\n\n\n" in text[end:start] or end < 2:
        return False
    told = text[sentence_start(text, end - 1) : start].strip()
    same = r"\b(?:he|his|him|himself)\b" if pronoun.lower() == "he" else r"\b(?:she|her|hers|herself)\b"
    acted_on = rf"\b{re.escape(name.split()[-1])}\s+(?:[a-z]+ly\s+)?[a-z]+\s+{_OBJECT_OF[pronoun.lower()]}\b"
    if not any(q in told for q in "\"“”") and re.search(acted_on, told):
        return True  # "..., where Kim coached her. She": the "her" Kim coached is someone else, so the "she"
    if any(q in told for q in "\"“”") or re.search(same, told, re.I):
        return False  # a quotation's speaker is read elsewhere; "where he met his wife": still about him
    subject = previous_subject(text, start) or ""
    head = subject.split()[-1] if subject.startswith("The ") else ""
    if head and is_person_noun(head) and not head.endswith("s"):
        return True  # "The bishop was ordained ...": the bishop, whom nobody named
    people, single = _people(told)
    if single or any(_is_subject(told, p.start, p.end) or _SPEAKER_LAST.search(told, 0, p.start)
                     for p in people):
        return False  # a person is the subject: "Mahathir handed over to Prime Minister Abdullah Badawi"
    words = set(name.split())
    return any(not words & set(p.words) for p in people)


def named_again(earlier: str, sentence_before: str, pronoun: str) -> str | None:
    """Return the one word the sentence before has as a subject or an owner, when it names nobody else and
    the text before named it in full: "Doug Christie ... Christie went home last week. He missed ..." ->
    "Christie"; "Guo Jingjing ... The photogenic Guo started diving at seven. She ..." -> "Guo"."""

    if any(q in sentence_before for q in "\"“”") or _OPPOSITE[pronoun.lower()].search(sentence_before):
        return None
    people, single = _people(sentence_before)
    others = any(_is_person_the(m["noun"]) and not _agent(sentence_before, m.start())
                 for m in OTHER_THE.finditer(sentence_before))
    if people or len(single) != 1 or others:
        return None  # "Christie met the coach": someone else
    word = next(iter(single))
    found = word_spans(sentence_before, word)
    if not any(_is_subject(sentence_before, *at) or _owns_subject(sentence_before, *at) for at in found):
        return None  # "met Christie", "Christie's lawyer said": named, but not as the subject
    if word not in earlier:  # the word is letters alone: both patterns below need it, and compile per word
        return None
    full = re.search(rf"\b(?P<given>[A-Z][a-z]+)\s+{word}\b|\b{word}\s+[A-Z][a-z]+(?:-[a-z]+)?\b", earlier)
    if full is None or full.group().split()[0] in _NOT_NAME_WORDS:
        return None  # never named in full, or "The Guo family"
    titled = re.search(rf"\b(?P<title>Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z][a-z]+\s+){{0,2}}{word}\b", earlier)
    sexes = {sex_of(full["given"]) if full["given"] else None,
             _COURTESY_SEX[titled["title"]] if titled else None}
    return None if (pronoun.lower() != "she") in sexes else word  # "Mrs. Ann Kessel ... Kessel said. He"


def _is_person_the(noun: str) -> bool:
    """Tell whether a noun after "the" names a person ("the coach"): someone else a pronoun may stand for."""

    return is_person_noun(noun)
