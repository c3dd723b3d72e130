"""Write what the tagger found in each document (`timeline tag`): JSON, JSON Lines or TimeML.

Every function takes the tagged documents as an iterable of pipeline Results, in order, and
streams where the format allows it: JSON Lines a line at a time, TimeML a document at a time.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from timeline import pipeline
from timeline.errors import InputError
from timeline.pipeline import Result
from timeline.sources import Fallback, Problem
from timeline.temporal.timeml import file_name, to_timeml


def record(result: Result, *, text: bool = False) -> dict:
    """Return one tagged document as a JSON-ready dict: its id, DCT, where the DCT came from, where the
    document came from (a file, or file:line of JSON Lines), timexes, and with `text` the text itself.

    Offsets count characters (code points) of the document's text as read: a file's line ends as they are
    (CRLF stays two characters), without a byte-order mark or front matter; a web page's article text.
    """
    document = result.document
    if document is None:
        raise ValueError("a Result without a document has nothing tagged")
    found = {
        "id": document.id,
        "dct": document.date.isoformat() if document.date else None,
        "date_source": document.date_source,
        "source": document.source,
        "timexes": [t.model_dump(exclude_none=True) for t in result.timexes],
    }
    return {**found, "text": document.text} if text else found


def tag_inputs(
    inputs: list[Path], *, dct: dt.date | None, jobs: int, on_problem: Callable[[Problem], None]
) -> Iterator[Result]:
    """Tag the documents of the inputs, as they come; `dct` dates those that carry no date of their own.

    Each problem (an input skipped, an id used twice) goes to `on_problem` and the batch goes on; when no
    input could be read at all, the results end in InputError, as extract does.
    """
    problems: list[Problem] = []

    def report(problem: Problem) -> None:
        problems[:] = problems[:1] or [problem]
        on_problem(problem)

    fallback = Fallback(dct) if dct else None
    results = pipeline.run(inputs, dct=fallback, jobs=jobs, stage="tag", on_problem=report)
    return noting_repeated_ids(_read_some(results, problems), on_problem)


def _read_some(results: Iterable[Result], problems: list[Problem]) -> Iterator[Result]:
    """Yield the results that hold a document; end in InputError when none could be read."""
    read = False
    for result in results:
        if result.document is not None:
            read = True
            yield result
    if not read and problems:
        raise pipeline.nothing_read(problems[0], reported=True)


def noting_repeated_ids(results: Iterable[Result], report: Callable[[Problem], None]) -> Iterator[Result]:
    """Yield the results as they come, reporting each document whose id an earlier one already has.

    Ids come from the input (a JSON Lines "id"); a researcher joins outputs on them, and two documents
    under one id would be mixed up without a word.
    """
    first: dict[str, str] = {}
    for result in results:
        document = result.document
        if document is not None:
            if document.id in first:
                earlier = first[document.id]
                said = f"document id {document.id!r} is used by an earlier document too ({earlier})"
                report(Problem(document.source, None, said))
            else:
                first[document.id] = document.source
        yield result


def jsonl_lines(results: Iterable[Result], *, text: bool = False) -> Iterator[str]:
    """Yield one JSON line (ending in a newline) a tagged document, with its text when `text`."""
    for result in results:
        yield json.dumps(record(result, text=text), ensure_ascii=False) + "\n"


def to_json(results: Iterable[Result], *, text: bool = False) -> str:
    """Return the tagged documents as one JSON array, with their texts when `text`."""
    found = [record(result, text=text) for result in results]
    return json.dumps(found, indent=2, ensure_ascii=False) + "\n"


def _timeml(result: Result) -> str:
    document = result.document
    if document is None:
        raise ValueError("a Result without a document has nothing tagged")
    return to_timeml(document.text, result.timexes, dct=document.date, doc_id=document.id)


def timeml_files(results: Iterable[Result]) -> Iterator[tuple[str, str]]:
    """Yield (file name, TimeML) a document; names are portable and distinct ("news/a 1" -> news_a_1.tml)."""
    taken: set[str] = set()
    for result in results:
        yield file_name(result.document.id if result.document else "", taken), _timeml(result)


def one_timeml(results: Iterable[Result], *, where: str) -> str | None:
    """Return the TimeML of the only document, None when there is none; several raise InputError.

    TimeML holds one document a file: `where` names the file (or stdout) the message speaks of.
    """
    page = None
    for count, result in enumerate(results, 1):
        if count > 1:
            raise InputError(
                f"TimeML is one document a file and {where} would get several: give a folder, e.g. -o tagged/"
            )
        page = _timeml(result)
    return page
