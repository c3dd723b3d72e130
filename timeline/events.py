"""Turn a Document and its temporal expressions into dated Events with evidence.

One event per dated clause: a DATE or TIME expression with a concrete value dates the clause it sits in.
A sentence with two differently dated clauses gives two events; a range ("from 2019 to 2021") gives one
event over the whole interval, and so does a list of dates that is one unbroken stretch ("on Thursday,
Friday and Saturday"; a list with a gap gives one event per date, same_title.py). The word before a date
that leaves it open ("before 2019", "since Tuesday") gives its When a mod (open_sides.py). SETs, DURATIONs
and vague references (PAST_REF) date nothing, but for a span told back from the document date ("over the
past week": its phrase stays a DURATION, its When the days it covers, dating.py). A date that
only modifies a noun ("the 2017 budget") is a reference, not an event, unless the noun names an
occurrence ("the 1996 election") or the clause has no other date for its verb to happen on. A dateline
or a bare date with no verb ("WASHINGTON, August 8 (Xinhua) --") states no event either.

Ids hash the document id, the clause's words and the date value, so an edit elsewhere in the document
leaves them alone. Confidence follows a rule: an absolute date beats one read from the document date,
which beats one chained from an earlier date; a clause with a verb beats a nominal one (confident.py).
"""

from __future__ import annotations

import bisect
import re
from typing import Literal

from timeline import datelines, dating, episodes, references, segment, side_dates, telling, textmeta
from timeline.age_dates import is_age
from timeline.api_checks import checked_timexes
from timeline.clause_titles import description_of, whole_title
from timeline.clock_days import finer
from timeline.confident import confidence_of
from timeline.date_clauses import clause_spans, narrowest
from timeline.date_verdicts import judges_date
from timeline.dating import Dated, bounds_of, when_of
from timeline.event_ids import event_id
from timeline.eventness import weighed
from timeline.host_dates import in_stated_subject, sets_time, untold_host
from timeline.later_clauses import later_title, untold_later_clause
from timeline.measure_forecasts import forecast_period
from timeline.mention_objects import on_mentioned
from timeline.models import Document, Event, Evidence, TimeExpression
from timeline.moved_dates import moved_from, moved_title
from timeline.not_since import reads_last
from timeline.note_headings import dated_label, tells_nothing
from timeline.object_dates import dates_object, object_title
from timeline.open_sides import open_side
from timeline.phrase_dates import in_own_phrase, in_subject, states_what, untold_phrase
from timeline.possessive_dates import owned_elsewhere, owns_thing
from timeline.remarks import is_remark
from timeline.same_title import one_date_each
from timeline.speech import alternation
from timeline.table_rows import is_row, row_title
from timeline.titles import title_of
from timeline.twin_titles import titled_apart
from timeline.verbs import has_verb

__all__ = ["extract", "event_id", "confidence_of", "when_of"]  # from confident.py, dating.py

Continuation = Literal["off", "evidence", "event"]
Tellings = Literal["news", "all"]
# How many undated sentences in a row may continue a dated one.
MAX_CONTINUATION = 4
# How fine the date of a telling is: "said on Tuesday", "said last month".
_TELLING_GRAINS = frozenset({"month", "week", "day", "time"})
# "The mayor said the plan would pass": what a sentence reports may be still to come.
_REPORTS = re.compile(rf"\b(?:{alternation('episode')})\b")


