"""Choose a long clause's title among shorter wordings, by checking each finished title, not the input.

`shorten.fit` cuts a clause of more than 80 characters where its rules weigh best; when what it keeps
stops mid-phrase (timeline.complete says why), `choose` tries wordings in order and takes the first whole
one: the clause cut before a trailing phrase (a prepositional phrase, a relative clause, an apposition, a
subordinate clause), on each of the clause's shorter forms (people to their surnames, a subject cut to its
head, an aside dropped). Of the whole ones, the one that keeps the most of the predicate wins. When none is
whole, the structural title (timeline.structural) or a cut before a preposition (timeline.last_cuts) is
tried; else the cut of `fit` stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain

from timeline import compress, last_cuts, rewordings, statements, structural, uncut
from timeline.chunks import predicate
from timeline.complete import complete
from timeline.last_cuts import cut_within, first_verb_end, unquoted
from timeline.open_ends import NOT_IN_PHRASE, OPENS_PHRASE
from timeline.subject_asides import main_subject, without_agent_phrase
from timeline.subject_heads import name_head, short_subject
from timeline.surnames import surnames
from timeline.title_ends import CUT_BEFORE, trim_end
from timeline.title_length import MAX_TITLE
from timeline.verbs import first_verb

# The characters after its verb that make a wording good enough to stop looking: "The plane returned to
# Libya" (10) is whole, though a wording that says more may come later.
_ENOUGH_AFTER_VERB = 15
# The characters of a subject worth cutting to its head: "An Austrian engineer working with the mission".
_LONG_SUBJECT = 25
# A place before a dash, a semicolon or "since" ("is trading at a high | since the peg was set"), or before
# a participle and its phrase after a noun: a phrase ends there too ("the summit | scheduled to start"); not
# before a verb and its object ("unions | scrapped a plan").
_DASH = re.compile(
    r"\s(?=--\s|—|–\s)|(?=;)|\s(?=since\s)|(?<=[a-z])\s(?=[a-z]{3,}ed\s+(?:by|to|in|at|on|for|from|with|as|under)\s)"
)


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
    part joined by "and" ("Both its production | and sales of cars are expected").
    """
    if not cut.endswith(form[at:]):
        return False
    kept = cut[: len(cut) - len(form) + at]
    removed = form[:at]
    for word in kept.split():
        removed = removed.replace(word, "", 1)
    return not predicate(removed) and not re.match(r"\s*(?:and|or)\b", form[len(kept.rstrip()) :])


@lru_cache(maxsize=1024)  # _subjects and _structural ask it of the same wordings
def _main_verb(form: str) -> int | None:
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


@lru_cache(maxsize=256)  # _choose reads a clause's wordings, _structural reads them again
def _forms(whole: str, names: tuple[tuple[str, str], ...] = ()) -> _Wordings:
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
    for stage in (_names, _asides, _subjects, _statements, _compressed):
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


def _names(forms: list[str]) -> list[str]:
    """Return the clause with its companies and people named shortly: "Acme Corp." -> "Acme"."""
    plain = rewordings.plain_names(forms[0])
    return [plain, surnames(plain)]


def _asides(forms: list[str]) -> list[str]:
    """Return the wordings without an aside after the subject or a phrase between "said" and "that"."""
    return [aside for form in forms for aside in _asides_of(form)]


@lru_cache(maxsize=1024)  # _light_forms and _wordings ask it of the same wordings of a clause
def _asides_of(form: str) -> tuple[str, ...]:
    """Return the wordings of `form` without an aside, in _asides' order."""
    found = []
    if (inner := main_subject(form) or without_agent_phrase(form)) is not None:
        found.append(inner)
    if (said := rewordings.without_said_that(form)) is not None:
        found.append(said)  # "Gould said (here) that the parties would abide by it"
    if (aside := rewordings.without_aside(form)) is not None:
        found.append(aside)
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
        at = _main_verb(form)
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
            # "The index tracks the performance of firms | listed": the verb found is no main verb; 'The
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
        said = _SAID_CLAUSE.search(form)
        statement = form[said.end() :] if said else ""
        if statement and not _PRONOUN.match(statement) and predicate(statement):
            found.append(statement[:1].upper() + statement[1:])
    return found


