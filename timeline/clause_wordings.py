"""Make a long clause's shorter wordings, in the order `candidates.choose` tries them for a whole title.

Each wording says the clause's news in fewer words: people and companies named shortly ("Acme Corp." ->
"Acme"), an aside dropped ("The winners -- the engineer and the surveyor -- said"), a subject cut to its
head ("The inquiry into the firm's hiring of ... heard" -> "The inquiry heard"), what was said on its own
("said that the four officials should be removed"), a headline writer's compression (timeline.compress).
Each stage runs only when the wordings before it gave no whole title. No parser: patterns with examples.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from timeline import compress, rewordings, statements
from timeline.chunks import predicate
from timeline.open_ends import NOT_IN_PHRASE, OPENS_PHRASE
from timeline.subject_asides import main_subject, without_agent_phrase, without_apposition
from timeline.subject_heads import name_head, short_subject
from timeline.surnames import surnames
from timeline.teller_statements import teller_statement
from timeline.title_length import MAX_TITLE
from timeline.verbs import first_verb

# The characters of a subject worth cutting to its head: "An Austrian engineer working with the mission".
_LONG_SUBJECT = 25


# A subject's head and the phrase after it: "The inquiry | into the firm's hiring of ...", "An Italian colonel
# | serving with ...". The head is two to four words, the first a determiner or capitalized; not "of", whose
# head says little alone ("The death | of the general").
_SUBJECT_HEAD = re.compile(
    r"\A(?P<head>(?:The|A|An|[A-Z][\w'’-]*)(?:\s+[\w'’-]+){1,3}?)\s+"
    r"(?P<prep>into|in|from|with|for|on|at|over|about|against|near|among|between|across|[a-z]{3,}ing)"
    r"\s+(?P<next>\S+)"
)


# Words in -ing that are adjectives before a noun, not a participle's phrase after the subject's head: "the
# world football governing body", "the ruling party".
_ING_ADJECTIVES = {
    "governing", "ruling", "leading", "opposing", "founding", "reigning", "sitting", "outgoing", "incoming",
    "remaining", "existing", "growing", "emerging", "ongoing", "upcoming", "working", "visiting", "booming",
    "neighbouring", "neighboring", "surrounding", "rising", "presiding", "acting", "caretaking", "managing",
}
# Words that open a front phrase or clause, not a subject: "With talk of a crisis the club could ...".
_FRONT_WORDS = OPENS_PHRASE | NOT_IN_PHRASE | {
    "after", "before", "during", "amid", "despite", "following", "since", "until", "without", "once",
    "unlike", "like", "through", "across", "under", "beyond", "near", "if", "although", "though", "unless",
}


def _subject_head(form: str, verb_start: int) -> str | None:
    """Return the form with its subject cut to its head, or None: "The inquiry into the firm's hiring of
    the mercenaries heard" -> "The inquiry heard"; not a name ("The Bank of England raised").
    """
    subject = form[:verb_start].rstrip()
    head = _SUBJECT_HEAD.match(subject)
    first = subject.split(None, 1)[0].lower() if subject else ""
    if head is None or "," in subject or predicate(head["head"]) or first in _FRONT_WORDS:
        return None  # "With talk of a crisis | the club could": a front phrase, no subject
    if head["prep"].lower() in _ING_ADJECTIVES:
        return None  # "World football | governing body FIFA": an adjective of the subject's head, no phrase
    if head["prep"].endswith("ing") and head.end("next") == len(subject):
        return None  # "The Scottish | rowing federation": a noun's modifier, its noun next to the verb
    name = head["head"].split()[-1][:1].isupper() and head["prep"] in ("of", "for", "on", "in", "at")
    if name or head["next"][:1].isupper() and head["prep"] in ("of", "for"):
        return None  # "The Bank of England", "The Ministry for Health": a name, not a head and its phrase
    return f"{head['head']} {form[verb_start:]}"


# A verb of saying and "that" before what was said, which has a subject of its own.
_SAID_CLAUSE = re.compile(
    r"\b(?:(?:said|says|suggested|announced|reported|warned|insisted|added|stated)\s+"
    r"|told\s+(?:[\w'’-]+\s+){1,4}?)that\s+"  # "told a press briefing that"
)
# A person named with a role before the verb, which a headline calls by the last name: "Maronite Cardinal
# Nasrallah Sfeir (said)" -> "Sfeir"; not an organization named after one ("The Cardinal Kung Foundation").
_ROLE_NAME = re.compile(
    r"\A(?!The\b)(?:[A-Z][\w'’.-]*\s+){0,3}(?:Cardinal|Archbishop|Bishop|Rabbi|Patriarch|Imam|Sheikh|Pastor)"
    r"\s+(?:[A-Z][\w'’.-]*\s+){0,2}(?P<last>[A-Z][\w'’-]+)\s+\Z"
)
_ORGANIZATION_WORDS = {
    "Foundation", "Center", "Centre", "Institute", "Fund", "Trust", "Society", "Association", "Council",
    "Committee", "Church", "Agency", "Commission", "Movement", "Front", "Union", "Organization", "College",
    "Organisation", "School", "University", "Hospital", "Party", "Group", "Mosque", "Cathedral",
}
_PRONOUN = re.compile(r"(?:he|she|it|they|we|i|you|this|there)\b", re.I)


# An aside between dashes after the subject: "The winners -- the engineer and the surveyor -- said".
_DASH_ASIDE = re.compile(r"\s+(?:--?|—|–)\s+.{3,160}?\s+(?:--?|—|–)\s+")


_RELATIVE = re.compile(r"\s(?:who|which|that|whose)\s")
# A subordinate clause inside the subject, whose verb is no main verb: "A change in the weather as a storm
# moved | east (forced ...)".
_SUBORDINATE_IN_SUBJECT = re.compile(r"\s(?:as|when|while|because|although|though|since|after|before|if)\s")


# A participle that modifies the noun before it, no main verb: "(officials) held responsible for",
# "(people) killed by".
_REDUCED_RELATIVE = re.compile(
    r"(?:[a-z]+(?:ed|en)|held|kept|found|left|made|caught|shot)\s+(?:by|responsible|accountable|liable|guilty|hostage"
    r"|captive|dead|alive|missing|wounded)\b"
)
_QUOTE = re.compile(r"[\"“”]")
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|its|his|her|their|our|first|last|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+\Z",
    re.I,
)
# A plain present verb and its object, which the verb lists miss: "The index tracks the ...".
_PLAIN_PRESENT = re.compile(r"\b[a-z]{3,}[^s\W]s\s+(?:the|a|an|its|his|her|their)\s")


def _only_subject_dropped(form: str, cut: str, at: int) -> bool:
    """Tell whether a wording with a shorter subject dropped only words of the subject: no verb, no second
    part joined by "and" ("Both its output | and exports of steel are expected").
    """
    if not cut.endswith(form[at:]):
        return False
    kept = cut[: len(cut) - len(form) + at]
    removed = form[:at]
    for word in kept.split():
        removed = removed.replace(word, "", 1)
    return not predicate(removed) and not re.match(r"\s*(?:and|or)\b", form[len(kept.rstrip()) :])


@lru_cache(maxsize=1024)  # _subjects and candidates._structural ask it of the same wordings
def main_verb(form: str) -> int | None:
    """Return where the first verb of a form that may be its main verb starts, or None: no verb that opens
    it, no participle or modifier ("serving", "NATO-led", "the ousted").
    """
    at = 0
    while (verb := first_verb(form, at, MAX_TITLE + 60)) is not None:
        word = verb.group()
        modified = _DETERMINER_BEFORE.search(form, max(0, verb.start() - 12), verb.start())  # "two murdered"
        if verb.start() > 0 and "-" not in word and not word.endswith("ing") and modified is None:
            return verb.start()
        at = verb.end()
    return None


@lru_cache(maxsize=256)  # candidates reads a clause's wordings twice
def forms(whole: str, names: tuple[tuple[str, str], ...] = ()) -> _Wordings:
    """Return the clause's wordings of _wordings, each made once however often they are read."""
    return _Wordings(_wordings(whole, names))