def extract(
    document: Document, timexes: list[TimeExpression], *, continuation: Continuation = "evidence",
    tellings: Tellings = "news",
) -> list[Event]:
    """Return an event for each DATE or TIME expression that dates something in `document`.

    `continuation` decides what happens to a sentence with no date of its own that narrates after a
    dated one (past tense, a telling, a quotation: episodes.goes_on; at most MAX_CONTINUATION in a row;
    news puts one paragraph on a line, so lines do not stop an episode, but a heading or a sentence with
    a date of its own does; after a sentence of several events, it goes on with episodes.news_of them; a
    story's undated first sentence goes on with the first dated one soon after it, episodes.leads):
    "evidence" adds it to that event's evidence, "event" makes it an event of its own on the same date,
    "off" ignores it.
    `tellings` "news" drops the date of a routine telling whose statement has a date of its own ("A ferry
    ran aground on Friday, the coastguard said Saturday"); "all" keeps it as an event ("The coastguard
    said a ferry ran aground").
    Each expression must be one of `document.text` (timeline.temporal.tag of it): else InputError.
    """
    text = document.text
    timexes = checked_timexes(document, timexes)
    # in a document without a date, "last year" has no now to count from
    dated_all = dating.find(text, timexes if document.date else dating.without_deictic(timexes))
    dated_starts = [d.timex.start for d in dated_all]
    # where the DATE and TIME expressions start: a bisection tells whether a sentence holds one
    # "now", "recently" state no date of their own: they do not break an episode
    date_starts = sorted(
        t.start for t in timexes if t.type in ("DATE", "TIME") and bounds_of(t.value) is not None
    )
    events: list[Event] = []
    by_key: dict[tuple[int, int, str], Event] = {}
    previous: Event | None = None
    heading: Dated | None = None  # the date of a verbless heading line: it dates the items under it
    chain = 0
    leading = True  # no sentence of the body met yet: the first may be a lead (episodes.leads)
    lead: tuple[int, int] | None = None
    waited = 0  # the sentences met since the lead
    aside = False  # the episode's date lies in a relative clause of background (episodes.aside)

    def wanted(start: int, end: int) -> bool:  # the other lines' sentences are all idle: they are not cut
        """Tell whether a line's sentences need the loop: a date, or an open episode or heading."""
        first = bisect.bisect_left(dated_starts, start)
        dated = first < len(dated_starts) and dated_starts[first] < end
        return previous is not None or heading is not None or dated or leading or lead is not None

    for sentence in segment.sentences_of_lines(text, wanted):
        inside = dated_all[
            bisect.bisect_left(dated_starts, sentence[0]) : bisect.bisect_left(dated_starts, sentence[1])
        ]
        if lead is not None:
            waited += 1
            lead = lead if waited <= episodes.LEAD_REACH else None
        if not leading and lead is None and _idle(inside, previous, heading):
            continue  # most sentences: nothing below would change or make anything
        words = text[sentence[0] : sentence[1]]
        if datelines.dateline(text, *sentence) == sentence:
            previous = None  # its date is the publication date: it states no event, and opens an episode
            continue
        if textmeta.corrected(words):
            previous = None  # "An earlier version of this article misstated ...": about the article, no event
            continue
        if references.is_metadata(text, sentence):
            previous = None  # "Published March 3, 2026": the page's dates, no event, and a new episode
            continue
        marked = words.startswith("#") and _MARKDOWN_HEADING.match(words) is not None
        line = marked or _is_heading(text, sentence)
        row = bool(inside) and not marked and is_row(text, sentence)  # "2. May 2011  Tarn Bank"
        if line:
            previous = heading = None  # a heading opens a new episode
        label = line and not marked and inside and dated_label(text, sentence, inside)  # "Notes, 14 Nov 2024"
        if line and not row and (
            marked or label or 0 < len(_bare_words(text, sentence, inside)) < 3
        ):  # a label: "Board meeting June 4, 2024"; not "Storm hits coast Monday", nor a date line alone
            heading = _heading_date(inside)  # "Board meeting June 4, 2024", "## June 4": no event of its own
            if marked or label:
                continue
        modifies = {id(d): references.is_modifier(text, d.timex) for d in inside}  # asked up to three times
        # a date modifying a noun dates nothing when another date or no verb is there; has_verb(words) is
        # asked only where its answer matters (it is cached): most sentences hold no date, never need it
        kept = [d for d in inside if not (modifies[id(d)] and (len(inside) > 1 or not has_verb(words)))]
        owners = [d for d in kept if owns_thing(text, d.timex.start, d.timex.end)] if len(kept) > 1 else []
        if owners and len(owners) < len(kept):  # "Last year's edition was cancelled in July": July's event,
            modifies.update((id(d), True) for d in owners)  # its title keeps "Last year's edition"
            kept = [d for d in kept if not modifies[id(d)]]
        if not line:  # a heading capitalizes every word: "Storm Hits Coast Today"
            kept = [d for d in kept if not references.in_name(text, d.timex, sentence[0])]
        if kept and not row and not has_verb(words) and len(_bare_words(text, sentence, inside)) < 3:
            kept = []  # a dateline or a bare date: nothing happens in it
        # "on July 10, not July 11", "(2024 flood: 16.8 ft)": a corrected date, a year as a label
        if len(inside) > 1:
            timexes = [d.timex for d in inside]
            kept = [d for d in kept if not side_dates.beside(text, sentence, d.timex, timexes)]
        # "..., with agreement yesterday to widen it", "a bleak Christmas": a phrase's date, no clause's
        kept = [d for d in kept if not in_own_phrase(text, sentence, d.timex)
                and not (modifies[id(d)] and in_subject(text, sentence, d.timex))
                and not is_age(text, d.timex.start)  # "Tests dated the mast to 1450": its age
                and not on_mentioned(text, d.timex)]  # "recalled the 1998 treaty": which treaty, not when
        # "The ministry said on Tuesday the economy would grow 2% in 2027": the forecast's news is its
        # telling, when another date is a past day, week or month, as a telling's is ("rise 1% this year,
        # before falling 2% in 2028", "which last year held 41% and is expected to hold 43% this year": none)
        # and the period is not past ("expects sales to grow to 25% from 20% last year": last year's figure)
        if len(kept) > 1 and document.date:
            now = document.date
            periods = [d for d in kept if d.when.end > now and forecast_period(text, sentence, d.timex)]
            rest = [d for d in kept if all(d is not p for p in periods)]
            told = any(d.when.end <= now and d.when.granularity in _TELLING_GRAINS for d in rest)
            kept = rest if periods and told else kept
        spans = [(d.timex.start, (d.end_timex or d.timex).end) for d in kept]
        # "A ferry ran aground on Friday, the coastguard said Saturday": no news in the saying
        kept = [d for d, s in zip(kept, spans, strict=True) if tellings == "all"
                or not telling.routine(text, sentence, s, [o for o in spans if o != s])]
        if not kept:
            first = bisect.bisect_left(date_starts, sentence[0])
            own_date = first < len(date_starts) and date_starts[first] < sentence[1]
            if heading is not None and not inside and not own_date and has_verb(words):
                previous, chain = None, 0  # "Change order No. 7 approved" under "Board meeting June 4, 2024"
                _under_heading(document, sentence, heading, events)
                continue
            # a sentence in the past tense cannot go on with an episode still to come, but one may report it;
            # a date that makes no event ("up from Wednesday's close") breaks no episode of the last days;
            # tense and episode are asked only of a sentence that could go on with one (the checks are pure)
            if leading and not own_date and not line and has_verb(words):
                leading, lead = False, sentence  # it waits for the first event (episodes.leads)
                continue
            open_to = previous is not None and chain < MAX_CONTINUATION and not (
                own_date and not episodes.is_news(previous, document.date)
            ) and not (_ahead(previous, document) and not _REPORTS.search(words)) and not (
                aside and not episodes.counts_from(words))
            aside = False  # "..., which opened in 1950. Since then, ...": only the next sentence may say so
            if open_to and episodes.goes_on(text, sentence, previous, document.date):
                chain += 1
                _continue(document, sentence, previous, continuation, events)
            elif open_to and episodes.pauses(words):
                chain += 1  # it counts among the sentences in a row that an episode may go on for
            else:
                previous = None
            continue
        chain, leading = 0, False
        # "The gates closed on July 10 | — that is July 10, not July 11": the correction is no part of it
        timexes = [d.timex for d in inside]  # read again: a sentence with one date skipped the check above
        cut = side_dates.correction_start(text, sentence, timexes) if len(inside) > 1 else None
        mark = len(events)  # this sentence's events: one title gives no date of another verb
        for dated, (start, end) in narrowest(text, kept, clause_spans(text, sentence, kept)):
            if dated.bounds_only:
                continue  # "over (last season)'s winners": it only cut the clauses beside it
            if cut is not None and (dated.end_timex or dated.timex).end <= cut < end:
                end = cut  # "The gates closed on July 10 | — that is July 10, not July 11"
            key = (start, end, dated.when.value)
            if key in by_key:
                previous = by_key[key]
                continue
            clause = text[start:end]
            phrases = [(dated.timex.start, (dated.end_timex or dated.timex).end)]
            phrases += [(d.timex.start, (d.end_timex or d.timex).end) for d in inside
                        if d is not dated and not modifies[id(d)]]
            timex = dated.timex
            if dated.end_timex is not None:
                timex = timex.model_copy(update={
                    "end": dated.end_timex.end, "text": text[timex.start : dated.end_timex.end],
                    "end_value": dated.end_timex.value,
                })
            title = row and row_title(text, sentence, phrases)  # "Tarn Bank: failure (1,200)"
            title = title or whole_title(text, (start, end), phrases)
            # "The talks follow last week's vote": the vote's week, not the talks'
            if title is not None and dates_object(text, dated.timex, phrases[1:]):
                title = object_title(text, (start, end), dated.timex, title)
            if title is None:
                continue  # "Announced", "Election day was": nothing a reader could tell from it
            if untold_later_clause(text, sentence, dated.timex, title):  # "... after its rival failed to
                # finish on Tuesday": not the title's date, which a passive gerund's title may take
                if (title := later_title(text, sentence, dated.timex, title)) is None:
                    continue
            if states_what(title, text[start : dated.timex.start]) or untold_phrase(
                text, sentence, dated.timex, title
            ):
                continue  # "China is the bloc's second largest partner": a state; "..., with agreement
                # yesterday to widen it" left out of "Australia pressed on with the plan": not its date
            if modifies[id(dated)] and not sets_time(text, dated.timex):
                continue  # "a 2014 study warned", "the 2020 model gets a new grill": which one, not when
            if in_stated_subject(text, (start, end), phrases[0], ahead=_ahead_of(dated, document)):
                continue  # "Last week's high export levels appeared to show support": the levels' week
            if untold_host(text, (start, end), phrases, title):
                continue  # "Sales fell after the plant closed in June" titled "Sales fell": the closing's
            if owned_elsewhere(text, dated.timex, title):
                continue  # "... but said (last week)'s find was a turning point": the find's week
            if judges_date(text, (start, end), phrases[0]):
                continue  # "The spring was dismal", "Sunday belonged to the home side": what it was like
            if is_remark(text, sentence, phrases[0], title):  # '"We were tense," she said Monday': a feeling
                _as_evidence(document, (start, end), dated.when.value, events)
                continue
            title = weighed(title, text, (start, end), phrases[0])  # a state, a question, ...
            if title is None:
                continue  # "How else do you explain it in 2006?": a question, no happening
            title = moved_title(title, text, (start, end), phrases[0])  # "moved the hearing to June 3"
            others = [p for p in spans if p != phrases[0]] if len(inside) > 1 else []
            if others and moved_from(text, sentence, phrases[0], others):
                continue  # "Elections, originally due in May, were pushed back to 2026": May is no more
            when = dated.when  # "opened before 2019": not in 2019; "have not met since 1994": last met then
            if not reads_last(title, clause):
                when = open_side(text, dated.timex, when, (start, end), title)
            event = Event(
                id=event_id(document.id, clause, dated.when.value),
                title=title,
                description=description_of(text, sentence, (start, end)),
                when=when,
                evidence=[Evidence(document=document.id, start=start, end=end, text=clause, timex=timex)],
                confidence=confidence_of(dated),
            )
            by_key[key] = event
            events.append(event)
            previous = event
        if len(events) - mark > 1:  # "fell on Monday but investors pushed it up the next day": two clauses
            twins = titled_apart(text, events[mark:])
            events[mark:] = one_date_each(text, twins, tellings=tellings == "all")
            events[mark:] = finer(events[mark:])  # "meet next Tuesday at 10 a.m.": one event, at 10 a.m.
            previous = episodes.news_of(events[mark:], document.date) if len(events) > mark else previous
        # "Lund, who won the race last year, came second": the sentences after it are not last year's
        aside = len(events) > mark and previous is events[-1] and episodes.aside(
            text, sentence, previous, document.date)
        if lead is not None and previous is not None:
            if episodes.leads(text, lead, previous, document.date):
                _continue(document, lead, previous, continuation, events)
            lead = None
    return events


