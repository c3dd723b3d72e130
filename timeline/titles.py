"""Make a readable headline of at most 80 characters from a clause.

No parser: shallow rules over words, each table with examples. A title keeps the subject and predicate
of the clause and drops the date phrase, attribution ("he said", "according to ..."), leading
conjunctions, trailing relative clauses and dangling punctuation. A pronoun subject ("he", "it") is
replaced by the name it most likely stands for when the text before gives one. Telling verbs apart is
timeline.verbs's job, reading who said a statement timeline.attribution's, cutting a long title to 80
characters timeline.shorten's.
"""

from __future__ import annotations

import itertools
import re

from timeline import attribution, emphasis, focus, references, segment, shorten, subjects, subordinate
from timeline.dateless import without_dates
from timeline.shorten import MAX_TITLE
from timeline.speech import alternation
from timeline.verbs import IRREGULAR_PAST, be_for, first_verb, has_verb, is_past_form, past_of, plural_present

_LEADING = re.compile(
    r"\A(?:(?:and|but|or|so|yet|then|meanwhile|however|also|still|moreover|furthermore|in\s+contrast|"
    r"separately|in\s+addition|by\s+contrast|as\s+a\s+result|for\s+example|instead)\b,?\s*)+",
    re.I,
)  # And ..., But ..., Meanwhile, ...
# A trailing nonrestrictive clause: ", which means ...", ", who ...".
_RELATIVE = re.compile(r",\s+(?:which|who|whom|whose|where)\b.*\Z", re.S)
# A nonrestrictive clause inside the sentence: "the camp, which was emptied, was ...".
_INNER_RELATIVE = re.compile(r",\s+(?:which|who|whom|whose|where)\b[^,;]*,\s+(?=[a-z\"“])")
# An aside between commas after a name: ", the leader of the party,", ", who is known for ...,".
_ASIDE = re.compile(
    r"(?P<name>\b[A-Z][\w.'’-]*|\b[a-z]+)\s*,\s+(?:(?:the|a|an|also|who|which|two|one|then|now)\s|[a-z])"
    r"[^,;\"“”]{2,80},\s+(?=(?!but\b)[a-z])"
)  # not "Lee, told reporters that ..., but details remained": a main verb, then a second clause
# The head of a subordinate clause cut from its sentence: "ten years after construction began".
_SUBORDINATE_HEAD = re.compile(
    r"\A(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|some|many|a\s+few)\s+"
    r"(?:hours?|days?|weeks?|months?|years?|decades?)\s+)?(?:after|before|since|until|because|when|once)\s+"
    r"(?=[^,]*\Z)",  # no comma after: "After the vote, he resigned" keeps its front phrase
    re.I,
)
# A clause that describes the date just before it: "Unlike Thursday, when police arrested 40 people, ...".
_WHEN_AFTER_DATE = re.compile(r",\s+when\s+(?P<clause>[^,;.]{5,})")
# A parenthesis: "(WTO)", "(0400 GMT)".
_PARENTHESIS = re.compile(r"\s*\([^()]{0,60}\)")
# A subject and an aside that holds the date: "The bridge, closed since May 2023, will reopen".
# An adverb before the participle of an aside: "The festival, first held in 1978,", "newly built".
_ADVERB = r"(?:(?:first|originally|initially|once|later|newly|recently|[a-z]{3,}ly)\s+)?"
_SUBJECT_ASIDE = re.compile(
    rf"(?P<subject>[^,]{{3,80}}?),\s+(?P<aside>{_ADVERB}(?P<first>[a-z]+)\b[^,;]{{3,150}}),\s+(?=[a-z])"
)
# A leading prepositional phrase that reads better after the predicate: "At the ceremony in Hanoi, he ...".
_FRONT_PHRASE = re.compile(
    r"\A(?P<pp>(?:at|in|during|after|before|amid|following)\s[^,]{3,60}),\s+(?P<rest>.+)\Z", re.I | re.S
)
# A label before a line of a Q&A or a live page: "Q: ...", "A: ...", "UPDATE: ...", "BREAKING - ...".
_LABEL = re.compile(
    r"\A(?:Q|A|UPDATE|UPDATED|BREAKING|LIVE|WATCH|ANALYSIS|EXCLUSIVE|URGENT|FLASH|BULLETIN|ALERT"
    r"|(?i:update|updated|breaking|correction))"
    r"\s*,?\s*(?::|—|–|-)\s+"  # "Update, (10:05 GMT): ..." once its time is gone
)  # "URGENT: 90 killed in mine blast" is the wire's label, not the news
# A lead-in to a list, "Among the changes that take effect on Oct. 1:", which reads "The changes take effect".
_AMONG = re.compile(
    r"\AAmong\s+(?P<np>(?:the|its|their|his|her|our)\s+[^,:;]+?)\s+(?:that|which|who)\s+(?P<vp>[^:]+):?\Z"
)


