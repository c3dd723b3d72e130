"""Score event dating against TimeML gold: anchored-event recall and event-date precision.

The gold events that count are the EVENTs a TLINK ties to an in-text DATE or TIME with a concrete
value. Recall is the share of them inside the evidence of an extracted event with that date;
precision the share of extracted events whose own date phrase overlaps a gold date of the same value.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from timeline import events as event_layer
from timeline.confident import ROUNDING
from timeline.evaluate import GoldDocument, Tagger, read_corpus, table
from timeline.models import Document, Event
from timeline.temporal import tag
from timeline.temporal.intervals import interval

# TLINK relations that put an event inside, at, or at an end of a time (the list).
ANCHORING = {"IS_INCLUDED", "DURING", "SIMULTANEOUS", "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY"}


def anchored_events(gold: GoldDocument) -> dict[str, set[str]]:
    """Return the gold events that a TLINK ties to an in-text DATE or TIME with a concrete value.

    Each event id maps to the values of the dates it is tied to, whichever side of the link it is on.
    """
    timexes = {
        t.tid: t.value for t in gold.timexes
        if t.tid and t.type in ("DATE", "TIME") and interval(t.value) is not None
    }
    anchored: dict[str, set[str]] = {}
    for link in gold.tlinks:
        if link.get("relType", "") not in ANCHORING:
            continue
        instance = link.get("eventInstanceID") or link.get("relatedToEventInstance")
        tid = link.get("relatedToTime") or link.get("timeID")
        eid = gold.instances.get(instance or "")
        if eid and tid in timexes:
            anchored.setdefault(eid, set()).add(timexes[tid])
    return anchored


@dataclass
class EventScores:
    """Counts behind anchored-event recall and event-date precision."""

    gold: int = 0
    found: int = 0
    system: int = 0
    correct: int = 0
    continued: int = 0  # evidence entries without a date of their own (continuing a dated sentence)

    def recall(self) -> float:
        """Return the share of anchored gold events inside the evidence of an event with their date."""
        return self.found / self.gold if self.gold else 0.0

    def precision(self) -> float:
        """Return the share of extracted events whose date phrase overlaps a gold date of the same value."""
        return self.correct / self.system if self.system else 0.0

    def add(self, other: EventScores) -> None:
        """Add another document's or corpus's counts to these."""
        for name in ("gold", "found", "system", "correct", "continued"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def summary(self) -> dict[str, float | int]:
        """Return the figures as a flat dict (ratios rounded to 4 places)."""
        return {
            "gold_events": self.gold,
            "found": self.found,
            "events": self.system,
            "correct": self.correct,
            "continued": self.continued,
            "anchored_recall": round(self.recall(), 4),
            "date_precision": round(self.precision(), 4),
        }


@dataclass
class Marks:
    """What each extracted event and each anchored gold event scored, with the confidence behind it.

    `events` holds (confidence, its date phrase overlaps a gold date of its value, its evidence entries
    without a date of their own) for each extracted event; `anchored` the highest confidence of the events
    that cover each anchored gold event with its date (None: no event does).
    """

    events: list[tuple[float, bool, int]]
    anchored: list[float | None]


def mark_events(gold: GoldDocument, extracted: list[Event]) -> Marks:
    """Mark one document's extracted events and anchored gold events as found or not, with confidences."""
    anchored = anchored_events(gold)
    by_eid = {e.eid: e for e in gold.events}
    best: list[float | None] = []
    for eid, values in anchored.items():
        mention = by_eid.get(eid)
        covering = [] if mention is None else [
            event.confidence for event in extracted
            if event.when.value in values and any(
                ev.document == gold.id and ev.start <= mention.start and mention.end <= ev.end
                for ev in event.evidence
            )
        ]  # fmt: skip
        best.append(max(covering, default=None))
    marks = Marks(events=[], anchored=best)
    for event in extracted:
        own = event.evidence[0].timex if event.evidence else None
        right = own is not None and any(
            g.value == event.when.value and g.start < own.end and own.start < g.end for g in gold.timexes
        )
        marks.events.append((event.confidence, right, sum(ev.timex is None for ev in event.evidence)))
    return marks


def scores_at(marks: Marks, minimum: float = 0.0) -> EventScores:
    """Return the scores of the events whose confidence is at least `minimum` (the others dropped)."""
    floor = minimum - ROUNDING  # confidences are rounded to 2 places: 0.7 is at least 0.7
    kept = [(right, continued) for confidence, right, continued in marks.events if confidence >= floor]
    return EventScores(
        gold=len(marks.anchored),
        found=sum(best is not None and best >= floor for best in marks.anchored),
        system=len(kept),
        correct=sum(right for right, _ in kept),
        continued=sum(continued for _, continued in kept),
    )


def score_events(gold: GoldDocument, extracted: list[Event]) -> EventScores:
    """Score one document's extracted events against its gold anchored events and dates."""
    return scores_at(mark_events(gold, extracted))