def _idle(inside: list[Dated], previous: Event | None, heading: Dated | None) -> bool:
    """Tell whether extract may pass over a sentence: it holds no date, no episode is open that it could go
    on with, and no dated heading is over it. Every step of the loop would then keep the state as it is
    and make no event (tests/test_events_shortcuts.py: the two ways agree)."""
    return not inside and previous is None and heading is None


def _ahead(event: Event, document: Document) -> bool:
    """Tell whether an event begins after the day following the document date (a wire story may be dated the
    day before its news)."""
    return document.date is not None and (event.when.start - document.date).days > 1


def _ahead_of(dated: Dated, document: Document) -> bool:
    """Tell whether a date begins after the document date."""
    return document.date is not None and dated.when.start > document.date


def _is_heading(text: str, sentence: tuple[int, int]) -> bool:
    """Tell whether a sentence is a line of its own without a final stop: a heading, a dateline."""
    start, end = sentence
    alone = (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")
    return alone and text[end - 1] not in ".!?\"'”’:)"


# A word of two characters or more: "Board", "meeting".
_BARE_WORD = re.compile(r"[A-Za-z]\w+")


def _bare_words(text: str, sentence: tuple[int, int], dated: list[Dated]) -> list[str]:
    """Return the words of a sentence outside its date phrases."""
    pieces, cursor = [], sentence[0]
    for d in sorted(dated, key=lambda d: d.timex.start):
        pieces.append(text[cursor : d.timex.start])
        cursor = max(cursor, (d.end_timex or d.timex).end)
    pieces.append(text[cursor : sentence[1]])
    return _BARE_WORD.findall(" ".join(pieces))


def _continue(
    document: Document, sentence: tuple[int, int], previous: Event, mode: Continuation, events: list[Event]
) -> None:
    """Attach an undated sentence that continues a dated episode to that episode's event."""
    if mode == "off":
        return
    start, end = sentence
    evidence = Evidence(document=document.id, start=start, end=end, text=document.text[start:end])
    if mode == "evidence":
        previous.evidence.append(evidence)
        return
    events.append(Event(
        id=event_id(document.id, evidence.text, previous.when.value),
        title=title_of(document.text, sentence, []),
        description=evidence.text,
        when=previous.when,
        evidence=[evidence],
        confidence=round(previous.confidence * 0.6, 2),
    ))


def _as_evidence(document: Document, span: tuple[int, int], value: str, events: list[Event]) -> None:
    """Add a clause to the evidence of the last event of the same date, if there is one."""
    for event in reversed(events):
        if event.when.value == value:
            text = document.text[span[0] : span[1]]
            event.evidence.append(Evidence(document=document.id, start=span[0], end=span[1], text=text))
            return


# A Markdown heading: "# District 3 results", "## June 4".
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s")


def _heading_date(inside: list[Dated]) -> Dated | None:
    """Return the date a verbless heading gives the items under it: one day ("Board meeting June 4, 2024")."""
    days = {d.when.value for d in inside}
    if len(days) != 1 or inside[0].end_timex is not None or inside[0].when.start != inside[0].when.end:
        return None
    return inside[0]


def _under_heading(
    document: Document, sentence: tuple[int, int], heading: Dated, events: list[Event]
) -> None:
    """Make an event of an item under a dated heading, on the heading's date, with both as evidence."""
    start, end = sentence
    text = document.text
    line_start = text.rfind("\n", 0, heading.timex.start) + 1
    line_end = text.find("\n", heading.timex.end)
    line_end = len(text) if line_end < 0 else line_end
    clause = text[start:end]
    title = title_of(text, sentence, [])
    if tells_nothing(title):
        return  # "When did the leak start?" under "Interview, 14 Nov 2024": a question, no event
    events.append(Event(
        id=event_id(document.id, clause, heading.when.value),
        title=title,
        description=clause,
        when=heading.when,
        evidence=[
            Evidence(document=document.id, start=start, end=end, text=clause),
            Evidence(document=document.id, start=line_start, end=line_end, text=text[line_start:line_end],
                     timex=heading.timex),
        ],
        confidence=round(confidence_of(heading) - 0.1, 2),
    ))