# A last word that waits for the date just removed: "Kibaki's last visit was (in 2005)", "My contract runs
# (until 2028)".
_WANTS_COMPLEMENT = re.compile(r"\b(?:is|was|were|are|been|runs|lasts|dates)\Z")



def _is_aside(text: str) -> bool:
    """Tell whether a phrase between commas is an apposition or a relative clause, not a clause of its own."""
    inner = text.split(",", 1)[1]
    first = re.match(rf"\s*{_ADVERB}(?P<w>\w+)", inner)
    participle = first is not None and (
        first["w"].endswith(("ed", "ing")) or first["w"].lower() in IRREGULAR_PAST
    )  # ", closed since May after inspectors found cracks,"
    # "the novelist whose books sold millions": a noun phrase with its own relative clause
    described = re.match(r"\s*(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:who|whose|which|that)\s", inner)
    return bool(re.match(r"\s*(?:who|which|whose)\b", inner)) or participle or described is not None or (
        not has_verb(inner)
    )


def _cut(pattern: re.Pattern[str], title: str, replacement="", count: int = 0) -> str:
    """Apply one removal rule, unless it would leave the title without a verb."""
    shorter = pattern.sub(replacement, title, count=count)
    return shorter if shorter == title or has_verb(shorter) or not has_verb(title) else title


_BE_THEN_ING = re.compile(r"\A(?P<subject>[^,]{3,60}?)\s+(?:was|were),\s+(?P<ing>[a-z]{3,}ing)\b")


def _finish(title: str, text: str, span: tuple[int, int]) -> str:
    """Drop asides, relative clauses, quotes and attribution; resolve the subject; fit in 80 characters."""
    title = _LABEL.sub("", title)
    among = _AMONG.match(title) if text[span[1] - 1 : span[1]] == ":" else None
    if among:
        title = f"{among['np'][:1].upper()}{among['np'][1:]} {among['vp']}"
    title = _cut(attribution.HEAD, title)
    tail = attribution.TAIL.search(title) if "show" in title[-60:] else None
    # "Inflation hit 3.8%, the highest since 2024, official data showed": a statement of four words or
    # more stands without its attribution even when no verb of it is known
    if tail and len(title[: tail.start()].split()) >= 4 and re.search(r"\bshow", tail.group()):
        title = title[: tail.start()]
    title = _cut(attribution.TAIL, title)
    title = _LEADING.sub("", title)
    if text[max(0, span[0] - 2) : span[0]].startswith(","):  # a clause cut from its sentence, not its head
        title = _cut(_SUBORDINATE_HEAD, title)
    title = _PARENTHESIS.sub("", title)
    # "Mr. Smith, 54, joined" loses the age; "Lee, 61, who led" and "Ram, 61, his wife" keep a comma
    title = subjects.AGE.sub(lambda m: " " if has_verb(title[m.end() :].split(" ", 1)[0]) else ", ", title)
    title = _cut(_ASIDE, title, lambda m: m["name"] + " " if _is_aside(m.group()) else m.group(), count=1)
    title = _cut(_INNER_RELATIVE, title, " ")
    title = _cut(_RELATIVE, title)
    title = attribution.unquote(title, text, span)
    stripped = title.strip(" ,;:-–—.\"'“”‘’")
    closed = re.search(r'["”]\W*\Z', title) and re.search(r':\s+["“][^"“”]+\Z', stripped)
    # 'said: "No."' keeps its quotation marks
    title = stripped + ("”" if "“" in stripped else '"') if closed else stripped
    front = _FRONT_PHRASE.match(title)
    if front and not _LEADING.match(front["rest"]):
        pp = f"{front['pp'][0].lower()}{front['pp'][1:]}"
        # "In a statement released [on Thursday]" lost its date: what is left says nothing
        pp = "" if shorten.dangles(pp) or is_past_form(pp.rsplit(None, 1)[-1]) else pp
        rest = front["rest"].rstrip(" ,.")
        tail = re.search(r",\s+[a-z]+ing\b", rest)  # "signed a ceasefire after months of talks, ending a war"
        at = tail.start() if tail and pp else len(rest)
        title = f"{rest[:at]} {pp}".rstrip() + rest[at:]
    # "The worst storm was [on 3 March], flooding the town": the date was the predicate; its participle
    # phrase becomes it ("The worst storm flooded the town")
    title = _BE_THEN_ING.sub(lambda m: f"{m['subject']} {past_of(m['ing'])}", title, count=1)
    title = re.sub(r"\s{2,}", " ", balance_quotes(subjects.resolve_subject(title, text, span)))
    title = shorten.fit(attribution.short_report(title) or title)  # "Berri said the talks went well"
    if ", said " in title:  # a cut before "when ..." may leave '"We will win," said the premier here' last
        title = _cut(attribution.TAIL, title)
    return shorten.trim_end(balance_quotes(title).strip(" ,;:-–—."))


