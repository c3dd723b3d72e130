"""Write a tagged text as TimeML (a DCT element and the text with inline TIMEX3 tags, XML-escaped), and
read one back: the text of <TEXT> with its tags removed, offsets into it, the DCT and the DOCID."""

from __future__ import annotations

import datetime as dt
import html
import re
import xml.parsers.expat
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from timeline.errors import InputError
from timeline.models import TimeExpression

# Characters XML 1.0 cannot hold become spaces, so offsets into the parsed text stay those of the input
# (a lone surrogate, from a JSON "\ud800" escape, could not even be written as UTF-8).
_CONTROLS = [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)]
NOT_XML = {c: " " for c in [*_CONTROLS, *range(0xD800, 0xE000), 0xFFFE, 0xFFFF]}
_UNSAFE = re.compile(r"[^\w.-]+")


def file_name(doc_id: str, taken: set[str]) -> str:
    """Return a portable .tml file name for a document id, not in `taken` (which it joins).

    "news/a 1.txt" -> "news_a_1.txt.tml"; a second "news/a 1.txt" -> "news_a_1.txt-2.tml". An id that
    ends in .tml (a TimeML DOCID such as "train_9.tml") is not given a second one, so that a corpus tagged
    again keeps its file names and `evaluate --system` pairs the files.
    """
    doc_id = doc_id[: -len(".tml")] if doc_id.lower().endswith(".tml") else doc_id
    stem = _UNSAFE.sub("_", doc_id).strip("._")[:120] or "document"
    name, count = stem, 1
    while name.lower() in taken:  # case-insensitive file systems would merge "A" and "a"
        count += 1
        name = f"{stem}-{count}"
    taken.add(name.lower())
    return name + ".tml"


def _attributes(timex: TimeExpression) -> str:
    pairs = [("tid", timex.tid or ""), ("type", timex.type), ("value", timex.value)]
    pairs += [(name, getattr(timex, name)) for name in ("mod", "quant", "freq") if getattr(timex, name)]
    if timex.anchor:
        pairs += [
            ("temporalFunction", "true"),
            ("anchorTimeID", "t0" if timex.anchor == "dct" else timex.anchor),
        ]
    return " ".join(f"{name}={quoteattr(str(value))}" for name, value in pairs)


def to_timeml(
    text: str, timexes: list[TimeExpression], *, dct: dt.date | None = None, doc_id: str | None = None
) -> str:
    """Return a TimeML document for `text`: DOCID, DCT (tid t0) and TEXT with inline TIMEX3 elements.

    Expressions must not overlap (the tagger never returns overlapping ones); the text between them is
    escaped, so stripping the tags and unescaping gives back `text` exactly.
    """
    text = text.translate(NOT_XML)
    parts = ['<?xml version="1.0" ?>\n<TimeML>\n']
    if doc_id is not None:
        parts.append(f"<DOCID>{escape(doc_id.translate(NOT_XML))}</DOCID>\n")
    if dct is not None:
        day = dct.isoformat()
        parts.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{day}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{day}</TIMEX3></DCT>\n'
        )
    parts.append("<TEXT>")
    position = 0
    for timex in sorted(timexes, key=lambda t: t.start):
        if timex.start < position:
            continue
        parts.append(escape(text[position : timex.start]))
        parts.append(f"<TIMEX3 {_attributes(timex)}>{escape(text[timex.start : timex.end])}</TIMEX3>")
        position = timex.end
    parts.append(escape(text[position:]))
    parts.append("</TEXT>\n</TimeML>\n")
    return "".join(parts).replace("\r", "&#13;")  # a parser would turn a raw carriage return into a line feed


