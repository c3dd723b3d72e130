"""Make a readable headline of at most 80 characters from the dated clause of an event.

No parser: shallow rules over words, each table with examples. title_of picks the part of the sentence
that the event's own date belongs to (a semicolon part, a subordinate clause, an aside on the subject, a
part of a list) and hands it to timeline.finishing, which cleans it into a title. Clauses of particular
shapes are timeline.shapes's, telling verbs apart timeline.verbs's, reading who said a statement
timeline.attribution's, putting the teller for a statement's pronoun timeline.teller_pronouns's, cutting a
long title to 80 characters timeline.shorten's.
"""

from __future__ import annotations

import re

from timeline import (
    attribution,
    candidates,
    clause_pieces,
    clauses,
    coordination,
    date_units,
    embedded_titles,
    emphasis,
    expectations,
    focus,
    gapping,
    happenings,
    linking_words,
    not_since,
    occurrences,
    quote_speakers,
    segment,
    sentence_subjects,
    set_starts,
    shapes,
    shorten,
    signatures,
    subjects,
    subordinate,
    teller_pronouns,
)
from timeline.complete import complete
from timeline.date_complements import date_was_object, may_lose_date_object, waits_for_date
from timeline.dateless import without_dates
from timeline.finishing import ADVERB, digit_comma, finish
from timeline.granted_time import given_time, gives_time
from timeline.speech import alternation
from timeline.title_length import MAX_TITLE
from timeline.verbs import IRREGULAR_PAST, be_for, first_verb, has_verb

# A clause that describes the date just before it: "Unlike Thursday, when police arrested 40 people, ...".
_WHEN_AFTER_DATE = re.compile(r",\s+when\s+(?P<clause>(?:[^,;.]|(?<=\d)[,.](?=\d)){5,})")  # "120,000" goes on
# A "when" clause right after a date that is the predicate of "was": "was (in 1974) when Ruiz won the title".
_WHEN_AFTER_BE = re.compile(r"\s+when\s+(?P<clause>(?:[^,;.]|(?<=\d)[,.](?=\d)){5,})")
_BE_BEFORE = re.compile(r"\b(?:was|is|were)\s+(?:(?:in|on|at)\s+)?\Z")
# A subject and an aside that holds the date: "The bridge, closed since May 2023, will reopen".
_SUBJECT_ASIDE = re.compile(
    rf"(?P<subject>[^,]{{3,80}}?),\s+(?P<aside>{ADVERB}(?P<first>[a-z]+)\b[^,;]{{3,150}}),\s+(?=[a-z])"
)
# The same where a number's comma is no end ("commands 10,000 fighters"): slower, tried only when one is.
_SUBJECT_ASIDE_NUMBERS = re.compile(
    _SUBJECT_ASIDE.pattern.replace("[^,;]{3,150}", r"(?:[^,;]|(?<=\d),(?=\d{3})){3,150}")
)
# A last word that waits for the date just removed: "Kibaki's last visit was (in 2005)", "My contract runs
# (until 2028)".
# A title that is only who spoke ("He said", "Coach Ruiz said") and the colon that opens the quotation.
_BARE_SAID = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|added|told\s+\w+)")
_COLON_QUOTE = re.compile(r"\b(?:said|says|added):\s*[\"“]")
_WANTS_COMPLEMENT = re.compile(r"\b(?:is|was|were|are|been|runs|lasts|dates)\Z")

# A teller before the noun phrase an aside describes: "He says (the new laws), introduced today, will".
_TELLER_THEN_NOUN = re.compile(
    r"\A[^,]*?\b(?:said|says)\s+(?:that\s+)?(?P<np>(?:the|a|an|its|their|his|her)\s[^,]+)\Z"
)
# Past participles that end in neither -ed nor -en: "The race, first run in 1912,", "born in 1941".
_OTHER_PARTICIPLES = {"born", "run", "begun", "sung", "hung", "spun", "done", "gone", "shown", "known",
                      "drawn", "grown", "flown", "thrown", "blown", "sworn", "torn", "worn", "seen"}


def _is_participle(word: str) -> bool:
    """Tell whether a word of an aside is a past participle ("closed", "taken", "born")."""
    return word.endswith(("ed", "en")) or word in IRREGULAR_PAST or word in _OTHER_PARTICIPLES