def _said(tail: re.Match[str], statement: str, text: str, span: tuple[int, int]) -> str:
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


# Past participles that end in neither -ed nor -en: "The race, first run in 1912,", "born in 1941".
_OTHER_PARTICIPLES = {"born", "run", "begun", "sung", "hung", "spun", "done", "gone", "shown", "known",
                      "drawn", "grown", "flown", "thrown", "blown", "sworn", "torn", "worn", "seen"}


def _is_participle(word: str) -> bool:
    return word.endswith(("ed", "en")) or word in IRREGULAR_PAST or word in _OTHER_PARTICIPLES


def _bracketed(text: str, span: tuple[int, int], own: tuple[int, int], phrases: list[tuple[int, int]]) -> str:
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
        head = text[subjects.sentence_start(text, span[0]) : opening].strip()
        head = subjects.OPENING_PHRASE.sub("", head)
        if not head or len(head.split()) > 8 or has_verb(head):
            return ""
        body = f"{head} {body}"
    elif has_verb(body.split(" ", 1)[0]):
        return ""  # "(closed in 2019)": no subject of its own
    title = _finish(body, text, inner)
    return title[:1].upper() + title[1:]


# The words every attribution.TAIL holds, looked for before it: "said", "told", "according to".
_SPEECH = re.compile(rf"\b(?:{alternation('after_speaker')}|according)\b")


def _front_participle(text: str, span: tuple[int, int], own: tuple[int, int], phrases: list) -> str:
    """Return "<subject> was <participle phrase>" when the date sits in a front participle phrase and
    another date dates the rest ("Born in Porto in 1938, she published her first novel in 1961": she was
    born in Porto), else "". With one date, the main clause is the news ("Founded in 1987, the league is").
    """
    front = subjects.FRONT_PARTICIPLE.match(text, span[0], span[1])
    if front is None or not front.start("front") <= own[0] < front.end("front"):
        return ""
    if not any(p[0] >= front.end("front") for p in phrases[1:]):
        return ""
    verb = first_verb(front["rest"])
    subject = front["rest"][: verb.start()].strip() if verb else ""
    if not subject or len(subject.split()) > 8 or has_verb(subject):
        return ""
    body = without_dates(text, front.span("front"), phrases)
    title = _finish(f"{subject} {be_for(subject)} {body[:1].lower()}{body[1:]}", text, span)
    return title[:1].upper() + title[1:]


# What joins a date to a second date of the same happening: "struck in 2019 and again two years later".
_AGAIN = re.compile(r"\s*,?\s+and\s+(?:then\s+)?(?P<adv>again|once\s+more)\s*,?\s+(?:(?:in|on|at)\s+)?")
# A word that numbers the first time, which the second drops: "the union first struck".
_FIRST = re.compile(r"\b(?:first|initially|originally)\s+(?=[a-z])")
# A count of times the dates after it list, which each event drops: "won the prize twice, in 1981 and again".
_TIMES = re.compile(r"\s+(?:twice|two\s+times|three\s+times|on\s+two\s+occasions)\s*,?\s*\Z")


def _again(text: str, span: tuple[int, int], own: tuple[int, int], phrases: list) -> str:
    """Return the title of a happening told twice in one clause, else "".

    "The union first struck in March 2019 and again two years later": in 2019 "The union first struck",
    two years later "The union struck again".
    """
    dates = sorted(phrases)
    for first, second in itertools.pairwise(dates):
        joint = _AGAIN.fullmatch(text, first[1], second[0])
        if joint and span[0] <= first[0] and second[1] <= span[1] and own in (first, second):
            head = _TIMES.sub("", without_dates(text, (span[0], first[1]), phrases))
            if own == second:
                head = f"{_FIRST.sub('', head, count=1)} {joint['adv']}"
            tail = without_dates(text, (second[1], span[1]), phrases) if second[1] < span[1] else ""
            comma = "," if text[second[1] : span[1]].lstrip().startswith(",") else ""  # ", the union said"
            return _finish(f"{head}{comma} {tail}".strip(), text, span)
    return ""


