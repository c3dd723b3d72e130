"""Title clauses of particular shapes, each by its own rule, or return "" when the shape does not fit.

A statement dated by its attribution ("<speaker> said ..."), a parenthesis with an event of its own, a
front participle phrase with its own date ("Born in Porto in 1938, ..."), a happening told twice ("struck
in 2019 and again two years later") and a reported clause whose pronoun stands for the teller.
"""

from __future__ import annotations

import itertools
import re

from timeline import attribution, sentence_subjects, shorten, subjects
from timeline.dateless import without_dates
from timeline.finishing import finish
from timeline.relatives import PARTICIPLES
from timeline.spans import holds
from timeline.title_length import MAX_TITLE
from timeline.verbs import be_for, first_verb, has_verb, is_past_form, past_of, plural_present


def attributed(tail: re.Match[str], statement: str, text: str, span: tuple[int, int]) -> str:
    """Return "<speaker> said <statement>" for a statement dated by its attribution, in 80 characters.

    The cut keeps a verb of the statement, not only "said", unless that leaves a modal dangling.
    """
    reported = attribution.reported(statement, text, span)
    speaker = attribution.speaker(tail, text, span[0], room=MAX_TITLE - len(reported) - 6)
    if speaker.lower() in ("he", "she", "it", "they", "we"):
        return statement  # "He said ...": who is unsure, the statement says more
    verb = "showed" if re.search(r"\bshow", tail.group()) else "said"  # "Official data showed ..."
    said = f"{speaker} {verb} "
    fitted = shorten.fit(said + reported, verb_after=len(said))
    if shorten.dangles(fitted):
        fitted = shorten.fit(said + reported)  # "... tulips will": cut before the statement's verb
    # when the statement keeps no verb ("A report said Indonesian police") or is cut inside a name ("will
    # visit the United"), it is better alone
    split = re.search(r"[A-Z][\w'’-]*\Z", fitted) and re.match(r"\s+[A-Z]", (said + reported)[len(fitted) :])
    kept_verb = first_verb(fitted, len(said)) or plural_present(fitted, len(said))  # "classes resume"
    return fitted if kept_verb and not split else statement


def bracketed(text: str, span: tuple[int, int], own: tuple[int, int], phrases: list[tuple[int, int]]) -> str:
    """Return the title of a parenthesis that holds the date, when it states an event of its own, or "".

    "The airline (which cut 400 jobs in March) said ...": the airline cut 400 jobs; "(the plant closed in
    2019)": the plant closed. A parenthesis without a verb ("(in March)") is no event of its own.
    """
    opening = text.rfind("(", span[0], own[0])
    closing = text.find(")", own[1], span[1])
    if opening < 0 or closing < 0 or "(" in text[opening + 1 : closing] or ")" in text[opening : own[0]]:
        return ""
    inner = (opening + 1, closing)
    relative = re.match(r"\s*(?:which|who|that)\s+", text[inner[0] : inner[1]])
    body = without_dates(text, (inner[0] + (relative.end() if relative else 0), inner[1]), phrases)
    if not has_verb(body):
        return ""
    if relative:
        head = text[sentence_subjects.sentence_start(text, span[0]) : opening].strip()
        head = sentence_subjects.OPENING_PHRASE.sub("", head)
        if not head or len(head.split()) > 8 or has_verb(head):
            return ""
        body = f"{head} {body}"
    elif has_verb(body.split(" ", 1)[0]):
        return ""  # "(closed in 2019)": no subject of its own
    title = finish(body, text, inner)
    return title[:1].upper() + title[1:]


# A question put to the subject, which a title keeps with its answer when both fit in a title.
_ASKED = re.compile(r"(?:asked|questioned)\b", re.I)


