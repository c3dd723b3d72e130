"""Find the part of a sentence that a date belongs to when the sentence holds several dated parts.

A sentence with two dates often states one event in its main clause and another in a relative clause
("after a strike that began on 4 March"), a participle clause (", after growing 4 percent in April") or a
subordinate clause ("when the port authority announced plans to automate two terminals by 2027"). The
date inside such a part dates that part, and the date outside it dates the main clause without it.
No parser: shallow rules, each with an example.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline import subjects
from timeline.verbs import IRREGULAR_PAST, NO_PASSIVE, be_for, first_verb, has_verb, is_past_form, past_of

Span = tuple[int, int]

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
_RELATIVE = re.compile(
    r"(?P<np>\b(?i:a|an|the|its|his|her|their|our|this|these|those)\s+"
    rf"(?:{_NOT_IN_NP}[\w'’-]+\s+){{0,4}}?{_NOT_IN_NP}[\w'’-]+"
    r"|(?<!\bthe\s)(?<!\ba\s)[a-z][\w'’-]+s(?=\s+(?:who|that)\b)"  # lawmakers who opposed it
    # a mass noun before a past verb: "to fight inflation that peaked in 2022"; not "so that", "now that"
    rf"|(?<![\w'’-])(?=[a-z][\w'’-]+\s+that\s)(?<!\bthe\s)(?<!\ba\s){_NOT_IN_OBJECT}"
    r"(?!(?:now|such|given|except|provided|so|said)\b)[a-z][\w'’-]+"
    rf"(?=\s+that\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{_IRREGULAR_AFTER_THAT})\b)"
    # a name and the role before it: "Fed Chair Jerome Powell, who", "Foreign Minister George Yeo Boon Yang"
    rf"|(?:(?:Mr|Mrs|Ms|Dr|Prof)\.\s+)?{_NOT_NAME}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,5}})"
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
_PARTICIPLES = (
    "sold|held|built|made|taken|given|shown|known|seen|written|found|brought|bought|caught|taught|left|led"
    "|paid|sent|set|shot|spent|struck|stolen|lost|kept|hit|cut|put|beaten|broken|chosen|driven|fallen"
    "|frozen|hidden|shaken|spoken|sworn|torn|thrown|drawn|grown|flown|blown|begun|done|laid|slain"
)
# A relative clause reduced to its participle: "a free trade agreement signed last year", "three men
# killed in rioting", "the election, held in May,". The participle takes a preposition or the date, not
# an object: in "said the company signed a deal" the verb is the company's.
_REDUCED = re.compile(
    rf"{_OBJECT}(?P<comma>,?)\s+(?P<adverb>(?:first|originally|initially|later|also|recently|once|newly)\s+)?"
    rf"(?P<verb>[a-z]{{3,}}ed|{_PARTICIPLES})"
    r"(?=\s+(?:by|in|on|at|during|for|to|from|last|this|next|earlier|later|since|after|before|over|early"
    r"|late|between)\b)"
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
# A participle clause after a conjunction: ", after growing 4 percent", " before falling", " while cutting".
_PARTICIPLE = re.compile(r",?\s+(?:after|before|since|while|following)\s+(?P<ing>[a-z]{3,}ing)\b")
# A finite subordinate clause: "when the port authority announced", "after the court ruled", "told
# investors that sales fell" (not "as": "as part of", "as a result of" are no clauses).
_SUBORDINATE = re.compile(
    r",?\s+(?P<word>when|after|before|because|since|until|once|that)\s+(?=[a-z])", re.I
)
# A speech or thought verb, a few words before "that": the clause after it is a complement.
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|warned|announced|reported|told|added|stated|insisted|argued|claimed|confirmed|ruled"
    r"|found|showed|believed|denied|heard)\b(?:\s+\S+){0,3}\s*\Z"
)  # "warned Friday that", "told reporters on Monday that"
# A subordinate clause set off by a comma: ", months after lawmakers lost their seats", ", a year after".
# A participle aside after an object, closed by a comma: ", looted in 1943 and handed back to its owners,".
_CLOSED_ASIDE = re.compile(rf",\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{_PARTICIPLES})\s[^,;]{{3,120}},")
_AFTERTHOUGHT = re.compile(
    r",\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|some|many|a\s+few)\s+)?"
    r"(?:(?:hours?|days?|weeks?|months?|years?|decades?)\s+)?(?:after|before|since|when|because)\s"
    r"|,\s+with\s"  # an absolute phrase: "agreed on Monday to hear the case, with arguments expected in May"
)
# An intent, a plan or a promise: its date lies ahead of the clause that states it.
_INTENT = re.compile(
    r"\b(?:plans?|aims?|intends?|expects?|hopes?|wants?|pledged|promised|vowed|agreed|decided|planned"
    r"|aimed|intended|expected|hoped|wanted|voted|resolved)\s+to\s"
)  # "announced plans to automate", "pledged to cut", "voted to close"
# Statements of intent that read as the plan itself: "announced plans to automate" -> "plans to automate".
_PLAN = re.compile(
    r"\b(?:announced|unveiled|outlined|revealed|set\s+out|laid\s+out|disclosed|approved)\s+"
    r"(?:(?:its|their|his|her|new)\s+)?(?:plans?|a\s+plan)\s+to\b",
    re.I,
)  # "the port authority announced plans to automate two terminals by 2027"


def _subject(text: str, sentence_start: int, before: int) -> str | None:
    """Return the subject of the sentence: its words up to the first verb, when short and plain."""
    verb = first_verb(text[sentence_start:before])
    subject = text[sentence_start : sentence_start + verb.start()].strip() if verb else ""
    subject = subject.rsplit(",", 1)[-1].strip()  # "In 1937, Hermlin": the front phrase is no subject
    if not subject or len(subject.split()) > 6 or re.match(r"(?:which|who|that|and|but)\b", subject, re.I):
        return None
    return subject


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the last match of `pattern` in `text[start:end]`: the part nearest the date."""
    found = None
    for found in pattern.finditer(text, start, end):  # noqa: B007 (the loop keeps the last)
        pass
    return found