class _Wordings:
    """Hold the wordings a generator yields, made as the first reader asks for them and kept for the next."""

    def __init__(self, source: Iterator[str]) -> None:
        """Keep the generator: no wording is made before one is read."""
        self._source = source
        self._made: list[str] = []

    def __iter__(self) -> Iterator[str]:
        """Yield the wordings made so far, then make the next ones (each reader from the first)."""
        at = 0
        while True:
            if at == len(self._made):
                form = next(self._source, None)
                if form is None:
                    return
                self._made.append(form)
            yield self._made[at]
            at += 1


def _wordings(whole: str, names: tuple[tuple[str, str], ...] = ()) -> Iterator[str]:
    """Yield the clause and its shorter wordings, in the order they are tried, each once: as it is, with its
    names shortened, with an aside dropped, with its subject cut to its head, what was said, compressed as a
    headline writer does (timeline.compress). Each is made only when the ones before gave no whole title.
    """
    seen: set[str] = set()
    staged = [whole]
    for stage in (short_names, asides, _subjects, _statements, _compressed):
        for form in staged:
            if form not in seen:
                seen.add(form)
                yield form
        found = stage(staged, names) if stage is _compressed else stage(staged)
        staged = list(dict.fromkeys([*staged, *found]))  # each form once: most have no names to cut
    for form in staged:
        if form not in seen:
            seen.add(form)
            yield form


