"""Write a tagged text as TimeML: a DCT element and the text with inline TIMEX3 tags, XML-escaped."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape, quoteattr

from timeline.models import TimeExpression


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
    parts = ['<?xml version="1.0" ?>\n<TimeML>\n']
    if doc_id is not None:
        parts.append(f"<DOCID>{escape(doc_id)}</DOCID>\n")
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
    return "".join(parts)
