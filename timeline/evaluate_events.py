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


def score_events(gold: GoldDocument, extracted: list[Event]) -> EventScores:
    """Score one document's extracted events against its gold anchored events and dates."""
    anchored = anchored_events(gold)
    by_eid = {e.eid: e for e in gold.events}
    scores = EventScores(gold=len(anchored), system=len(extracted))
    for eid, values in anchored.items():
        mention = by_eid.get(eid)
        if mention is None:
            continue
        if any(
            event.when.value in values and ev.document == gold.id and ev.start <= mention.start
            and mention.end <= ev.end
            for event in extracted for ev in event.evidence
        ):
            scores.found += 1
    for event in extracted:
        scores.continued += sum(ev.timex is None for ev in event.evidence)
        own = event.evidence[0].timex if event.evidence else None
        if own is not None and any(
            g.value == event.when.value and g.start < own.end and own.start < g.end for g in gold.timexes
        ):
            scores.correct += 1
    return scores


def score_event_documents(
    documents: Iterable[GoldDocument], *, tagger: Tagger | None = tag, continuation: str = "evidence"
) -> EventScores:
    """Extract events from each gold document and add up the scores; `tagger=None` uses the gold dates."""
    total = EventScores()
    for gold in documents:
        document = Document(id=gold.id, text=gold.text, date=gold.dct)
        timexes = gold.timexes if tagger is None else tagger(gold.text, dct=gold.dct)
        found = event_layer.extract(document, timexes, continuation=continuation)
        total.add(score_events(gold, found))
    return total


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
