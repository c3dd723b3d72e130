"""Find the relative clauses of a clause: "a strike that began on 4 March", "the agreement signed last year",
"the donors the city honoured last year".

focus.py asks which of them holds a date, to title that part on its own date and the main clause without
it. No parser: shallow rules, each with an example.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from timeline.passive_objects import takes_object
from timeline.spans import Span
from timeline.speech import alternation
from timeline.verbs import IRREGULAR_PAST, NO_PASSIVE, be_for, first_verb, has_verb, is_past_form

_DETERMINER = re.compile(r"\b(?i:a|an|the|its|his|her|their|our|this|these|those)\s")
_NOT_IN_NP = r"(?!(?:after|before|to|of|in|on|at|for|with|by|from|and|or|that|which|who)\b)"
# Words inside a noun phrase that start a new one: "the donors | the city honoured", "the fines | it imposed".
_NOT_IN_OBJECT = (
    r"(?!(?:after|before|to|of|in|on|at|for|with|by|from|and|or|that|which|who|the|a|an|its|his|her|their"
    r"|our|this|these|those|it|he|she|they|we|i|you|since|until|when|while|because|as|than|but|if|where"
    r"|whether|once|so|yet|then|into|over|under|about|against|during|without|within)\b)"
)
# Capitalized words that open a sentence before a name, no part of it: "On Monday Fed Chair Jerome Powell".
_NOT_NAME = (
    r"(?!(?:On|In|At|By|For|After|Before|Since|During|When|While|But|And|As|Then|Yesterday|Today|Tonight"
    r"|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    r"|June|July|August|September|October|November|December)\b)"
)
# Irregular past forms that head a relative clause ("fuel that rose"); not "said that was", "had".
_IRREGULAR_AFTER_THAT = "|".join(sorted(IRREGULAR_PAST - {"said", "was", "were", "had"}))
# A relative clause on a noun phrase: "a nine-day strike that began", "the deal, which was signed",
# "Mr. Smith, who joined".
# Every match opens on a letter, the last alternative on a capital: the lookaheads skip other positions
# first, and a word and its spaces are never given back, as the next word or the pronoun must follow them
# (the same matches, about a third fewer instructions; tests/test_events_shortcuts.py).
_RELATIVE = re.compile(
    r"(?=[^\W\d_])(?P<np>\b(?i:a|an|the|its|his|her|their|our|this|these|those)\s+"
    rf"(?:{_NOT_IN_NP}[\w'’-]++\s++){{0,4}}?{_NOT_IN_NP}[\w'’-]+"
    r"(?:\s+\([A-Z][\w.'’-]{1,15}\)(?=,))?"  # an acronym after a name: "the Liberation Front (LF), which"
    r"|(?<!\bthe\s)(?<!\ba\s)[a-z][\w'’-]+s(?=\s+(?:who|that)\b)"  # lawmakers who opposed it
    # a mass noun before a past verb: "to fight inflation that peaked in 2022"; not "so that", "now that"
    rf"|(?<![\w'’-])(?=[a-z][\w'’-]+\s+that\s)(?<!\bthe\s)(?<!\ba\s){_NOT_IN_OBJECT}"
    r"(?!(?:now|such|given|except|provided|so|said)\b)[a-z][\w'’-]+"
    rf"(?=\s+that\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{_IRREGULAR_AFTER_THAT})\b)"
    # a name and the role before it: "Fed Chair Jerome Powell, who", "Foreign Minister George Yeo Boon Yang"
    rf"|(?=[A-Z])(?:(?:Mr|Mrs|Ms|Dr|Prof)\.\s+)?{_NOT_NAME}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,5}})"
    r"(?:,\s+\d{1,3}(?=,))?"  # an age: "Muhammad, 51, who"
    r"(?P<comma>,?)\s+(?P<pronoun>that|which|who)\s+(?=(?P<verb>(?:[a-z]+ly\s+)?[a-z][\w'’-]*))",
)
# A noun phrase as an object, for relative clauses without a pronoun: "a free trade agreement", "three men".
_OBJECT = (
    r"(?=(?i:[aithosmfen])|\d)"  # the first letters of the words below: the search skips other positions fast
    r"(?P<np>\b(?i:a|an|the|its|his|her|their|our|this|these|those|some|several|many|two|three|four|five"
    r"|six|seven|eight|nine|ten|\d[\d,]*)\s+"
    rf"(?:{_NOT_IN_OBJECT}[\w'’-]+\s+){{0,4}}?{_NOT_IN_OBJECT}[a-z][\w'’-]*)"
)
# Past participles that do not end in -ed: "the goods stolen in May", "a school built in 1990" (not "won",
# a currency: "12.1 trillion won in 1996").
PARTICIPLES = (
    "sold|held|built|made|taken|given|shown|known|seen|written|found|brought|bought|caught|taught|left|led"
    "|paid|sent|set|shot|spent|struck|stolen|lost|kept|hit|cut|put|beaten|broken|chosen|driven|fallen"
    "|frozen|hidden|shaken|spoken|sworn|torn|thrown|drawn|grown|flown|blown|begun|done|laid|slain"
)
# A relative clause reduced to its participle: "a fishing accord signed last year", "three men
# killed in rioting", "the election, held in May,". The participle takes a preposition or the date, not
# an object: in "said the company signed a deal" the verb is the company's.
_AFTER_PARTICIPLE = (
    r"(?=\s+(?:by|in|on|at|during|for|to|from|against|last|this|next|earlier|later|since|after|before|over|early"
    r"|late|between|overnight|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    # "announced Friday by", "the sites struck overnight", "the two men arrested yesterday"
)
_REDUCED = re.compile(
    rf"{_OBJECT}(?P<comma>,?)\s+(?P<adverb>(?:first|originally|initially|later|also|recently|once|newly)\s+)?"
    rf"(?P<verb>[a-z]{{3,}}ed|{PARTICIPLES}){_AFTER_PARTICIPLE}"
)
# _REDUCED on a bare plural after a preposition: "acquitted him over transfers made in 2021", "charges tied
# to loans issued in 2019"; the noun phrase is the plural alone. Not after "with": "with hearings expected in
# March" is an absolute phrase.
_BARE_PLURAL = r"(?:(?<=\bof\s)|(?<=\bover\s)|(?<=\bfor\s)|(?<=\bto\s)|(?<=\bon\s)|(?<=\babout\s)" \
    r"|(?<=\bagainst\s)|(?<=\bfrom\s)|(?<=\binto\s))(?P<np>[a-z][\w'’-]*[a-rt-z]s)"
_REDUCED_BARE = re.compile(
    rf"{_BARE_PLURAL}(?P<comma>,?)\s+(?P<adverb>(?:first|originally|initially|later|also|recently|once|newly)\s+)?"
    rf"(?P<verb>[a-z]{{3,}}ed|{PARTICIPLES}){_AFTER_PARTICIPLE}"
)
# The most runs of non-space characters a _RELATIVE match spans before the space ahead of its pronoun (8:
# "the new Liberation Front National Party (LF), 51,"), with a margin.
_RELATIVE_RUNS = 12


def _relatives(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Yield the matches of _RELATIVE.finditer(text, start, end), quicker: each search starts a few words
    before the next pronoun (_PRONOUN_HINT, which every match holds), not at every position before it
    (tests/test_quick_checks.py: the two agree).
    """
    at = start
    for place in _PRONOUN_HINT.finditer(text, start, end):
        if place.start() < at:
            continue
        before = text[at : place.start()].rsplit(None, _RELATIVE_RUNS)
        match = _RELATIVE.search(text, at + len(before[0]) if len(before) > _RELATIVE_RUNS else at, end)
        if match is None:
            return
        yield match
        at = match.end()