def short_names(forms: list[str]) -> list[str]:
    """Return the clause with its companies and people named shortly: "Acme Corp." -> "Acme"."""
    plain = rewordings.plain_names(forms[0])
    return [plain, surnames(plain)]


def asides(forms: list[str]) -> list[str]:
    """Return the wordings without an aside after the subject or a phrase between "said" and "that"."""
    return [aside for form in forms for aside in asides_of(form)]


@lru_cache(maxsize=1024)  # candidates._light_forms and _wordings ask it of the same wordings of a clause
def asides_of(form: str) -> tuple[str, ...]:
    """Return the wordings of `form` without an aside, in asides' order."""
    found = []
    if (inner := main_subject(form) or without_agent_phrase(form)) is not None:
        found.append(inner)
    if (said := rewordings.without_said_that(form)) is not None:
        found.append(said)  # "Gould said (here) that the parties would abide by it"
    if (aside := rewordings.without_aside(form)) is not None:
        found.append(aside)
    if (apposed := without_apposition(form)) is not None and apposed not in found:
        found.append(apposed)  # "Ana Lind(, Arlo's chief negotiator,) signed": a name's description
    dashed = _DASH_ASIDE.search(form)
    if dashed is not None and not predicate(form[: dashed.start()]):
        found.append(form[: dashed.start()] + " " + form[dashed.end() :])
    return tuple(found)


def _compressed(forms: list[str], names: tuple[tuple[str, str], ...]) -> list[str]:
    """Return the wordings a headline writer's compression gives: "rose (from 3 million) to 5 million", a
    long name told by the acronym of `names`.
    """
    return [shorter for form in forms for shorter in compress.forms(form, names)]


def _subjects(forms: list[str]) -> list[str]:
    """Return the wordings with their subject cut to its head or a person to the last name."""
    found = []
    for form in forms:
        at = main_verb(form)
        if at is None or at < _LONG_SUBJECT:
            continue  # a short subject leaves the predicate room enough: none to cut
        if re.search(r"\b(?:and|or)\s*\Z", form[:at]) or _RELATIVE.search(form, 0, at):
            # "workers face abuse and | are victims": a second predicate, no subject before it; "The officers
            # who | were suspended": the relative clause's verb, which may be the event the title is for
            continue
        inner = _SUBORDINATE_IN_SUBJECT.search(form, 0, at)
        # "A change as a storm | moved": the subordinate clause's verb, no comma closing it; only the name
        # that is its subject may stand before it ("The record dates back when Prince Edward | had")
        inner = inner if inner and "," not in form[inner.end() : at] else None
        gerund = re.match(r"[A-Z][a-z]+ing\b", form) is not None  # "Monitoring the situation ... called"
        gerund = gerund or _REDUCED_RELATIVE.match(form, at) is not None  # "officials | held responsible"
        if _PLAIN_PRESENT.search(form, 0, at) or _QUOTE.search(form, 0, at) or gerund:
            # "The fund follows the value of farms | owned": the verb found is no main verb; 'The
            # "Fishermen of the Coast" survey': a name in quotation marks is no subject to cut
            continue
        shorter = (short_subject(form, at, least=4), rewordings.subject_head(form, at)) if not inner else ()
        shorter += (_subject_head(form, at),) if not inner else ()
        role = _ROLE_NAME.match(form[:at]) if not inner else None
        if role is not None and role["last"] not in _ORGANIZATION_WORDS:
            found.append(f"{role['last']} {form[at:]}")
        named = name_head(form[:at])
        named = None if inner and (named is None or form.rfind(named, 0, at) < inner.end()) else named
        for cut in (*shorter, f"{named} {form[at:]}" if named is not None else None):
            # "Aso and (visiting diplomats) agreed": a subject of two cut to one, its "and" left, is none
            kept = cut[: len(cut) - len(form) + at].rstrip() if cut is not None else ""
            joined = re.search(r"\s(?:and|or)\Z", kept) is not None
            if cut is not None and not joined and _only_subject_dropped(form, cut, at):
                found.append(cut)
    return found


def _statements(forms: list[str]) -> list[str]:
    """Return what was said, when it has a subject and a verb of its own: "The four officials should be
    removed from their posts".
    """
    found = []
    for form in forms:
        said = _SAID_CLAUSE.search(form) if "that" in form else None  # every match ends on "that"
        statement = form[said.end() :] if said else ""
        if statement and not _PRONOUN.match(statement) and predicate(statement):
            found.append(statement[:1].upper() + statement[1:])
    return found


def said(forms: list[str]) -> list[str]:
    """Return what was said after the tellings _statements leaves (timeline.statements): "noted that",
    "said the offer does little to ..."."""
    found = [told for form in forms if (told := statements.statement(form)) is not None]
    # "The board said it would close the plant" -> "The board will close the plant"
    return found + [told for form in forms if (told := teller_statement(form)) is not None]
