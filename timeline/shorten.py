"""Cut a headline to at most 80 characters at a phrase boundary, never mid-word.

A cut keeps the subject and a verb in front of it and leaves nothing waiting for more at its end: no
auxiliary ("... Bettman is"), no verb waiting for its object ("... officials told"), no "and fell", no
preposition or article ("... advised its nationals against").
"""

from __future__ import annotations

import heapq
import re
from functools import lru_cache

from timeline import compound_room, cut_words, open_ends, quoted_complements, rewordings, whole_wordings
from timeline.chunks import open_phrase, predicate, verb_at_end
from timeline.complete import open_statement
from timeline.cut_places import NAME_END, SPLIT_COMPOUND, in_compound, phrase_inside
from timeline.ing_cuts import splits_noun_phrase
from timeline.leads import led
from timeline.main_verbs import ADJECTIVE_FORM, DETERMINER_BEFORE, present_verb
from timeline.relative_subjects import without_relative
from timeline.speech import alternation
from timeline.subject_asides import main_subject, without_agent_phrase
from timeline.subject_heads import name_head, short_subject, without_ing_phrase
from timeline.surnames import given_back, surnames
from timeline.title_ends import (
    AUXILIARY_END,
    COUNT_END,
    CUT_BEFORE,
    DANGLING,
    DETERMINERS,
    FUNCTION_WORD_SET,
    IN_POSSESSIVE,
    dangles,
    trim_end,
    waits_for_noun,
)
from timeline.title_length import MAX_TITLE
from timeline.verbs import first_verb, has_verb, plural_present

# The checks of a cut depend on the title and the cut alone, and fit asks them of one cut again and again
# (cuts that trim to one end, the best cut after the loop, the same title with and without surnames, its
# rewordings): each is asked once.
_dangles = lru_cache(maxsize=16384)(dangles)
_open_phrase = lru_cache(maxsize=16384)(open_phrase)
_trim_end = trim_end  # cached where it is defined
_waits = lru_cache(maxsize=16384)(cut_words.waits)

# A relative pronoun that may open a clause inside a long title's subject (timeline.relative_subjects).
_RELATIVE_WORD = re.compile(r" (?:who|that|which) ")
# Any space, or a comma before one: a place to cut.
_CUT_AT = led(r"[,\s]", r"\s|,(?=\s)")


# A subordinate clause after a cut: what comes before it is whole.
_SUBORDINATOR = re.compile(
    r"\s(?:once|until|unless|if|when|because|while|after|before|although|though|whereas)\s"
)


# A determiner, a possessive or a name after a verb: the start of its object ("announced | the ...").
_OBJECT_AFTER = re.compile(r"\s+(?:(?:the|a|an|its|his|her|their|our|this|these|those|that)\s|[A-Z])")
# An aside between a subject and its verb, each with an example: a relative clause ("Skyhop, which flies
# to twelve towns, announced") goes; an apposition that is a name ("The island's carrier, Bluewing Air,
# announced") becomes the subject.
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\s[^,;]+,\s*\Z")
_NAME_APPOSITION = re.compile(r",\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s*\Z")


def _object_cut(title: str, short: str, verb: re.Match[str] | None) -> bool:
    """Tell whether a cut title ends on its verb, whose object the cut left out ("Qantas announced")."""
    object_after = verb is not None and _OBJECT_AFTER.match(title, verb.end()) is not None
    return object_after and len(short) == verb.end()


def _without_aside(title: str, verb: re.Match[str]) -> str | None:
    """Return the title without the aside between its subject and its verb, or None when it has none."""
    subject = title[: verb.start()]
    if (aside := _RELATIVE_ASIDE.search(subject)) is not None:
        return subject[: aside.start()] + " " + title[verb.start() :]
    if (named := _NAME_APPOSITION.search(subject)) is not None:
        return named["name"] + " " + title[verb.start() :]
    return None


# A speech verb and what was said after it: "said (that) ...", "told reporters that ...".
_SAID_CLAUSE = re.compile(
    rf"(?:{alternation('before_that')}|warned|confirmed|reported|predicted|believes|believed|claimed|argued"
    # verbs that affirm what follows ("reaffirmed that the meeting has been postponed"); not "denied"
    r"|reaffirmed|reiterated|acknowledged|admitted|explained|repeated|revealed|maintained|asserted"
    r"|emphasi[sz]ed)"
    r"(?:\s+(?:here|there|today|earlier|later|again|also|yesterday))?\s+(?:that\s+)?(?=\S)"
    r"|told\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+that\s+(?=\S)"
)