def front_participle(text: str, span: tuple[int, int], own: tuple[int, int], phrases: list) -> str:
    """Return "<subject> was <participle phrase>" when the date sits in a front participle phrase ("Born in
    Porto in 1938, she published her first novel in 1961": she was born in Porto; "Founded in 1987, the
    league is the largest": it was founded in 1987), else "".
    """
    front = sentence_subjects.FRONT_PARTICIPLE.match(text, span[0], span[1])
    if front is None or not front.start("front") <= own[0] < front.end("front"):
        return ""
    if _ASKED.match(front["front"]) and len(without_dates(text, span, phrases)) <= MAX_TITLE:
        return ""  # 'Asked whether he would resign, the minister said: "No"': question and answer fit
    verb = first_verb(front["rest"])
    subject = front["rest"][: verb.start()].strip() if verb else ""
    if verb is None and text.startswith(",", front.end("rest")) and own[1] <= front.end("front"):
        subject = front["rest"].strip()  # "Founded in 1994, Brightwell, known in Kenya as ..., focuses"
    if not subject[:1].isalpha():
        return ""  # "Born ... on November 25, | 1915,": the comma was the date's
    if not subject or len(subject.split()) > 8 or has_verb(subject):
        return ""
    body = without_dates(text, front.span("front"), phrases)
    title = finish(f"{subject} {be_for(subject)} {body[:1].lower()}{body[1:]}", text, span)
    return title[:1].upper() + title[1:]


# A front phrase on a noun and a participle that holds the date: "In spite of declarations (signed in
# Lisbon in 1995), there is little progress", "Despite a ceasefire agreed last week, ...", "Despite support
# for the deal (being) reached last year, ..."; not after "after"
# or "since", which also open clauses ("After the talks ended in May").
_FRONT_ON_PARTICIPLE = re.compile(
    r"(?:In\s+spite\s+of|Despite|Amid|Under|Following)\s+"
    r"(?P<np>(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,7}?[\w'’-]+)\s+(?:being\s+)?"
    rf"(?P<part>(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{PARTICIPLES})\s[^,;]{{3,120}}),\s+"
)


def front_on_participle(text: str, span: tuple[int, int], own: tuple[int, int], phrases: list) -> str:
    """Return "<noun phrase> was <participle phrase>" when the date sits in a participle on the noun of a
    front phrase: "In spite of declarations signed in Lisbon in 1995, ..." -> "Declarations were signed in
    Lisbon"; else "".
    """
    front = _FRONT_ON_PARTICIPLE.match(text, span[0], span[1])
    if front is None or not front.start("part") <= own[0] < front.end("part") or has_verb(front["np"]):
        return ""
    np = front["np"]
    body = without_dates(text, front.span("part"), phrases)
    title = finish(f"{np[:1].upper()}{np[1:]} {be_for(np)} {body}", text, front.span("part"))
    return title[:1].upper() + title[1:]


# What joins a date to a second date of the same happening: "struck in 2019 and again two years later".
_AGAIN = re.compile(r"\s*,?\s+and\s+(?:then\s+)?(?P<adv>again|once\s+more)\s*,?\s+(?:(?:in|on|at)\s+)?")
# The same after a phrase of the first time that has no verb: "(in 1990) against Leeds and again (in 1995)".
_AGAIN_AFTER_REST = re.compile(
    r"(?P<rest>\s+(?:against|with|for|at|in|on|by|from|over|to|under|as)\s[^,;]{2,50}?)" + _AGAIN.pattern
)
# A word that numbers the first of the dates listed after a comma: "won the cup twice, first (in 1990)".
_FIRST_AFTER_COMMA = re.compile(r",\s+(?:first|once|initially)\s*\Z")
# A word that numbers the first time, which the second drops: "the union first struck".
_FIRST = re.compile(r"\b(?:first|initially|originally)\s+(?=[a-z])")
# A count of times the dates after it list, which each event drops: "won the prize twice, in 1981 and again".
_TIMES = re.compile(r"\s+(?:twice|two\s+times|three\s+times|on\s+two\s+occasions)\s*,?\s*\Z")