TAG = re.compile(r"<(?P<close>/?)(?P<name>[A-Za-z_][\w.-]*)(?P<attrs>[^>]*?)(?P<empty>/?)>")
_ATTR = re.compile(r'(?P<key>[\w.-]+)\s*=\s*"(?P<value>[^"]*)"')
_TEXT = re.compile(r"<TEXT>(?P<body>.*?)</TEXT>", re.S)
_ROOT = re.compile(r"<TimeML\b[^>]*>(?P<body>.*)</TimeML>", re.S)  # HeidelTime writes no <TEXT>
_DCT = re.compile(r"<DCT>[^<]*<TIMEX3(?P<attrs>[^>]*)>", re.S)  # te3-silver: <DCT>PLACE, <TIMEX3 ...
_DOCID = re.compile(r"<DOCID>(?P<id>.*?)</DOCID>")


def attributes(raw: str) -> dict[str, str]:
    """Return the attributes of a tag's attribute text (`tid="t1" type="DATE"`), entities unescaped."""
    return {m["key"]: html.unescape(m["value"]) for m in _ATTR.finditer(raw)}


@dataclass
class Element:
    """An element inside <TEXT> (TIMEX3, EVENT, ...): its attributes and its offsets in the stripped text."""

    name: str
    attrs: dict[str, str]
    start: int
    end: int
    text: str


@dataclass
class Parsed:
    """A TimeML file read: DOCID, DCT, the text of <TEXT> without tags, its elements, and what follows it."""

    id: str | None
    dct: dt.date | None
    text: str
    elements: list[Element]
    after: str  # the markup after </TEXT>: MAKEINSTANCE, TLINK...


def _well_formed(data: bytes, where: str) -> None:
    """Raise InputError naming the line and column where the data stops being well-formed XML.

    The reader is lenient by design (offsets come from the raw text), so without this check an unclosed
    or misspelt tag would silently become different text, different gold and different figures.
    """
    parser = xml.parsers.expat.ParserCreate()
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as error:
        message = xml.parsers.expat.errors.messages[error.code]
        raise InputError(
            f"{where}line {error.lineno}, column {error.offset + 1}: the XML is broken ({message}); "
            "fix the file or leave it out"
        ) from None


def parse(data: bytes, *, where: str = "") -> Parsed:
    """Read the bytes of a TimeML file; InputError, its message starting with `where`, when it cannot be.

    The text is the content of <TEXT> with every tag removed and entities unescaped, line ends as an XML
    parser gives them (LF); element offsets count its characters, as TempEval-3 gold offsets do.
    """
    where = f"{where}, " if where else ""
    _well_formed(data, where)
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{where}not UTF-8 at byte {error.start}") from None
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")  # as an XML parser does
    body = _TEXT.search(raw) or _ROOT.search(raw)
    if body is None:
        raise InputError(f"{where}no <TEXT> or <TimeML> element, not a TimeML file")
    pieces: list[str] = []
    length = 0
    open_tags: list[tuple[str, dict[str, str], int]] = []
    elements: list[Element] = []
    position = 0
    inner = body["body"]
    for match in TAG.finditer(inner):
        segment = html.unescape(inner[position : match.start()])
        pieces.append(segment)
        length += len(segment)
        position = match.end()
        name = match["name"]
        if match["close"]:
            for index in range(len(open_tags) - 1, -1, -1):
                if open_tags[index][0] == name:
                    _, attrs, start = open_tags.pop(index)
                    elements.append(Element(name, attrs, start, length, "".join(pieces)[start:length]))
                    break
        elif not match["empty"]:
            open_tags.append((name, attributes(match["attrs"]), length))
    pieces.append(html.unescape(inner[position:]))
    dct = None
    dct_match = _DCT.search(raw)
    if dct_match:
        try:
            dct = dt.date.fromisoformat(attributes(dct_match["attrs"]).get("value", "")[:10])
        except ValueError:
            dct = None
    docid = _DOCID.search(raw)
    found_id = html.unescape(docid["id"]).strip() if docid else None
    return Parsed(found_id, dct, "".join(pieces), elements, raw[body.end() :])