# Where _REDUCED_BARE may start: right after one of its prepositions (the lookbehinds of _BARE_PLURAL).
_BARE_PREPOSITION = re.compile(r"\b(?:of|over|for|to|on|about|against|from|into)\s")


def _bare_reduced(text: str, start: int, end: int, hints: list[int] | None = None) -> Iterator[re.Match[str]]:
    """Yield the matches of _REDUCED_BARE.finditer(text, start, end), quicker: the pattern is tried only
    after a preposition, not at every position (tests/test_quick_checks.py: the two agree).
    """
    last = start
    for preposition in _BARE_PREPOSITION.finditer(text, max(0, start - 8), end):
        at = preposition.end()
        if at < last:
            continue
        # a match's participle is a _REDUCED_HINT after its plural, with at most the plural and an adverb
        # between: the first hint after the preposition tells whether one can follow it (the same, faster)
        hints = _hints(text, start, end) if hints is None else hints
        k = bisect_left(hints, at)
        if k == len(hints):
            return
        if len(text[at : hints[k]].split(None, 2)) <= 2 and (match := _REDUCED_BARE.match(text, at, end)):
            last = match.end()
            yield match


# The most runs of non-space characters a _REDUCED match spans before the space ahead of its participle (7:
# a determiner, five words, an adverb), with a margin.
_REDUCED_RUNS = 12