def _next_word(text: str, position: int) -> str:
    return text[position : position + 40].split(" ", 1)[0]


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _clause_stop(text: str, begin: int, end: int, dates: list[Span]) -> int:
    """Return where a relative clause starting at `begin` ends: at the next comma, or where a verb follows
    one of its dates ("the bridge that collapsed in 2018 | was rebuilt"), or at `end`.
    """
    stop = text.find(",", begin, end)
    stop = end if stop < 0 else stop
    for date in sorted(d for d in dates if begin <= d[0] and d[1] <= stop):
        verb = first_verb(text, date[1], stop)
        if verb and not text[date[1] : verb.start()].strip():
            return date[1]
    return stop


# Month and weekday names, which are no antecedent: "on Monday, which".
_DATE_WORD = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Today|Tomorrow|Yesterday)"
)
# A relative clause: (noun phrase, clause, whole, the words a title puts before the clause).
_Relative = tuple[Span, Span, Span, str]


@lru_cache(maxsize=256)  # part_of and main_parts ask the same of each clause, once per date
def _relatives(text: str, start: int, end: int, dates: tuple[Span, ...]) -> tuple[_Relative, ...]:
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
    pronoun = any(text.find(word, start, end) >= 0 for word in ("that", "which", "who"))
    for match in _RELATIVE.finditer(text, start, end) if pronoun else ():
        lone = match["np"][:1].isupper() and " " not in match["np"]
        named = match["comma"] and match["pronoun"] == "which" and not _DATE_WORD.match(match["np"])
        # a plural that opens the sentence is no name: "Talks that began in June have stalled"
        opener = lone and match.start("np") == start and match["pronoun"] == "that" and not match["comma"]
        if match["pronoun"] != "who" and lone and not named and not opener:
            continue  # "on Monday that the law": a lone capital word is a name or a date, no antecedent
            # ("Chile, which helped found it" has one)
        last = match["np"].split()[-1]
        if not has_verb(match["verb"].split()[-1]) or (last.islower() and has_verb(last)):
            continue  # "breaches that occurred", not "it says that was"
        stop = _clause_stop(text, match.end("pronoun"), end, dates)
        determiners = list(_DETERMINER.finditer(text, match.start("np"), match.end("np")))
        np_start = determiners[-1].start() if determiners else match.start("np")  # "said the quake, which"
        np = (np_start, match.end("np"))
        found.append((np, (match.start("verb"), stop), (np[1], stop), _plain(text[np[0] : np[1]])))
    # "the donors the city honoured"; not "a second off | the mark set in 2009"
    contacts = [c for c in _CONTACT.finditer(text, start, end) if _is_object(text, start, c.span("np"), c)]
    subjects = {c.span("subject") for c in contacts}
    for match in (*_REDUCED.finditer(text, start, end), *contacts):
        np = match.span("np")
        if np in subjects or not _is_object(text, start, np, match):
            continue  # "the donors the city honoured": "the city" is the subject, not a reduced clause
        closing = _CLOSING.search(text, match.end("verb"))
        if match.groupdict().get("comma") and (closing is None or closing.group() != ","):
            continue  # "The retailer, founded in 1952 by two brothers, filed ... .": no comma closes it
        stop = _clause_stop(text, match.end("verb"), end, dates)
        if "subject" in match.groupdict():  # the city honoured | the donors
            head = f"{match['subject']} {match['verb']} {_plain(text[np[0] : np[1]])}"
            found.append((np, (match.end("verb"), stop), (np[1], stop), head))
        else:  # the agreement was | signed last year; a sensor was | first reported in July
            head = _plain(text[np[0] : np[1]])
            begin = match.start("adverb") if match["adverb"] else match.start("verb")
            # "where a gas explosion | occurred at noon": an intransitive verb takes no "was"
            be = "" if match["verb"].lower() in NO_PASSIVE else f" {be_for(head)}"
            found.append((np, (begin, stop), (np[1], stop), f"{head}{be}"))
    return tuple(sorted(found))


