"""Keep one title from telling several dates: a date of another verb does not date the title's clause.

"Shares fell 2% on Friday, the exchange reported Wednesday" gave two events titled "Shares fell 2%": the
second date is the report's. When a sentence gives several events with one title, an event whose date
belongs to a verb the title does not hold (attachment.anchor finds that verb) is dropped, and so is a date
that only ends a wait ("adjourned Monday until Wednesday": Wednesday is when the trial resumes), a year
that only tells which of a named occurrence ("won the 2006 World Cup on Sunday") and the date of a change a
noun names ("predicted in early October growth in 2006") and the period of a later figure of a list ("growth
of 2% in 2027 and 2.5% in 2028", figure_lists.py), as long as one event of the title stays. A date
whose verb is unknown (a front date, a noun's date) is left alone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from timeline import attachment
from timeline.figure_lists import later_figure
from timeline.models import Event
from timeline.speech import words
from timeline.verbs import has_verb
from timeline.whole_words import word_spans

__all__ = ["one_date_each"]

# The preposition before a date that ends a wait rather than dates a happening: "put off until Thursday".
_UNTIL = re.compile(r"\b(?:until|till)\s+\Z", re.I)
_FROM = re.compile(r"\b(?:from|since|between)\b", re.I)
# The verbs of a telling ("said", "reported"): with tellings="all" their dates stay events.
_TELLING = frozenset(words("after_speaker"))
# What sets off another clause, or a comparison, between the title's date and another verb's.
_SET_OFF = re.compile(r"[,;:(—–]|\b(?:whose|which|who|that|compared|than)\b")
_WORD = re.compile(r"[\w'’-]+")
# A year that names which one of a named occurrence: "(won) the 2006 World Cup (on Sunday)".
_NAMING_YEAR = re.compile(r"\s+[A-Z]")
_BEFORE_NAME = re.compile(r"\b(?:the|its|their|his|her|this|next|last)\s+\Z", re.I)


def _own(event: Event) -> tuple[int, int]:
    """Return the span of an event's date phrase."""
    timex = event.evidence[0].timex
    assert timex is not None  # extract gives every clause event its date phrase
    return timex.start, timex.end


def _verb(text: str, event: Event, others: list[tuple[int, int]]) -> str:
    """Return the verb an event's date belongs to (attachment.anchor), or "" when none is found."""
    evidence, own = event.evidence[0], _own(event)
    found = attachment.anchor(text, (evidence.start, evidence.end), own, [o for o in others if o != own])
    return found.verb if found is not None else ""


def _foreign(text: str, event: Event, verb: str, others: list[tuple[int, int]], told: bool) -> bool:
    """Tell whether an event's date belongs to `verb`, which its title does not hold: "declined this week,
    the bank reported Wednesday" (Wednesday is the report's). `told` says whether another date of the title
    belongs to a verb the title holds: without one, the title may have missed its verb ("The corpses of
    the two women, ..., were found on May 2 and 9 respectively")."""
    if verb.lower() in _TELLING:
        return True
    if not told:
        return False
    # another clause is set off from the title's date: "decide on Monday ..., whose sentence is to be
    # executed early Tuesday"; not the main verb resuming after a relative clause: "the officers who were
    # suspended on Monday after a raid were reinstated in May" (May is the news)
    own = _own(event)
    at = max([o[1] for o in others if o[1] <= own[0]] + [event.evidence[0].start])
    found = [start for start, _ in word_spans(text[at : own[0]], verb)]
    return bool(found) and _SET_OFF.search(text, at, at + found[-1]) is not None


def _waits(text: str, event: Event, others: list[tuple[int, int]]) -> bool:
    """Tell whether an event's date ends a wait after another date: "adjourned Monday until Wednesday";
    not "Until May 30, there will be three flights a day, with a break on May 24"."""
    start = _own(event)[0]
    if _UNTIL.search(text, max(0, start - 8), start) is None or not any(o[1] <= start for o in others):
        return False
    # "from its founding in 1961 until 1988" is a range, its end no wait's
    return _FROM.search(text, max(event.evidence[0].start, start - 80), start) is None


def _names_one(text: str, event: Event) -> bool:
    """Tell whether an event's date is a year before a name, which it only tells apart: "the 2008 Olympic
    Games"."""
    start, end = _own(event)
    return (text[start:end].isdigit() and _NAMING_YEAR.match(text, end) is not None
            and _BEFORE_NAME.search(text, max(0, start - 8), start) is not None)


# A noun of a figure's change right before a date, which then says when the change went on, not when the
# title's verb happened: "predicted growth (in 2031)", "thanks to a recovery (in the spring)", "foresaw
# growth in France (this year)".
_CHANGE_NOUN = re.compile(
    r"\b(?:growth|rebound|recovery|slowdown|stagnation|expansion|contraction|increase|rise|decline|drop|fall"
    r"|inflation|deficit|surplus|raise|hike)\s+(?:(?:in|of)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+"
    r"|(?:in|for|during|at|of|over)\s+)\Z"
)


