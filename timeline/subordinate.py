"""Find the subordinate clause that a date at the end of a sentence dates: "He was a teacher when the war
broke out in 1939" dates the outbreak of the war, not the teaching. And read "did not restart until Monday"
as what happened on Monday: it restarted.

No parser: a pattern for the clause's opening word and checks that it has a subject and a verb of its own.
"""

from __future__ import annotations

import re

from timeline import attachment, attribution, pronouns
from timeline.verbs import be_for, first_verb, has_verb, is_past_form, past_of

# The last "when" before the date, with no comma or other clause break between them.
_WHEN = re.compile(r"\bwhen\s+(?=[^,;:]*\Z)")
# The last word that opens a subordinate clause before the date, with no clause break between them: "when
# the curfew ended", "since fighting erupted", "after talks collapsed", "while flames flared up".
# An "as" of cause or time before a determiner and a lowercase word: "little effect as the firm had not drawn
# loans since 2021"; not "as the chief executive since 2019" (no verb: skipped below), nor "to name the park
# as a National Heritage Park would be decided after" (a name: a role, not a subject).
_SUBORDINATOR = re.compile(
    r"\b(?:when|since|after|before|while|until|because|once"
    r"|as(?=\s+(?:the|a|an|its|his|her|their)\s+(?-i:[a-z])))\s+"
)
# A clause break between the opening word and the date (looked for apart: a lookahead to the end in the
# pattern above costs seven times as much). A number's comma is none: "forced it to recall 300,000 cars".
_BREAK = re.compile(r"[;:—–]|,(?!(?<=\d,)\d{3}(?!\d))")
# A subject that stands for something named elsewhere: "when it opened", "when they met".
_PRONOUN = re.compile(r"(?:it|he|she|they|we|i|you|this|that|there)\b", re.I)
# A phrase after the date that goes on with the clause: "(broke out Friday) in several nearby towns".
_PLAIN_TAIL = re.compile(
    r"\s+(?:in|at|on|near|across|outside|inside|around|despite|during|for)\s[^,;:—–()\"“”]{2,80}"
)
# Nothing after the date but closing punctuation: the date ends the clause.
_CLAUSE_END = re.compile(r"[\s.,;:!?\"'”’)]*\Z")