def _is_object(text: str, start: int, np: Span, match: re.Match[str]) -> bool:
    """Tell whether a relative clause without a pronoun hangs on an object: a verb comes before the noun
    phrase, not a speech verb ("said the plant closed in 2019" reports a clause), the noun is no verb, and
    a clause with a subject of its own has a past verb ("the donors the city honoured").
    """
    before = text[start : np[0]]
    if _CONJUNCTION_END.search(before):
        return False  # "since the embassy closed in 2021": a clause's subject, not an object
    verb = match["verb"]
    aside = match.groupdict().get("comma")  # "that the election, held in May, was fair" is no reported verb
    return (
        has_verb(before)
        and (aside or not _SPEECH_BEFORE.search(before.rstrip() + " "))
        and not has_verb(text[np[0] : np[1]].split()[-1])
        # "shaving a second off | the mark set in 2009": a particle ends no noun phrase
        and text[np[0] : np[1]].split()[-1] not in ("off", "up", "down", "out", "away", "back", "over")
        and verb not in ("was", "were", "had", "did")
        and ("subject" not in match.groupdict() or is_past_form(verb))
    )


def _describes_date(text: str, match: re.Match[str], dates: list[Span], end: int) -> bool:
    """Tell whether a "when" clause follows a date and so describes it: "in March, when they fell".

    Not when it states an intent whose own date lies ahead: "in January when X announced plans to
    automate two terminals by 2027".
    """
    return (
        match["word"].lower() == "when"
        and any(not text[d[1] : match.start("word")].strip(" ,") for d in dates)
        and not _INTENT.search(text, match.end(), end)
    )