def _of_change(text: str, event: Event, others: list[tuple[int, int]]) -> bool:
    """Tell whether an event's date says when a change a noun names went on, the noun an object after the
    title's verb: "predicted growth in 2006"; not "as in May, the big drop in June was led by ..." (the
    subject: the words before it, without the dates, hold no verb), nor "led to a decline Tuesday" (the date
    right after the noun is the clause's)."""
    start = _own(event)[0]
    found = _CHANGE_NOUN.search(text, max(0, start - 60), start)
    if found is None:
        return False
    head, cursor = [], event.evidence[0].start
    for other in sorted(o for o in others if cursor <= o[0] and o[1] <= found.start()):
        head.append(text[cursor : other[0]])
        cursor = other[1]
    head.append(text[cursor : found.start()])
    return has_verb(" ".join(head))


# What joins two dates of one list: "on Thursday, Friday and Saturday", "in 1995 and 1996".
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:on|in)\s+)?")


def _follows(text: str, first: Event, second: Event) -> bool:
    """Tell whether `second` is the next item of `first`'s list: "Thursday(,) Friday", "1994 and 1995"."""
    return _LISTED.fullmatch(text, _own(first)[1], _own(second)[0]) is not None


def _unbroken(run: list[Event]) -> bool:
    """Tell whether a list's dates are one unbroken stretch: each the day (month, year) after the one
    before, all of one granularity, none a range, an hour or a part ("early 1995") of its own."""
    one_day = dt.timedelta(days=1)
    if any(e.when.end_value or e.when.time or e.when.mod for e in run):
        return False
    if len({e.when.granularity for e in run}) > 1:
        return False
    return all(b.when.start == a.when.end + one_day for a, b in zip(run, run[1:], strict=False))


def _spanning(text: str, run: list[Event]) -> Event:
    """Return the first event of a list over the whole list: its date phrase runs to the last date's."""
    first, last = run[0], run[-1]
    evidence = first.evidence[0]
    timex, end_timex = evidence.timex, last.evidence[0].timex
    assert timex is not None and end_timex is not None
    end, end_value = end_timex.end, last.when.value
    timex = timex.model_copy(update={"end": end, "text": text[timex.start : end], "end_value": end_value})
    return first.model_copy(update={
        "when": first.when.model_copy(update={"end": last.when.end, "end_value": end_value}),
        "evidence": [evidence.model_copy(update={"timex": timex}), *first.evidence[1:]],
    })


def _lists(text: str, group: list[Event]) -> list[Event]:
    """Join each list of dates that is one unbroken stretch into one event over it: "on Thursday, Friday
    and Saturday" is one strike of three days. A list with a gap keeps one event per date: "rose in 1994,
    1995 and 1997" did not rise in 1996, and a span over the list would say it did; half of it joined
    ("1994, 1995") would be a phrase the writer did not write as one."""
    runs = [[group[0]]]
    for event in group[1:]:
        if _follows(text, runs[-1][-1], event):
            runs[-1].append(event)
        else:
            runs.append([event])
    joined = []
    for run in runs:
        joined += [_spanning(text, run)] if len(run) > 1 and _unbroken(run) else run
    return joined


def one_date_each(text: str, events: list[Event], *, tellings: bool = False) -> list[Event]:
    """Return a sentence's events without the dates that belong to another verb than their title's.

    `events` are the events of one sentence, in order; a title given once is left alone. `tellings` keeps
    the date of a telling ("the paper said Thursday") as an event, as extract(tellings="all") asks.
    """
    if len({e.title for e in events}) == len(events):
        return events  # most sentences: each title once
    groups: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        groups[event.title].append(event)
    dropped: set[int] = set()
    replaced: dict[int, Event] = {}
    for title, group in groups.items():
        if len(group) < 2:
            continue
        title_words = {w.lower() for w in _WORD.findall(title)}
        owns = [_own(e) for e in group]
        verbs = {id(e): _verb(text, e, owns) for e in group}
        other = {id(e): v for e in group if (v := verbs[id(e)]) and v.lower() not in title_words
                 and not (tellings and v.lower() in _TELLING)}  # a telling's date stays with tellings="all"
        told = len(other) < sum(1 for v in verbs.values() if v)
        tests = (lambda e, o=owns, t=told, v=other: id(e) in v and _foreign(text, e, v[id(e)], o, t),
                 lambda e, o=owns: _waits(text, e, o), lambda e: _names_one(text, e),
                 lambda e, o=owns: _of_change(text, e, o), lambda e, o=owns: later_figure(text, _own(e), o))
        for test in tests:
            staying = [e for e in group if id(e) not in dropped]
            out = [e for e in staying if test(e)]
            if out and len(out) < len(staying):
                dropped |= {id(e) for e in out}
        staying = sorted((e for e in group if id(e) not in dropped), key=lambda e: _own(e)[0])
        first_at = {_own(e)[0]: e for e in staying}
        for joined in _lists(text, staying) if len(staying) > 1 else ():
            first, (start, end) = first_at[_own(joined)[0]], _own(joined)
            if joined is not first:  # the first of a list stands for it; the rest of the list goes
                replaced[id(first)] = joined
                dropped |= {id(e) for e in staying if start < _own(e)[0] < end}
    return [replaced.get(id(e), e) for e in events if id(e) not in dropped]
