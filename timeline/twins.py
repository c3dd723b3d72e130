"""Tell when two events state the same thing; give hand events the evidence of their extracted twins.

`same_event` is shared by deduplication (merge.dedupe) and by the twin helpers: an extracted event that
restates an event added or edited by hand is its twin; its sentences become the hand event's evidence
(`attach_twins`), and `cited_note` says which hand events took them. Kept apart from merge.py so that
merge holds the flow of merging (dedupe, reconcile, combine) and this the comparison it rests on.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from timeline.counts import counted
from timeline.models import Document, Event, Evidence, Timeline
from timeline.temporal.intervals import interval
from timeline.told_back import back_from_end
from timeline.verbs import BASE_OF_PAST

# Words that say nothing about what happened; left out when comparing two events' content.
_STOPWORDS = {
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or", "but", "as",
    "that", "which", "who", "this", "these", "those", "its", "his", "her", "their", "it", "he", "she", "they",
    "was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would", "said", "says", "than",
    "more", "some", "about", "after", "before", "into", "over", "also", "not", "no", "there", "then",
    "million", "billion", "thousand", "hundred", "percent", "dollars", "euros", "pounds", "yen", "per",
    # counts and spans of time say when or how much, not what: "in the first nine months", "less than"
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "first", "second", "third", "fourth", "last", "next", "same", "less", "fewer", "day", "days", "week",
    "weeks", "month", "months", "year", "years", "period", "quarter",
}
# Two events are one when their content words overlap this much (shared / all), or when the other holds
# this share of the smaller one's words ("Ortega declared a state of emergency" in a longer statement).
SAME_CONTENT = 0.4
CONTAINED = 0.75
NOTED = 10  # hand events named by cited_note, events gone named by changes_note; more are counted


# Words news outlets use for one happening, compared as one when telling whether two events state the
# same thing: (the word they count as, its other words and forms, an example pair that is one event).
# Only words of what happened; two events must still share two content words on the same dates.
SAME_WORDS = [
    ("strike", "strikes walkout walkouts stoppage stoppages",
     "The walkout spread to Harwick / The dock strike spread to the Port of Harwick"),
    ("agreement", "agreements deal deals accord accords pact pacts",
     "The two sides reached a tentative deal / A tentative agreement was reached"),
    ("reject", "rejects rejected rejecting refuse refuses refused refusing rebuff rebuffed",
     "The labour court refused to halt the strike / A labour court rejected a bid to end the strike"),
    ("approve", "approves approved approving ratify ratifies ratified ratifying endorse endorsed",
     "Members ratified the deal / Dockworkers approved the deal"),
    ("end", "ends ended ending halt halts halted halting",
     "The court refused to halt the strike / The court refused to end the strike"),
    ("begin", "begins began begun beginning start starts started starting",
     "The strike at the port began / The strike at the port started"),
    ("resume", "resumes resumed resuming restart restarts restarted",
     "The strike resumed / The strike restarted"),
]


def _stem(word: str) -> str:
    """Cut common English endings so that "signed", "signs" and "signing" compare equal.

    The endings tried, in order: "ing", "ed", "es", "s", each on a word over three letters longer, and a
    final "e" on a word over four letters ("close", "closed" and "closing" are "clos"); the last letter
    tells which can match (dedupe stems every word of every title).
    """
    last = word[-1:]
    if last == "s":
        if len(word) > 5 and word[-2] == "e":
            return word[:-2]
        return word[:-1] if len(word) > 4 else word
    if last == "g":
        return word[:-3] if len(word) > 6 and word.endswith("ing") else word
    if last == "d":
        return word[:-2] if len(word) > 5 and word[-2] == "e" else word
    if last == "e":
        return word[:-1] if len(word) > 4 else word  # "close" as "closed", "closes": a plan and its report
    return word


_WORD = re.compile(r"\w+")  # compiled once: dedupe reads the words of every event
# Light verbs, whose past form stays apart from the base: they tell little of what happened ("The blast
# took place" and "The match will take place" are two happenings).
_LIGHT = {"take", "make", "get", "go", "come", "give", "put", "set", "become"}
# The base of an irregular past form, so that a plan and its report compare: "will hold" and "held".
_BASE = {past: base for past, base in BASE_OF_PAST.items() if base not in _LIGHT}
# stem of a form -> the stem of the word it counts as (`SAME_WORDS`)
_SAME = {_stem(form): _stem(word) for word, forms, _ in SAME_WORDS for form in [word, *forms.split()]}


def content_words(event: Event) -> set[str]:
    """Return the stemmed content words of an event's title, without its date phrase."""
    own = event.evidence[0].timex.text.lower() if event.evidence and event.evidence[0].timex else ""
    dated = set(_WORD.findall(own)) if own else ()
    words = set()
    for word in _WORD.findall(event.title.lower()):
        if word not in _STOPWORDS and word not in dated and not word.isdigit():
            stem = _stem(_BASE.get(word, word))  # "held" as "hold": "will hold" and its report
            words.add(_SAME.get(stem, stem))
    return words