def _hints(text: str, start: int, end: int) -> list[int]:
    """Return where _REDUCED_HINT matches in `text[start:end]`: before each participle of a reduced clause."""
    return [hint.start() for hint in _REDUCED_HINT.finditer(text, start, end)]


def _reduced(text: str, start: int, end: int, hints: list[int] | None = None) -> Iterator[re.Match[str]]:
    """Yield the matches of _REDUCED.finditer(text, start, end), quicker: each search starts a few words
    before the next _REDUCED_HINT, which every match holds before its participle, as _relatives does
    (tests/test_events_shortcuts.py: the two agree).
    """
    at = start
    for place in _hints(text, start, end) if hints is None else hints:
        if place < at:
            continue
        before = text[at:place].rsplit(None, _REDUCED_RUNS)
        match = _REDUCED.search(text, at + len(before[0]) if len(before) > _REDUCED_RUNS else at, end)
        if match is None:
            return
        yield match
        at = match.end()


# What _RELATIVE needs around its pronoun, and _REDUCED around its participle, looked for first: most
# clauses hold neither and skip the costly pattern (tests/test_quick_checks.py holds cases).
_PRONOUN_HINT = re.compile(r"\s(?:that|which|who)\s+[a-z]")  # "a strike that began"
_REDUCED_HINT = re.compile(rf"\s(?:[a-z]{{3,}}ed|{PARTICIPLES}){_AFTER_PARTICIPLE}")  # " signed last"
# A weekday right after a participle, and a "that" after it that makes the participle a speech verb.
_WEEKDAY = re.compile(
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?P<that>\s+that\b)?"
)
# A conjunction that opens a clause right before a noun phrase, its subject: "since the embassy closed".
_CONJUNCTION_END = re.compile(r"\b(?:since|after|before|when|until|because|once|while|as|if|though)\s+\Z")
# What ends an aside: a comma closes it, a full stop or a semicolon ends the sentence first.
_CLOSING = re.compile(r"[,;\n]|\.(?:\s|\Z)")
# A relative clause without its pronoun, with a subject of its own: "the donors the city honoured last
# year", "the factories the agency inspected in 2024".
_CONTACT = re.compile(
    rf"{_OBJECT}\s+(?P<subject>(?i:the|a|an|its|his|her|their|our)\s+[a-z][\w'’-]*)\s+(?P<verb>[a-z]+)\b"
)
# What a _CONTACT match that _is_object keeps holds: its subject and a past verb other than "was", "were",
# "had", "did" ("the city honoured"). Few clauses hold one: the others skip the costly pattern.
_CONTACT_PAST = "|".join(sorted(IRREGULAR_PAST - {"was", "were", "had", "did"}, key=lambda w: (-len(w), w)))
_CONTACT_HINT = re.compile(
    rf"\s(?i:the|a|an|its|his|her|their|our)\s+[a-z][\w'’-]*\s+(?:{_CONTACT_PAST}|[a-z]{{3,}}ed)\b"
)
# _CONTACT_HINT as _contact_hinted asks it: the verb after a determiner and a word is read as one run and
# looked up, not tried against each of the 126 past forms (tests/test_quick_checks.py: the two agree).
_CONTACT_OPENING = re.compile(r"\s(?=(?i:the|a|an|its|his|her|their|our)\s+[a-z][\w'’-]*\s+(?P<verb>\w+))")
_CONTACT_PAST_SET = frozenset(_CONTACT_PAST.split("|"))
_REGULAR_PAST = re.compile(r"[a-z]{3,}ed")


def _contact_hinted(text: str, start: int, end: int) -> bool:
    """Tell whether _CONTACT_HINT.search(text, start, end) finds a match, quicker."""
    return any(
        verb in _CONTACT_PAST_SET or verb.endswith("ed") and _REGULAR_PAST.fullmatch(verb) is not None
        for verb in map(_verb_of, _CONTACT_OPENING.finditer(text, start, end))
    )