# Prepositions before a noun phrase that names a happening: "after a run that began", "driven by a
# shortage that began".
_EVENT_PREPOSITIONS = {"after", "before", "by", "during", "following", "amid", "since", "despite"}


def _last_part(text: str, span: Span, np: Span, clause: Span) -> bool:
    """Tell whether a restrictive relative clause on a short noun phrase ends the sentence after a main
    clause with a verb of its own: "(The club celebrated) a run that began on 4 October".
    """
    before = text[span[0] : np[0]].split() or [""]
    return (
        # a pronoun opens the clause: not "(face discrimination,) a monitoring group reported"
        re.fullmatch(r"\s+(?:that|which|who)\s+", text[np[1] : clause[0]]) is not None
        and not text[clause[1] : span[1]].strip(" .!?\"'”’")
        and len(text[np[0] : np[1]].split()) <= 3
        and has_verb(text[span[0] : np[0]])
        # the noun phrase is an object, a front word's or the head of an apposition; not inside a longer
        # one ("the longest run in | its history that began")
        and (has_verb(before[-1]) or before[-1].lower() in _EVENT_PREPOSITIONS or before[-1].endswith(","))
    )


def part_of(text: str, span: Span, own: Span, others: list[Span]) -> tuple[str, Span] | None:
    """Return (words to put first, span) of the part of `text[span]` that the date `own` dates, or None.

    None when the date dates the whole clause: no other date stands outside its part. The part nearest
    the date wins: in "the debate which had pitted him ... since he appointed X a week ago", the "since"
    clause.
    """
    if second := subjects.second_predicate(text, span, own):
        return second
    relative = None
    for np, clause, _, head in reversed(_relatives(text, span[0], span[1], tuple(sorted([own, *others])))):
        if not clause[0] <= own[0] < clause[1]:
            continue
        if any(o[1] <= np[0] or o[0] >= clause[1] for o in others):
            relative = (head, clause)
        elif text[np[1]] == "," and not others and text.startswith(",", clause[1]) and np[0] == span[0]:
            # "Hamas, which took power in January, has warned ...": the date is the aside's, about the subject
            return head, clause
        elif _last_part(text, span, np, clause) and not others:
            # "The club celebrated a run that began on 4 October": the only date sits in a clause on a
            # short noun phrase at the end, and the main clause before it has a verb of its own
            return head, clause
        elif text[np[1]] != ",":
            return None  # "officers who were suspended on Monday after a raid ... were reinstated in May":
            # where a restrictive clause ends is unclear, so the whole clause is the event
        break
    before = [o[1] for o in others if span[0] <= o[0] and o[1] <= own[0]]
    if relative:
        before.append(relative[1][0])
    if not before:
        return _reported_part(text, span, own)
    last = max(before)
    participle = _last(_PARTICIPLE, text, last, own[0])
    if participle and "," not in text[participle.end() : own[0]]:
        subject = _subject(text, span[0], participle.start())
        if subject and not relative:
            comma = text.find(",", own[1], span[1])  # "after falling in August, the bureau reported"
            stop = span[1] if comma < 0 else comma
            return f"{subject} {past_of(participle['ing'])}", (participle.end(), stop)
    subordinate = _last(_SUBORDINATE, text, last, own[0])
    if (
        subordinate
        and has_verb(text[subordinate.end() : own[0]])
        and "," not in text[subordinate.end() : own[0]]
        and not _describes_date(text, subordinate, others, own[0])
        and not (
            subordinate["word"] == "that"
            and has_verb(_next_word(text, subordinate.end()))
            and not _SPEECH_BEFORE.search(text, max(0, subordinate.start() - 40), subordinate.start())
        )
    ):  # "that occurred" is a relative clause whose antecedent went unseen; "warned that embattled X" is not
        return "", (subordinate.end(), relative[1][1] if relative else span[1])
    intent = _last(_INTENT, text, last, own[0])
    if intent and not relative and "," not in text[intent.end() : own[0]]:
        subject = _plain(text[span[0] : intent.start()].rsplit(",", 1)[-1])  # "On Monday, | the council"
        if subject and len(subject.split()) <= 6 and not has_verb(subject):
            # "On Monday, the council voted to close the landfill by 2028": the council to close it
            return f"{subject} to", (intent.end(), span[1])
    return relative