def overlap(a: set[str], b: set[str]) -> bool:
    """Tell whether two sets of content words say the same thing (`SAME_CONTENT`, `CONTAINED`)."""
    shared = len(a & b)
    return shared >= 2 and (shared >= SAME_CONTENT * len(a | b) or shared >= CONTAINED * min(len(a), len(b)))


# A title of one content word has no pair of words to compare ("No one was hurt"): two outlets' copies of
# its sentence, word for word with its date, are one event, when the sentence has this many words; fewer
# may be two happenings told alike ("He resigned on Monday.").
SAME_SENTENCE_WORDS = 6


def sentence_key(event: Event, words: set[str]) -> str | None:
    """Return what makes two events with under two content words (`words`) one: their dates, title and
    first sentence, spaces made single, when it has `SAME_SENTENCE_WORDS` words; else None."""
    if len(words) > 1 or not event.evidence:
        return None
    sentence = event.evidence[0].text.split()
    if len(sentence) < SAME_SENTENCE_WORDS:
        return None
    return f"{event.when.start} {event.when.end} {event.title} {' '.join(sentence)}"


def same_event(one: Event, other: Event) -> bool:
    """Tell whether two events state the same thing: same day interval and overlapping content."""
    if (one.when.start, one.when.end) != (other.when.start, other.when.end):
        return False
    return one.id == other.id or overlap(content_words(one), content_words(other))


def evidence_key(evidence: Evidence) -> str:
    """Return a hashable form of an evidence entry: equal entries give equal keys."""
    return evidence.model_dump_json()


def is_hand_work(event: Event) -> bool:
    """Tell whether an event is the user's: added by hand, or edited (pinned)."""
    return event.origin == "manual" or event.pinned


# Words a title made from a sentence may hold that the sentence does not: an auxiliary put back ("A free
# trade agreement was signed" from "an agreement signed last year"), a reporting verb ("his publisher said").
_TITLE_GLUE = {
    "was", "were", "is", "are", "be", "been", "has", "have", "had", "did", "will", "would", "said", "say",
}


def _stems(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text.lower())}


