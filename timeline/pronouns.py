"""Find the person a "he" or "she" that opens a title stands for, in the text before it: the last person
the document names as a person (a courtesy title or a role before the name, an age after it, a surname
used again alone), by surname as newspapers do ("Okafor resigned").

No parser: patterns and a few word lists, each with an example. When no person is named safely, the
pronoun stays.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

from timeline import person_nouns
from timeline.given_names import noun_sex
from timeline.leads import led
from timeline.surnames import family_first
from timeline.verbs import IRREGULAR_PAST

# How far back the last mention of a name may lie: about four paragraphs of news.
REACH = 1500
# A capitalized word of a name: "Okafor", "O'Neil", "Al-Sadr", "McAllister".
_WORD = r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?|Mc[A-Z][a-z]+"
# A name of two to four capitalized words: "Ruth Okafor", "Jean-Paul Martin Dufresne".
# Weekdays and months, which follow a name but are none of it: "president Jacob Zuma Tuesday declined".
_CALENDAR = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
             r"|June|July|August|September|October|November|December)\b)")
# A regnal number after a name: "Pope John Paul II", "King Charles III".
_REGNAL = r"(?:\s+(?:II|III|IV|VI|VII|VIII|XVI)\b)?"
_FULL = rf"(?:{_WORD})(?:\s+(?:[A-Z]\.\s+)?{_CALENDAR}(?:{_WORD})){{1,3}}{_REGNAL}"  # "George W. Bush"
# A courtesy title, whose word tells the person's sex: "Mr. Okafor", "Mrs Dale".
_COURTESY = re.compile(
    rf"\b(?P<title>Mr|Mrs|Ms|Miss|Dr)\.?\s+(?P<name>(?:{_WORD})(?:\s+(?:{_WORD})){{0,2}})\b"
)
# A role before a name: "President Ruth Okafor", "coach Ben Dale", "Prime Minister Ana Lind".
_ROLE = led(r"[A-Za-z]",
    rf"\b(?P<role>{person_nouns.alternation('pronoun')}|{person_nouns.alternation('pronoun_title')}|Gen\.)"
    rf"\s+(?P<name>{_FULL}|{_CALENDAR}(?:{_WORD}){_REGNAL})\b"
)
# What stands before a name that opens a sentence: a full stop, a line break, the start of the text.
_OPENS = re.compile(r"(?:\A|[.!?][\"”’]?\s+|\n\s*)\Z")
# A name with an age after it: "Ruth Okafor, 54,".
_AGED = re.compile(rf"\b(?P<name>{_FULL}),\s+\d{{1,3}},")
# A name that opens a sentence and a verb after it: "Ruth Okafor resigned", "Ben Dale, a former miner, won".
_SUBJECT = re.compile(
    rf"(?:\A|[.!?][\"”’]?\s+|\n\s*)(?P<name>{_FULL})(?:,\s+(?P<aside>a|an|the|who)\s[^,.;]{{1,120}},)?\s+"
    r"(?:has|had|was|is|will|would|said|says|told|[a-z]{3,}ed)\b"
)
# Last words of names that are no people: "Manchester United", "the National Party", "Hong Kong".
NOT_PEOPLE = {
    "United", "City", "Party", "Ministry", "Agency", "Union", "Council", "News", "Corp", "Company", "Group",
    "Association", "Press", "Bank", "Court", "House", "Office", "Department", "Committee", "Times", "Post",
    "Airlines", "Airways", "Motors", "Club", "League", "Cup", "Games", "Kong", "Korea", "Africa", "America",
    "States", "Kingdom", "Republic", "Nations", "Street", "Square", "Province", "Region", "District", "Army",
    "Police", "Force", "Forces", "Front", "Movement", "Organisation", "Organization", "Institute",
    "University", "Fund", "Service", "Services", "Television", "Radio", "Assembly", "Parliament", "Congress",
    "Senate", "Government", "Administration", "Commission", "Federation", "Daily", "Journal", "Monday",
    "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December",
}
_FEMALE_TITLES = {"Mrs", "Ms", "Miss"}
# Titles a headline keeps before a single name: "Pope Leo", "King Harald", not "President Macron".
REIGNING = {"Pope", "King", "Queen", "Prince", "Princess", "Sheikh"}
_QUOTES = "\"“”'‘’"


def person_before(text: str, position: int, pronoun: str, rest: str = "") -> str | None:
    """Return the surname of the last person named before `position` that `pronoun` ("he", "she") may
    stand for, or None.

    "Ruth Okafor, 54, took office in May. ... She resigned on Friday" -> "Okafor". A person counts when a
    courtesy title or a role stands before the name, an age after it, or the name opens a sentence and the
    surname comes back alone later ("Okafor said"), as a second mention in a news story does. Not a
    person `rest`, the title after the pronoun, names ("he called on the mayor": the mayor is someone else).
    A name whose other word is the one used alone ("Lee Kuan Yew ... Lee said") is called by that word.
    """
    sentence = max(text.rfind(". ", 0, position), text.rfind("\n", 0, position), 0)
    opening = text[max(0, position - 3) : position].strip()
    if re.search(_FULL, text[sentence:position]) or (opening and opening[-1] in _QUOTES):
        return None  # "Judge Ann Lee ruled before he ...": a name in the sentence, or a quotation's "he"
    position = sentence
    female = pronoun.lower() == "she"
    people: dict[str, Person] = {}  # by the word a story calls the person by
    named = _names(text)
    for match in named[_COURTESY]:
        if match.end() > position:
            break
        sex = None if match["title"] == "Dr" else match["title"] in _FEMALE_TITLES
        _add(people, text, match, position, sex)
    for pattern in (_ROLE, _AGED, _SUBJECT):
        for match in named[pattern]:
            if match.end() > position:
                break
            words = match["name"].split()
            if words[-1] in NOT_PEOPLE or words[0] in NOT_PEOPLE:
                continue
            again = any(_mentioned_alone(text, w, match.end("name"), position) for w in words)
            if pattern is _SUBJECT and not again and match["aside"] != "who":
                continue  # "Harbour Bank said": no word of the name used again; "who" tells a person
            role = (match.groupdict().get("role") or "").lower()
            if role and re.search(rf"\bthe\s+(?:\w+\s+)?{role}\b", rest, re.I):
                continue  # "Moscow mayor Yury Luzhkov ... she called on the mayor"
            reigning = (match.groupdict().get("role") or "") in REIGNING  # "Pope Leo" keeps "Pope"
            _add(people, text, match, position, noun_sex(role), reigning)
    mentioned = set(re.findall(r"[A-Z][\w'’-]+", rest))  # "he called on Ahmed": not Iajuddin Ahmed
    people = {name: p for name, p in people.items() if not (p.words | {name}) & mentioned}
    if not people:
        return None
    name = max(people, key=lambda n: (people[n].subject, people[n].last))
    if people[name].last < position - REACH or not people[name].subject:
        return None  # named too long ago, or never as a subject: "defeat former president X, 45,"
    sex = people[name].female
    if sex is not None and sex != female:
        return None  # "Mrs Dale ... he": the last person named is not the one meant
    return name


class Person(NamedTuple):
    """A person a story names: where it last stood as a subject (else where it was named), whether it ever
    did, and the sex if the story tells it."""

    last: int
    female: bool | None
    subject: bool
    words: frozenset[str] = frozenset()


# A word of a name as a subject: "Okafor said", "Okafor, who ..., resigned", "Mahathir handed over".
_AS_SUBJECT = (
    r"(?:,\s[^,.;]{1,80},)?\s+(?:(?:also|then|later|again|[a-z]+ly)\s+)?"
    rf"(?:has|had|was|is|were|will|would|says|{'|'.join(sorted(IRREGULAR_PAST))}|[a-z]{{3,}}(?:ed|s))\b"
)


AS_SUBJECT_AFTER = re.compile(_AS_SUBJECT)
# A capitalized word that stands as a subject, looked for once per text.
_SUBJECT_WORD = re.compile(rf"\b(?P<w>[A-Z][\w'’-]+)\b(?={_AS_SUBJECT})")


@lru_cache(maxsize=4)  # asked for each pronoun title of a document: read the document once
def _names(text: str) -> dict[re.Pattern[str], list[re.Match[str]]]:
    """Return the matches of each name pattern in `text`, in order."""
    return {pattern: list(pattern.finditer(text)) for pattern in (_COURTESY, _ROLE, _AGED, _SUBJECT)}


@lru_cache(maxsize=4)
def _subject_words(text: str) -> dict[str, list[int]]:
    """Return where each capitalized word of `text` stands as a subject, in order."""
    found: dict[str, list[int]] = {}
    for match in _SUBJECT_WORD.finditer(text):
        found.setdefault(match["w"], []).append(match.start())
    return found


def _add(
    people: dict[str, Person], text: str, match: re.Match[str], end: int, sex: bool | None,
    titled: bool = False,
) -> None:
    """Add the person a name match names, with the last place a word of the name stands as a subject; a
    pope or a monarch named by one name keeps the title ("Pope Leo")."""
    name = match["name"]
    called = _called_by(text, name, match.end("name"), end)
    if titled and " " not in name:
        called = f"{match['role']} {name}"
    subject = AS_SUBJECT_AFTER.match(text, match.end("name"), match.end("name") + 100) is not None
    # a person with an age who opens a sentence is its subject ("Jerry Stuchiner, 45, a consular official
    # in Honduras, was rearrested"), and a name _SUBJECT found before its verb is one
    opens = _OPENS.search(text, max(0, match.start() - 3), match.start()) is not None
    subject = subject or (match.re is _AGED and opens) or match.re is _SUBJECT
    last = match.start()
    mentions = _subject_words(text)
    for word in set(name.split()) - NOT_PEOPLE:
        at = mentions.get(word, [])
        before = bisect.bisect_left(at, end)
        if before and at[before - 1] >= match.end("name"):
            last, subject = max(last, at[before - 1]), True
    known = people.get(called)
    if known is not None:
        last, subject = max(last, known.last), subject or known.subject
        sex = sex if sex is not None else known.female
    words = frozenset(name.split()) | (known.words if known is not None else frozenset())
    people[called] = Person(last, sex, subject, words)


def _mentioned_alone(text: str, surname: str, start: int, end: int) -> bool:
    """Tell whether a surname comes back alone, with no capitalized word right before or after it: "...,
    Okafor said"; not "Abu Ali's trial" for "Abu"."""
    at = _capitalized(text).get(surname, [])
    for position in at[bisect.bisect_left(at, start) : bisect.bisect_left(at, end)]:
        before = text[max(0, position - 20) : position].split()
        alone_before = not before or not before[-1][:1].isupper() or before[-1].endswith((".", ",", '"', "”"))
        after = position + len(surname)
        if alone_before and not _CAPITAL_NEXT.match(text, after, after + 3):
            return True
    return False