# What open_phrase says of a cut that leaves a clause or a subject without its verb.
_CLAUSE_OPEN = ("clause", "subject", "auxiliary")
def _statement(title: str, verb: re.Match[str]) -> str | None:
    """Return what was said after the title's speech verb `verb`, fit, when it stands as a title, or None."""
    said = _SAID_CLAUSE.match(title, verb.start())
    statement = title[said.end() :] if said else ""
    if not said or not predicate(statement) or re.match(r"(?:he|she|it|they|we|i|you)\b", statement):
        return None  # no verb of its own, or who did it is only in the speaker ("it had scored")
    kept = fit(statement[:1].upper() + statement[1:])
    # a noun phrase or an object cut there is no worse than the speaker's title, whose cut leaves one open
    whole = predicate(kept) and not _dangles(kept)
    whole = whole and _open_phrase(statement, len(kept)) not in _CLAUSE_OPEN
    return kept if whole else None


# An attribution after a statement: "..., said the coach".
_SAID_AFTER = re.compile(r",\s+(?:said|says|added|told)\b")
# An -ing word after a cut: "live | streaming".
_ING_AFTER = re.compile(r"\s[a-z]+ing\s")


def _said_after_verb(title: str) -> int:
    """Return how many characters of a title follow its first verb: how much of the predicate it keeps."""
    verb = first_verb(title, 0)
    if verb is not None and verb.start() == 0:
        verb = first_verb(title, verb.end())
    return len(title) - verb.end() if verb is not None else 0


# A quantity's adverb after a preposition, which waits for its number: "at a cost of up (to ...)".
_QUANTITY_END = re.compile(r"\b(?:of|at|to|by|for)\s+(?:up|about|around|nearly|almost|over|some|roughly)\Z")
# A "between" with one side and no "and": "a summit between Roh Moo-hyun (and Abe)".
_BETWEEN_END = re.compile(r"\bbetween\s+(?:(?!and\b)[\w'’.-]+\s*){1,4}\Z")


# A word after a cut, where the verb of a statement cut from its subject is looked for.
_NEXT_WORD = re.compile(r"\s+(?P<w>[\w'’-]+)")
# The words of a subject between a cut and its verb, at most: "said five state mine | safety inspectors
# closed".
_SUBJECT_REACH = 4


def _splits_statement(title: str, cut: int) -> bool:
    """Tell whether a cut parts what was said from its verb, a few words of its subject after the cut: "said
    five state mine | safety inspectors closed"; not when a phrase comes first ("said the fifth round | of
    the talks will")."""
    if not open_statement(title[:cut]):
        return False
    at = cut
    for _ in range(_SUBJECT_REACH):
        word = _NEXT_WORD.match(title, at)
        if word is None or word["w"].lower() in FUNCTION_WORD_SET:
            return False
        at = word.end()
        if not open_statement(title[:at]):
            return True
    return False


def _loose(title: str) -> bool:
    """Tell whether a cut title ends on words that wait for more ("... witnessed", "... a cost of up")."""
    if _dangles(title):
        return True
    return _QUANTITY_END.search(title) is not None or _BETWEEN_END.search(title) is not None


def closed(title: str) -> str:
    """Return the title without a bracket it leaves open at its end ("... Bruno Metsu (the man"), when what
    stays before the bracket is long enough to be a title; else the title.
    """
    opening = title.rfind("(")
    if opening < 0 or ")" in title[opening:]:
        return title
    kept = _trim_end(title[:opening])
    return kept if len(kept) >= 20 else title


def _whole(title: str, short: str) -> bool:
    """Tell whether a cut `short` of `title` ends on a whole phrase: nothing dangles, waits or is open."""
    if len(short) >= len(title):
        return True
    cut = len(short)
    return not _loose(short) and _waits(title, cut) is None and _open_phrase(title, cut) is None


