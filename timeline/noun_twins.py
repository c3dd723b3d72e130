"""Fold the events of one story that name one happening by one noun: "An explosion hit a mill" / "The blast
killed four".

A story names a happening ("An explosion ripped through a paper mill on Sunday") and tells more of it later
by a definite back-reference, often with another word for it ("The blast killed four workers on Sunday").
Their titles share no two words, so the twins of deduping.dedupe miss them. The later event is the earlier
one when, in one document, its title refers back to a happening ("the blast", "Sunday's quake") of the group
the earlier title names (`HAPPENINGS`), and their dates agree: the same days, one inside the other (no wider
than `WIDEST_DAYS`: "this week" and "Tuesday"), or the earlier a perfect-tense summary dated by its report
("A flood has killed nine, officials said Monday") and the later the days before it ("The flood struck on
Saturday"). The event keeps the finer date and its id, takes the other's evidence, and the title of the one
that tells it best (merged_titles.best_titled: a finite verb, no pronoun subject, the earliest). "Another
blast", "a second fire" or "the first quake" name a happening of their own and stay apart.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.merged_titles import best_titled
from timeline.models import Event
from timeline.verbs import first_verb

# Words a story uses for one happening: (the group, its words, an example of two events that are one).
HAPPENINGS = [
    ("explosion", "explosion explosions blast blasts bombing detonation",
     "An explosion hit the mill on Sunday / The blast killed four workers on Sunday"),
    ("earthquake", "earthquake earthquakes quake quakes tremor temblor",
     "A strong earthquake shook the island on Monday / The quake toppled a church on Monday"),
    ("election", "election elections vote ballot referendum",
     "Voters chose a new mayor in an election on Sunday / The vote was calm, monitors said on Sunday"),
    ("fire", "fire fires blaze blazes inferno",
     "A fire destroyed a depot on Friday / The blaze started in a kitchen on Friday"),
    ("crash", "crash crashes accident collision",
     "A bus crash killed six on Tuesday / The accident happened at a bend on Tuesday"),
    ("flood", "flood floods flooding",
     "A flood has killed nine, officials said Monday / The flood struck on Saturday night"),
    ("storm", "storm hurricane typhoon cyclone",
     "A storm cut power to 5,000 homes on Friday / The typhoon uprooted trees on Friday"),
]
_GROUP = {word: group for group, words, _ in HAPPENINGS for word in words.split()}
_NOUN = "|".join(sorted(_GROUP, key=lambda w: (-len(w), w)))
# Words before the noun that make it a happening of its own: "another blast", "a second fire".
_OTHER = (r"another|second|third|fourth|fifth|first|new|fresh|other|earlier|previous|next|latest"
          r"|separate|further|similar")
# The noun named by an article or an owner, up to two words before it, none of them `_OTHER`: "An
# explosion", "a traffic accident", "the vote"; a bare noun opens the title: "Floods swept the coast".
_NAMED = re.compile(
    rf"(?:\A|\b(?:a|an|the|this|that|its|their|his|her|[A-Za-z]+['’]s)\s+)"
    rf"(?P<modifiers>(?:(?!(?:a|an|the)\s)[\w-]+\s+){{0,2}}?)(?P<noun>{_NOUN})\b",
    re.I,
)
# A definite reference back: "the blast", "The deadly quake", "Sunday's vote"; "a blast" may be another.
_DEFINITE = re.compile(
    rf"\b(?P<article>the|this|[A-Z][a-z]+day['’]s)\s+(?P<modifiers>(?:[\w-]+\s+)?)(?P<noun>{_NOUN})\b",
    re.I,
)
_OTHER_WORD = re.compile(rf"\b(?:{_OTHER})\b", re.I)
# A perfect tense, which sums up a happening on the day it is reported: "has killed", "have died".
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:been\s+)?[a-z]+(?:ed|en|wn|t)\b", re.I)
_THAT_BEFORE = re.compile(r"\bthat\s+\Z")
_CAUSE_BEFORE = re.compile(r"\b(?:in|by|during)\s+\Z")
# A passive or a harm before the cause: "were killed in a crash", "was destroyed by a fire".
_PASSIVE = re.compile(r"\b(?:was|were|been|killed|injured|hurt|died|destroyed|damaged)\b", re.I)
WIDEST_DAYS = 31  # a date wider than a month ("in 2024") may hold two happenings told alike
REPORT_DAYS = 7  # a perfect-tense summary sums up a happening of the week before its report
Told = tuple[set[str], set[str], set[str]]  # a title's groups: named, named apart, referred back to


def folded_nouns(events: list[Event], told: dict[str, Told] | None = None) -> list[Event]:
    """Return the events with each that refers back to an earlier event's happening folded into it, the one
    with the finer date keeping its id and date, taking the other's evidence and the best title of the fold
    (merged_titles.best_titled); the others as given, in their order. `told` keeps each title's groups
    (`_told_groups`) for the next call: dedupe folds again after each pass, over mostly the same titles."""
    told = {} if told is None else told
    # each document's events that have evidence, in order: a title refers back only within its document
    by_document: dict[str, list[tuple[int, set[str], set[str]]]] = {}
    for index, event in enumerate(events):
        if event.evidence:
            groups = told.get(event.title)
            if groups is None:
                groups = told[event.title] = _told_groups(event.title)
            by_document.setdefault(event.evidence[0].document, []).append((index, groups[0], groups[1]))
    root: dict[int, int] = {}
    for index, event in enumerate(events):
        if not event.evidence:
            continue
        refers = told[event.title][2]
        if not refers:
            continue
        first = event.evidence[0]
        story = by_document[first.document]
        earlier = [
            i for i, named, _ in story
            if i != index and named & refers and events[i].evidence[0].start < first.start
            and _agree(events[i], event) is not None
        ]  # fmt: skip
        if not earlier:
            continue
        # "A fire broke out ... A second fire ... The fire spread": "the fire" may be either
        start, end = events[earlier[-1]].evidence[0].start, first.start
        if not any(apart & refers and start < events[i].evidence[0].start < end for i, _, apart in story):
            root[index] = root.get(earlier[-1], earlier[-1])
    if not root:
        return events
    hosts: dict[int, list[int]] = {}
    for index, target in root.items():
        hosts.setdefault(target, [target]).append(index)
    kept = {i: e for i, e in enumerate(events) if i not in root}
    for target, members in hosts.items():
        finest = min(members, key=lambda i: (_finer(events, members, i), events[i].evidence[0].start))
        titled = best_titled([events[i] for i in members])  # "An explosion hit a mill": the lead's words
        host = events[finest].model_copy(update={
            "evidence": list(events[finest].evidence), "title": titled.title,
            "description": titled.description,
        })
        for member in members:
            if member != finest:
                host.evidence.extend(e for e in events[member].evidence if e not in host.evidence)
                host.confidence = max(host.confidence, events[member].confidence)
        kept[target] = host
    return [kept[i] for i in sorted(kept)]


def _told_groups(title: str) -> Told:
    """Return the happening groups a title tells of (`_told`): named by `_NAMED`, leaving out a noun told
    apart ("another blast"); only those told apart; and referred back to by `_DEFINITE`, not told apart."""
    # most titles hold no happening noun: told by the lowered words, where re.I folds no other letter ("ſ"
    # matches "s", the Kelvin sign "k") into one of theirs; a title of other letters is read by the patterns
    if title.isascii() and not any(map(title.lower().__contains__, _GROUP)):
        return set(), set(), set()
    named, apart = _groups(title, _NAMED)
    return named, apart, _groups(title, _DEFINITE)[0]


def _groups(title: str, pattern: re.Pattern[str]) -> tuple[set[str], set[str]]:
    """Return the happening groups a title tells of by `pattern` (`_told`): those not told apart, and those
    told apart ("another blast", "a second fire")."""
    one: set[str] = set()
    apart: set[str] = set()
    for m in pattern.finditer(title):
        # re.I matches a noun through letters that fold to its own ("\u017ftorm", a Kelvin sign's "quaKe"):
        # casefold gives its key (lower() keeps them and raised a KeyError)
        group = _GROUP.get(m["noun"].casefold())
        if group is not None and _told(title, m):
            before = max(0, m.start() - 12)
            other = _OTHER_WORD.search(m["modifiers"]) or _OTHER_WORD.search(title, before, m.start())
            (apart if other else one).add(group)
    return one, apart


def _told(title: str, found: re.Match[str]) -> bool:
    """Tell whether a title tells of the happening its noun names, not of a reaction to it: the noun leads a
    title with no verb ("A vote approving the law") or is the verb's subject ("The blast killed four",
    "Police said that the blast killed four"), or the cause after a passive ("were hurt in a crash", "was
    swept away by the vote"); "Russia hailed the vote" or "voters in the referendum backed it" tell of
    another happening."""
    before = title[: found.start()]
    if _CAUSE_BEFORE.search(before) and _PASSIVE.search(before):
        return True
    if before.strip() and not _THAT_BEFORE.search(before):
        return False
    verb = first_verb(title, found.end())
    if verb is None:
        return first_verb(title) is None
    return not title[found.end() : verb.start()].strip()


def _days(event: Event) -> int:
    return (event.when.end - event.when.start).days + 1


def _reported(event: Event, other: Event) -> bool:
    """Tell whether an event is a perfect-tense summary dated by its report, the other the days before it."""
    before = event.when.start - other.when.end
    return (bool(_PERFECT.search(event.title)) and _days(event) == 1
            and dt.timedelta(0) < before <= dt.timedelta(days=REPORT_DAYS))


def _agree(one: Event, other: Event) -> Event | None:
    """Return which of two events' dates the happening they share takes, or None when they disagree."""
    a, b = one.when, other.when
    if (a.start, a.end) == (b.start, b.end):
        return one
    if a.start <= b.start and b.end <= a.end and _days(one) <= WIDEST_DAYS:
        return other
    if b.start <= a.start and a.end <= b.end and _days(other) <= WIDEST_DAYS:
        return one
    if _reported(one, other):
        return other
    if _reported(other, one):
        return one
    return None


def _finer(events: list[Event], members: list[int], index: int) -> int:
    """Return how many of a happening's other events date it finer than `events[index]` (0: the finest)."""
    return sum(1 for m in members if m != index and _agree(events[index], events[m]) is events[m]
               and _agree(events[m], events[index]) is events[m])  # fmt: skip
