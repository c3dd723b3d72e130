"""Find the predicate a date phrase belongs to.

A date attaches to the nearest verb before it in its clause ("lawmakers who defected last year", "a meeting
held in August", "since the envoy arrived on April 20"), never across a comma, a colon, a dash or a bracket.
That verb's clause is the main clause, or one embedded in it: a relative clause on a noun phrase, a
participle on a noun phrase, a subordinate clause with a subject of its own. `anchor` tells which, with
the clause's verb, subject and body; embedded_titles.py titles an embedded clause from it when a title told
another ("Lawmakers defected to join the party"), and same_title.py drops a date whose verb a title does
not hold. No parser: a walk over the words, with the word classes below, each with an example.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from timeline import participle_hosts, passive_objects
from timeline.references import is_event_noun
from timeline.spans import Span, holds
from timeline.speech import words
from timeline.verbs import NO_PASSIVE, be_for, first_verb, is_past_form, is_verb_word
from timeline.word_walk import (
    ADVERBS,
    AUXILIARIES,
    DETERMINERS,
    PARTICIPLE_WORDS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SIMULTANEOUS,
    STOPS,
    TOKEN,
    elliptical,
    is_verb,
    noun_phrase,
    opens_participle,
    widened,
)

Kind = Literal["main", "relative", "reduced", "subordinate", "reported"]

# Conjunctions that open a clause of another time, with a subject of its own: "since the envoy arrived on
# April 20", "after the court ruled on Monday"; not "when", "while", "as": their clause is the main
# clause's time ("were killed when a bomber attacked on Monday").
_SUBORDINATORS = {"since", "after", "before", "until", "because", "although", "though", "whereas"}
# Words that open a clause whose verb may follow its date: "after the bureau on Sunday accused", "who Thursday
# urged", "when the ship on Monday sank" (not "as", "once": as often a preposition, an adverb).
_OPENERS = _SUBORDINATORS | RELATIVE_PRONOUNS | {"when", "while", "whenever"}
# Prepositions before a place, whose name a relative clause after it seldom hangs on: "the Glass Fair
# in | Portugal which opened", "the Council on | Baltic-Nordic Trade which closed".
_PLACES = {"in", "at", "on", "of", "near", "from", "across", "outside", "inside"}
# Nouns of a part or a count, whose "of" phrase a relative clause hangs on: "a number of (deals which took
# place)", "61 percent of (votes that were tallied)", "as a result of (the polling which took place)".
_PARTS = {
    "number", "percent", "majority", "most", "some", "many", "all", "one", "part", "result", "lot", "lots",
    "series", "half", "share", "rest", "dozens", "hundreds", "thousands", "millions", "light", "wake", "each",
    "none", "both", "several", "few", "group", "total",
}
# Prepositions of another time between a verb and its date: "(caused chaos) after the execution of the
# dictator on Saturday": the date is the noun's after them, not the verb's.
_OTHER_TIME = re.compile(r"\b(?:after|before|since|following|during|amid|despite|ahead\s+of)\s", re.I)
_OTHER_TIME_FRAGMENTS = ("after", "before", "nce", "follow", "dur", "am", "desp", "ahead")
# A preposition of place or time and an article before a noun: "(hidden in a van) in a | raid".
_IN_AN = re.compile(r"\b(?:in|at|during)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}\Z", re.I)
# Verbs whose infinitive happens at their date: "the vote (scheduled) to be held next month".
_FUTURE_OF = {"scheduled", "set", "due", "expected", "planned", "slated", "poised", "supposed"}
# Past verbs whose infinitive happens, or fails to, when they do: "failed to finish early this morning",
# "voted to approve the plan on Monday", "refused to comment on Friday"; not "agreed to meet on Monday".
_AT_ONCE_WITH = {"failed", "managed", "refused", "declined", "tried", "attempted", "voted", "moved", "rushed",
                 "struggled"}
# What a participle on a noun phrase is followed by, as in relatives._REDUCED: a preposition or the date.
_AFTER_PARTICIPLE = re.compile(
    r"\s+(?:by|in|on|at|during|for|to|from|against|last|this|next|earlier|later|since|after|before|over"
    r"|early|late|between|near|outside|inside|off|out|up|down|away|back)\b"
)
# Participles that describe a thing, no happening: "an agreement dated May 1", "a firm based in Lyon".
DESCRIBING = {"dated", "named", "called", "titled", "entitled", "known", "based", "aimed", "designed",
               "located", "situated", "priced", "valued", "worth", "headquartered", "aged"}
# Verbs of saying: "Kim Lee (said) at the launch on Sunday" is no participle on a noun phrase.
_SPEECH = frozenset(words("after_speaker"))


# How far before a date its verb and noun phrase are looked for, in characters.
WINDOW = 200
# Auxiliaries and adverbs between a clause's opener and its verb: "who (had already been) found".
_BEFORE_VERB = frozenset(AUXILIARIES | ADVERBS)
# Words after a date that resume the main clause: "the elections held on May 2 (urged) the government".
_YEAR_COMMA = re.compile(r"\d,\s\d{4}\Z")  # "July 27, 1999": a year after a day and a comma
_RESUMING = frozenset(AUXILIARIES | _SPEECH | {"urged"})
# Prepositions before a noun phrase a participle hangs on; not "with": "agreed to review the case, with
# hearings expected in March" is an absolute phrase.
_PLACING = frozenset(PREPOSITIONS - {"with"})


class Anchor(NamedTuple):
    """The predicate a date belongs to: its kind, its verb, and the title words of its clause."""

    kind: Kind
    verb: str
    subject: str  # the noun phrase the clause hangs on ("" for a main or a subordinate clause)
    auxiliary: str  # "was"/"were" a participle takes in a title ("a meeting held" -> "was held")
    body: Span  # from the clause's first word (the subordinate's subject, the relative's verb) to its end
    main_verb: str = ""  # the first verb before the embedded clause: the main clause's


# The last answers of anchor: titles ask first, then same_title asks again of a title given several dates.
_ANSWERS: dict[tuple[str, Span, Span, tuple[Span, ...]], Anchor | None] = {}


def anchor(text: str, span: Span, own: Span, others: list[Span] | tuple[Span, ...] = ()) -> Anchor | None:
    """Return the predicate the date `own` belongs to in `text[span]`, as _anchor does, asked once."""
    key = (text, span, own, tuple(others))
    if key not in _ANSWERS:
        if len(_ANSWERS) > 64:
            _ANSWERS.clear()
        _ANSWERS[key] = _anchor(text, span, own, others)
    return _ANSWERS[key]


_GROUP = re.Match.group  # the words of the tokens, read in one C-level pass


def _anchor(text: str, span: Span, own: Span, others: list[Span] | tuple[Span, ...] = ()) -> Anchor | None:
    """Return the predicate the date `own` belongs to in the clause `text[span]`, or None when no verb
    stands before it in its clause (a front date, a comma between them): then the main clause is its.

    The words of the clause's `others` dates are passed over, and so is a bracket that opens on the date:
    "spotted at 3:00 a.m. Monday (1800 GMT Sunday)" are both the finding's.
    """
    # the words just before the date: its verb and noun phrase lie there ("who ... | was found ... Sunday")
    window = max(span[0], own[0] - WINDOW)
    tokens = list(TOKEN.finditer(text, window, own[0]))
    if others and any(window <= o[0] < own[0] for o in others):
        tokens = [t for t in tokens if not any(o[0] <= t.start() < o[1] for o in others)]
    if tokens and tokens[-1].group() == "(" and not text[tokens[-1].end() : own[0]].strip():
        tokens.pop()  # "(1900 GMT Saturday)" restates the date before it
    verb_at = None
    infinitive = False
    words = list(map(_GROUP, tokens))
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word in STOPS:
            return None
        previous = words[k - 1] if k > 0 else None
        if word.endswith("ing"):
            if opens_participle(word, previous):
                return None  # "while teaching at a village school in 1958": a participle clause's own date
            continue  # a noun ("the meeting") or a verb's complement ("found seeking"): no verb of its own
        if previous in ("to", "To") and word.islower() and word not in DETERMINERS:
            infinitive = True  # "to (resolve) the dispute by spring": the date is the infinitive's
        if word in _OPENERS and (k < len(words) - 1 or word not in _SUBORDINATORS):
            # no verb between the clause's opener and the date: its verb follows the date (not the date's
            # own preposition: "shaken the region since | last spring")
            return _opened_before(text, span, own, others, tokens, k)
        if is_verb(word, previous):
            verb_at = k
            break
    if verb_at is None:
        return None
    verb = tokens[verb_at].group()
    if infinitive and verb.lower() not in _FUTURE_OF and verb.lower() not in _AT_ONCE_WITH:
        return None  # "makes it possible to resolve the dispute by spring next year"
    # every match holds one of these, casefolded (no fragment with an "i": "İ" and "ı" match one in any case)
    timed = holds(text, tokens[verb_at].end(), own[0], _OTHER_TIME_FRAGMENTS)
    if timed and any(m.end() < own[0] for m in _OTHER_TIME.finditer(text, tokens[verb_at].end(), own[0])):
        return None  # "caused chaos after the execution of the dictator on Saturday"; not "hit it since May"
    if any(is_event_noun(t.group()) and _IN_AN.search(text, max(0, t.start() - 30), t.start())
           for t in tokens[verb_at + 1 :]):
        return None  # "cash hidden in a van in a raid in Lyon on Friday": the operation's
    j = verb_at - 1
    auxiliaries = 0
    while j >= 0 and (tokens[j].group().lower() in _BEFORE_VERB or tokens[j].group().endswith("ly")
                      ):
        auxiliaries += tokens[j].group().lower() in AUXILIARIES
        j -= 1
    first_word = tokens[j + 1].start() if j + 1 < len(tokens) else tokens[verb_at].start()
    # the comma that closes a day's year is the date's: "who survived it on July 27, 1999(,) were acquitted"
    closed = _YEAR_COMMA.search(text, own[0], own[1]) and text.startswith(",", own[1])
    after = own[1] + 1 if closed else own[1]
    end = _clause_end(text, after, span[1])
    resumed = TOKEN.search(text, after, end)
    resumes = resumed is not None and (resumed.group().lower() in _RESUMING or (
        resumed.group().islower() and is_verb_word(resumed.group())
    ))
    if resumes:
        end = own[1]  # "the elections held on May 2 | urged the government": the main verb resumes
    main = Anchor("main", verb, "", "", (first_word, end))
    if j < 0:
        return main
    opener = tokens[j].group()
    if opener in RELATIVE_PRONOUNS:  # lowercase: "(the) WHO in Geneva" is a name
        before = tokens[j - 1].group() if j > 0 else ""
        if opener == "that" and (not before or is_verb(before, None)):
            return Anchor("reported", verb, "", "", (first_word, end))  # "said that the plant closed"
        np = noun_phrase(tokens, j - 1) if j > 0 else None
        if np is None:
            return None
        subject = _text(text, tokens, np)
        place = tokens[np[0] - 1].group().lower() if np[0] > 0 else ""
        if place in _PLACES and subject.split()[-1][:1].isupper():
            return None  # "the Glass Fair in | Portugal which opened": the name is seldom the antecedent
        noun = tokens[np[0] - 2].group() if np[0] > 1 else ""
        after_noun = noun in (")", "]") or noun.isalpha() and not is_verb(noun, None)
        part = place == "of" and noun.lower() in _PARTS
        if place in ("in", "of", "at", "on") and after_noun and not part:
            return None  # "the longest run in | its history that began": which noun it hangs on is unclear
        # on the subject, the main verb resumes after the date: "Residents who left early Monday (confirmed)"
        main_verb = _first_verb(text, span[0], np, tokens) or (resumed.group() if resumes else "")
        return Anchor("relative", verb, subject, "", (first_word, end), main_verb)
    aside = opener == ","  # "its rebate, secured by Thatcher in 1984"
    np = noun_phrase(tokens, j - 1 if aside else j)
    if np is None:
        return main
    before = tokens[np[0] - 1].group().lower() if np[0] > 0 else ""
    participle = (
        auxiliaries == 0 and (is_past_form(verb) or verb in PARTICIPLE_WORDS) and verb not in NO_PASSIVE
        and verb not in _SPEECH and verb.lower() not in AUXILIARIES and verb not in DESCRIBING
        and (_AFTER_PARTICIPLE.match(text, tokens[verb_at].end())
             or not text[tokens[verb_at].end() : own[0]].strip())
    )
    # "in the city blocked (on Monday) the main road": a verb with its object is no passive participle
    participle = participle and not passive_objects.takes_object(text, verb, own[1])
    told = before in ("", "that") or is_verb(before, None)  # the subject of a clause, a statement's
    # the verb that resumes is an auxiliary or a past form, not "plans" ("unveiled Tuesday | plans for"),
    # and the subject no name ("Princesses Ada and Lena unveiled Tuesday")
    resumes_past = resumes and (resumed.group().lower() in AUXILIARIES or is_past_form(resumed.group()))
    plain = not _text(text, tokens, np).split()[-1][:1].isupper()
    if participle and resumes_past and told and plain and not aside and not elliptical(tokens, np[0]):
        # "(ruled that) the contract signed in 2003 | was void": a participle on the subject, whose own
        # verb resumes after the date
        subject = _text(text, tokens, np)
        return Anchor("reduced", verb, subject, be_for(subject), (first_word, end), resumed.group())
    if before == "that" and np[0] > 1 and is_verb(tokens[np[0] - 2].group(), None):
        return Anchor("reported", verb, "", "", (tokens[np[0]].start(), end))  # "said that the plant closed"
    if before in _SUBORDINATORS and not aside:
        # "since (North Korea's top envoy) arrived": a subject of its own
        return Anchor("subordinate", verb, "", "", (tokens[np[0]].start(), end),
                      _first_verb(text, span[0], np, tokens))
    if before in SIMULTANEOUS or before in ("by", "during", "amid") or elliptical(tokens, np[0]):
        return main  # "killed when a bomber attacked", "chosen by the poll held on Oct. 4": one time
    if not participle:
        return main
    wide = widened(tokens, np) if not aside else np
    # the phrase's head says "was" or "were": "the army's offensive (against ethnic minorities) was"
    head = _text(text, tokens, (wide[0], np[0] - 2) if wide != np else np)
    np = wide
    subject = _text(text, tokens, np)
    # a noun phrase after a preposition, or set off by a comma after a clause with a verb: not a subject
    # ("Kim Lee announced on Tuesday"), nor a name, which takes its participle after a comma
    before = tokens[np[0] - 1].group().lower() if np[0] > 0 else ""
    comma = text.find(",", span[0], tokens[np[0]].start())
    if aside:  # a verb before the aside's comma: "(the summit,) co-hosted by ..., opened" has none
        placed = comma >= 0 and any(is_verb(t.group(), tokens[i - 1].group() if i else None)
                                    for i, t in enumerate(tokens) if t.end() <= comma)
    else:
        # not "with": "agreed to review the case, with hearings expected in March" is an absolute phrase
        placed = before in _PLACING and not subject.split()[-1][:1].isupper()
        placed = placed or participle_hosts.hosts(text, tokens[verb_at].end(), before, subject)
    if placed and first_verb(text, span[0], tokens[np[0]].start()) is not None:
        return Anchor("reduced", verb, subject, be_for(head), (first_word, end),
                      _first_verb(text, span[0], np, tokens))
    return main


def _opened_before(
    text: str, span: Span, own: Span, others: list[Span] | tuple[Span, ...], tokens: list[re.Match[str]],
    k: int,
) -> Anchor | None:
    """Return the predicate of a clause that opens before its date and has its verb right after it: "after
    the bureau on Sunday (accused) him", "Sharma, who Thursday (urged) the parties"; else None."""
    opener = tokens[k].group()
    cursor = max([own[1], *(o[1] for o in others if o[0] >= own[1] and o[0] - own[1] < 3)])
    verb = TOKEN.search(text, cursor, span[1])
    if opener in SIMULTANEOUS or verb is None or not verb.group().islower():
        return None
    if not is_verb(verb.group(), None):
        return None
    end = _clause_end(text, verb.end(), span[1])
    if opener in _SUBORDINATORS:
        if verb.group() in AUXILIARIES:
            return None  # "since its founding in 1948 | would": the phrase's, not a clause's
        last = len(tokens) - 1
        if last > k and tokens[last].group().lower() in ("on", "in", "at", "late", "early", "by"):
            last -= 1  # "after the bureau (on) Sunday accused"
        np = noun_phrase(tokens, last) if last > k else None
        if np is None or np[0] != k + 1:
            return None  # "since its founding in 1948 would": a phrase, no subject
        return Anchor("subordinate", verb.group(), "", "", (tokens[k + 1].start(), end),
                      _first_verb(text, span[0], np, tokens))
    before = tokens[k - 1].group() if k > 0 else ""
    if opener == "that" and (not before or is_verb(before, None)):
        return None  # "said that on Monday the plant closed": a report, read elsewhere
    last = k - 2 if before == "," else k - 1  # "the president, who Thursday urged"
    np = noun_phrase(tokens, last) if last >= 0 else None
    if np is None:
        return None
    # from the verb after the date: "which (only) ten years ago | was limited", "who (on his arrival) late
    # Friday | called": what stands before the date goes with it
    return Anchor("relative", verb.group(), _text(text, tokens, np), "", (verb.start(), end),
                  _first_verb(text, span[0], np, tokens))


def _first_verb(text: str, start: int, np: tuple[int, int], tokens: list[re.Match[str]]) -> str:
    """Return the first verb of the clause before the noun phrase an embedded clause hangs on."""
    verb = first_verb(text, start, tokens[np[0]].start())
    return verb.group() if verb is not None else ""


def _text(text: str, tokens: list[re.Match[str]], np: tuple[int, int]) -> str:
    return text[tokens[np[0]].start() : tokens[np[1]].end()]


# Where an embedded clause ends after its date: a comma (not one inside a figure), a semicolon, a colon, a
# dash or a bracket.
_CLAUSE_END = re.compile(r",(?!\d{3})|[;:(\[—–]|\s-\s|--")


def _clause_end(text: str, start: int, end: int) -> int:
    found = _CLAUSE_END.search(text, start, end)
    return found.start() if found else end