def _starts_on_verb(text: str, at: int, *, third_person: bool = False) -> bool:
    """Tell whether the words at `at` start on a verb, after adverbs: "(who) have fought", "(which) quickly
    spread"; not an object relative clause, "(which) the council approved". `third_person`: a word in -s
    counts too, as the main verb after an aside does ("The party, which won in May, enjoys").
    """
    adverbs = re.match(r"\s*(?:(?:[a-z]+ly|first|originally|initially|once|later|newly|also|then|still)\s+)*",
                       text[at : at + 80])  # "(which) first emerged in July"
    verb = first_verb(text, at + adverbs.end(), at + adverbs.end() + 40)
    if verb is not None and verb.start() == at + adverbs.end():
        return True
    return third_person and re.match(r"[a-z]{3,}[^s\W]s\b", text[at + adverbs.end() :]) is not None


# The words every attribution.TAIL holds, looked for before it: "said", "told", "according to".
_SPEECH = re.compile(rf"\b(?:{alternation('after_speaker')}|according)\b")
# A second predicate after "and": "looted in 1943 and handed back".
_AND_PARTICIPLE = re.compile(r"\s+and\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|[a-z]{3,}en)\b")

# A second, relative part of an aside: "formed in 1991 (and which runs 40 clinics)".
_AND_RELATIVE = re.compile(r",?\s+and\s+(?:which|who)\b")


def _aside_end(text: str, aside: re.Match[str], span: tuple[int, int]) -> int:
    """Return where a participle aside's own predicate ends: before "and which ..." or the clause's end."""
    end = min(aside.end("aside"), span[1])
    second = _AND_RELATIVE.search(text, aside.start("aside"), end)
    return second.start() if second else end


def title_of(text: str, span: tuple[int, int], phrases: list[tuple[int, int]]) -> str:
    """Return a headline for the clause `text[span]` without its date phrases `phrases`, and without the
    words that tie it to the story around it (linking_words): "The council (also) approved the budget"."""
    title = linking_words.without_time_front(linking_words.without_linking(_headline(text, span, phrases)))
    relative = " that " in title or " which " in title or " who " in title  # most titles hold none
    return date_units.predicated(title) if relative else title


def _headline(text: str, span: tuple[int, int], phrases: list[tuple[int, int]]) -> str:
    """Return a headline for the clause `text[span]` without its date phrases `phrases`.

    A title that leaves out the verb its own date belongs to, when that verb heads a relative, participle
    or subordinate clause, gives way to that clause's title (embedded_titles.retitle): "lawmakers who
    defected last year" titles "Lawmakers defected", not the main clause.
    """
    if phrases and (post := signatures.posted(text, span, phrases[0])):
        return post  # "— Ana Lindqvist (@alindqvist) July 3, 2019"
    title = quote_speakers.with_speaker(_title_of(text, span, phrases), text, span)  # 'Ana: "We took ..."'
    if phrases and gives_time(title):  # "were given (until 6 p.m.) to respond": the span granted stays
        title = given_time(title, text, phrases[0])
    if phrases and (embedded := embedded_titles.retitle(title, text, span, phrases)):
        return embedded
    if phrases and (happening := happenings.dated_noun(text, span, phrases[0])):
        return happening  # "examining the overnight crash of a light plane": "A light plane crashed"
    if phrases and (befell := happenings.after_it(title, text, span, phrases[0])):
        return befell  # "It follows the death in Gaza City last night of a fan": "A fan died in Gaza City"
    if phrases:  # "(since the 2001 attacks on) the embassy": "The embassy attacked"
        near = (max(span[0], phrases[0][0] - 60), min(span[1], phrases[0][1] + 60))
        clause = text[near[0] : near[1]]
        # "the planned summit (next week)": the words next to the date say whether it is to come
        close = text[max(span[0], phrases[0][0] - 20) : phrases[0][1] + 5]
        return happenings.predicated(title, clause) or happenings.took_place(title, close) or title
    return title


def _cut_gapped(
    text: str, span: tuple[int, int], own: tuple[int, int], phrases: list[tuple[int, int]]
) -> str | None:
    """Return the title of the second part of a gapped clause cut from its sentence at a comma or a
    semicolon: the first part's title with the words the part stands for replaced ("Smith won the title in
    2001, | and Jones in 2003" -> "Jones won the title"), or None."""
    found = gapping.cut_part(text, span, own, phrases[1:]) if own[0] - span[0] < 50 else None
    if found is None:
        return None
    first_span, rest = found
    inside = [p for p in phrases[1:] if first_span[0] <= p[0] and p[1] <= first_span[1]]
    first = _title_of(text, first_span, sorted(inside, key=lambda p: p[1] != first_span[1]))
    gapped = gapping.cut_second(first, rest)
    if gapped is None:
        return None
    gapped = finish(gapped, text, first_span)
    return gapped[:1].upper() + gapped[1:]