def _reported_part(text: str, span: Span, own: Span) -> tuple[str, Span] | None:
    """Return ("", span) of a reported clause that holds the clause's only date, or None.

    "Beijing announced to the visiting minister that China would sign a convention before the end of
    the year": China would sign it then; the telling has no date of its own.
    """
    that = _last(_SUBORDINATE, text, span[0], own[0])
    if that is None or that["word"] != "that" or "," in text[that.end() : own[0]]:
        return None
    if not _SPEECH_BEFORE.search(text, max(span[0], that.start() - 60), that.start()):
        return None
    return "", (that.end(), span[1])


# An apposition that sums up the clause before it: ", a deal", ", a move", ", an increase of 4%".
_SUMMARY = re.compile(r",\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\Z")


def main_parts(text: str, span: Span, own: Span, others: list[Span]) -> list[Span]:
    """Return the pieces of `text[span]` that the date `own` dates, without the relative or participle
    parts that hold a date of their own ("after a strike that began on 4 March", ", after growing 4
    percent in April", "the bridge that collapsed in 2018 was rebuilt").
    """
    inside = [o for o in others if span[0] <= o[0] and o[1] <= span[1]]
    cuts = []
    for np, clause, whole, _ in _relatives(text, span[0], span[1], tuple(sorted([own, *others]))):
        if text[whole[0]] == ",":
            continue  # an aside between commas: the title drops it anyway
        held = [o for o in inside if clause[0] <= o[0] and o[1] <= clause[1]]
        if held and not clause[0] <= own[0] < clause[1]:
            verb = first_verb(text, held[-1][1], span[1])
            follows = verb and not text[held[-1][1] : verb.start()].strip(" ,")
            # an apposition that sums up the clause goes with its own clause: "for $4.2 billion, a deal
            # expected to close in 2026"
            summary = _SUMMARY.search(text, span[0], np[1]) if not follows else None
            left = summary.start() if summary and summary.end() == np[1] else whole[0]
            cuts.append((left, held[-1][1] if follows else span[1]))
    for match in _AFTERTHOUGHT.finditer(text, own[1], span[1]):
        if match.start() == own[1] and "when" in match.group():
            continue  # "in March, when they fell": the clause describes the date
        if any(match.end() <= o[0] and "," not in text[match.end() : o[0]] for o in inside):
            cuts.append((match.start(), span[1]))
    for match in _PARTICIPLE.finditer(text, own[1], span[1]):
        if any(match.end() <= o[0] and "," not in text[match.end() : o[0]] for o in inside):
            cuts.append((match.start(), span[1]))
    for match in _CLOSED_ASIDE.finditer(text, span[0], span[1]):  # "bought the vase, looted in 1943 and
        before = text[span[0] : match.start()]  # a subject, its verb and the object the aside describes
        plain = "," not in before and has_verb(before)
        held = any(match.start() <= o[0] < match.end() for o in inside)
        if plain and held and not match.start() <= own[0] < match.end():
            cuts.append((match.start(), match.end() - 1))  # handed back to its owners, on Friday"
    pieces, cursor = [], span[0]
    for left, right in sorted(cuts):
        if left >= cursor and not left <= own[0] < right:
            pieces.append((cursor, left))
            cursor = right
    pieces.append((cursor, span[1]))
    return [p for p in pieces if p[0] < p[1]]


def plan(title: str) -> str:
    """Make a statement of intent the plan itself: "X announced plans to build" -> "X plans to build"."""
    return _PLAN.sub("plans to", title, count=1)