# The characters a long clause's names and asides can take away: beyond them no such wording fits.
_LIGHT_REACH = 60


def _said(forms: list[str]) -> list[str]:
    """Return what was said after the tellings _statements leaves (timeline.statements): "noted that",
    "said the offer does little to ..."."""
    return [told for form in forms if (told := statements.statement(form)) is not None]


# Articles that open a verb's object: a cut right after one leaves the verb before it without its object.
_OBJECT_OPENERS = {"a", "an", "the", "its", "their", "his", "her"}


def _cuts(form: str) -> Iterator[str]:
    """Yield the form's phrase-boundary cuts of at most 80 characters, the longest first."""
    if len(form) <= MAX_TITLE:
        yield trim_end(form)
    places = {m.start() for m in CUT_BEFORE.finditer(form, 0, MAX_TITLE + 40)}
    places |= {m.start() for m in _DASH.finditer(form, 0, MAX_TITLE + 40)}
    for place in sorted(places, reverse=True):
        if form[:place].rsplit(None, 1)[-1].lower() in _OBJECT_OPENERS:
            continue  # "to resolve a | spiraling crisis": the verb before the article loses its object
        if 12 <= place <= MAX_TITLE:  # trimming only shortens a cut: none longer than its place
            short = trim_end(form[:place])
            if len(short) >= 12:
                yield short


@lru_cache(maxsize=4096)
def choose(whole: str, fitted: str, names: tuple[tuple[str, str], ...] = (), *, speaker: bool = False) -> str:
    """Return `fitted`, the cut of the clause `whole`, when it is whole; else the first wording of `whole`
    that is whole and keeps a predicate of some words, in the order of `_forms`, the longest cut of each
    first; else the whole one that keeps the most of its predicate; else `fitted`. `names` pairs long names
    with the acronyms a shorter wording may use (compress.acronyms). A whole `fitted` that ends inside a
    phrase after a comma ends at the comma instead (compress.without_cut_phrase). A chosen cut whose next
    word most likely completes it ("in the run-up | to", "a contract | to build") gives way to the shortest
    whole headline of timeline.structural, as does a clause none of whose wordings is whole.
    """
    if len(whole) <= MAX_TITLE:
        return fitted
    title = _choose(whole, fitted, names, speaker)
    if whole.startswith(title) and structural.open_cut(whole, len(title)):
        return _structural(whole, names) or title  # "in the run-up | (to ...)": the shortest whole headline
    return title


