"""Score event dating against SemEval-2015 Task 4 gold timelines (CAT XML documents, timeline files).

A gold timeline file names an entity on its first line; each further line is `order TAB date TAB
mention [TAB mention ...]`, a mention being `docid-sentence-word` (words of a multi-word mention joined
by "_") and the date YYYY-MM-DD, YYYY-MM, YYYY (written with -XX for the unknown parts), or XXXX-XX-XX
when the annotators gave the event no date. The documents are CAT XML: tokens with a sentence number,
and a CREATION_TIME TIMEX3 whose value is the document date (DCT). The text is rebuilt from the tokens
(title, blank line, dateline, blank line, then the body's sentences on one line) with a token -> character
offset map, then tagged and turned into events by the code of `timeline build`, one document at a time
(the merge across documents, which joins only events of the same dates, is left out).

A gold mention is located by its sentence and first word (case-insensitive; a multi-word mention prefers
the places where all its words follow each other); a word found twice in its sentence keeps both places,
and the mention counts as placed when either is. Mentions whose document or word cannot be found are
counted as `unlocated` and left out of every figure below.

Where we place a mention: the narrowest evidence span, of all extracted events of its document, that
holds it; the event of that span gives the mention our date (the first such event on a tie).

- dated: located gold mentions with a concrete gold date; undated: those with XXXX-XX-XX.
- covered: dated mentions that we place (inside some event's evidence); coverage = covered / dated.
- exact: covered mentions whose event value, less any time of day, equals the gold date
  ("2010-06-07T10:00" is exactly "2010-06-07"; a week or a year is not).
- lenient: covered mentions whose event interval (When.start..When.end) holds the gold date's interval,
  or lies inside it (a coarser gold date: ours 2007-09-05 for gold 2007-09).
- recall_exact = exact / dated, recall_lenient = lenient / dated (recall = coverage x accuracy).
- accuracy_exact = exact / covered, accuracy_lenient = lenient / covered.
- undated_placed: undated mentions we place anyway; undated_rate = undated_placed / undated.
- order: pairs of covered dated mentions of the same timeline whose gold intervals do not overlap;
  agree = pairs whose event intervals do not overlap either and run in the gold order;
  order_agreement = agree / order pairs (a pair we date alike, or with overlapping intervals, disagrees).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from timeline import events as event_layer
from timeline.errors import InputError
from timeline.evaluate import Tagger, table
from timeline.evaluate_cat import CatDocument, GoldMention, locate, read_cat, read_timeline
from timeline.models import Document, Event
from timeline.temporal import tag
from timeline.temporal.intervals import interval


@dataclass
class Placement:
    """How one gold mention fared: where it stands, the event that places it, and whether the date matches."""

    mention: GoldMention
    spans: list[tuple[int, int]]
    event: Event | None = None
    exact: bool = False
    lenient: bool = False

    @property
    def located(self) -> bool:
        """Tell whether the mention was found in its document."""
        return bool(self.spans)


def place(spans: list[tuple[int, int]], extracted: list[Event], document: str) -> Event | None:
    """Return the event whose evidence in `document` holds one of the spans most narrowly, or None."""
    best: tuple[int, Event] | None = None
    for event in extracted:
        for evidence in event.evidence:
            if evidence.document != document:
                continue
            if any(evidence.start <= start and end <= evidence.end for start, end in spans):
                width = evidence.end - evidence.start
                if best is None or width < best[0]:
                    best = (width, event)
    return best[1] if best else None


def date_matches(event: Event, gold: str) -> tuple[bool, bool]:
    """Return (exact, lenient): whether an event's date is the gold date, and whether one holds the other."""
    bounds = interval(gold)
    if bounds is None:
        return False, False
    exact = event.when.value.split("T")[0] == gold
    first, last, _ = bounds
    ours = (event.when.start, event.when.end)
    lenient = (ours[0] <= first and last <= ours[1]) or (first <= ours[0] and ours[1] <= last)
    return exact, lenient


def _before(one: tuple[dt.date, dt.date], other: tuple[dt.date, dt.date]) -> bool:
    return one[1] < other[0]