def _rewritten(title: str, verb: re.Match[str]) -> str | None:
    """Return a shorter wording of a title whose best cut ends open, cut on a whole phrase, or None: the
    phrase between "said" and "that" goes ("said at the hearing that he"), or the phrase after the subject's
    head ("Dutch inspectors currently in Lagos finishing their audit are due").
    """
    said, aside = rewordings.without_said_that(title), rewordings.without_aside(title)
    both = rewordings.without_aside(said) if said is not None else None
    best = None
    # the subject's head before the verb found, or before a later one ("inspectors currently in the port
    # examining the damaged (ferry) are due": "damaged" is no verb of the clause)
    later = first_verb(title, verb.end(), MAX_TITLE)
    heads = [rewordings.subject_head(title, v.start()) for v in (verb, later) if v is not None]
    plain = rewordings.without_compound_adjective(title)  # "his (debt-burdened) country wanted OPEC to"
    for shorter in (said, aside, both, *heads, plain):
        if shorter is None or len(shorter) >= len(title):
            continue
        kept = fit(shorter, room=shorter is not plain)  # a wording that lost its adjectives loses no more
        reach = len(kept) + len(title) - len(plain) if shorter is plain else 0
        if shorter is plain and (reach < MAX_TITLE - 10 or in_compound(plain, len(kept))):
            continue  # the adjective goes only for words at the end: "his country wanted OPEC | to act"
        # the verb and something after it stay; after a verb of saying, the statement's own verb too ("said
        # the plan | would ..." is no title)
        verb_end = verb.end() - (len(title) - len(shorter)) if shorter.endswith(title[verb.end() :]) else -1
        if verb_end < 0:
            verb_end = shorter.find(title[verb.start() : verb.end()]) + verb.end() - verb.start()
        said_at = verb_end - (verb.end() - verb.start())
        if shorter is said or shorter is both or _SAID_CLAUSE.match(shorter, said_at):
            statement_verb = first_verb(kept, verb_end) or plural_present(kept, verb_end)
            verb_end = statement_verb.end() if statement_verb is not None else len(kept)
        whole = _whole(shorter, kept) and len(kept) > max(verb_end, 20)
        if whole and (best is None or len(kept) > len(best)):
            best = kept  # the longest whole one: "said (that) the drills (, dubbed ...,) would start"
    return best