def when_clause(
    text: str, span: tuple[int, int], own: tuple[int, int], others: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """Return the span of the "when" (or "since", "after", "while"...) clause that the date `own` ends in the
    clause `text[span]`, or None.

    "The city was calm when the curfew ended on Sunday" -> "the curfew ended on Sunday"; "Thousands have
    died since fighting erupted three years ago" -> "fighting erupted three years ago". Not when the
    clause's subject is a pronoun ("when it opened in 1986": what "it" is lies in the main clause) or the
    words before "when" hold no verb or a date of their own (`others`): "The dispute began in January when
    the port authority announced plans to automate the docks by 2027" is left to focus.part_of.
    """
    openers = [m for m in _SUBORDINATOR.finditer(text, span[0], own[0])
               if _BREAK.search(text, m.end(), own[0]) is None]
    if not openers:
        return None  # most clauses: asked first, as it costs least
    end = span[1]
    if _AND_TAIL.fullmatch(text, own[1], span[1]) and not has_verb(text[own[1] : span[1]]):
        end = own[1]  # "since she took office in 2019 (and one of the lowest)": the main clause goes on
    elif not (_CLAUSE_END.fullmatch(text, own[1], span[1])
              or _PLAIN_TAIL.fullmatch(text, own[1], span[1]) and not has_verb(text[own[1] : span[1]])):
        told = _told_after(text, own[1], span[1])
        if told is None:
            return None
        end = told  # "..., the agency says(, although others give higher tolls)": the concession goes
    for opener in reversed(openers):
        body = opener.end()
        words = text[body : own[0]]
        if _GERUND.match(words) or not has_verb(words):
            continue  # "died while coaching his team on Sunday", "crest after two weeks of floods": a phrase
        main = (span[0], opener.start())
        if not has_verb(text[main[0] : main[1]]) or any(main[0] <= o[0] < own[0] for o in others):
            return None
        relative = re.compile(r"\b(?:who|which)\b").search(text, main[0], main[1])
        if relative and opener.group().strip() != "when" and not has_verb(text[main[0] : relative.start()]):
            return None  # "the climbers who were stranded after a storm ... were found": a clause on the
            # subject, whose main verb is still to come
        if (_PRONOUN.match(text, body) and not _named(text, body, words)) or _SECOND_VERB.search(words):
            return None  # "after the war ended and briefly held the post in 1951": the subject's
        relative = re.search(r"\b(?:that|which|who|whose)\b", words)
        if relative and opener.group().strip() != "when":
            return None  # "after a stoppage that began on 4 October": the relative clause is focus.part_of's
        return body, end
    return None


def _named(text: str, body: int, words: str) -> bool:
    """Tell whether a "he" or "she" that opens a clause stands for a person an earlier sentence names."""
    pronoun = re.match(r"(?:he|she)\b", words)
    return pronoun is not None and pronouns.person_before(text, body, pronoun.group(), words) is not None


# "and" and a phrase without a verb after the date: "(since she took office in 2019) and one of the lowest".
_AND_TAIL = re.compile(r"\s+and\s+[^,;:]{2,80}")
# A gerund that opens a phrase after "after", "since", "while": "after being convicted", "while coaching".
# Not an adjective in -ing before its noun: "when leading coach X died".
_GERUND = re.compile(
    r"(?:[a-z]+ly\s+)?(?:being|having|[a-z]{2,}ing\s+(?:the|a|an|his|her|its|their|our|him|them|it|to|in|on|at"
    r"|from|for|with|into|out|up|down|off|over|back)\b)"
)
# A second predicate of the main subject inside the clause: "and briefly held", "and then moved".
_SECOND_VERB = re.compile(
    r"\band\s+(?:then\s+|[a-z]+ly\s+)?(?:[a-z]{3,}ed|held|won|took|made|became|left|went)\b"
)


def _told_after(text: str, start: int, end: int) -> int | None:
    """Return where the clause ends when only an attribution follows the date ("... three years ago, the
    agency says."), also before a concession (", although others give higher tolls"), else None."""
    concession = _CONCESSION.search(text, start, end)
    stop = concession.start() if concession else end
    tail = attribution.search_tail(text, start, stop)
    return stop if tail is not None and tail.start() == start else None


# A "when" clause whose subject stands right before the date: "..., when the consulate (on May 12) urged".
_WHEN_SUBJECT = re.compile(
    r",?\s+(?:when|after|before|as)\s+(?P<subject>(?:the|a|an|its|his|her|their)\s+[^,;()]{1,40}?)\s+\Z"
)


# A "when" clause right after the date, which tells what happens then: "(until Friday), when talks resume".
_WHEN_AFTER = re.compile(r"\s*,\s+when\s+")
# A word that makes the date a bound or a comparison, not the main clause's time: "until Friday", "since
# 1999", "a disaster like 1998".
_BOUND = re.compile(r"\b(?:until|till|since|from|through|by|before|after|like|at\s+least)\s+(?:\w+\s+)?\Z")
# A date phrase that spans two dates: "April 1992 until September 1996", "1990 to 1995", "1990-95".
_RANGE = re.compile(r"\s(?:until|till|to|through|and)\s|\d\s*[-–]\s*\d")
# The end of that clause: a semicolon, a colon, a dash, a bracket or a comma before an attribution.
_WHEN_END = re.compile(r"[;:—–(]|\s--?\s")


def when_after(
    text: str, span: tuple[int, int], own: tuple[int, int], others: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """Return the span of a "when" clause right after the date `own`, which describes that date, or None.

    "The strike will last until Friday, when talks with the employers are due to resume" -> "talks with the
    employers are due to resume". Not when the clause's subject is a pronoun ("when it opens": what "it" is
    lies in the main clause), it holds a date of its own, or the words before the date hold no verb.
    """
    found = _WHEN_AFTER.match(text, own[1], span[1])
    if found is None or not has_verb(text[span[0] : own[0]]) or _RANGE.search(text, own[0], own[1]):
        return None  # "from March 2011 until June 2015, when ...": the clause tells the range's end
    body = found.end()
    if _PRONOUN.match(text, body):
        return None
    if not _BOUND.search(text, max(span[0], own[0] - 12), own[0]) and (
        (dated := attachment.anchor(text, span, own, others)) is not None
        and dated.kind == "main" and is_past_form(dated.verb)
    ):  # "The project fell behind in 2024, when floods halted work": the main clause is the date's news,
        # the "when" clause its cause; not "has been run since 1999, when ...": a bound, told by the clause
        return None
    stop = _WHEN_END.search(text, body, span[1])
    end = stop.start() if stop else span[1]
    if any(body <= o[0] < end for o in others):
        return None  # "in May, when the plant closed in June": the clause's own date dates it
    verb = first_verb(text, body, end)
    if verb is None or "," in text[body : verb.start()] or len(text[body : verb.start()].split()) > 8:
        return None
    tail = attribution.search_tail(text, verb.end(), end)
    return body, tail.start() if tail is not None else end


_WHEN_WORD = re.compile(r" (?:when|after|before|as) ")


def when_inside(
    text: str, span: tuple[int, int], own: tuple[int, int], others: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """Return the span of a "when" clause whose date stands between its subject and its verb, or None.

    "There were 39 visitors in the city, not counting the staff, when the consulate on May 12 urged all
    visitors to leave, the envoy said": the date is the urging's; the main clause before it has none.
    """
    window = text[max(span[0], own[0] - 70) : own[0]]
    found = _WHEN_SUBJECT.search(window) if _WHEN_WORD.search(window) else None  # most dates: no such word
    if found is None or any(span[0] <= o[0] < own[0] for o in others):
        return None
    start = max(span[0], own[0] - 70) + found.start("subject")
    verb = first_verb(text, own[1], span[1])
    if verb is None or text[own[1] : verb.start()].strip() or not has_verb(text[span[0] : start]):
        return None
    comma = text.find(",", verb.end(), span[1])  # ", the envoy said" ends it
    return start, comma if comma >= 0 and _told_after(text, comma, span[1]) is not None else span[1]


# A concession set off by a comma (", although the minister said", ", while the bank"; not "while
# coaching"), or an "although" or "though" with none.
_CONCESSIVE = re.compile(
    r"(?:,\s+(?:although|though|even\s+though|whereas|while)"
    # no comma: "the danger may have passed though strong winds are expected today"; not "as though"
    r"|(?<!\bas)(?<!\beven)\s+(?:although|though))\s+(?![a-z]+ing\b)"
)
_CONCESSIVE_WORDS = ("though", "whereas", "while")  # one is in each conjunction above ("although")


def concession(
    text: str, span: tuple[int, int], own: tuple[int, int], others: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """Return the span of the concession that holds the clause's date, when the main clause has none.

    "Officials said troops were unlikely to be sent south, although the minister said there were clear
    signals on Tuesday that they would be welcome": Tuesday is the minister's, not the officials'.
    """
    if not any(text.find(word, span[0], own[0]) >= 0 for word in _CONCESSIVE_WORDS):
        return None  # most clauses: none of the words the pattern needs
    found = None
    for found in _CONCESSIVE.finditer(text, span[0], own[0]):  # noqa: B007 (the loop keeps the last)
        pass
    if found is None or any(span[0] <= o[0] < found.start() for o in others):
        return None
    if not has_verb(text[span[0] : found.start()]) or not has_verb(text[found.end() : span[1]]):
        return None
    return found.end(), span[1]


# A concession after an attribution: ", although others give much higher counts".
_CONCESSION = re.compile(r",\s+(?:although|though|but|while|whereas)\s[^,;]*\Z")


# A subject that may stand in for "it" or "they" of a "when" clause: a few plain words, no front phrase.
_PLAIN_SUBJECT = re.compile(
    r"(?!(?:In|On|At|By|For|After|Before|Since|During|When|While|It|They|He|She|We|There|This)\b)"
    r"[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}"
)


# A last word that waits for more: the subject found is no whole noun phrase.
_OPEN_WORD = re.compile(r"\b(?:to|of|the|a|an|and|or|by|for|with|from|in|on|at|that|which|who)\Z", re.I)


def when_pronoun(
    text: str, span: tuple[int, int], own: tuple[int, int], others: list[tuple[int, int]]
) -> tuple[str, tuple[int, int]] | None:
    """Return (subject, span of the rest) of a "when it/they" clause that the date `own` ends, with the
    main clause's subject for the pronoun, or None.

    "The sanctuary holds 300 bears, up from five when it was opened in 1994" -> ("The sanctuary",
    "was founded in 1986"): "it" stands for the subject of the sentence.
    """
    if not _CLAUSE_END.fullmatch(text, own[1], span[1]):
        return None
    whens = list(_WHEN.finditer(text, span[0], own[0])) if text.find("when", span[0], own[0]) >= 0 else []
    if not whens or any(span[0] <= o[0] < whens[-1].start() for o in others):
        return None
    pronoun = re.compile(r"(?:it|they)\s+").match(text, whens[-1].end(), own[0])
    verb = first_verb(text, span[0], whens[-1].start())
    if pronoun is None or verb is None or not has_verb(text[pronoun.end() : own[0]]):
        return None
    subject = text[span[0] : verb.start()].strip()
    if not _PLAIN_SUBJECT.fullmatch(subject) or has_verb(subject) or _OPEN_WORD.search(subject):
        return None  # "The bridge to (be built by ...)": the first verb is no main verb
    inner = None
    for inner in _INNER_SUBJECT.finditer(text, verb.end(), whens[-1].start()):  # noqa: B007 (keeps the last)
        pass
    if inner is not None:  # "The cafe will close because the lease would not be renewed when it expires"
        plural = be_for(inner["np"]) == "were"
        if plural != text.startswith("they", pronoun.start()):
            return None  # "because the talks failed when it ...": "it" is no one named safely
        subject = inner["np"][:1].upper() + inner["np"][1:]
    return subject, (pronoun.end(), span[1])


# A clause with a subject of its own between the main verb and "when": its subject is the nearer one the
# pronoun stands for ("because (the lease) would not be renewed when it expires").
_INNER_SUBJECT = re.compile(
    r"\b(?:because|since|as|after|before|although|though|if|that|and|but|while|so)\s+"
    r"(?P<np>(?:the|its|his|her|their|a|an)\s+(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)\s+"
    r"(?=(?:would|will|was|is|had|has|could|may|might|can|must|should|were|are|did|does)\b)"
)


# A clause before the main one that says how the main one stands to it in time: "Since the strike began in
# March 2003, | ...", "After the storm hit on Monday, | ...", "When Lena Fischer opened her bakery in 1998, |
# the street had two shops": the date is the front clause's, whose happening is the news.
# "While (Moscow signed the contract in 1995), its completion was put off": a concession's date is its own
_FRONT = re.compile(
    r"(?:Since|After|Before|Until|Ever\s+since|When|While|Although|Though|Whereas)\s+(?=[^,;:]*\Z)"
)
# The heads of a front concession, whose clause needs a subject of its own to be a title.
_CONCESSIONS = ("While", "Although", "Though", "Whereas")
_NO_SUBJECT = re.compile(r"(?:[a-z]+ly\s+)*")  # "officially (retired)", "(visiting)"
# The verbs of a state, which a "when" clause sets as the time of the main clause's news: "When the tide is
# low at 1 p.m., divers inspected the hull".
_STATE = {"is", "are", "was", "were", "be", "been", "has", "have", "had"}


def front_clause(
    text: str, span: tuple[int, int], own: tuple[int, int], others: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """Return the span of a front "since"/"after"/"before"/"when" clause that the date `own` ends, or None.

    "Since the strike began in March 2003, about 2,000 workers have lost their jobs": March 2003 is when
    the strike began; the main clause holds from then on. Not for a pronoun subject ("Since it opened in
    1986"), a clause without a verb ("Since March 2003, ..."), or a main clause with a date of its own.
    """
    front = _FRONT.match(text, span[0], own[0])
    if front is None or not text.startswith(",", own[1]) or any(o[0] >= own[1] for o in others):
        return None
    body = front.end()
    verb = first_verb(text, body, own[0])
    if verb is None or _PRONOUN.match(text, body) or not has_verb(text[own[1] : span[1]]):
        return None
    if front.group().startswith(_CONCESSIONS) and _NO_SUBJECT.fullmatch(text, body, verb.start()):
        return None  # "Although (formally) retired since 2011, the singer ...": no subject of its own
    if front.group().startswith("When") and verb.group().lower() in _STATE:
        return None  # "When the tide is low at 1 p.m., divers inspected the hull": the divers' news
    if _NAME_AFTER_NOUN.search(text, body, verb.start()):
        return None  # "After a long career Marsh was elected ... in 2019,": no comma ends the front
    return body, own[1]


# A name right after a common noun that no preposition joins to it: a main clause's subject, the front
# phrase having ended without a comma ("After a long career | Ortega was elected").
_NAME_AFTER_NOUN = re.compile(r"\b(?!(?:in|of|at|on|for|from|by|with|and|the|to|a|an)\b)[a-z]+\s+[A-Z]")


# "until" before the date, with a word that places the time: "until 6 a.m. on Monday", "until late Friday".
_UNTIL = re.compile(r"\b(?:until|till)\s+(?:(?:about|around|after|late|early|on)\s+)?\Z", re.I)
# The negation that "until" turns into the event: "did not restart", "didn't sign", "was not cleared".
_NOT = re.compile(
    r"\b(?:did\s+not|didn['’]t)\s+(?P<verb>[a-z]{3,})\b|\b(?P<be>was|were)\s+not\s+(?=[a-z]+ed\b)"
)


def not_until(title: str, text: str, own: tuple[int, int]) -> str:
    """Return the title of "X did not happen until <date>" as "X happened": the date is when it did."""
    lo = max(0, own[0] - 20)
    # every match holds "unt" or "ll" ("until", "till"), in any case (letters that fold from no other script)
    low = text[lo : own[0]].lower()
    if ("unt" not in low and "ll" not in low) or not _UNTIL.search(text, lo, own[0]):
        return title
    return _NOT.sub(lambda m: f"{m['be']} " if m["be"] else past_of(m["verb"] + "ing"), title, count=1)


# An aside after a front date that places it by another event: "On May 9, | two days after strikers blocked
# the port, | police cleared ...". The main clause after it is the date's event.
_COUNTED_ASIDE = re.compile(
    r",\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+few|just|only)\s+"
    r"(?:[a-z]+\s+)?(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before)\s+[^,;]{3,120},\s+"
)
# Only a preposition before the front date: "On June 28", "In May".
_FRONT_DATE = re.compile(r"(?:[A-Z][a-z]{1,6}\s+)?")


def main_after_aside(text: str, span: tuple[int, int], own: tuple[int, int]) -> tuple[int, int] | None:
    """Return the main clause after a front date and an aside placing it by another event, or None.

    "On May 9, two days after strikers blocked the port, police cleared the docks" -> "police cleared
    the docks".
    """
    if not _FRONT_DATE.fullmatch(text, span[0], own[0]):
        return None
    aside = _COUNTED_ASIDE.match(text, own[1], span[1])
    if aside is None or not has_verb(text[aside.end() : span[1]]):
        return None
    return aside.end(), span[1]


# A cleft that puts the date in front: "It was only (a week ago) that he was promising jobs", "It was not
# until (1998) that the bridge opened". The clause after "that" is the event.
_CLEFT_HEAD = re.compile(
    r"(?:(?:But|And|Yet)\s+)?[Ii]t\s+(?:was|is|had\s+been|will\s+be)\s+(?:(?:only|just|not|precisely|exactly"
    r"|also)\s+)*(?:(?:in|on|at|during|until|till|by)\s+)?"
)
_CLEFT_THAT = re.compile(r",?\s+that\s+")


def cleft(text: str, span: tuple[int, int], own: tuple[int, int]) -> tuple[int, int] | None:
    """Return the clause after "that" of a cleft whose focus is the date `own`, or None: "It was only a week
    ago that he was promising jobs" -> "he was promising jobs".
    """
    if not _CLEFT_HEAD.fullmatch(text, span[0], own[0]):
        return None
    that = _CLEFT_THAT.match(text, own[1], span[1])
    if that is None or not has_verb(text[that.end() : span[1]]):
        return None
    return that.end(), span[1]