def again(text: str, span: tuple[int, int], own: tuple[int, int], phrases: list) -> str:
    """Return the title of a happening told twice in one clause, else "".

    "The union first struck in March 2019 and again two years later": in 2019 "The union first struck",
    two years later "The union struck again".
    """
    dates = sorted(phrases)
    for first, second in itertools.pairwise(dates):
        joint = _AGAIN.fullmatch(text, first[1], second[0]) or _AGAIN_AFTER_REST.fullmatch(
            text, first[1], second[0])
        rest = " ".join((joint.groupdict().get("rest") or "").split()) if joint else ""  # "against Leeds"
        if rest and has_verb(rest):
            continue  # "in 1990 the team moved and again in 1995": a clause, no phrase of the first time
        if joint and span[0] <= first[0] and second[1] <= span[1] and own in (first, second):
            head = without_dates(text, (span[0], first[1]), phrases)
            head = _TIMES.sub("", _FIRST_AFTER_COMMA.sub("", head))  # "twice, first (in 1990)"
            if own == first and rest:
                return finish(f"{head} {rest}", text, span)  # what follows the second date is the second's
            if own == second:
                head = f"{_FIRST.sub('', head, count=1)} {joint['adv']}"
            tail = without_dates(text, (second[1], span[1]), phrases) if second[1] < span[1] else ""
            comma = "," if text[second[1] : span[1]].lstrip().startswith(",") else ""  # ", the union said"
            return finish(f"{head}{comma} {tail}".strip(), text, span)
    return ""


_PRONOUN_BASE = {"it": "it", "he": "he", "she": "she", "they": "they", "its": "it", "his": "he", "her": "she",
                 "their": "they"}


def reported(title: str, text: str, span: tuple[int, int], inner: tuple[int, int], phrases: list) -> str:
    """Title a reported clause `text[inner]` after "that": its pronoun takes the teller's noun phrase
    ("Senator Smith announced last month that she would retire in 2027": Senator Smith would retire;
    "Velmar said that its net income rose": Velmar's net income rose). A named teller of a nameless
    clause that has no date of its own keeps the telling: "Ostra Co. reported that profit grew 14%".
    """
    whole = finish(without_dates(text, span, phrases), text, span)
    if not has_verb(title):
        return whole  # "the chaotic events in Albania": cut before its verb, the telling says more
    pronoun = re.match(r"(?:It|He|She|They|Its|His|Her|Their)\b", title)
    if pronoun:
        base = _PRONOUN_BASE[pronoun.group().lower()]
        teller = subjects.teller(text, span[0], inner[0], base)
        if teller is None:
            return whole  # "it would sell": who? the whole sentence says
        owner = "" if base == pronoun.group().lower() else "'" if teller.endswith("s") else "'s"
        return teller + owner + title[pronoun.end() :]
    teller = subjects.teller(text, span[0], inner[0])
    told_alone = not any(span[0] <= p[0] < inner[0] for p in phrases[1:])
    if told_alone and teller and subjects.is_name(teller) and not re.search(r"\s[A-Z]", title):
        return whole
    return title


# A record with the date it was set, after the figure: "beating his previous best of 72 wickets in 2019",
# "the old record of 9.58 seconds set in 2009", "a previous high of 1,200 points on May 3".
_RECORD_NOUNS = "best|record|high|low|mark|peak"
_RECORD = re.compile(
    r"\b(?P<np>(?:(?:his|her|its|their|the|a)\s+)?(?:previous|old|former|earlier|last|all-time|personal)\s+"
    rf"(?:{_RECORD_NOUNS})\s+of\s+(?:[^,;()]|,(?=\d)){{1,40}}?)\s+(?:(?:set|reached|recorded)\s+)?"
    r"(?:(?:in|on|at|during)\s+)?\Z",
    re.I,
)
# The nouns every _RECORD holds, looked for first (most dates follow none): "best", "record", "high".
_RECORD_HINT = re.compile(_RECORD_NOUNS, re.I)
_RECORD_FRAGMENTS = ("best", "record", "gh", "low", "mark", "peak")  # for spans.holds, first: "high" by "gh"