@lru_cache(maxsize=4096)  # one sentence gives several events their titles: cut it once
def fit(title: str, *, verb_after: int = 0, names: bool = True, room: bool = True) -> str:
    """Cut a title to at most 80 characters at a phrase boundary, never mid-word.

    The cut keeps a verb (the first after `verb_after`) in front of it and leaves no auxiliary or verb
    waiting for its object at the end, when it can: subject and predicate come before detail. People go
    to their surnames first (`names`), when that keeps at least as much of the predicate. A cut that still
    ends open ("... said at the hearing that he") gives way to a shorter wording cut on a whole phrase, and
    one inside a compound to a wording without an adjective before it (`room`: timeline.compound_room).
    """
    if len(title) <= MAX_TITLE:
        return title
    if verb_after == 0 and (plain := rewordings.plain_names(title)) != title:
        return fit(plain, names=names)  # "Fuji Electric Co. Ltd." -> "Fuji Electric"; "As always here," goes
    if names and verb_after == 0 and (named := surnames(title)) != title:
        # "Japanese Foreign Minister Taro Aso is scheduled to meet US Secretary": "Aso ... to meet Rice"; not
        # when the names leave a front phrase that a long title loses ("In a call with Mubarak, also, Olmert")
        short, plain = fit(named), fit(title, names=False)
        inside = title.startswith(plain) and NAME_END.search(plain) is not None
        inside = inside and re.match(r"\s+[A-Z]", title[len(plain) :]) is not None  # "... meet US Secretary"
        if not inside and _loose(short) and not _loose(plain):
            return plain  # "... at a cost of up" is worse than "Prime Minister Ada Lind announced plans"
        if inside or _said_after_verb(short) >= _said_after_verb(plain):
            return given_back(title, short, MAX_TITLE)  # "(Laurent) Kabila has agreed": the name, if it fits
        return plain
    if verb_after == 0 and (plain := main_subject(title) or without_agent_phrase(title)) is not None:
        return fit(plain)  # the aside's verb is not the main verb, and a role gives way to its name
    if verb_after == 0 and "ing " in title and (plain := without_ing_phrase(title)) is not None:
        return fit(plain)  # "New laws (requiring all food products to be labelled,) come into effect"
    if verb_after == 0 and _RELATIVE_WORD.search(title, 0, 70) and (plain := without_relative(title)):
        return fit(plain)  # "Protesters (who had gathered outside the parliament) demanded"
    verb = first_verb(title, verb_after)
    present = plural_present(title, 0, verb.start()) if verb_after == 0 and verb is not None else None
    if present is not None:
        verb = present_verb(present) or verb  # "Farmers block roads ... against cuts promised by": "block"
    if verb is not None and ADJECTIVE_FORM.fullmatch(verb.group()) and DETERMINER_BEFORE.search(
        title, max(0, verb.start() - 12), verb.start()
    ):
        verb = first_verb(title, verb.end())  # "The sustained clashes forced": an adjective after "the"
    if verb is not None and verb.start() == 0:  # "Stuffed toys ... have opened": no title opens on its verb
        verb = first_verb(title, verb.end())
    # a verb too near the end leaves no room for what it says: "Norland Minister for Culture,
    # Sport and the Media Ola Berg said (here that ...)"
    if verb_after == 0 and verb is not None and verb.end() > MAX_TITLE - 20:
        shorter = short_subject(title, verb.start(), names_only=verb.end() <= MAX_TITLE)
        if shorter is not None:
            return fit(shorter)
    verb_at = verb.end() if verb else len(title) + 1
    # every CUT_BEFORE match starts on a space or a comma before a space (no match swallows a comma that
    # another would start on): the same places as CUT_BEFORE.finditer plus every space, in one scan
    cuts = [m.start() for m in _CUT_AT.finditer(title, 20, MAX_TITLE + 1)]
    best, best_score = title.rfind(" ", 0, MAX_TITLE), -1
    # each cut's score is at most its bound (whole, untrimmed, its phrase boundary counted): weigh the cuts
    # from the highest bound down, and stop when no bound left beats the best score found
    # A cut's phrase boundary (CUT_BEFORE, else a noun's modifier after it: "a motion | critical of") adds
    # 1 to its bound: each cut goes in with that 1 counted, the highest its bound can be, and is asked only
    # when it comes up; one that is no boundary goes back with its true bound. The cuts come up in the order
    # of their true bounds, as sorting all would give (no two tie: each bound holds its cut), and the cuts
    # below the best score are never asked (tests/test_shorten_lazy_bounds.py)
    bounds, boundaries, modifiers = [], {}, {}
    for cut in set(cuts):
        kept = 4 if cut > verb_at + 2 else 3 if cut >= verb_at else 0
        bounds.append((-((kept + 3) * 1000 + cut), cut, False))
    heapq.heapify(bounds)
    while bounds:
        bound, cut, known = heapq.heappop(bounds)
        if -bound <= best_score:
            break
        if not known:  # asked once: the loop below asks them again of the cut it weighs
            boundaries[cut] = CUT_BEFORE.match(title, cut)
            modifiers[cut] = boundaries[cut] is None and cut_words.modifier_after(title, cut)
            if not (boundaries[cut] or modifiers[cut]):
                heapq.heappush(bounds, (bound + 1000, cut, True))  # inside a phrase: 1 less
                continue
        short = _trim_end(title[:cut])
        # a whole phrase with a verb and nothing dangling first, then longer
        # the verb with something after it beats the verb alone ("Analysts have detected")
        kept = 4 if len(short) > verb_at + 2 else 3 if len(short) >= verb_at else 0
        quoted = short.count('"') % 2 == 1 or short.count("“") > short.count("”")
        boundary = None if quoted else boundaries[cut]  # not inside a quotation
        phrase = 1.0 if boundary else phrase_inside(title, cut)
        if not boundary and not quoted and modifiers[cut]:
            phrase = 1.0  # "a motion | critical of ...": what modifies the noun may go
        if boundary and _ING_AFTER.match(title, cut) and short.rsplit(None, 1)[-1] in DETERMINERS:
            phrase = 0.0  # "live | streaming" is one noun phrase, no phrase boundary
        elif boundary and _ING_AFTER.match(title, cut) and splits_noun_phrase(title, cut):
            phrase = SPLIT_COMPOUND  # "a probe into grain | hoarding of", "appointed | outgoing premier"
        if (kept + 2 + phrase) * 1000 + len(short) <= best_score:
            continue  # not better even with nothing left open: the rules below need not be asked
        loose = _dangles(short) or (short == title[:cut].rstrip() and waits_for_noun(title, cut))
        loose = loose or _waits(title, len(short)) is not None  # "their commitment | to"
        loose = loose or _splits_statement(title, cut)  # "said five state mine | safety inspectors closed"
        # a phrase left open ("has ordered | the plan") is better than a word that waits ("the country's")
        # a clause or a subject left without its verb is as bad ("that the rebels | would")
        reason = None if loose else _open_phrase(title, len(short))  # "appeared | to be"
        loose, opened = loose or reason in _CLAUSE_OPEN, reason is not None
        # "the reach of the eastern | district's new authority": the cut splits the possessive's phrase; not
        # after a verb, whose object it starts ("had chosen | Boeing's jet")
        possessive = "'s" in title[cut : cut + 60] or "’s" in title[cut : cut + 60]
        possessive = possessive and IN_POSSESSIVE.match(title, cut) is not None
        loose = loose or (possessive and verb_at_end(short) is None)
        if loose and _SUBORDINATOR.match(title, cut) and short.rsplit(None, 1)[-1].lower() not in DANGLING:
            loose = False  # "flights would resume | once repairs were complete": the verb needs no object
        if loose and _SAID_AFTER.match(title, cut):
            loose = False  # '"This is where we should be," said the coach': the statement ends there
        if kept == 3 and loose and AUXILIARY_END.search(short):
            kept = 0  # a title left on its auxiliary ("The report was") is worse than one without a verb
        if opened and boundary:
            phrase = 0.0  # "announced | that it": no end of a phrase
        score = (kept + (0 if loose else 1 if opened else 2) + phrase) * 1000 + len(short)
        if (score, cut) > (best_score, best):
            best, best_score = cut, score
    short = _trim_end(title[:best])
    if verb_after == 0 and (quoted := quoted_complements.kept_whole(title, best, fit)) is not None:
        return quoted  # 'are "just | friends"': the quotation stays with its verb, descriptions go
    if verb_after == 0 and (whole := whole_wordings.shorter_whole(title)) is not None:
        return whole  # "Two hours after the fire, 14 people had been taken | to hospital": the front goes
    # "... weather office issued frost | alerts": a noun cut from its compound waits too, when a plain subject
    # (no comma: not "Shortly after noon, McLaren placed") may be cut to its head to leave room for it
    compound = (verb is not None and "," not in title[: verb.start()] and not _SUBORDINATOR.match(title, best)
                and in_compound(title, best))
    verb_only = _object_cut(title, short, verb)  # "... Qantas announced | the regional carrier's plan"
    waits = _dangles(short) or waits_for_noun(title, best) or compound or verb_only
    opened = _open_phrase(title, len(short)) is not None or _dangles(short)
    waits = waits or opened
    open_end = waits or _waits(title, len(short)) is not None
    open_end = open_end or open_ends.before_verb(title, len(short))  # "... the ferry | are due"
    if verb is not None and verb_after == 0 and open_end and (kept := _rewritten(title, verb)) is not None:
        return kept  # "Lee said at the hearing that he (...)": a rewrite whose cut ends on a whole phrase
    if compound and room and not verb_after and (roomy := compound_room.kept_whole(title, best, fit, _whole)):
        return roomy  # "will open 12 regional | offices": "will open 12 offices"
    if verb is not None and verb_after == 0 and waits and len(short) >= verb_at:
        # the best cut still waits for an object or a noun ("... of the country put (forward a plan)"): a
        # subject cut to its head leaves room for it
        shorter = short_subject(title, verb.start(), least=4)
        if shorter is None and (named := name_head(title[: verb.start()])) is not None:
            shorter = f"{named} {title[verb.start() :]}"  # "Harvard-trained Ellen Mora" -> "Ellen Mora"
        kept = fit(shorter) if shorter is not None and len(shorter) < len(title) else short
        whole = shorter is not None and _open_phrase(shorter, len(kept)) not in _CLAUSE_OPEN
        if kept != short and not _dangles(kept) and not COUNT_END.search(kept) and has_verb(kept) and whole:
            return kept
        # no subject head: an aside between subject and verb goes, if that leaves room for the object
        aside = _without_aside(title, verb) if verb_only else None
        if aside is not None:
            kept = fit(aside)
            verb_end = len(aside) - (len(title) - verb.end())  # where the verb ends without the aside
            if len(kept) > verb_end + 1 and not _dangles(kept):
                return kept
        # no room for the speaker: what was said, when it has a verb of its own ("He also said the leader
        # | expected to meet ..." -> "The leader expected to meet ...")
        if opened and (statement := _statement(title, verb)) is not None:
            return statement
    if verb is not None and verb_after == 0 and not waits and _waits(title, len(short)) is not None:
        # "The Nordic and Baltic transport ministers renewed their commitment | to": a subject cut to its
        # determiner and head leaves room for the complement
        bare = cut_words.bare_subject(title, verb.start())
        kept = fit(bare) if bare is not None else short
        if kept != short and len(kept) > len(short) - (len(title) - len(bare)) and not _dangles(kept):
            return kept
    if verb is not None and verb_after == 0 and len(short) < verb_at and verb.end() <= MAX_TITLE:
        # every cut lost the verb ("A total of 2,170 children with symptoms of the flu | have been
        # admitted"): a subject cut to its head keeps subject and predicate
        quoted = re.search(r"[\"“”]", title[: verb.start()])  # not a title inside a quotation
        shorter = None if quoted else short_subject(title, verb.start())
        if shorter is not None and len(shorter) < len(title):
            kept = fit(shorter)
            return kept if has_verb(kept) else short
    return short
