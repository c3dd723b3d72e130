"""Score the tagger against TimeML gold the TempEval-3 way (strict and relaxed extents, value, type).

TempEval-3: only TIMEX3 inside <TEXT> count. A strict match has the identical extent; a relaxed match
any overlap, paired one to one. Value F1 is relaxed F1 times the share of relaxed matches whose value is
exactly right; type F1 alike. Reading TimeML is here too; event dating is scored in evaluate_events.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from timeline.counts import listed
from timeline.errors import InputError
from timeline.models import TimeExpression
from timeline.temporal import tag, timeml

Tagger = Callable[..., list[TimeExpression]]


@dataclass
class GoldEvent:
    """An <EVENT> of the gold text with its offsets in the stripped text."""

    eid: str
    start: int
    end: int
    text: str
    attrs: dict[str, str]


@dataclass
class GoldDocument:
    """A TimeML document: its stripped text, DCT, and gold TIMEX3, EVENT, MAKEINSTANCE and TLINK layers."""

    id: str
    text: str
    dct: dt.date | None
    timexes: list[TimeExpression]
    events: list[GoldEvent]
    instances: dict[str, str]  # eiid -> eid
    tlinks: list[dict[str, str]]


def _timex(attrs: dict[str, str], start: int, end: int, text: str) -> TimeExpression | None:
    kind = attrs.get("type", "").upper()
    if kind not in ("DATE", "TIME", "DURATION", "SET"):
        return None
    return TimeExpression(
        tid=attrs.get("tid"),
        start=start,
        end=end,
        text=text,
        type=kind,
        value=attrs.get("value", ""),
        mod=attrs.get("mod") or None,
        quant=attrs.get("quant") or None,
        freq=attrs.get("freq") or None,
        anchor=attrs.get("anchorTimeID") or None,
    )


def read_timeml(path: str | Path) -> GoldDocument:
    """Read a TimeML file: the <TEXT> with tags removed (entities unescaped) and gold offsets into it.

    A file that is not well-formed XML raises InputError naming its line and column.
    """
    path = Path(path)
    parsed = timeml.parse(path.read_bytes(), where=str(path))
    timexes: list[TimeExpression] = []
    events: list[GoldEvent] = []
    for element in parsed.elements:
        if element.name == "TIMEX3":
            timex = _timex(element.attrs, element.start, element.end, element.text)
            if timex is not None:
                timexes.append(timex)
        elif element.name == "EVENT":
            events.append(GoldEvent(element.attrs.get("eid", ""), element.start, element.end, element.text,
                                    element.attrs))  # fmt: skip
    instances: dict[str, str] = {}
    tlinks: list[dict[str, str]] = []
    for match in timeml.TAG.finditer(parsed.after):
        if match["name"] == "MAKEINSTANCE":
            attrs = timeml.attributes(match["attrs"])
            instances[attrs.get("eiid", "")] = attrs.get("eventID", "")
        elif match["name"] == "TLINK":
            tlinks.append(timeml.attributes(match["attrs"]))
    return GoldDocument(
        id=parsed.id or path.stem,
        text=parsed.text,
        dct=parsed.dct,
        timexes=sorted(timexes, key=lambda t: (t.start, t.end)),
        events=sorted(events, key=lambda e: (e.start, e.end)),
        instances=instances,
        tlinks=tlinks,
    )


def read_corpus(folder: str | Path) -> list[GoldDocument]:
    """Read every .tml file of a folder, in name order."""
    return [read_timeml(path) for path in _tml_paths(Path(folder))]


def _tml_paths(folder: Path) -> list[Path]:
    if not folder.exists():
        raise InputError(f"{folder}: no such file or folder")
    paths = sorted(folder.glob("*.tml")) if folder.is_dir() else [folder]
    if not paths:
        below = sorted({path.parent for path in folder.rglob("*.tml")})
        if below:  # one corpus a folder: a parent of several is not scored as one corpus by mistake
            named = " ".join(str(path) for path in below[:3]) + (" ..." if below[3:] else "")
            some = f"{len(below)} of its subfolders hold" if below[1:] else "one of its subfolders holds"
            raise InputError(f"{folder}: no .tml files directly in it, but {some} some: name them, "
                             f"e.g. timeline evaluate {named}")  # fmt: skip
        raise InputError(f"{folder}: no .tml files found")
    return paths


@dataclass
class Error:
    """One disagreement with the gold: a miss, a spurious tag, or a wrong value or type."""

    document: str
    kind: str  # "missed", "spurious", "value", "type", "extent"
    gold: TimeExpression | None
    system: TimeExpression | None


@dataclass
class Scores:
    """Counts behind the TempEval-3 figures, and the errors found."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0
    errors: list[Error] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)  # gold documents without a DCT
    unanswered: list[str] = field(default_factory=list)  # gold files with no system file, scored as empty

    @staticmethod
    def _f1(matches: int, gold: int, system: int) -> tuple[float, float, float]:
        precision = matches / system if system else 0.0
        recall = matches / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def strict_prf(self) -> tuple[float, float, float]:
        """Return precision, recall and F1 of identical extents."""
        return self._f1(self.strict, self.gold, self.system)

    def relaxed_prf(self) -> tuple[float, float, float]:
        """Return precision, recall and F1 of overlapping extents, paired one to one."""
        return self._f1(self.relaxed, self.gold, self.system)

    def value_f1(self) -> float:
        """Return relaxed F1 times the share of relaxed matches with the exact gold value."""
        return self.relaxed_prf()[2] * (self.value / self.relaxed) if self.relaxed else 0.0

    def type_f1(self) -> float:
        """Return relaxed F1 times the share of relaxed matches with the gold type."""
        return self.relaxed_prf()[2] * (self.type / self.relaxed) if self.relaxed else 0.0

    def add(self, other: Scores) -> None:
        """Add another document's or corpus's counts and errors to these."""
        for name in ("gold", "system", "strict", "relaxed", "value", "type"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)
        self.undated.extend(other.undated)
        self.unanswered.extend(other.unanswered)

    def summary(self) -> dict[str, float | int]:
        """Return the figures as a flat dict (F1s rounded to 4 places)."""
        sp, sr, sf = self.strict_prf()
        rp, rr, rf = self.relaxed_prf()
        return {
            "gold": self.gold,
            "system": self.system,
            "strict_precision": round(sp, 4),
            "strict_recall": round(sr, 4),
            "strict_f1": round(sf, 4),
            "relaxed_precision": round(rp, 4),
            "relaxed_recall": round(rr, 4),
            "relaxed_f1": round(rf, 4),
            "value_f1": round(self.value_f1(), 4),
            "type_f1": round(self.type_f1(), 4),
        }