def _verb_of(match: re.Match[str]) -> str:
    """Return the verb run of a _CONTACT_OPENING match."""
    return match["verb"]
# A speech or thought verb, a few words before "that": the clause after it is a complement.
SPEECH_BEFORE = re.compile(
    rf"\b(?:{alternation('before_complement')})\b(?:\s+\S+){{0,3}}\s*\Z"
)  # "warned Friday that", "told reporters on Monday that"
# A place before a comma and its country or region after it, closed by a comma: "in Valledupar|, Colombia,".
_PLACE_AT = re.compile(r"\b(?:in|at|near|from)\s+[A-Z][\w'’-]+\Z")
_COUNTRY_AFTER = re.compile(r",\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,")


def _clause_stop(text: str, begin: int, end: int, dates: list[Span]) -> int:
    """Return where a relative clause starting at `begin` ends: at the next comma, or where a verb follows
    one of its dates ("the bridge that collapsed in 2018 | was rebuilt"), or at `end`.
    """
    stop = text.find(",", begin, end)
    while 0 <= stop < end - 1 and text[stop - 1 : stop].isdigit() and text[stop + 1 : stop + 2].isdigit():
        stop = text.find(",", stop + 1, end)  # "in the 1,500m": a number's comma ends nothing
    while (
        0 <= stop < end - 1
        and _PLACE_AT.search(text, max(begin, stop - 40), stop) is not None
        and (country := _COUNTRY_AFTER.match(text, stop, end))
        and any(country.end() < d[0] <= country.end() + 8 for d in dates)
    ):  # "held in a jail in Cuenca, Ecuador, since May 9 were freed": a place's country ends nothing
        # when the clause's date follows it
        stop = text.find(",", country.end(), end)
    stop = end if stop < 0 else stop
    # a date that opens the clause ("which last year signed a treaty") is followed by the clause's own verb
    # and one inside a reported statement is its ("who announced that the inquiry into a 1980s deal was")
    for date in sorted(d for d in dates if begin <= d[0] and d[1] <= stop and text[begin : d[0]].strip()
                       and not re.search(r"\bthat\s", text[begin : d[0]])):
        verb = first_verb(text, date[1], stop)
        if verb and not text[date[1] : verb.start()].strip():
            return date[1]
    return stop


def _verb_after_date(text: str, at: int, dates: tuple[Span, ...]) -> bool:
    """Tell whether a date starts at `at` and a verb follows it: "(which) last year signed a treaty"."""
    after = next((d[1] for d in dates if d[0] == at), None)
    word = re.match(r"\s+([a-z][\w'’-]*)", text[after : after + 40]) if after is not None else None
    return word is not None and has_verb(word[1])


# Month and weekday names, which are no antecedent: "on Monday, which".
_DATE_WORD = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Today|Tomorrow|Yesterday)"
)
# A relative clause: (noun phrase, clause, whole, the words a title puts before the clause).
Relative = tuple[Span, Span, Span, str]


# What may lie between a participle and its date: "blocked (on) Monday", "signed (in) 2003".
_TO_DATE = re.compile(r"\s+(?:(?:on|in|at|during)\s+)?")


def _with_object(text: str, verb_end: int, verb: str, dates: tuple[Span, ...]) -> bool:
    """Tell whether a date follows the participle right after it and an object after the date: "blocked (on
    Monday) the main road" is a main verb with its object (timeline.passive_objects)."""
    date = next((d for d in dates if d[0] >= verb_end and _TO_DATE.fullmatch(text, verb_end, d[0])), None)
    return date is not None and takes_object(text, verb, date[1])