def mark_event_documents(
    documents: Iterable[GoldDocument], *, tagger: Tagger | None = tag, continuation: str = "evidence"
) -> Marks:
    """Extract events from each gold document and pool their marks; `tagger=None` uses the gold dates."""
    pooled = Marks(events=[], anchored=[])
    for gold in documents:
        document = Document(id=gold.id, text=gold.text, date=gold.dct)
        timexes = gold.timexes if tagger is None else tagger(gold.text, dct=gold.dct)
        marks = mark_events(gold, event_layer.extract(document, timexes, continuation=continuation))
        pooled.events += marks.events
        pooled.anchored += marks.anchored
    return pooled


def score_event_documents(
    documents: Iterable[GoldDocument], *, tagger: Tagger | None = tag, continuation: str = "evidence"
) -> EventScores:
    """Extract events from each gold document and add up the scores; `tagger=None` uses the gold dates."""
    return scores_at(mark_event_documents(documents, tagger=tagger, continuation=continuation))


def score_event_folders(
    folders: Iterable[str | Path], *, tagger: Tagger | None = tag
) -> dict[str, dict[str, float | int]]:
    """Score each folder of TimeML gold files, keyed by its name; with several, a "total" row too."""
    results = {
        Path(folder).name: score_event_documents(read_corpus(folder), tagger=tagger) for folder in folders
    }
    summaries = {name: scores.summary() for name, scores in results.items()}
    if len(results) > 1:
        total = EventScores()
        for scores in results.values():
            total.add(scores)
        summaries["total"] = total.summary()
    return summaries


def event_table(summaries: dict[str, dict[str, float | int]]) -> str:
    """Return event scores as an aligned text table, one corpus a row."""
    columns = [("gold_events", "gold"), ("found", "found"), ("events", "events"), ("correct", "correct"),
               ("anchored_recall", "recall"), ("date_precision", "precision")]
    return table(summaries, columns, cell=11)


# The confidences `evaluate --events --by-confidence` cuts at: the rules of confident.confidence_of give
# .95, .85, .75, .55, .45 and .15, so that these fall between their scores.
THRESHOLDS = (0.3, 0.5, 0.6, 0.7, 0.8, 0.9)


def _bucket_name(low: float, high: float | None) -> str:
    return f"{low:.1f} to {high:.1f}" if high is not None else f"{low:.1f} to 1.0"


def by_confidence(marks: Marks, thresholds: Iterable[float] = THRESHOLDS) -> dict[str, dict[str, dict]]:
    """Return the scores of the events at or above each threshold, and of the events in each bucket.

    "at_least" maps ">= 0.5" to the scores of the events whose confidence is 0.5 or more, with "kept", the
    share of all events they are (recall is what the weaker ones dropped leaves). "buckets" maps "0.5 to
    0.6" to the scores of the events from 0.5 up to (not including) 0.6, for the buckets that hold events;
    a bucket's recall is not given: a gold event found by events of two buckets belongs to neither alone.
    """
    cuts = sorted(thresholds)
    everything = len(marks.events)
    at_least = {}
    for cut in cuts:
        summary = scores_at(marks, cut).summary()
        summary["kept"] = round(summary["events"] / everything, 4) if everything else 0.0
        at_least[f">= {cut:.1f}"] = summary
    buckets = {}
    for low, high in zip([0.0, *cuts], [*cuts, None], strict=True):
        inside = Marks(
            events=[m for m in marks.events
                    if m[0] >= low - ROUNDING and (high is None or m[0] < high - ROUNDING)],
            anchored=[],
        )
        if not inside.events:  # a precision of 0 would read as every event wrong
            continue
        summary = scores_at(inside).summary()
        buckets[_bucket_name(low, high)] = {k: summary[k] for k in ("events", "correct", "date_precision")}
    return {"at_least": at_least, "buckets": buckets}


def flat_buckets(figures: dict[str, dict[str, dict]]) -> list[str]:
    """Return the buckets whose date precision is no better than that of the nearest one below."""
    flat, below = [], None
    for name, summary in figures["buckets"].items():
        if below is not None and summary["date_precision"] <= below:
            flat.append(name)
        below = summary["date_precision"]
    return flat


def confidence_table(figures: dict[str, dict[str, dict]]) -> str:
    """Return the scores by confidence as two aligned text tables: at or above each threshold, per bucket."""
    at_least = table(figures["at_least"], [
        ("events", "events"), ("kept", "kept"), ("correct", "correct"), ("date_precision", "precision"),
        ("found", "found"), ("anchored_recall", "recall"),
    ], cell=11, head="confidence")  # fmt: skip
    buckets = table(figures["buckets"], [
        ("events", "events"), ("correct", "correct"), ("date_precision", "precision"),
    ], cell=11, head="bucket")  # fmt: skip
    return f"{at_least}\n\n{buckets}"