def score_document(document: str, gold: list[TimeExpression], system: list[TimeExpression]) -> Scores:
    """Compare one document's system expressions with its gold ones."""
    scores = Scores(gold=len(gold), system=len(system))
    used: set[int] = set()
    for g in gold:
        pair = None
        for index, s in enumerate(system):
            if index in used or s.end <= g.start or s.start >= g.end:
                continue
            if pair is None or (s.start, s.end) == (g.start, g.end):
                pair = index
                if (s.start, s.end) == (g.start, g.end):
                    break
        if pair is None:
            scores.errors.append(Error(document, "missed", g, None))
            continue
        used.add(pair)
        s = system[pair]
        scores.relaxed += 1
        if (s.start, s.end) == (g.start, g.end):
            scores.strict += 1
        else:
            scores.errors.append(Error(document, "extent", g, s))
        if s.value == g.value:
            scores.value += 1
        else:
            scores.errors.append(Error(document, "value", g, s))
        if s.type == g.type:
            scores.type += 1
        else:
            scores.errors.append(Error(document, "type", g, s))
    for index, s in enumerate(system):
        if index not in used:
            scores.errors.append(Error(document, "spurious", None, s))
    scores.errors.sort(key=lambda error: _where(error.gold or error.system))  # in reading order
    return scores


def _where(timex: TimeExpression | None) -> tuple[int, int]:
    return (timex.start, timex.end) if timex else (-1, -1)


def score_documents(documents: Iterable[GoldDocument], tagger: Tagger) -> Scores:
    """Tag each gold document's text with `tagger` (given its DCT) and add up the scores."""
    total = Scores()
    for gold in documents:
        total.add(score_document(gold.id, gold.timexes, tagger(gold.text, dct=gold.dct)))
        if gold.dct is None:
            total.undated.append(gold.id)
    return total


def score_corpus(folder: str | Path, tagger: Tagger = tag) -> Scores:
    """Score a folder of TimeML gold files with `tagger` (the project's tagger by default)."""
    return score_documents(read_corpus(folder), tagger)


