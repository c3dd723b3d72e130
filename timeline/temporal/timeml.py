"""Write a tagged text as TimeML: a DCT element and the text with inline TIMEX3 tags, XML-escaped."""

from __future__ import annotations

import datetime as dt
import re
from xml.sax.saxutils import escape, quoteattr

from timeline.models import TimeExpression

# Characters XML 1.0 cannot hold become spaces, so offsets into the parsed text stay those of the input
# (a lone surrogate, from a JSON "\ud800" escape, could not even be written as UTF-8).
_CONTROLS = [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)]
NOT_XML = {c: " " for c in [*_CONTROLS, *range(0xD800, 0xE000), 0xFFFE, 0xFFFF]}
_UNSAFE = re.compile(r"[^\w.-]+")


def file_name(doc_id: str, taken: set[str]) -> str:
    """Return a portable .tml file name for a document id, not in `taken` (which it joins).

    "news/a 1.txt" -> "news_a_1.txt.tml"; a second "news/a 1.txt" -> "news_a_1.txt-2.tml".
    """
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
