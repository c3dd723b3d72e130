"""Choose a long clause's title among shorter wordings, by checking each finished title, not the input.

`shorten.fit` cuts a clause of more than 80 characters where its rules weigh best; when what it keeps
stops mid-phrase (timeline.complete says why), `choose` tries wordings in order and takes the first whole
one: the clause cut before a trailing phrase (a prepositional phrase, a relative clause, an apposition, a
subordinate clause), on each of the clause's shorter forms (timeline.clause_wordings: people to their
surnames, a subject cut to its head, an aside dropped). Of the whole ones, the one that keeps the most of
the predicate wins. When none is whole, the structural title (timeline.structural) or a cut before a
preposition (timeline.last_cuts) is tried; else the cut of `fit` stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import chain

from timeline import clause_wordings as wordings
from timeline import compress, last_cuts, statements, structural, uncut
from timeline.complete import complete
from timeline.continuations import keeps_object
from timeline.ing_cuts import splits_noun_phrase
from timeline.last_cuts import cut_within, first_verb_end, unquoted
from timeline.leads import led
from timeline.title_ends import CUT_BEFORE, dangles, trim_end
from timeline.title_length import MAX_TITLE

# The characters after its verb that make a wording good enough to stop looking: "The plane returned to
# Libya" (10) is whole, though a wording that says more may come later.
_ENOUGH_AFTER_VERB = 15
# A place before a dash, a semicolon or "since" ("is trading at a high | since the peg was set"), or before
# a participle and its phrase after a noun: a phrase ends there too ("the summit | scheduled to start"); not
# before a verb and its object ("unions | scrapped a plan").
_DASH = led(r"[;\s]",
    r"\s(?=--\s|—|–\s)|(?=;)|\s(?=since\s)|(?<=[a-z])\s(?=[a-z]{3,}ed\s+(?:by|to|in|at|on|for|from|with|as|under)\s)"
)


# The characters a long clause's names and asides can take away: beyond them no such wording fits.
_LIGHT_REACH = 60


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
        if splits_noun_phrase(form, place):
            continue  # "a plan for land | grabbing of farm plots": no participle phrase starts there
        if 12 <= place <= MAX_TITLE:  # trimming only shortens a cut: none longer than its place
            short = trim_end(form[:place])
            if len(short) >= 12:
                yield short


@lru_cache(maxsize=4096)
def choose(whole: str, fitted: str, names: tuple[tuple[str, str], ...] = (), *, speaker: bool = False) -> str:
    """Return `fitted`, the cut of the clause `whole`, when it is whole; else the first wording of `whole`
    that is whole and keeps a predicate of some words, in the order of `clause_wordings.forms`, the longest
    cut of each first; else the whole one that keeps the most of its predicate; else `fitted`. `names` pairs
    long names with the acronyms a shorter wording may use (compress.acronyms). A whole `fitted` that ends
    inside a phrase after a comma ends at the comma instead (compress.without_cut_phrase). A chosen cut whose
    next word most likely completes it ("in the run-up | to", "a contract | to build") gives way to the
    shortest whole headline of timeline.structural, as does a clause none of whose wordings is whole.
    """
    if len(whole) <= MAX_TITLE:
        return fitted
    title = _choose(whole, fitted, names, speaker)
    if whole.startswith(title) and structural.open_cut(whole, len(title)):
        # "in the run-up | (to ...)": the shortest whole headline; "..., adding spice | (to ...)": the clause
        shortest = _structural(whole, names)
        last = shortest.rsplit(None, 1)[-1] if shortest else ""
        if last.isalpha() and last.islower() and dangles(shortest) and not dangles(title):
            shortest = None  # "set up to trace (who ...)" waits more than "set up"; not "rose to 51.2"
        return shortest or _before_participle(title) or title
    return title


# A participle phrase after a comma at the end of a cut title: "(visited Washington), adding spice".
_PARTICIPLE_PHRASE = re.compile(r",\s+[a-z]{3,}ing\s[^,;:]*\Z")


def _before_participle(title: str) -> str | None:
    """Return the cut title without the participle phrase after its last comma, when the cut left that
    phrase open ("Chile's envoy visited Oslo, adding weight | (to reports ...)") and what stays
    before the comma is whole; else None."""
    phrase = _PARTICIPLE_PHRASE.search(title) if "ing " in title else None
    if phrase is None or phrase.start() < 25:
        return None
    kept = trim_end(title[: phrase.start()])
    return kept if complete(kept) is None and wordings.main_verb(kept) is not None else None


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
    best, best_score, lone, held = fitted, None, None, None
    waits_object = waiting and whole.startswith(fitted) and keeps_object(fitted, whole[len(fitted) :])
    # what was said after the tellings the wordings leave ("noted that", "said the offer ..."), last; not
    # when a dated telling keeps its speaker
    for form in chain(wordings.forms(whole, names), () if speaker else wordings.said([whole])):
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
            within = reason is None and cut_within(form, title)
            if within and held is None and after >= _ENOUGH_AFTER_VERB and form.startswith(title):
                # "said he expected the groups locked | (in talks ...)": a verb and its object, kept when
                # no whole wording comes
                held = title if keeps_object(title, form[len(title) :]) else None
            if reason is None and not within:
                if waits_object and wordings.main_verb(title) is None:
                    continue  # "Masood, brother of the assassinated commander": a cut verb and object beat it
                if after >= _ENOUGH_AFTER_VERB:
                    return title
                best, best_score = title, (after, len(title))
                break  # the longest whole cut of this form: its shorter cuts keep less
    split = complete(trim_end(unquoted(fitted))) in _SPLIT_PHRASE  # "of a high-ranking | (official)"
    before_of = last_cuts.before_of(wordings.forms(whole, names)) if best is fitted and split else None
    if before_of is not None:
        return before_of
    if best is fitted and lone is not None:
        return lone
    if best is fitted and waits_object:
        return fitted  # "had called on the Taliban | (to ...)": no wording fits the infinitive: the object
    if best is fitted and held is not None and wordings.main_verb(fitted) is None:
        return held  # "Masood, brother of the assassinated commander": a verb and its object beat a fragment
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
    date: "(When gossip was going around last spring,) the singer denied it")."""
    forms = [whole]
    if len(whole) <= MAX_TITLE + _LIGHT_REACH:  # a name or an aside that goes is shorter than this
        forms += wordings.short_names(forms)
        if "," in whole or " that " in whole or "-" in whole or "—" in whole or "–" in whole:
            forms += wordings.asides(forms)  # each aside it finds holds one of these
    yield from forms
    for form in () if speaker else forms:  # "Analysts said that ...": a telling that is the main verb
        if (told := statements.statement(form)) is not None:
            yield told


@lru_cache(maxsize=256)  # choose may ask it after _choose did, of the same clause
def _structural(whole: str, names: tuple[tuple[str, str], ...]) -> str | None:
    """Return the shortest whole headline of the clause's wordings (timeline.structural), or None."""
    forms: Iterable[str] = wordings.forms(whole, names)
    if (rest := structural.without_front(whole)) is not None:
        forms = chain(wordings.forms(rest, names), forms)  # lazily: shortest_whole may stop at the first
    pairs = ((form, at) for form in forms if (at := wordings.main_verb(form)) is not None)
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
