"""Export a Timeline as TimeML: each article's text with the date phrases that date its events as TIMEX3.

The markup is well-formed XML whatever the text, and offsets into the parsed text stay those of the
document, so that the file can be read back (timeline.evaluate.read_timeml) or scored as gold.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from timeline.errors import InputError
from timeline.models import Document, TimeExpression, Timeline
from timeline.temporal.timeml import NOT_XML, file_name
from timeline.temporal.timeml import to_timeml as to_timeml_text


def _evidence_timexes(timeline: Timeline) -> dict[str, list[TimeExpression]]:
    """Return each document's evidence date phrases, in the order of the events: one pass over them all
    (one a document made a timeline of 2,000 documents take over a minute)."""
    timexes: dict[str, list[TimeExpression]] = {}
    for event in timeline.events:
        for evidence in event.evidence:
            if evidence.timex is not None:
                timexes.setdefault(evidence.document, []).append(evidence.timex)
    return timexes


def _range_parts(timex: TimeExpression, document: Document) -> list[TimeExpression]:
    """Return a range or list the event layer joined from date phrases as those TIMEX3 again, else the one.

    "March 8 to March 12, 2025" (value 2025-03-08, end_value 2025-03-12) is "March 8" and "March 12, 2025"
    in TimeML, as the tagger and TimeBank mark them: one TIMEX3 over both would say a day where the text says
    a range; so is each year of "in 2001, 2002 and 2003". The phrase alone is tagged again only to place its
    parts; the first and last take the range's values, one between keeps its own when it falls between them.
    A range the tagger writes as one expression ("the 2006/07 season") stays one.
    """
    if timex.end_value is None:  # most phrases are no range
        return [timex]
    from timeline.temporal import tag  # only for ranges: the tagger is not loaded for other exports

    parts = tag(timex.text, dct=document.date)
    if len(parts) < 2 or parts[0].start != 0 or parts[-1].end != len(timex.text):
        return [timex]
    if any(not timex.value < part.value < timex.end_value for part in parts[1:-1]):
        return [timex]  # a part read otherwise alone than in its sentence: the phrase stays one
    # tids run in document order, and nothing stands between the parts: they were the next ones
    number = timex.tid[1:] if timex.tid and timex.tid[:1] == "t" else ""
    tids = [f"t{int(number) + n}" if number.isdigit() else None for n in range(1, len(parts))]
    head = parts[0]
    first = timex.model_copy(update={"end": timex.start + head.end, "text": head.text, "end_value": None})
    rest = [
        timex.model_copy(update={"tid": tid, "start": timex.start + part.start, "end": timex.start + part.end,
                                 "text": part.text, "type": part.type, "mod": None, "end_value": None,
                                 "value": timex.end_value if part is parts[-1] else part.value})
        for tid, part in zip(tids, parts[1:], strict=True)
    ]
    return [first, *rest]


def _dating_phrases(document: Document, timexes: list[TimeExpression]) -> list[TimeExpression]:
    """Return the date phrases that date the document's events: in order, placed, not overlapping.

    They are numbered afresh unless their own tids are usable (an anchor then follows the phrase it names),
    and an anchor that names a phrase not written (or a DCT the document lacks) is dropped, so that every
    anchorTimeID resolves to the phrase it was computed from.
    """
    found: dict[tuple[int, int], TimeExpression] = {}
    for timex in timexes:
        if document.text[timex.start : timex.end] == timex.text:
            for part in _range_parts(timex, document):
                found.setdefault((part.start, part.end), part)
    chosen: list[TimeExpression] = []
    last_end = -1
    for (start, _), timex in sorted(found.items(), key=lambda item: (item[0][0], -item[0][1])):
        if start >= last_end:
            chosen.append(timex)
            last_end = timex.end
    own = [t.tid for t in chosen]
    tids = own
    if None in own or len(set(own)) < len(own) or "t0" in own:
        tids = [f"t{n}" for n in range(1, len(chosen) + 1)]
    # an anchor follows the phrase it names to its new number (its own tid, when one of a kind)
    counts = Counter(own)
    renamed = {old: new for old, new in zip(own, tids, strict=True) if old and counts[old] == 1}
    if document.date:
        renamed["dct"] = "dct"
    return [
        timex.model_copy(update={"tid": tid, "anchor": renamed.get(timex.anchor or "")})
        for timex, tid in zip(chosen, tids, strict=True)
    ]


def timeml_documents(timeline: Timeline) -> dict[str, str]:
    """Return TimeML for each document: its DCT and its text with the events' date phrases as TIMEX3.

    Only the date phrases that date an event are tagged (the evidence timexes). The markup is
    well-formed XML whatever the text: characters XML cannot hold become spaces and a carriage
    return is written as a reference (a parser would turn a raw one into a line feed), so offsets
    into the parsed text stay those of the document.
    """
    timexes = _evidence_timexes(timeline)
    return {
        document.id: to_timeml_text(
            document.text.translate(NOT_XML),
            _dating_phrases(document, timexes.get(document.id, [])),
            dct=document.date,
            doc_id=document.id.translate(NOT_XML),
        ).replace("\r", "&#13;")
        for document in timeline.documents
    }


def timeml_files(timeline: Timeline) -> Iterator[tuple[str, str]]:
    """Yield (file name, TimeML) for each document, named after its id as `timeline tag` names them.

    An id comes from the input (a JSON Lines "id" may be anything): the name keeps only portable
    characters, so that "../x" or "a/b" never writes outside the folder, and names stay distinct.
    """
    taken: set[str] = set()
    for document_id, text in timeml_documents(timeline).items():
        yield file_name(document_id, taken), text


def to_timeml(timeline: Timeline) -> str:
    """Return the TimeML of the timeline's one document (`timeml_documents` gives one a document)."""
    if len(timeline.documents) > 1:  # said before the work, which takes a while for thousands
        raise InputError(
            f"TimeML is one document a file and this timeline has {len(timeline.documents)}: "
            "give a folder to write them into, e.g. -o timeml/"
        )
    written = timeml_documents(timeline)
    if not written:
        raise InputError(
            "TimeML tags the dates in the articles' text, and this timeline holds no article "
            "(only events added by hand)"
        )
    if len(written) != 1:
        raise InputError(
            f"TimeML is one document a file and this timeline has {len(written)}: "
            "give a folder to write them into, e.g. -o timeml/"
        )
    return next(iter(written.values()))