def record(text: str, span: tuple[int, int], own: tuple[int, int]) -> str:
    """Return the record a date says when it was set, else "": "The bowler took 80 wickets, beating his
    previous best of 72 wickets in 2019": in 2019, "His previous best of 72 wickets"."""
    if not holds(text, max(span[0], own[0] - 70), own[0], _RECORD_FRAGMENTS):
        return ""
    if _RECORD_HINT.search(text, max(span[0], own[0] - 70), own[0]) is None:
        return ""
    found = _RECORD.search(text, max(span[0], own[0] - 70), own[0])
    if found is None:
        return ""
    return found["np"][:1].upper() + found["np"][1:]


# A "with" phrase after the main clause whose participle has a subject of its own, the date inside it: "...,
# with the two unions agreeing to vote again in June", "..., with prices rising 5 percent in May".
_WITH_ABSOLUTE = re.compile(
    r",\s+with\s+(?P<np>(?:(?:the|both|all|its|his|her|their|some|many|most)\s+)(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
    r"|(?-i:[A-Z][\w.’'-]*)(?:\s+(?-i:[A-Z][\w.’'-]*)){0,3})(?<!\bthe)(?<!\bof)(?<!\ba)(?<!\ban)(?<!\bin)(?<!\bits)(?<!\btheir)\s+(?P<verb>[a-z]{3,}ing)\s+(?=[^,;]*\Z)",
    re.I,
)


def with_absolute(text: str, span: tuple[int, int], own: tuple[int, int]) -> str:
    """Return the clause of a "with" phrase that holds the date and has a subject of its own, else "":
    "The strike ended, with the two unions agreeing to vote again in June" -> "The two unions agreed
    to vote again"."""
    if text.find(", with ", span[0], own[0]) < 0:
        return ""  # most clauses: no such phrase, no regular expression to run
    found = _WITH_ABSOLUTE.search(text, span[0], own[0])
    if found is None or has_verb(found["np"]):
        return ""
    verb = first_verb(text, span[0], found.start())
    if verb is None or not is_past_form(verb.group().split()[-1]):
        return ""  # the participle shares the main clause's time: told in the past only after a past one
    rest = without_dates(text, (found.end(), span[1]), [own]).strip(" ,.")
    np = found["np"]
    return finish(f"{np[:1].upper()}{np[1:]} {past_of(found['verb'])} {rest}".strip(), text, span)


# A "with" phrase whose noun phrase is due or expected at the date, after the main clause: "..., with further
# changes due before the end of the year", "..., with the report expected in March".
_WITH_DUE = re.compile(
    r",\s+with\s+(?P<np>(?:(?:the|its|his|her|their|a|an|further|more|new)\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
    r"\s+(?P<adjective>due|expected|scheduled|slated|planned)\b(?P<rest>[^,;]*)\Z"
)


def with_due(text: str, span: tuple[int, int], own: tuple[int, int]) -> str:
    """Return what a "with" phrase holding the date says is due then, else "": "The authority is acting on
    four recommendations, with further changes due before the end of the year" -> "Further changes are
    due"."""
    if text.find(", with ", span[0], own[0]) < 0 or len(without_dates(text, span, [own])) <= MAX_TITLE:
        return ""  # a clause that fits keeps its main clause: "agreed to review the case, with hearings ..."
    found = _WITH_DUE.search(text, span[0], own[0])
    if found is None or has_verb(found["np"]) or found["np"].split()[0].lower() in ("it", "them", "him"):
        return ""
    np = found["np"]
    be = "is" if be_for(np) == "was" else "are"
    rest = without_dates(text, (found.start("rest"), span[1]), [own]).strip(" ,.")
    return finish(f"{np[:1].upper()}{np[1:]} {be} {found['adjective']} {rest}".strip(), text, span)