def _title_of(text: str, span: tuple[int, int], phrases: list[tuple[int, int]]) -> str:
    """Return a headline for the clause `text[span]` without its date phrases `phrases`.

    The first phrase is the event's own date. When it sits in an aside after the subject ("The bridge,
    closed since May 2023, will reopen"), the aside is the event; when it dates the attribution of a
    sentence that holds other dates ("..., the county said on Wednesday"), the statement is.
    """
    phrases = [emphasis.widen(text, p) for p in phrases]  # "on *Friday*" leaves with its markers
    own = phrases[0] if phrases else None
    teller = None  # who "it" or "they" opening the statement is ("" for none), once the teller is dropped
    if own:
        span = segment.semicolon_part(text, span, own)
        span = segment.news_part(text, span, own, room=MAX_TITLE)
        # "He taught when (the war began in 1939)"
        span = subordinate.when_clause(text, span, own, phrases[1:]) or span
        # "..., when (the consulate on May 12 urged all visitors to leave)"
        span = subordinate.when_inside(text, span, own, phrases[1:]) or span
        # "The strike will last until Friday, (when talks resume)": the clause tells what happens then
        span = subordinate.when_after(text, span, own, phrases[1:]) or span
        # "Troops were unlikely to go, (although the minister said there were signals on Tuesday ...)"
        span = subordinate.concession(text, span, own, phrases[1:]) or span
        # "(Since the strike began in March 2003), about 2,000 workers have lost their jobs"
        span = subordinate.front_clause(text, span, own, phrases[1:]) or span
        # "On May 9, (two days after strikers blocked the port,) police cleared the docks"
        span = subordinate.main_after_aside(text, span, own) or span
        # "It was only a week ago that (he was promising jobs)": the cleft's clause is the event
        span = subordinate.cleft(text, span, own) or span
        # "Prices rose, and (last week the bank raised its rate)": a clause with a subject of its own
        span = coordination.part_of(text, span, own, phrases[1:]) or span
        # "Police said (on Friday) (a bomb exploded in the market)": the statement is the news
        if (passed := teller_pronouns.passed_on(text, span, phrases)) is not None:
            span, teller = (passed[0], span[1]), passed[1]
        elif (framed := expectations.framed_statement(text, span, own)) is not None:
            span = (framed, span[1])  # "Mr Kemp says it is expected (emissions will be reduced by 2010)"
    if own and len(phrases) > 1 and (gapped := _cut_gapped(text, span, own, phrases)):
        return gapped  # "Smith won the title in 2001, | and Jones in 2003": "Jones won the title"
    if own and len(phrases) > 1 and " and " in text[span[0] : span[1]]:
        if (gapped := gapping.second_title(text, span, own, phrases[1:])) is not None:
            gapped = finish(gapped, text, (span[0], own[1]))  # "The museum opened in 1998 and the library in
            return gapped[:1].upper() + gapped[1:]  # 2004": "The library opened"
        span = gapping.first_part(text, span, own, phrases[1:]) or span
    if own and " as " in text[span[0] : own[0]] and (shared := gapping.as_did(text, span, own)) is not None:
        shared = finish(shared, text, span)  # "(A helped fuel the rumors) as did an announcement yesterday"
        return shared[:1].upper() + shared[1:]
    if own and (occurrence := occurrences.occurrence(text, span, own, phrases)):
        return occurrence
    if own and (absolute := shapes.with_absolute(text, span, own)):
        return absolute  # "..., with the two unions agreeing to vote again in June"
    if own and (due := shapes.with_due(text, span, own)):
        return due  # "..., with further changes due before the end of the year"
    if own and (best := shapes.record(text, span, own)):
        return best  # "beating his previous best of 72 wickets in 2019": the record was set then
    if own and (named := subordinate.when_pronoun(text, span, own, phrases[1:])):
        # "The sanctuary holds 300 bears, up from five when it was opened in 1994": the sanctuary was
        subject, inner = named
        return finish(f"{subject} {without_dates(text, inner, phrases)}", text, inner)
    if own and (again := shapes.again(text, span, own, phrases)):
        return again[:1].upper() + again[1:]
    if own and (bracketed := shapes.bracketed(text, span, own, phrases)):
        return bracketed
    if own and (front := shapes.front_on_participle(text, span, own, phrases)):
        return front  # "In spite of declarations signed in Lisbon in 1995, ..."
    if own and (front := shapes.front_participle(text, span, own, phrases)):
        return front
    opening = sentence_subjects.FRONT_PARTICIPLE.match(text, span[0], span[1]) if own else None
    if opening and own[0] >= opening.start("rest") and any(
        opening.start("front") <= p[0] < opening.end("front") for p in phrases[1:]
    ):  # "Born in Porto in 1938, she published her first novel in 1961": the birth is another event
        span = (opening.start("rest"), span[1])
    numbers = digit_comma(text, span[0], span[1])
    aside = (_SUBJECT_ASIDE_NUMBERS if numbers else _SUBJECT_ASIDE).match(text, span[0], span[1])
    if aside is None and own and text.startswith(" and ", span[1]):  # "The program, launched in 2015 | and
        close = text.find(", ", span[1])  # expanded in 2021, will end": the aside goes on after the cut
        runs_on = _SUBJECT_ASIDE.match(text, span[0], close + 3) if close > 0 else None
        plain = runs_on and not has_verb(text[span[0] : runs_on.end("subject")])  # "The program", no verb
        aside = runs_on if plain and runs_on.end("aside") == close else None
    in_aside = own and aside and aside.start("aside") <= own[0] < min(aside.end("aside"), span[1])
    when = _WHEN_AFTER_DATE.match(text, own[1], span[1]) if own else None
    # "The last time they reached the final was in 1974 when Ruiz won the title": the date is the predicate of
    # "was", and the "when" clause tells what happened then
    be_when = _WHEN_AFTER_BE.match(text, own[1], span[1]) if own and when is None and text.startswith(
        " when ", own[1]) and _BE_BEFORE.search(text, max(span[0], own[0] - 12), own[0]) else None
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
    if be_when and has_verb(be_when["clause"]):
        when = be_when
    if when and has_verb(when["clause"]) and (when is be_when or not has_verb(text[span[0] : own[0]])):
        title = finish(without_dates(text, when.span("clause"), phrases), text, when.span("clause"))
    elif in_aside and aside["first"] == "whose" and not has_verb(text[span[0] : aside.end("subject")]):
        # "The poet Ana Lindqvist, whose first collection appeared in 1968,": her collection appeared
        subject = without_dates(text, (span[0], aside.end("subject")), phrases)
        body = without_dates(text, (aside.end("first") + 1, aside.end("aside")), phrases)
        owner = "'" if subject.endswith("s") else "'s"
        title = finish(f"{subject}{owner} {body}", text, span)
    elif in_aside and _is_participle(aside["first"]) and not (
        has_verb(text[span[0] : aside.end("subject")]) and focus.part_of(text, span, own, phrases[1:])
    ):  # "The gallery bought the vase, looted in 1943,": the vase was looted, as part_of says
        subject = without_dates(text, (span[0], aside.end("subject")), phrases)
        # "The treaty, signed by 65 states," was signed; not after a verb: "work on the tunnel, named after"
        plain = not has_verb(re.sub(r"\A.*\b(?:said|says)\s", "", subject))
        if plain and (told := _TELLER_THEN_NOUN.match(subject)):  # "He says (the new laws), introduced
            subject = told["np"][:1].upper() + told["np"][1:]  # today,": the laws were, not the saying
        # "ruled that the election, held in May,"; "Protests over the bill, introduced on Friday,"
        if inner := subjects.aside_subject(subject):  # the trial of | the former minister
            subject, plain = inner[:1].upper() + inner[1:], True
        title = (f"{subject} {be_for(subject) if plain else ''} "
                 + without_dates(text, (aside.start("aside"), _aside_end(text, aside, span)), phrases))
        title = finish(title, text, span)
    elif part := (focus.part_of(text, span, own, phrases[1:]) if own and not dates_tail else None):
        head, inner = part  # "a strike that began on 4 March": the strike began
        # "looted in 1943 and handed back to its owners": the second predicate has no date of its own
        second = _AND_PARTICIPLE.search(text, own[1], inner[1]) if inner[0] <= own[0] else None
        inner = (inner[0], second.start()) if second and head.endswith((" was", " were")) else inner
        body = without_dates(text, inner, phrases)
        if not head:  # the part has a subject of its own: none is lent from the sentence
            body = body[:1].upper() + body[1:]
        elif body.startswith(("The ", "A ", "An ")) and not text[inner[0] : inner[1]].lstrip().startswith(
            body.split(None, 1)[0]):
            body = body[:1].lower() + body[1:]  # "(missed) Monday's match": "the match", after the head
        title = finish(focus.plan(f"{head} {body}".strip()), text, inner)
        if re.search(r"\bthat\s+\Z", text[max(0, inner[0] - 6) : inner[0]]):
            title = shapes.reported(title, text, span, inner, phrases)
    elif in_aside and aside["first"] in ("who", "which") and _starts_on_verb(text, aside.end("first")) and (
        _starts_on_verb(text, aside.end(), third_person=True)
        and not has_verb(text[span[0] : aside.end("subject")])
    ):  # "Local officials, who have fought the gangs since May 2023, warned": the officials have fought
        subject = without_dates(text, (span[0], aside.end("subject")), phrases)
        body = without_dates(text, (aside.end("first") + 1, aside.end("aside")), phrases)
        title = finish(f"{subject} {body}", text, span)
    else:
        main = clauses.main_clause(text, *span) if own and span[1] - span[0] > MAX_TITLE else None
        told = (main, span[1]) if main is not None and own[0] >= main else span  # the news is the main clause
        pieces = clause_pieces.main_parts(text, told, own, phrases[1:]) if own else [span]
        if speech and any(attribution.dated(text, span, other) for other in phrases[1:]):
            pieces = [told]  # "..., official data showed on Wednesday": the other date is the telling's
        title = finish(" ".join(without_dates(text, p, phrases) for p in pieces), text, told)
        # "His last visit was (in 2005)": the date is the news (the pattern's words end the title and are at
        # most five letters: the search starts there)
        if own and _WANTS_COMPLEMENT.search(title, max(0, len(title) - 5)):
            title = finish(" ".join(without_dates(text, p, phrases[1:]) for p in pieces), text, span)
        elif own and title and waits_for_date(title):
            # "The mourning period will last (until Friday)": the date completes the verb; kept if that makes
            # the same title whole
            dated = finish(" ".join(without_dates(text, p, phrases[1:]) for p in pieces), text, span)
            title = dated if dated.startswith(title + " ") and complete(dated) is None else title
        elif own and title and (" for " in title or " as " in title) and may_lose_date_object(title):
            # "The panel set (June 3) for its next session": the date was the verb's object
            dated = finish(" ".join(without_dates(text, p, phrases[1:]) for p in pieces), text, span)
            if not date_was_object(title, dated) and len(phrases) > 1:  # "said on Tuesday it had set (March
                # 5) as the date of the vote": another date is the object, kept in the title of the telling
                dated = finish(" ".join(without_dates(text, p, phrases[:1]) for p in pieces), text, span)
            title = dated if date_was_object(title, dated) and complete(dated) is None else title
        tail = own_tail
        if tail and title:
            title = shapes.attributed(tail, title, text, span)
        elif title and len(phrases) == 1 and (quoted := attribution.quoted(text, span)):
            speaker = attribution.speaker(quoted, text, span[0], room=MAX_TITLE - len(title) - 4)
            if len(speaker) + len(title) + 4 <= MAX_TITLE:  # The union leader: "We will not back down"
                title = f'{speaker}: "{title[:1].upper()}{title[1:]}"'
    # a bare "who said" is six words at most: longer titles are not asked
    bare_said = own and len(title.split(None, 6)) <= 6 and _BARE_SAID.fullmatch(title)
    if bare_said and (quote := _COLON_QUOTE.search(text, span[0], own[0])):
        # 'He said: "We will add two defenders in January."': the quotation holds the date, it is the news
        body = finish(without_dates(text, (quote.end(), span[1]), phrases), text, (quote.end(), span[1]))
        if body and has_verb(body) and len(title) + len(body) + 4 <= MAX_TITLE:
            title = f'{title}: "{body[:1].upper()}{body[1:]}"'
    if not title:
        title = shorten.fit(re.sub(r"\s+", " ", text[span[0] : span[1]]).strip())
    title = subordinate.not_until(title, text, own) if own else title  # "did not restart until Monday"
    title = not_since.last_time(title, text, own) if own else title  # "have not met since 1994": last met
    if teller is not None:  # "It would cut" -> "The company will cut"
        title = teller_pronouns.resolved(title, teller, text, span[0])
        if own and own[0] >= span[0]:  # "said they had heard about it (yesterday)": they heard then
            title = teller_pronouns.done_then(title, teller)
    elif own:  # "(VeloNova had halted sales and) said it would offer X next month": VeloNova will offer X
        title = teller_pronouns.lent_plan(title, text, span, own)
    if own and (thing := set_starts.thing_set(text, span, own)) is not None:
        title = thing  # "Caldwell set the trial to begin on June 2": the trial's start
    title = emphasis.drop(title)  # and a mark left open at the end: "... 500,000 tons /" of "2006/07"
    title = shorten.closed(title)  # "... by the coach Bruno Metsu (the man": a bracket left open goes
    if len(title) > MAX_TITLE:  # a step after finish lengthened it ("did not restart until ..."): cut again,
        title = candidates.choose(title, shorten.fit(title))  # a cut that stops mid-phrase giving way
    return title[:1].upper() + title[1:]