def hand_edited(
    event: Event, documents: Mapping[str, Document], *, read: dict[str, set[str]] | None = None
) -> bool:
    """Tell whether an extracted event of a file was changed by hand in the file itself (a text editor).

    Extraction never gives an event tags or a link, always gives it a description made of its
    article's words, a date one of its sentences states (or works out from one: "the past week", P1W,
    dates the days it names), and a title of its articles' words (`_TITLE_GLUE` aside): an event that
    breaks one of these was edited by its user, and is hand work like an event `timeline edit` changed.
    A file written by extraction records each title it wrote (`Event.extracted_title`): a title that
    differs from it is an edit, even one made of the article's own words, and the title it wrote is
    extraction's even with words of its own ("The bombings took place"). Without that record (a file of
    an older version), a title shortened with the article's words cannot be told from one a newer version
    of the tool writes; `"pinned": true` keeps it.
    `read` keeps each article's words between calls, so that a long article is read once.
    """
    timexes = [e.timex for e in event.evidence if e.timex is not None]
    if event.origin != "extracted" or event.pinned or not timexes:  # no date phrase quoted: not extraction's
        return False
    if event.tags or event.url or not event.description:
        return True
    worked_out = [(w.start, w.end) for timex in timexes if (w := back_from_end(timex)) is not None]
    stated = {timex.value for timex in timexes if interval(timex.value) is not None}
    unread = any(interval(t.value) is None and back_from_end(t) is None for t in timexes)
    if event.when.value not in stated and (event.when.start, event.when.end) not in worked_out and not unread:
        return True  # a date no sentence states, nor the days "the past week" (P1W) names
    if event.extracted_title is not None and event.title != event.extracted_title:
        return True  # the file says what extraction wrote: any other title is the user's
    said = set().union(*(_stems(e.text) for e in event.evidence))
    # the title extraction wrote may hold words of its own ("The bombings took place"): only the description
    # is read for words the articles lack when the file records that title
    titled = _stems(event.title) if event.extracted_title is None else set()
    words = (titled | _stems(event.description)) - said
    if not words:
        return False
    cited = [documents.get(e.document) for e in event.evidence]
    if any(d is None for d in cited):  # a file without its articles' text (shards): cannot tell
        return False
    for document in cited:
        if read is None or document.id not in read:
            known = _stems(document.text) | _stems(document.title or "")
            if read is not None:
                read[document.id] = known
        else:
            known = read[document.id]
        words -= known
    return bool(words - _TITLE_GLUE)


def _quotes_its_date(hand: Event, event: Event) -> bool:
    """Tell whether a hand event quotes, with its date phrase, a sentence that an extracted event of its days
    cites: "Okafor quits", quoting "Mayor Ruth Okafor resigned on Friday", is the extracted "Ruth Okafor
    resigned" of that Friday, though its title shares one word of it."""
    return any(
        quoted.document == cited.document and cited.start <= quoted.start and quoted.end <= cited.end
        and quoted.start <= cited.timex.start and cited.timex.end <= quoted.end  # offsets in the document
        for quoted in hand.evidence for cited in event.evidence if cited.timex is not None
    )


def _restated(event: Event, hand_work: list[Event], hand_words: list[set[str]]) -> int | None:
    """Return the index of the first hand-added or hand-edited event that says what `event` says, if any.

    `same_event`, with the content words of each hand event read beforehand (`hand_words`) and those of
    `event` read once, when a hand event of its interval first needs them: not once per pair.
    """
    span, words = (event.when.start, event.when.end), None
    for i, kept in enumerate(hand_work):
        if (kept.when.start, kept.when.end) != span:
            continue
        if kept.id == event.id or _quotes_its_date(kept, event):
            return i
        if words is None:
            words = content_words(event)
        if overlap(words, hand_words[i]):
            return i
    return None


def attach_twins(hand_work: list[Event], extracted: list[Event]) -> tuple[list[Event], list[Event]]:
    """Give hand work the evidence of the extracted events that restate it; return (hand work, the rest).

    A hand event keeps the user's title, date, description, tags and link; an extracted twin
    (`same_event`) is not added beside it, but its sentences become the hand event's evidence, so that
    no source sentence is dropped and the hand event cites where the articles state it. A twin goes to
    the first hand event it restates, in the order given (sorted: deterministic).
    """
    hand = list(hand_work)
    hand_words = [content_words(e) for e in hand]  # a hand event keeps its title and date: read once
    rest = []
    for event in extracted:
        at = _restated(event, hand, hand_words)
        if at is None:
            rest.append(event)
            continue
        kept = hand[at]
        known = {evidence_key(e) for e in kept.evidence}
        extra = [e for e in event.evidence if evidence_key(e) not in known]
        if extra:
            evidence = sorted([*kept.evidence, *extra], key=lambda e: (e.document, e.start, e.end))
            hand[at] = kept.model_copy(update={"evidence": evidence})
    return hand, rest


