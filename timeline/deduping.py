"""Deduplicate events across sentences and documents: fold the copies of a statement into one event.

`dedupe` is a fixed point: deduplicating its output changes nothing (dedupe(dedupe(x)) == dedupe(x)), and a
timeline merged with itself is itself. One pass over the events joins each to the first twin kept before it;
a join can change what a kept event is compared by (a newer copy's title gives it other words, its evidence
sorted gives it another first date phrase), so passes run until one joins nothing. Two events whose titles
name different doers are never twins (`subject_twins`); two copies with one id always are. An event that
only gives the hour of an earlier event of its day in its document, naming it back, folds into it
(`clock_twins`), and so does one that refers back to a happening an earlier event names, dated alike
("The blast killed four" after "An explosion hit a mill": `noun_twins`).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping

from timeline import textmeta, twins
from timeline.clock_twins import folded
from timeline.event_ids import sort_events
from timeline.forecasts import evidence_order, forecast_pair
from timeline.models import Document, Event
from timeline.noun_twins import folded_nouns
from timeline.subject_twins import different_subjects, named_subject, refers_back
from timeline.table_rows import other_rows
from timeline.twins import content_words, evidence_key, overlap


def _kept_with(known: int | list[int] | None) -> list[int] | tuple[int, ...]:
    """Return the kept events an index entry of dedupe names: none, one, or several."""
    if known is None:
        return ()
    return (known,) if isinstance(known, int) else known


def _newest_first(event: Event, documents: Mapping[str, Document], corrected: dict[str, bool]) -> tuple:
    """Return the rank of the copy of a story an event comes from: lowest for the newest document.

    A corrected copy first (it says so: textmeta.CORRECTION_NOTICES): copies that ran before the
    correction, even dated later (another outlet re-running the first version), repeat the figure it
    corrects. Then the latest copy: the one last updated, or for a copy without an update date the one dated
    last (a wire story rewritten for a later edition says it best); then the latest date; then the
    document id, so that the choice never depends on the order the files were read in. A document
    with neither date ranks after every dated one.
    """
    ranks = []
    for name in dict.fromkeys(e.document for e in event.evidence):
        document = documents.get(name)
        date = document.date if document is not None else None
        updated = document.updated if document is not None else None
        latest = max(filter(None, (date, updated)), default=None)
        fixed = corrected.get(name)
        if fixed is None:  # read once per document: the notice may stand anywhere in the text
            fixed = corrected[name] = document is not None and textmeta.corrected(document.text)
        ranks.append((not fixed, -latest.toordinal() if latest else 0, -date.toordinal() if date else 0,
                      name))
    return min(ranks, default=(True, 1, 1, ""))


def dedupe(events: Iterable[Event], *, documents: Mapping[str, Document] | None = None) -> list[Event]:
    """Merge events that state the same thing on the same date into one with several evidence entries.

    The same interval and overlapping content words make one event, with the highest confidence and
    every evidence entry; different events on the same day stay apart, and so do events whose titles
    name different doers (`subject_twins.different_subjects`). Its id, title, description and
    date come from the copy in the newest of `documents` (`_newest_first`; the mapping may fill while the
    events stream: they are all read, then put in one order, before the first pass), or from the copy
    that names the doer the other refers back to (`_naming`), or from the first copy when they are the
    same document or `documents` is not given. Passes (`_joined`) run until one changes nothing that
    events are compared by, so that the result is a fixed point: deduplicating it again, or the events
    twice over (a timeline merged with itself), gives it back unchanged; and the events in any order give
    one result (`_canonical`): events that are not twins stay apart, and a chain of twins (A~B, B~C, not
    A~C) joins the same way.
    An event that merges with none comes back as given; one that does is a copy: the given events are
    never changed.
    """
    merged, foretold, read, changed = _joined(sorted(events, key=_canonical), documents, set(), {})
    told: dict = {}  # noun_twins' reading of each title, for every fold of this call
    while True:
        while changed:
            merged, foretold, read, changed = _joined(merged, documents, foretold, read)
        # "The quake hit at 1:24 p.m.": the hour of "An earthquake shook"; "The blast killed four": "An
        # explosion". A fold may title its event by another member's words (merged_titles), which another
        # event of its date may share: joined again until nothing folds, so that the result is a fixed point.
        # The events a fold left as they were keep their words and rank (`read`: `merged` holds them alive
        # until the pass returns, so no other event can take their `id()`)
        fold = folded_nouns(folded(merged), told)
        if fold is merged:  # most timelines: nothing folds, and the folds give the list back as it came
            return sort_events(merged)
        merged, foretold, read, changed = _joined(sorted(fold, key=_canonical), documents, foretold, read)


def _canonical(event: Event) -> tuple:
    """Return where an event stands in the one order `dedupe` reads events in, whatever order they came in.

    Joining is greedy (an event joins the first kept twin) and twins need not chain (A~B, B~C, A!~C: "Smith
    resigned from the board" / "The pilot resigned from the board" / "Jones resigned from the board"), so
    the order read decides which join; a first copy titles the event when no newer document ranks it. Read
    in the order of their interval, then of the place of their first evidence (a document's own order,
    sentence by sentence, and of its date phrase), then of everything else they hold, the same events give
    the same timeline.
    """
    if not event.evidence:
        place: tuple = ("", -1, -1, -1, -1, "")
    else:
        first = event.evidence[0]
        # then the place of its date phrase: two dates of one clause in the order the sentence gives them
        timex = (first.timex.start, first.timex.end) if first.timex is not None else (-1, -1)
        place = (first.document, first.start, first.end, *timex, first.text)
    rest = tuple((e.document, e.start, e.end, e.text) for e in event.evidence[1:])
    return (event.when.start, event.when.end, *place, event.id, event.title, -event.confidence,
            event.description or "", rest)


def _joined(
    events: Iterable[Event],
    documents: Mapping[str, Document] | None,
    foretold_before: set[int],
    read: dict[int, tuple[str, tuple]],
) -> tuple[list[Event], set[int], dict[int, tuple[str, tuple]], bool]:
    """Return one pass of `dedupe`: (the events kept, in order; the `id()` of those a forecast and a report
    of it joined; the words and rank of each kept event left as it came, by `id()`, for the next pass:
    `read`, not read again; whether a kept event changed what it is compared by: its title and id, taken
    from a newer copy, or its first evidence entry, whose date phrase is left out of its words,
    `twins.content_words`).

    Each event is compared with every event kept before it, by what they are when it comes: a pass in which
    no kept event changed those leaves no two twins apart, and another pass would change nothing.

    An event joins the first earlier kept event of its interval with the same id, else the first with
    overlapping words and no different doer; an index from (interval, pair of words) to kept events finds
    the candidates, so that the time grows with the number of events, not with its square (a feed can give
    thousands of events on one day); a title with one content word joins the same sentence word for word
    (`twins.sentence_key`). A kept event that takes a newer copy's title is indexed by its new words too.
    An event that adds nothing to the kept one (a copy with the same evidence) leaves it as it was.
    `foretold_before` carries the mark of a forecast and its report from an earlier pass: their evidence
    stays in `evidence_order` when another copy joins.
    """
    merged: list[Event] = []
    # Made for the garbage collector as much as for speed: run after extracting a corpus, with every
    # event alive, each object dedupe keeps that the collector tracks (a model, a dict, a list, a set)
    # brings the next full collection nearer, and each object it makes brings the next collection
    # (of any generation) nearer; a full collection walks every object alive and took longer than the
    # merging itself. So the words of a kept event are one string, a pair of words is one string, and
    # each interval has one entry: (its pairs of words, its event ids).
    words_of: list[str] = []
    # two events can only be one when they share two words: index each pair of words, not each word,
    # so that a word common to many different events ("signed") does not make every one a candidate.
    # A pair found in one kept event (nearly all of them) maps to its bare number, not to a list:
    # keyed by (interval, word, word) with lists, the index of 2,452 news articles weighed more than
    # their events.
    by_span: dict[tuple, tuple[dict[str, int | list[int]], dict[str, int]]] = {}
    seen_evidence: dict[int, set[str]] = {}  # the evidence keys of each kept event another joined
    copied: set[int] = set()  # kept events copied (their evidence list grows)
    grown: set[int] = set()  # kept events given evidence they did not have: sorted at the end
    ranks: list[tuple] = []
    corrected: dict[str, bool] = {}  # document id -> has a correction notice
    short_sentences: dict[str, int] = {}  # twins.sentence_key -> the kept event: a title with no pair
    foretold: set[int] = set()  # kept events a forecast and a report of it joined
    changed = False
    for event in events:
        span = (event.when.start, event.when.end)
        known = read.get(id(event)) if read else None
        if known is None:
            ordered = sorted(content_words(event))
        else:
            ordered = known[0].split() if known[0] else []
        words = set(ordered)
        pairs = _pairs(ordered)
        in_span, ids = by_span.get(span) or by_span.setdefault(span, ({}, {}))
        kept_at = ids.get(event.id)  # a copy with the same id is the same statement
        if kept_at is None:
            found: set[int] = set()
            for pair in in_span.keys() & pairs:  # most pairs are new: look them up all at once
                found.update(_kept_with(in_span[pair]))
            kept_at = next((
                i for i in sorted(found)
                if not different_subjects(merged[i].title, event.title)  # cached: cheaper first
                and overlap(set(words_of[i].split()), words)
                and not other_rows(merged[i], event)  # "Tarn Bank: failure" / "Tarn Mutual: failure"
            ), None)  # fmt: skip
        sentence = twins.sentence_key(event, words)
        if sentence is not None and kept_at is None:
            kept_at = short_sentences.get(sentence)
        if kept_at is None:
            # Kept as given, not copied: the event is copied when another joins it (its evidence list
            # and confidence are all that ever change), so that the given events are never changed.
            # A copy of every event left four more tracked objects per event (the model, its dict,
            # its field set, the evidence list).
            index = len(merged)
            merged.append(event)
            if id(event) in foretold_before:
                foretold.add(index)
            if sentence is not None:
                short_sentences.setdefault(sentence, index)
            if known is not None:
                ranks.append(known[1])
            else:
                ranks.append(_newest_first(event, documents, corrected) if documents is not None else ())
            words_of.append(" ".join(ordered))
            ids.setdefault(event.id, index)
            _index(in_span, pairs, index)
            continue
        kept = merged[kept_at]
        seen = seen_evidence.get(kept_at)
        if seen is None:
            seen = seen_evidence[kept_at] = {evidence_key(e) for e in kept.evidence}
        planned, plans = forecast_pair(kept, event)
        if planned != plans:
            foretold.add(kept_at)  # its evidence: the report's document first (forecasts.evidence_order)
        titled = False
        naming = 0 if planned != plans else _naming(kept.title, event.title)
        if planned != plans or documents is not None or naming:
            rank = _newest_first(event, documents, corrected) if documents is not None else ()
            # the report of what a plan told ("Construction began" over "... is expected to begin"), else
            # the copy that names the doer (`_naming`), else a newer copy of the story: it gives the event
            # its words
            titled = planned and not plans or planned == plans and (
                naming > 0 or not naming and documents is not None and rank < ranks[kept_at]
            )
            if titled:
                ranks[kept_at] = rank
        extra = []
        for evidence in event.evidence:
            key = evidence_key(evidence)
            if key not in seen:
                seen.add(key)
                extra.append(evidence)
        if not extra and not titled and event.confidence <= kept.confidence:
            continue  # a copy that adds nothing: the kept event stays as it was
        if kept_at not in copied:  # the first event to change it: copy the kept one, whose evidence will grow
            copied.add(kept_at)
            kept = merged[kept_at] = kept.model_copy(update={"evidence": list(kept.evidence)})
        if titled:
            kept = merged[kept_at] = event.model_copy(
                update={"evidence": kept.evidence, "confidence": kept.confidence}
            )
            ids.setdefault(event.id, kept_at)
            changed = True
            new_words = sorted(content_words(kept))  # compared by its new words from now on
            words_of[kept_at] = " ".join(new_words)
            _index(in_span, _pairs(new_words), kept_at)
        if extra:
            grown.add(kept_at)
            kept.evidence.extend(extra)
        kept.confidence = max(kept.confidence, event.confidence)
    for index in grown:
        evidence = merged[index].evidence
        first = evidence[0]
        evidence.sort(key=lambda e: (e.document, e.start, e.end))
        if index in foretold:
            evidence.sort(key=evidence_order(evidence))  # what happened, then what forecast it
        changed = changed or evidence[0] is not first
    again = {id(e): (words_of[i], ranks[i]) for i, e in enumerate(merged) if i not in copied}
    return merged, {id(merged[i]) for i in foretold}, again, changed


def _naming(kept: str, joining: str) -> int:
    """Tell which of two twins' titles names the doer the other refers back to: 1 the joining one ("Smith
    resigned from the board" joining "The pilot resigned from the board"), -1 the kept one, else 0 (a passive
    or two named doers: the newer copy titles, as before). The title that names the doer keeps the event
    apart from another doer's twin that joins later ("Jones resigned from the board"), in this pass and when
    deduplicated again (`subject_twins.named_subject`, `subject_twins.refers_back`)."""
    if kept == joining:
        return 0
    if refers_back(kept):
        return 1 if named_subject(joining) is not None else 0
    if refers_back(joining):
        return -1 if named_subject(kept) is not None else 0
    return 0


def _pairs(words: list[str]) -> list[str]:
    """Return each pair of a kept event's sorted words as one string: "accord signed" (`_joined`'s index)."""
    return [f"{one} {other}" for one, other in itertools.combinations(words, 2)]


def _index(in_span: dict[str, int | list[int]], pairs: list[str], index: int) -> None:
    """Add a kept event's pairs of words to the index of its interval (`_joined`)."""
    for pair in pairs:
        known = in_span.get(pair)
        if known is None:
            in_span[pair] = index
        elif isinstance(known, int):
            if known != index:
                in_span[pair] = [known, index]
        elif index not in known:
            known.append(index)