def score_folders(folders: Iterable[str | Path], tagger: Tagger = tag) -> dict[str, Scores]:
    """Score each folder of TimeML gold files, keyed by the folder's name, in the order given."""
    return {Path(folder).name: score_corpus(folder, tagger) for folder in folders}


def score_system(gold: str | Path, system: str | Path) -> Scores:
    """Score another system's TimeML (a folder, or one file) against gold, pairing files by name as the
    TempEval-3 scorer does; nothing is tagged here.

    A gold file with no system file of its name scores as a document the system tagged nothing in (a
    pipeline may write no file for an empty document) and is named in `Scores.unanswered`. When no gold
    file has one, the folder is the wrong one: InputError. Offsets only compare when both hold the same
    text: a system file whose text differs from its gold file's raises InputError.
    """
    gold_paths, system = _tml_paths(Path(gold)), Path(system)
    if not system.exists():
        raise InputError(f"{system}: no such file or folder")
    pairs = [(path, system / path.name if system.is_dir() else system) for path in gold_paths]
    missing = [path.name for path, answer in pairs if not answer.is_file()]
    if len(missing) == len(pairs) or (not system.is_dir() and len(pairs) > 1):
        named = listed(missing, 3) if missing else "several gold files"
        raise InputError(f"{system}: no system file for {named}: give a folder of files named as the gold's")
    total = Scores(unanswered=missing)
    for path, answer in pairs:
        expected = read_timeml(path)
        if not answer.is_file():
            total.add(score_document(expected.id, expected.timexes, []))
            continue
        found = read_timeml(answer)
        if found.text != expected.text:
            at = _first_difference(expected.text, found.text)
            raise InputError(f"{answer}: its text differs from {path}'s from character {at} on "
                             f"({expected.text[at : at + 20]!r} in the gold), so offsets cannot be compared")
        total.add(score_document(expected.id, expected.timexes, found.timexes))
    return total


def _first_difference(one: str, other: str) -> int:
    pairs = zip(one, other, strict=False)  # the shorter text may be a prefix of the other
    return next((index for index, (a, b) in enumerate(pairs) if a != b), min(len(one), len(other)))


def describe(error: Error) -> str:
    """Return one tab-separated line for an error: document, kind, then gold and system as
    'text'@start-end TYPE value [mod] (offsets into the text of <TEXT>, tags removed), - when absent."""

    def show(timex: TimeExpression | None) -> str:
        if timex is None:
            return "-"
        mod = f" {timex.mod}" if timex.mod else ""
        return f"{timex.text!r}@{timex.start}-{timex.end} {timex.type} {timex.value}{mod}"

    return f"{error.document}\t{error.kind}\tgold={show(error.gold)}\tsystem={show(error.system)}"


def error_record(error: Error) -> dict:
    """Return an error as a JSON-ready dict: document, kind, and the gold and system expressions (or None)."""

    def shown(timex: TimeExpression | None) -> dict | None:
        return timex.model_dump(exclude_none=True) if timex else None

    return {"document": error.document, "kind": error.kind, "gold": shown(error.gold),
            "system": shown(error.system)}  # fmt: skip


_COLUMNS = [
    ("gold", "gold"),
    ("system", "sys"),
    ("strict_precision", "strict P"),
    ("strict_recall", "strict R"),
    ("strict_f1", "strict F1"),
    ("relaxed_f1", "relax F1"),
    ("value_f1", "value F1"),
    ("type_f1", "type F1"),
]


def table(
    summaries: dict[str, dict[str, float | int]], columns: list[tuple[str, str]] = _COLUMNS, cell: int = 10,
    head: str = "corpus",
) -> str:
    """Return the summaries as an aligned text table, one corpus a row: `columns` are (key, label) pairs,
    each `cell` characters wide, the rows' names under `head`; counts print as they are, ratios with four
    decimals."""
    width = max([len(head), *map(len, summaries)])
    lines = [head.ljust(width) + "".join(f"{label:>{cell}}" for _, label in columns)]
    for name, summary in summaries.items():
        cells = [f"{summary[key]:>{cell}}" if isinstance(summary[key], int) else f"{summary[key]:>{cell}.4f}"
                 for key, _ in columns]
        lines.append(name.ljust(width) + "".join(cells))
    return "\n".join(lines)