def take_quoted_twins(timeline: Timeline, hand: Event) -> list[Event]:
    """Give a hand event the evidence of the extracted events of its days whose dated sentence it quotes
    (`_quotes_its_date`) and take them out of the timeline, as the next extraction would; return them."""
    days = (hand.when.start, hand.when.end)
    taken = [e for e in timeline.events if e.id != hand.id and not is_hand_work(e)
             and (e.when.start, e.when.end) == days and _quotes_its_date(hand, e)]  # fmt: skip
    if taken:
        (cited,), _ = attach_twins([hand], taken)
        gone = {e.id for e in taken}
        timeline.events = [cited if e.id == hand.id else e for e in timeline.events if e.id not in gone]
    return taken


def cited_anew(before: Timeline, after: Timeline) -> list[Event]:
    """Return the hand events of `after` citing sentences they did not cite in `before` (twins attached)."""
    old = {e.id: {evidence_key(v) for v in e.evidence} for e in before.events}
    return [
        e for e in after.events
        if is_hand_work(e) and any(evidence_key(v) not in old.get(e.id, set()) for v in e.evidence)
    ]


def pinned_note(before: Timeline, after: Timeline) -> str | None:
    """Say which extracted events were found edited in the file itself and are now pinned (`hand_edited`)."""
    loose = {e.id for e in before.events if e.origin == "extracted" and not e.pinned}
    pinned = [e for e in after.events if e.pinned and e.id in loose]
    if not pinned:
        return None
    shown = "; ".join(f"{e.id} {e.title}" for e in pinned[:NOTED])
    more = f"; and {len(pinned) - NOTED} more" if len(pinned) > NOTED else ""
    events = counted(len(pinned), "event")
    return f"{events} edited in the file by hand kept as edited (pinned): {shown}{more}"


def cited_note(before: Timeline, after: Timeline) -> str | None:
    """Say which hand events now cite sentences of the articles (`cited_anew`), or None if none do."""
    cited = cited_anew(before, after)
    if not cited:
        return None
    shown = "; ".join(f"{e.id} {e.title}" for e in cited[:NOTED])
    more = f"; and {len(cited) - NOTED} more" if len(cited) > NOTED else ""
    events = counted(len(cited), "event")
    return (
        f"{events} added or edited by hand now cite{'s' if len(cited) == 1 else ''} the sentences of "
        f"extracted events that state {'it' if len(cited) == 1 else 'them'} (kept as evidence, not added "
        f"twice; `timeline show ID` shows them): {shown}{more}"
    )


def changes_note(before: Timeline, after: Timeline, *, left_out: frozenset[str] = frozenset()) -> str | None:
    """Say what a re-run changed in a file that held events: how many are new and how many are gone.

    The counts of extraction (every statement found) and of the file (after merging copies, keeping
    hand work and leaving removed events out) differ; this says how the file moved, so that a re-run
    that duplicated or lost events shows at once. None for a new file. The events gone whose ids are
    in `left_out` (--min-confidence left them out of the extraction) are counted apart.
    """
    if not before.events:
        return None
    old, new = {e.id for e in before.events}, {e.id for e in after.events}
    added, gone = len(new - old), len(old - new)
    if not added and not gone:
        return f"compared with the file before: no event added or gone ({counted(len(new), 'event')})"
    parts = [f"{added} new event{'s' if added != 1 else ''}"] if added else []
    weak = [e for e in before.events if e.id not in new and e.id in left_out]
    if len(weak) < gone:  # the events gone are named (a few), so that a re-run that lost one is seen at once
        lost = [e for e in before.events if e.id not in new and e.id not in left_out]
        named = "; ".join(f"{e.id} {e.title}" for e in lost[:NOTED])
        named += f"; and {len(lost) - NOTED} more" if len(lost) > NOTED else ""
        said = "merged with another copy of the statement, or no longer found"
        parts.append(f"{len(lost)} gone ({said}: {named})")
    if weak:
        parts.append(f"{len(weak)} left out by --min-confidence (extracted again without it, they come back)")
    kept = len(old & new)
    same = f"{kept} events kept their ids" if kept != 1 else "1 event kept its id"
    return f"compared with the file before: {', '.join(parts)}; {same}"