@lru_cache(maxsize=256)  # part_of and main_parts ask the same of each clause, once per date
def find(text: str, start: int, end: int, dates: tuple[Span, ...]) -> tuple[Relative, ...]:
    """Return the relative clauses in `text[start:end]` as (noun phrase, clause, whole, head): the head is
    what a title puts before the clause ("a strike" + "began on 4 March", "the agreement was" + "signed
    last year", "the city honoured the donors" + "last year").

    A clause after a comma ends at the next comma ("the law, which took effect on Jan. 1, was"); one
    without ends where a verb follows a date, or at the end ("the bridge that collapsed in 2018 was
    rebuilt" / "a strike that began on 4 March").
    """
    found = []
    # Most clauses hold no "that", "which" or "who", and looking for the noun phrase before one tries
    # every position: look only where the pronoun the pattern needs is there.
    pronoun = (text.find("that", start, end) >= 0 or text.find("which", start, end) >= 0
               or text.find("who", start, end) >= 0) and _PRONOUN_HINT.search(text, start, end) is not None
    for match in _relatives(text, start, end) if pronoun else ():
        lone = match["np"][:1].isupper() and " " not in match["np"]
        named = match["comma"] and match["pronoun"] == "which" and not _DATE_WORD.match(match["np"])
        # a plural that opens the sentence is no name: "Talks that began in June have stalled"
        opener = lone and match.start("np") == start and match["pronoun"] == "that" and not match["comma"]
        if match["pronoun"] != "who" and lone and not named and not opener:
            continue  # "on Monday that the law": a lone capital word is a name or a date, no antecedent
            # ("Chile, which helped found it" has one)
        last = match["np"].split()[-1]
        if last.islower() and has_verb(last) or not (
            has_verb(match["verb"].split()[-1]) or _verb_after_date(text, match.start("verb"), dates)
        ):
            continue  # "breaches that occurred", "the front, which last year signed"; not "it says that was"
        stop = _clause_stop(text, match.end("pronoun"), end, dates)
        determiners = list(_DETERMINER.finditer(text, match.start("np"), match.end("np")))
        np_start = determiners[-1].start() if determiners else match.start("np")  # "said the quake, which"
        if match["comma"]:  # "Austin and Dallas, which had raised": the clause is on both
            np_start = _coordinated(text, start, np_start, match["verb"], text[match.end("pronoun") : stop])
        np = (np_start, match.end("np"))
        found.append((np, (match.start("verb"), stop), (np[1], stop), plain(text[np[0] : np[1]])))
    # "the donors the city honoured"; not "a second off | the mark set in 2009"
    contacting = _CONTACT.finditer(text, start, end) if _contact_hinted(text, start, end) else ()
    contacts = [c for c in contacting if _is_object(text, start, c.span("np"), c)]
    subjects = {c.span("subject") for c in contacts}
    reduced: list[re.Match[str]] = []
    if hints := _hints(text, start, end):  # found once for both
        reduced = [*_reduced(text, start, end, hints), *_bare_reduced(text, start, end, hints)]
    for match in (*reduced, *contacts):
        np = match.span("np")
        if np in subjects or not _is_object(text, start, np, match):
            continue  # "the donors the city honoured": "the city" is the subject, not a reduced clause
        closing = _CLOSING.search(text, match.end("verb"))
        weekday = _WEEKDAY.match(text, match.end("verb"))
        if weekday and (re.search(r",\s*\Z", text[start : np[0]]) or weekday["that"]):
            continue  # "Despite denials ..., an official admitted Thursday that": a subject and its verb
        if "subject" not in match.groupdict() and _with_object(text, match.end("verb"), match["verb"], dates):
            continue  # "farmers ... in the city blocked on Monday the main road": the main verb, its object
        if match.groupdict().get("comma") and "," in text[start : np[0]]:
            continue  # "Protests over the bill, introduced ..., (the party,) continued Sunday": the comma
            # closes an aside, the participle is the main verb
        at_end = (closing is None or not text[closing.start() : end].strip(" .!?\"'”’")) and "," not in text[
            start : np[0]
        ]
        if match.groupdict().get("comma") and not at_end and closing.group() != ",":
            continue  # "The retailer, founded in 1952 by two brothers, filed ... .": no comma closes it
            # (one that runs to the clause's end needs none: "backed the plan, announced in May by X.")
        stop = _clause_stop(text, match.end("verb"), end, dates)
        if "subject" in match.groupdict():  # the city honoured | the donors
            head = f"{match['subject']} {match['verb']} {plain(text[np[0] : np[1]])}"
            found.append((np, (match.end("verb"), stop), (np[1], stop), head))
        else:  # the agreement was | signed last year; a sensor was | first reported in July
            head = plain(text[np[0] : np[1]])
            begin = match.start("adverb") if match["adverb"] else match.start("verb")
            # "where a boiler blast | occurred at noon": an intransitive verb takes no "was"
            be = "" if match["verb"].lower() in NO_PASSIVE else f" {be_for(head)}"
            found.append((np, (begin, stop), (np[1], stop), f"{head}{be}"))
    return tuple(sorted(found))