@dataclass
class TimelineScores:
    """Counts behind dated recall, date accuracy, the undated rate and order agreement."""

    mentions: int = 0
    unlocated: int = 0
    dated: int = 0
    covered: int = 0
    exact: int = 0
    lenient: int = 0
    undated: int = 0
    undated_placed: int = 0
    pairs: int = 0
    agree: int = 0
    placements: list[Placement] = field(default_factory=list)

    def count(self, placement: Placement) -> None:
        """Add one mention's outcome to the counts."""
        self.placements.append(placement)
        self.mentions += 1
        if not placement.located:
            self.unlocated += 1
        elif placement.mention.date is None:
            self.undated += 1
            self.undated_placed += placement.event is not None
        else:
            self.dated += 1
            self.covered += placement.event is not None
            self.exact += placement.exact
            self.lenient += placement.lenient

    def count_order(self) -> None:
        """Count the order pairs among the covered dated mentions of each timeline."""
        placed = [p for p in self.placements if p.event is not None and p.mention.date is not None]
        for one, other in itertools.combinations(placed, 2):
            if one.mention.timeline != other.mention.timeline:
                continue
            gold_one, gold_other = interval(one.mention.date or ""), interval(other.mention.date or "")
            if gold_one is None or gold_other is None:
                continue
            if _before(gold_other[:2], gold_one[:2]):
                one, other = other, one
            elif not _before(gold_one[:2], gold_other[:2]):
                continue  # the gold dates overlap: no order to agree with
            self.pairs += 1
            assert one.event is not None and other.event is not None
            ours = (one.event.when.start, one.event.when.end), (other.event.when.start, other.event.when.end)
            self.agree += _before(*ours)

    def add(self, other: TimelineScores) -> None:
        """Add another folder's counts to these."""
        for name in ("mentions", "unlocated", "dated", "covered", "exact", "lenient", "undated",
                     "undated_placed", "pairs", "agree"):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.placements.extend(other.placements)

    def summary(self) -> dict[str, float | int]:
        """Return the counts and the figures (ratios rounded to 4 places) as a flat dict."""

        def ratio(part: int, whole: int) -> float:
            return round(part / whole, 4) if whole else 0.0

        return {
            "mentions": self.mentions,
            "unlocated": self.unlocated,
            "dated": self.dated,
            "covered": self.covered,
            "exact": self.exact,
            "lenient": self.lenient,
            "coverage": ratio(self.covered, self.dated),
            "recall_exact": ratio(self.exact, self.dated),
            "recall_lenient": ratio(self.lenient, self.dated),
            "accuracy_exact": ratio(self.exact, self.covered),
            "accuracy_lenient": ratio(self.lenient, self.covered),
            "undated": self.undated,
            "undated_placed": self.undated_placed,
            "undated_rate": ratio(self.undated_placed, self.undated),
            "order_pairs": self.pairs,
            "order_agree": self.agree,
            "order_agreement": ratio(self.agree, self.pairs),
        }


def extract_events(document: CatDocument, *, tagger: Tagger = tag) -> list[Event]:
    """Tag a CAT document's rebuilt text against its creation date and turn it into events."""
    record = Document(id=document.id, text=document.text, date=document.dct)
    return event_layer.extract(record, tagger(document.text, dct=document.dct))


def score_mentions(
    mentions: Iterable[GoldMention], documents: dict[str, CatDocument], extracted: dict[str, list[Event]]
) -> TimelineScores:
    """Place each gold mention among the extracted events of its document and count the outcomes."""
    scores = TimelineScores()
    for mention in mentions:
        document = documents.get(mention.document)
        spans = locate(document, mention) if document is not None else []
        placement = Placement(mention, spans)
        if spans:
            placement.event = place(spans, extracted.get(mention.document, []), mention.document)
        if placement.event is not None and mention.date is not None:
            placement.exact, placement.lenient = date_matches(placement.event, mention.date)
        scores.count(placement)
    scores.count_order()
    return scores


def read_folder(folder: str | Path) -> tuple[dict[str, CatDocument], list[GoldMention]]:
    """Read a SemEval-2015 Task 4 folder: CAT XML files in documents/, timeline files in timelines/."""
    folder = Path(folder)
    if not (folder / "documents").is_dir() or not (folder / "timelines").is_dir():
        raise InputError(f"{folder}: expected the folders documents/ (CAT XML) and timelines/ in it")
    documents = {doc.id: doc for doc in map(read_cat, sorted((folder / "documents").glob("*.xml")))}
    mentions = [m for path in sorted((folder / "timelines").glob("*.txt")) for m in read_timeline(path)]
    return documents, mentions


def score_folder(folder: str | Path, *, tagger: Tagger = tag) -> TimelineScores:
    """Extract events from a folder's documents and score them against its gold timelines."""
    documents, mentions = read_folder(folder)
    extracted = {doc_id: extract_events(doc, tagger=tagger) for doc_id, doc in documents.items()}
    return score_mentions(mentions, documents, extracted)


def score_timeline_folders(
    folders: Iterable[str | Path], *, tagger: Tagger = tag
) -> dict[str, TimelineScores]:
    """Score each SemEval-2015 Task 4 folder, keyed by its name; with several, a "total" entry too."""
    results = {Path(folder).name: score_folder(folder, tagger=tagger) for folder in folders}
    if len(results) > 1:
        total = TimelineScores()
        for scores in results.values():
            total.add(scores)
        results["total"] = total
    return results


def timeline_table(summaries: dict[str, dict[str, float | int]]) -> str:
    """Return timeline scores as an aligned text table, one folder a row."""
    columns = [("dated", "dated"), ("covered", "covered"), ("recall_exact", "rec.exact"),
               ("recall_lenient", "rec.lenient"), ("accuracy_exact", "acc.exact"),
               ("accuracy_lenient", "acc.lenient"), ("undated", "undated"), ("undated_rate", "undated.rate"),
               ("order_agreement", "order")]  # fmt: skip
    return table(summaries, columns, cell=13)


def misses(scores: TimelineScores) -> Iterator[str]:
    """Yield a line for each gold mention not dated right: unlocated, unplaced, wrongly dated, or undated
    but placed."""
    for placement in scores.placements:
        mention = placement.mention
        gold = mention.date or "undated"
        where = f"{mention.timeline} {mention.id} gold {gold}"
        if not placement.located:
            yield f"unlocated  {where}"
        elif placement.event is None:
            if mention.date is not None:
                yield f"unplaced   {where}"
        elif mention.date is None:
            yield f"placed     {where} ours {placement.event.when.value}: {placement.event.title}"
        elif not placement.exact:
            kind = "lenient" if placement.lenient else "wrong"
            yield f"{kind:<10} {where} ours {placement.event.when.value}: {placement.event.title}"
