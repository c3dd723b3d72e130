"""Run the whole flow: sources -> temporal -> events -> merge -> Timeline.

Inputs stream through one document at a time; `jobs` > 1 runs reading, tagging and event extraction in
worker processes (timeline/parallel.py) and gives the same Timeline as a serial run, in the same order.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from timeline import events, merge, parallel, sources, temporal
from timeline.api_checks import documents_date, given_date, input_list
from timeline.batch_gc import batch_collection
from timeline.errors import InputError
from timeline.models import Document, Event, TimeExpression, Timeline
from timeline.sources import GivenDate, Item, Problem, ProblemHandler

ProgressHandler = Callable[[int, "int | None"], None]
Stage = Literal["read", "tag", "events"]  # how far each document goes: read only, tagged, or events


@dataclass
class Result:
    """What one input item gave: its Document (None if unreadable), its events or expressions, problems."""

    document: Document | None
    events: list[Event] = field(default_factory=list)
    timexes: list[TimeExpression] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    size: int = 0


def events_of(document: Document) -> list[Event]:
    """Tag one document and turn its expressions into events.

    A dateline of any outlet ("FENWICK, Oct. 3, 2024 (Valley Post) -- ") is a sentence of its own to the
    segmenter, so its date, the publication date, dates no event and stays out of the titles.
    """
    return events.extract(document, temporal.tag(document.text, dct=document.date))


BC_KIND = "dates before the year 1 (BC), which a timeline cannot hold: no event made of them"


def before_year_one(timexes: list[TimeExpression]) -> str | None:
    """Say which dates of a document are BC ("in 44 BC": TIMEX3 value BC0044), which no event can be dated
    by (a timeline's days start on 1 January of the year 1), and what to do; None when there are none."""
    said = [t.text for t in timexes if t.value.startswith("BC")]
    if not said:
        return None
    shown = ", ".join(repr(text) for text in said[:3])
    shown += f" and {len(said) - 3} more" if len(said) > 3 else ""
    dates = "a date" if len(said) == 1 else "dates"
    return (f"{dates} before the year 1 ({shown}) cannot be stored, a timeline's days start in the year 1: "
            "no event is made of them (an event added by hand can say such a date in its title or "
            "description)")  # fmt: skip


def process(
    work: Item | Document, *, dct: GivenDate | None = None, stage: Stage = "events", texts: bool = True
) -> Result:
    """Read one item (or take a ready Document), then tag it (stage "tag") or extract its events.

    Stage "read" stops after reading (for measuring the cost of inputs alone). With texts=False the
    Document comes back with an empty text once its events are made: a consumer that writes events
    and document metadata (JSON Lines shards) then holds no article text at all.

    An exception raised on one document is reported as a Problem naming the document: it never
    stops the batch.
    """
    if isinstance(work, Document):
        document, problems, size = work, [], len(work.text)
    else:
        size = work.size
        try:
            document, problems = sources.load(work, dct=dct, keep_empty=stage == "tag")
        except Exception as error:  # noqa: BLE001 - a reader's bug on one odd input must not stop the batch
            message = f"cannot read it ({type(error).__name__}: {error}), skipped"
            document, problems = None, [Problem(work.source, work.line, message)]
    result = Result(document=document, problems=problems, size=size)
    if document is not None and stage != "read":
        try:
            if stage == "tag":
                result.timexes = temporal.tag(document.text, dct=document.date)
            else:
                timexes = temporal.tag(document.text, dct=document.date)
                result.events = events.extract(document, timexes)
                if (said := before_year_one(timexes)) is not None:
                    where = work.source if isinstance(work, Item) else document.source or document.id
                    result.problems.append(Problem(where, getattr(work, "line", None), said, kind=BC_KIND))
        except Exception as error:  # noqa: BLE001 - one document's failure is reported, the batch goes on
            where = work.source if isinstance(work, Item) else document.id
            message = f"document {document.id} failed: {type(error).__name__}: {error}"
            result.problems.append(Problem(where, getattr(work, "line", None), message))
            result.document = None
    if not texts and result.document is not None:
        result.document = result.document.model_copy(update={"text": ""})
    return result


def _is_text(item: str | Path) -> bool:
    """Tell a string of text from a path, a glob pattern or "-"."""
    if isinstance(item, Path) or item == sources.STDIN:
        return False
    if not item.strip() or "\n" in item or "\0" in item:
        return True  # "" would name the current folder
    try:
        if Path(item).exists():
            return False
    except (OSError, ValueError):  # a long text is no file name the system accepts
        return True
    if any(c.isspace() for c in item):
        return True
    # a missing "archve/" or "feeed.jsonl" is a typo to report, not the text of a document
    looks_like_a_path = item.endswith(("/", os.sep)) or Path(item).suffix.lower() in sources.KINDS
    return not (sources.GLOB_CHARS & set(item) or looks_like_a_path)


def plan(
    inputs: str | Path | Iterable[str | Path], *, dct: GivenDate | None = None,
    on_problem: ProblemHandler | None = None,
) -> tuple[Iterator[Item | Document], int | None]:  # fmt: skip
    """Return the work to do, streaming, and its size in bytes (None when unknown, e.g. stdin).

    A string that names an existing path (or a glob, or "-", or looks like a path: one word ending in "/"
    or in a suffix the readers know, ".jsonl") is read as input; any other string is taken as the text of
    a document, and an empty one is skipped as a problem.
    """
    inputs = input_list(inputs)
    seen: dict[str, int] = {}
    expanded = {i: sources.expand([item], seen=seen) for i, item in enumerate(inputs) if not _is_text(item)}
    total = sources.total_bytes(entry for group in expanded.values() for entry in group)
    if total is not None:
        total += sum(len(str(item)) for i, item in enumerate(inputs) if i not in expanded)

    def stream() -> Iterator[Item | Document]:
        for i, item in enumerate(inputs):
            if i in expanded:
                yield from sources.items(expanded[i], on_problem=on_problem)
            elif str(item).strip():
                yield sources.from_text(str(item), dct=dct)
            elif on_problem:
                on_problem(Problem(f"inputs[{i}]", None, "empty text, skipped"))

    return stream(), total


def run(
    inputs: str | Path | Iterable[str | Path], *, dct: GivenDate | None = None, jobs: int | None = 1,
    stage: Stage = "events", texts: bool = True, on_problem: ProblemHandler | None = None,
    on_progress: ProgressHandler | None = None,
) -> Iterator[Result]:  # fmt: skip
    """Yield a Result for each document of the inputs, in input order, computed by `jobs` processes.

    Problems (unreadable inputs, failing documents) go to `on_problem`; `on_progress(bytes_done,
    bytes_total)` is called after each document.
    """
    dct = given_date(dct)
    work, total = plan(inputs, dct=dct, on_problem=on_problem)
    results = parallel.ordered_map(
        functools.partial(process, dct=dct, stage=stage, texts=texts), work, jobs=jobs, size=_size
    )
    yield from reported(results, total, on_problem=on_problem, on_progress=on_progress)


def reported(
    results: Iterable[Result], total: int | None, *, on_problem: ProblemHandler | None = None,
    on_progress: ProgressHandler | None = None,
) -> Iterator[Result]:  # fmt: skip
    """Pass results through, handing their problems to `on_problem` and the bytes done to `on_progress`.

    The bytes done never pass `total` and end at it: what yields no result (trailing blank lines, a file
    that cannot be read) or counts otherwise than the file's bytes (a JSON array's records, a feed's
    entries, re-encoded) would otherwise leave a progress bar short of 100% or past it.
    """
    done = 0
    for result in results:
        for problem in result.problems:
            if on_problem:
                on_problem(problem)
        done += result.size
        if on_progress:
            on_progress(done if total is None else min(done, total), total)
        yield result
    if on_progress and total is not None and done < total:
        on_progress(total, total)


def _size(work: Item | Document) -> int:
    return work.size if isinstance(work, Item) else len(work.text)


def assemble(
    results: Iterable[Result], *, title: str | None = None, on_problem: ProblemHandler | None = None
) -> Timeline:
    """Merge per-document results, in order, into one Timeline (the final reduction of every engine),
    its documents sorted by id as every timeline file keeps them.

    Events stream into merge.dedupe as the results arrive; it reads them all before it merges them, in
    one order whatever the order of the documents (the raw events that join others are held until then,
    a list of references: news gives few). A document id seen twice (two JSON lines with the same "id")
    is reported, and the later document takes the first free id of "a-2", "a-3"...: under one id, the
    evidence of one would point into the other's text once the file keeps a document an id.
    """
    kept: list[Document] = []
    ids: set[str] = set()
    by_id: dict[str, Document] = {}  # filled as documents arrive: dedupe ranks the copies of a story

    def found() -> Iterator[Event]:
        for result in results:
            document, found_events = result.document, result.events
            if document is None:
                continue
            if document.id in ids:
                free = next(name for n in itertools.count(2) if (name := f"{document.id}-{n}") not in ids)
                if on_problem:
                    said = f"document id {document.id!r} is used by an earlier document too: read as {free!r}"
                    on_problem(Problem(document.source or document.id, None, said))
                found_events = [merge.rebased(e, {document.id: free}) for e in found_events]
                document = document.model_copy(update={"id": free})
            ids.add(document.id)
            by_id.setdefault(document.id, document)
            kept.append(document)
            yield from found_events

    events = merge.titled(merge.dedupe(found(), documents=by_id))  # type: ignore[arg-type]  # one pass is enough
    # stamped as `timeline extract` stamps its file: a file saved from Python then keeps a hand removal too
    return Timeline(
        title=title, documents=merge.sort_documents(kept), events=events, written=merge.written(events)
    )


def extract_documents(documents: Iterable[Document], *, title: str | None = None) -> Timeline:
    """Tag each document, turn its expressions into events, and merge them into one Timeline."""
    return assemble((process(document) for document in documents), title=title)


def nothing_read(first: Problem, *, reported: bool) -> InputError:
    """Return the error for a batch where no input could be read; it names the first problem unless the
    caller was already told of each (a command line would say it twice)."""
    if reported:
        return InputError("no document could be read: every input was skipped (see the warnings above)")
    return InputError(f"no document could be read ({first})")


def extract(
    inputs: str | Path | Iterable[str | Path], *, dct: GivenDate | None = None,
    default_dct: dt.date | str | None = None, title: str | None = None, jobs: int | None = 1,
    texts: bool = True, on_problem: ProblemHandler | None = None, on_progress: ProgressHandler | None = None,
) -> Timeline:  # fmt: skip
    """Build a Timeline from paths (files, folders, globs, "-") or from plain strings of text.

        >>> t = timeline.extract(["articles/", "feed.jsonl"], jobs=2, on_problem=problems.append)
        >>> t = timeline.extract("Talks resumed on Monday.", dct=dt.date(2025, 10, 22))
        >>> [(e.when.value, e.title) for e in t.events]
        [('2025-10-20', 'Talks resumed')]

    `inputs`: one path or text, or a list of them. A string that names an existing path, or looks like
    one ("archive/", "feed.jsonl"), is read as input (a missing one raises InputError at once, before
    any work); any other string is the text of a document.
    `dct`: the document creation date (a date, a datetime or "2025-10-22") that relative dates count
    from; it overrides the dates the documents carry. Without it each document's own date is used
    (front matter, a JSON line's "date", a dateline...), and a document with none keeps relative dates
    unresolved (values with X).
    `default_dct`: a date for only the documents that carry none of their own (as `timeline tag --dct`
    and `timeline extract --default-dct`); documents with a date keep it. Give it or `dct`, not both.
    `title`: the timeline's title. `jobs`: worker processes (None or 0: one per CPU); the result is
    the same as a serial run's, in the same order.
    `on_problem(problem)`: called with a timeline.Problem for each input skipped or read with a caveat
    (a bad JSON line, an empty text); when no input can be read at all, InputError.
    `on_progress(bytes_done, bytes_total)`: called after each document (total None for stdin).
    texts=False leaves the documents' texts out (for JSON Lines shards of a large corpus).
    """
    problems: list[Problem] = []  # only the first is kept: a bad corpus may have millions

    def report(problem: Problem) -> None:
        problems[:] = problems[:1] or [problem]
        if on_problem:
            on_problem(problem)

    with batch_collection():  # fewer garbage collections (batch_gc): the same Timeline, sooner
        result = assemble(
            run(inputs, dct=documents_date(dct, default_dct), jobs=jobs, texts=texts, on_problem=report,
                on_progress=on_progress),
            title=title, on_problem=report,
        )  # fmt: skip
    if not result.documents and problems:
        raise nothing_read(problems[0], reported=on_problem is not None)
    return result