_AND_PARTICIPLE = re.compile(r"\s+and\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|[a-z]{3,}en)\b")
_PRONOUN_BASE = {"it": "it", "he": "he", "she": "she", "they": "they", "its": "it", "his": "he", "her": "she",
                 "their": "they"}


def _reported(title: str, text: str, span: tuple[int, int], inner: tuple[int, int], phrases: list) -> str:
    """Title a reported clause `text[inner]` after "that": its pronoun takes the teller's noun phrase
    ("Senator Smith announced last month that she would retire in 2027": Senator Smith would retire;
    "Compaq said that its net income rose": Compaq's net income rose). A named teller of a nameless
    clause that has no date of its own keeps the telling: "Du Pont Co. reported that profit grew 19%".
    """
    whole = _finish(without_dates(text, span, phrases), text, span)
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


def title_of(text: str, span: tuple[int, int], phrases: list[tuple[int, int]]) -> str:
    """Return a headline for the clause `text[span]` without its date phrases `phrases`.

    The first phrase is the event's own date. When it sits in an aside after the subject ("The bridge,
    closed since May 2023, will reopen"), the aside is the event; when it dates the attribution of a
    sentence that holds other dates ("..., the county said on Wednesday"), the statement is.
    """
    phrases = [emphasis.widen(text, p) for p in phrases]  # "on *Friday*" leaves with its markers
    own = phrases[0] if phrases else None
    if own:
        span = segment.semicolon_part(text, span, own)
        span = segment.news_part(text, span, own, room=MAX_TITLE)
        # "He taught when (the war began in 1939)"
        span = subordinate.when_clause(text, span, own, phrases[1:]) or span
        # "(Since the strike began in March 2003), about 2,000 workers have lost their jobs"
        span = subordinate.front_clause(text, span, own, phrases[1:]) or span
        # "On June 28, (three days after rebels seized a bridge,) army jets shelled the power plant"
        span = subordinate.main_after_aside(text, span, own) or span
    if own and (occurrence := references.occurrence(text, span, own, phrases)):
        return occurrence
    if own and (named := subordinate.when_pronoun(text, span, own, phrases[1:])):
        # "The center is home to 750 tigers, up from eight when it was founded in 1986": the center was
        subject, inner = named
        return _finish(f"{subject} {without_dates(text, inner, phrases)}", text, inner)
    if own and (again := _again(text, span, own, phrases)):
        return again[:1].upper() + again[1:]
    if own and (bracketed := _bracketed(text, span, own, phrases)):
        return bracketed
    if own and (front := _front_participle(text, span, own, phrases)):
        return front
    opening = subjects.FRONT_PARTICIPLE.match(text, span[0], span[1]) if own else None
    if opening and own[0] >= opening.start("rest") and any(
        opening.start("front") <= p[0] < opening.end("front") for p in phrases[1:]
    ):  # "Born in Porto in 1938, she published her first novel in 1961": the birth is another event
        span = (opening.start("rest"), span[1])
    aside = _SUBJECT_ASIDE.match(text, span[0], span[1])
    if aside is None and own and text.startswith(" and ", span[1]):  # "The program, launched in 2015 | and
        close = text.find(", ", span[1])  # expanded in 2021, will end": the aside goes on after the cut
        runs_on = _SUBJECT_ASIDE.match(text, span[0], close + 3) if close > 0 else None
        plain = runs_on and not has_verb(text[span[0] : runs_on.end("subject")])  # "The program", no verb
        aside = runs_on if plain and runs_on.end("aside") == close else None
    in_aside = own and aside and aside.start("aside") <= own[0] < min(aside.end("aside"), span[1])
    when = _WHEN_AFTER_DATE.match(text, own[1], span[1]) if own else None
    # "..., official data showed on Wednesday": the date is the attribution's, not a part's
    speech = len(phrases) > 1 and _SPEECH.search(text, max(span[0], span[1] - 200), span[1]) is not None
    own_tail = attribution.dated(text, span, own) if own and speech else None
    dates_tail = own_tail is not None
    for other in phrases[1:]:
        # "Unlike Thursday, when police arrested 40 people, the crowd was calm on Friday": Friday's event
        # is the main clause, after the front phrase and the clause that describes Thursday
        front = _WHEN_AFTER_DATE.match(text, other[1], span[1])
        if front and text.startswith(",", front.end()) and not has_verb(text[span[0] : other[0]]):
            span = (front.end() + 1, span[1])
            break
    # only after a front phrase: in "Unrest broke out last month, when monks attacked", the main clause leads
    if when and has_verb(when["clause"]) and not has_verb(text[span[0] : own[0]]):
        title = _finish(without_dates(text, when.span("clause"), phrases), text, when.span("clause"))
    elif in_aside and aside["first"] == "whose" and not has_verb(text[span[0] : aside.end("subject")]):
        # "The poet Ana Lindqvist, whose first collection appeared in 1968,": her collection appeared
        subject = without_dates(text, (span[0], aside.end("subject")), phrases)
        body = without_dates(text, (aside.end("first") + 1, aside.end("aside")), phrases)
        owner = "'" if subject.endswith("s") else "'s"
        title = _finish(f"{subject}{owner} {body}", text, span)
    elif in_aside and _is_participle(aside["first"]) and not (
        has_verb(text[span[0] : aside.end("subject")]) and focus.part_of(text, span, own, phrases[1:])
    ):  # "The gallery bought the vase, looted in 1943,": the vase was looted, as part_of says
        subject = without_dates(text, (span[0], aside.end("subject")), phrases)
        # "The treaty, signed by 65 states," was signed; not after a verb: "work on the bridge, named after"
        plain = not has_verb(re.sub(r"\A.*\b(?:said|says)\s", "", subject))
        # "ruled that the election, held in May,"; "Protests over the bill, introduced on Friday,"
        if inner := subjects.aside_subject(subject):  # the trial of | the former minister
            subject, plain = inner[:1].upper() + inner[1:], True
        title = (f"{subject} {be_for(subject) if plain else ''} "
                 + without_dates(text, (aside.start("aside"), min(aside.end("aside"), span[1])), phrases))
        title = _finish(title, text, span)
    elif part := (focus.part_of(text, span, own, phrases[1:]) if own and not dates_tail else None):
        head, inner = part  # "a strike that began on 4 March": the strike began
        # "looted in 1943 and handed back to its owners": the second predicate has no date of its own
        second = _AND_PARTICIPLE.search(text, own[1], inner[1]) if inner[0] <= own[0] else None
        inner = (inner[0], second.start()) if second and head.endswith((" was", " were")) else inner
        body = without_dates(text, inner, phrases)
        if not head:  # the part has a subject of its own: none is lent from the sentence
            body = body[:1].upper() + body[1:]
        title = _finish(focus.plan(f"{head} {body}".strip()), text, inner)
        if re.search(r"\bthat\s+\Z", text[max(0, inner[0] - 6) : inner[0]]):
            title = _reported(title, text, span, inner, phrases)
    else:
        main = subjects.main_clause(text, *span) if own and span[1] - span[0] > MAX_TITLE else None
        told = (main, span[1]) if main is not None and own[0] >= main else span  # the news is the main clause
        pieces = focus.main_parts(text, told, own, phrases[1:]) if own else [span]
        if speech and any(attribution.dated(text, span, other) for other in phrases[1:]):
            pieces = [told]  # "..., official data showed on Wednesday": the other date is the telling's
        title = _finish(" ".join(without_dates(text, p, phrases) for p in pieces), text, told)
        if own and _WANTS_COMPLEMENT.search(title):  # "His last visit was (in 2005)": the date is the news
            title = _finish(" ".join(without_dates(text, p, phrases[1:]) for p in pieces), text, span)
        tail = own_tail
        if tail and title:
            title = _said(tail, title, text, span)
        elif title and len(phrases) == 1 and (quoted := attribution.quoted(text, span)):
            speaker = attribution.speaker(quoted, text, span[0], room=MAX_TITLE - len(title) - 4)
            if len(speaker) + len(title) + 4 <= MAX_TITLE:  # The union leader: "We will not back down"
                title = f'{speaker}: "{title[:1].upper()}{title[1:]}"'
    if not title:
        title = shorten.fit(re.sub(r"\s+", " ", text[span[0] : span[1]]).strip())
    title = subordinate.not_until(title, text, own) if own else title  # "did not restart until Monday"
    title = emphasis.drop(title)  # and a mark left open at the end: "... 500,000 tons /" of "2006/07"
    return title[:1].upper() + title[1:]



def balance_quotes(title: str) -> str:
    """Drop quotation marks left without their partner; old wire copy's `` and '' become “ and ”."""
    title = title.replace("``", "“").replace("''", "”")
    if title.count('"') % 2:
        title = title.replace('"', "")
    if title.count("“") != title.count("”"):
        title = title.replace("“", "").replace("”", "")
    if title.count("‘") != title.count("’") and not re.search(r"\w’\w", title):
        title = title.replace("‘", "").replace("’", "")
    return title
