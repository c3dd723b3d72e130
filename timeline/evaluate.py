"""Score the tagger against TimeML gold the TempEval-3 way (strict and relaxed extents, value, type).

TempEval-3: only TIMEX3 inside <TEXT> count. A strict match has the identical extent; a relaxed match
any overlap, paired one to one. Value F1 is relaxed F1 times the share of relaxed matches whose value is
exactly right; type F1 alike. Reading TimeML is here too; event dating is scored in evaluate_events.py."""

from __future__ import annotations

import datetime as dt
import html
import re
import xml.parsers.expat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from timeline.errors import InputError
from timeline.models import TimeExpression
from timeline.temporal import tag

Tagger = Callable[..., list[TimeExpression]]

_TAG = re.compile(r"<(?P<close>/?)(?P<name>[A-Za-z_][\w.-]*)(?P<attrs>[^>]*?)(?P<empty>/?)>")
_ATTR = re.compile(r'(?P<key>[\w.-]+)\s*=\s*"(?P<value>[^"]*)"')
_TEXT = re.compile(r"<TEXT>(?P<body>.*?)</TEXT>", re.S)
_DCT = re.compile(r"<DCT>[^<]*<TIMEX3(?P<attrs>[^>]*)>", re.S)  # te3-silver: <DCT>PLACE, <TIMEX3 ...


def _attrs(raw: str) -> dict[str, str]:
    return {m["key"]: html.unescape(m["value"]) for m in _ATTR.finditer(raw)}


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


def _well_formed(path: Path, data: bytes) -> None:
    """Raise InputError naming the line and column where a file stops being well-formed XML.

    The reader below is lenient by design (offsets come from the raw text), so without this check an
    unclosed or misspelt tag would silently become different gold and different figures.
    """
    parser = xml.parsers.expat.ParserCreate()
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as error:
        message = xml.parsers.expat.errors.messages[error.code]
        raise InputError(
            f"{path}, line {error.lineno}, column {error.offset + 1}: the XML is broken ({message}); "
            "fix the file or leave it out"
        ) from None


def read_timeml(path: str | Path) -> GoldDocument:
    """Read a TimeML file: the <TEXT> with tags removed (entities unescaped) and gold offsets into it.

    A file that is not well-formed XML raises InputError naming its line and column.
    """
    path = Path(path)
    data = path.read_bytes()
    _well_formed(path, data)
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 at byte {error.start}") from None
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")  # as read_text did, and as an XML parser does
    body = _TEXT.search(raw)
    if body is None:
        raise InputError(f"{path}: no <TEXT> element, not a TimeML file")
    pieces: list[str] = []
    length = 0
    open_tags: list[tuple[str, dict[str, str], int]] = []
    timexes: list[TimeExpression] = []
    events: list[GoldEvent] = []
    position = 0
    inner = body["body"]
    for match in _TAG.finditer(inner):
        segment = html.unescape(inner[position : match.start()])
        pieces.append(segment)
        length += len(segment)
        position = match.end()
        name = match["name"]
        if match["close"]:
            for index in range(len(open_tags) - 1, -1, -1):
                if open_tags[index][0] == name:
                    _, attrs, start = open_tags.pop(index)
                    text = "".join(pieces)[start:length]
                    if name == "TIMEX3":
                        timex = _timex(attrs, start, length, text)
                        if timex is not None:
                            timexes.append(timex)
                    elif name == "EVENT":
                        events.append(GoldEvent(attrs.get("eid", ""), start, length, text, attrs))
                    break
        elif not match["empty"]:
            open_tags.append((name, _attrs(match["attrs"]), length))
    pieces.append(html.unescape(inner[position:]))
    text = "".join(pieces)
    dct = None
    dct_match = _DCT.search(raw)
    if dct_match:
        value = _attrs(dct_match["attrs"]).get("value", "")
        try:
            dct = dt.date.fromisoformat(value[:10])
        except ValueError:
            dct = None
    rest = raw[body.end() :]
    instances: dict[str, str] = {}
    tlinks: list[dict[str, str]] = []
    for match in _TAG.finditer(rest):
        if match["name"] == "MAKEINSTANCE":
            attrs = _attrs(match["attrs"])
            instances[attrs.get("eiid", "")] = attrs.get("eventID", "")
        elif match["name"] == "TLINK":
            tlinks.append(_attrs(match["attrs"]))
    docid = re.search(r"<DOCID>(?P<id>.*?)</DOCID>", raw)
    return GoldDocument(
        id=docid["id"].strip() if docid else path.stem,
        text=text,
        dct=dct,
        timexes=sorted(timexes, key=lambda t: (t.start, t.end)),
        events=sorted(events, key=lambda e: (e.start, e.end)),
        instances=instances,
        tlinks=tlinks,
    )


def read_corpus(folder: str | Path) -> list[GoldDocument]:
    """Read every .tml file of a folder, in name order."""
    folder = Path(folder)
    if not folder.exists():
        raise InputError(f"{folder}: no such file or folder")
    paths = sorted(folder.glob("*.tml")) if folder.is_dir() else [folder]
    if not paths:
        raise InputError(f"{folder}: no .tml files found")
    return [read_timeml(path) for path in paths]


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
    summaries: dict[str, dict[str, float | int]], columns: list[tuple[str, str]] = _COLUMNS, cell: int = 10
) -> str:
    """Return the summaries as an aligned text table, one corpus a row: `columns` are (key, label) pairs,
    each `cell` characters wide; counts print as they are, ratios with four decimals."""
    width = max([len("corpus"), *map(len, summaries)])
    lines = ["corpus".ljust(width) + "".join(f"{label:>{cell}}" for _, label in columns)]
    for name, summary in summaries.items():
        cells = [f"{summary[key]:>{cell}}" if isinstance(summary[key], int) else f"{summary[key]:>{cell}.4f}"
                 for key, _ in columns]
        lines.append(name.ljust(width) + "".join(cells))
    return "\n".join(lines)