def _choose(whole: str, fitted: str, names: tuple[tuple[str, str], ...], speaker: bool = False) -> str:
    """Return `fitted` when whole, else the first whole wording of `choose`'s order, else the structural
    title (timeline.structural), else `fitted`.
    """
    whole_cut = complete(trim_end(unquoted(fitted))) is None
    waiting = whole_cut and cut_within(whole, fitted)
    # a whole cut still drops the clause's end: a wording that fits uncut keeps it ("Analysts noted that
    # rates had pushed the share price | into ..." -> "Rates had pushed the share price into ..."); not
    # when the cut kept the end (a speaker's role was cut)
    kept_end = whole.endswith(fitted[-uncut.SAME_END :])
    forms = _light_forms(whole, speaker)
    shorter = None
    if whole_cut and not kept_end:
        shorter = uncut.uncut(whole, fitted, forms, _cuts, speaker=speaker)
    if whole_cut and (shorter or not waiting):
        return shorter or compress.without_cut_phrase(whole, fitted) or fitted  # "..., in areas": it goes
    best, best_score, lone = fitted, None, None
    # what was said after the tellings _statements leaves ("noted that", "said the offer ..."), last; not
    # when a dated telling keeps its speaker
    for form in chain(_forms(whole, names), () if speaker else _said([whole])):
        verb_end = first_verb_end(form)  # each cut keeps the start of the form: its first verb is the form's
        if verb_end < 0:
            continue
        for title in _cuts(form):
            after = len(title) - verb_end  # the characters of the predicate it keeps
            if after <= 0 or (best_score is not None and (after, len(title)) <= best_score):
                break  # the cuts come longest first: the ones after keep no more of the predicate
            reason = complete(unquoted(title))
            if reason == "agreement" and lone is None and after >= _ENOUGH_AFTER_VERB:
                lone = title  # "Ford are expected to ...": one subject of two, better than a cut mid-phrase
            if reason is None and not cut_within(form, title):
                if after >= _ENOUGH_AFTER_VERB:
                    return title
                best, best_score = title, (after, len(title))
                break  # the longest whole cut of this form: its shorter cuts keep less
    split = complete(trim_end(unquoted(fitted))) in _SPLIT_PHRASE  # "of a high-ranking | (official)"
    before_of = last_cuts.before_of(_forms(whole, names)) if best is fitted and split else None
    if before_of is not None:
        return before_of
    if best is fitted and lone is not None:
        return lone
    if best is fitted and (whole_cut := _structural(whole, names)) is not None:
        return whole_cut
    if best is fitted and complete(trim_end(unquoted(fitted))) is not None:
        # "said one of the goals of the meeting was to take stock | (of the situation)"
        best = last_cuts.word_cut(_word_cut_forms(whole, names)) or best
    return (compress.without_cut_phrase(whole, best) or best) if best is fitted else best


def _light_forms(whole: str, speaker: bool) -> Iterator[str]:
    """Yield the wordings of the clause that lose no word of its subject's head or its predicate: people to
    their surnames, an aside dropped, the statement without its speaker; not a subject cut to its head ("A
    new (strain of the bacteria) broke out"), a compression, nor a front phrase dropped (it may hold the
    date: "(When rumors were making the rounds last year,) the prince discouraged them")."""
    forms = [whole]
    if len(whole) <= MAX_TITLE + _LIGHT_REACH:  # a name or an aside that goes is shorter than this
        forms += _names(forms)
        if "," in whole or " that " in whole or "-" in whole or "—" in whole or "–" in whole:
            forms += _asides(forms)  # each aside _asides finds holds one of these
    yield from forms
    for form in () if speaker else forms:  # "Analysts said that ...": a telling that is the main verb
        if (told := statements.statement(form)) is not None:
            yield told


@lru_cache(maxsize=256)  # choose may ask it after _choose did, of the same clause
def _structural(whole: str, names: tuple[tuple[str, str], ...]) -> str | None:
    """Return the shortest whole headline of the clause's wordings (timeline.structural), or None."""
    forms: Iterable[str] = _forms(whole, names)
    if (rest := structural.without_front(whole)) is not None:
        forms = chain(_forms(rest, names), forms)  # lazily: shortest_whole may stop at the first wordings
    pairs = ((form, at) for form in forms if (at := _main_verb(form)) is not None)
    return structural.shortest_whole(pairs, whole)


# What complete says of a cut inside a noun phrase, which a cut before its "of" may mend.
_SPLIT_PHRASE = {"adjective", "name", "determiner"}


def _word_cut_forms(whole: str, names: tuple[tuple[str, str], ...]) -> list[str]:
    """Return the clause and the clause without its front adjunct, for last_cuts.word_cut; not the shorter
    wordings: a subject cut at a verb that was not its own reads worse.
    """
    forms = [whole]
    if (rest := structural.without_front(whole)) is not None:
        forms.append(rest)  # "(Under laws going before Parliament,) ASIO would have"
    return forms