# A capitalized word right after another: "Abu | Ali".
_CAPITAL_NEXT = re.compile(r" [A-Z][a-z]")
# A capitalized word, as a whole word.
_CAPITALIZED = led(r"[A-Z]", r"(?<![\w'’-])[A-Z][\w'’-]*(?![\w'’-])")


@lru_cache(maxsize=4)
def _capitalized(text: str) -> dict[str, list[int]]:
    """Return where each capitalized word of `text` stands, in order; and each part of a hyphened or
    possessive one ("Kollar-Kotelly's" is also at "Kollar-Kotelly")."""
    found: dict[str, list[int]] = {}
    for match in _CAPITALIZED.finditer(text):
        word = match.group()
        found.setdefault(word, []).append(match.start())
        if "'" in word or "’" in word or "-" in word:  # most words hold none: no search of them
            for end in (m.start() for m in _JOINT.finditer(word)):
                found.setdefault(word[:end], []).append(match.start())
    return found


# Where a hyphened or possessive word has a part: "Kollar(-)Kotelly('s)".
_JOINT = re.compile(r"['’-]")


def _called_by(text: str, name: str, start: int, end: int) -> str:
    """Return the word of a full name the text uses alone after it: the surname, or the first word when only
    it comes back ("Mahathir Mohamad ... Mahathir said"); a name that puts its family name first and comes
    back in no word alone, whole ("Wang Lihua")."""
    words = name.split()
    if re.fullmatch(_REGNAL, " " + words[-1]) and len(words) > 1:
        return name  # "John Paul II": a pope or a king is called by the whole name
    if _mentioned_alone(text, words[-1], start, end):
        return words[-1]
    alone = next((w for w in words[:-1] if _mentioned_alone(text, w, start, end)), None)
    if alone is None and family_first(words):
        return name  # "Wang Lihua ... She returned": "Lihua" is no surname, the name as written is safe
    return alone or words[-1]