# A noun phrase coordinated before another with "and", of the same make: a name before a name ("Austin and
# | Dallas, which"), a determiner's phrase before one ("the mayor and | the governor, who").
_NAME_AND = re.compile(rf"{_NOT_NAME}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}}\s+and\s+\Z")
_PHRASE_AND = re.compile(
    rf"\b(?i:the|its|his|her|their|our)\s+(?:{_NOT_IN_NP}[\w'’-]+\s+){{0,3}}?{_NOT_IN_NP}[\w'’-]+\s+and\s+\Z"
)
# Two people by their full names: "(Leo Marsh and) Ian Cole, who"; what a clause on both of them says of
# them, which the nearest alone cannot have done: "who have", "who were", "their", "both", "together".
_PERSON_AND = re.compile(r"\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\s+and\s+\Z")
_FULL_NAME = re.compile(r"[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+,")
_BOTH = re.compile(r"\b(?:have|were|are|their|them|both|together|jointly|each|co-[a-z]+|married)\b")
# A verb that tells its subject is one: "who has", "which is"; the clause is on the last phrase only.
_SINGULAR = re.compile(r"(?:[a-z]+ly\s+)?(?:has|is|was|does)\b")


def _coordinated(text: str, start: int, np_start: int, verb: str, clause: str) -> int:
    """Return where the antecedent of a relative clause set off by a comma starts, when it is two phrases
    joined by "and": "(Austin and) Dallas, which had raised their wage" -> at "Austin"; not "Reed met
    Lopez and Smith, who has": a singular verb is on the last phrase; nor "Leo Marsh and Ian Cole, who won
    the race in 2019": a clause on two people that says nothing of both (`clause`) is on the nearest.
    """
    if not text.startswith(" and ", np_start - 5) or _SINGULAR.match(verb):
        return np_start
    head = text[max(start, np_start - 60) : np_start]
    name = text[np_start : np_start + 1].isupper() and not _DETERMINER.match(text, np_start)
    if name and _PERSON_AND.search(head) and _FULL_NAME.match(text, np_start) and not _BOTH.search(clause):
        return np_start
    found = (_NAME_AND if name else _PHRASE_AND).search(head)
    if found is None:
        return np_start
    at = np_start - len(head) + found.start()
    lead = text[start:at]  # "(Swedish rivals) Ida Holm and Sara Lind, who": the subject's words
    return start if lead.strip() and len(lead.split()) <= 4 and "," not in lead and not has_verb(lead) else at


# "with" after a comma, or with a bound on a count, right before the noun phrase: "..., with up to 12 inches
# expected by Friday" is an absolute phrase, not an object's reduced clause ("tied with the record set in
# 2001" is one).
_WITH_BEFORE = re.compile(
    r",\s+with\s+(?:(?:up\s+to|as\s+(?:many|much)\s+as|more\s+than|fewer\s+than|less\s+than|nearly|almost"
    r"|about|around|some|roughly|at\s+least)\s+)?\Z",
    re.IGNORECASE,
)


def _is_object(text: str, start: int, np: Span, match: re.Match[str]) -> bool:
    """Tell whether a relative clause without a pronoun hangs on an object: a verb comes before the noun
    phrase, not a speech verb ("said the plant closed in 2019" reports a clause), the noun is no verb, and
    a clause with a subject of its own has a past verb ("the donors the city honoured").
    """
    before = text[start : np[0]]
    if _CONJUNCTION_END.search(before) or _WITH_BEFORE.search(before):
        return False  # "since the embassy closed in 2021": a clause's subject, not an object
    verb = match["verb"]
    aside = match.groupdict().get("comma")  # "that the election, held in May, was fair" is no reported verb
    return (
        has_verb(before)
        and (aside or not SPEECH_BEFORE.search(before.rstrip() + " "))
        and not has_verb(text[np[0] : np[1]].split()[-1])
        # "shaving a second off | the mark set in 2009": a particle ends no noun phrase
        and text[np[0] : np[1]].split()[-1] not in ("off", "up", "down", "out", "away", "back", "over")
        and verb not in ("was", "were", "had", "did")
        and ("subject" not in match.groupdict() or is_past_form(verb))
    )


def plain(text: str) -> str:
    """Collapse the white space of a phrase cut from a sentence."""
    return re.sub(r"\s+", " ", text).strip()
