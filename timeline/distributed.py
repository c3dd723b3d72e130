"""Run the extraction on a Dask cluster: a remote scheduler, or a LocalCluster on this machine.

Each Dask task (a dask.distributed future) reads, tags and extracts the documents of one partition of
the inputs (files, or ranges of lines of JSON Lines shards) with the same `pipeline.process` a serial
run uses; the client merges the per-document results, in input order, in the same final reduction
(`pipeline.assemble`). So the Timeline is the one a serial run gives: same events, ids and order.

Workers must see the input paths (a shared file system, or the same paths on every machine). Dask is
an optional extra (`pip install "timeline[dask]"`) and is imported only here, only when used.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from timeline import pipeline, sources
from timeline.api_checks import documents_date, given_date, input_list
from timeline.errors import InputError, TimelineError
from timeline.models import Timeline
from timeline.pipeline import ProgressHandler, Result, Stage, reported
from timeline.sources import Input, Problem, ProblemHandler

PARTITIONS_PER_WORKER = 4  # enough tasks to even out slow documents, few enough to keep overhead low
TASK_DOCUMENTS = 2_000  # documents a task holds at most by default: its results travel back in one piece
RETRIES = 2  # a task whose worker died is resubmitted by the scheduler; this covers transient errors too


def _partition(entries: list[Input], *, dct: dt.date | None, stage: Stage, texts: bool) -> list[Result]:
    """Read and process the inputs of one partition, where a Dask worker runs it."""
    results: list[Result] = []

    def report(problem: Problem) -> None:
        results.append(Result(document=None, problems=[problem]))

    for item in sources.items(entries, on_problem=report):
        results.append(pipeline.process(item, dct=dct, stage=stage, texts=texts))
    return results


@contextmanager
def _client(scheduler: str | None, workers: int):
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        message = f'the dask engine needs the dask extra: pip install "timeline[dask]" ({error})'
        raise TimelineError(message) from None

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    # One thread per worker process: the tagger is pure Python, so threads would share one GIL.
    with LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
        silence_logs=logging.ERROR,
    ) as cluster, Client(cluster) as client:  # fmt: skip
        yield client


def plan(entries: list[Input], *, partitions: int | None = None, workers: int = 2) -> list[list[Input]]:
    """Cut the inputs into groups of about equal numbers of documents, in order: one group per task.

    A file counts as one document and stays whole; a JSON Lines file counts as its lines and is cut
    into ranges of lines where a group is full. Without `partitions`, groups hold at most about
    TASK_DOCUMENTS documents, and there are at least PARTITIONS_PER_WORKER per worker.
    """
    weights = [sources.count_lines(entry) for entry in entries]
    total = sum(weights)
    if not total:
        return []
    count = partitions or max(PARTITIONS_PER_WORKER * workers, -(-total // TASK_DOCUMENTS))
    target = max(1, -(-total // count))
    groups: list[list[Input]] = [[]]
    room = target
    for entry, weight in zip(entries, weights, strict=True):
        first, last = 1, (weight if entry.kind == "jsonl" else 1)
        while first <= last:
            if room <= 0:
                groups.append([])
                room = target
            take = min(room, last - first + 1)
            lines = (first, first + take) if entry.kind == "jsonl" else None
            groups[-1].append(Input(entry.path, entry.name, entry.kind, lines))
            first, room = first + take, room - take
    return groups


def run(
    inputs: Iterable[str | Path], *, dct: dt.date | None = None, scheduler: str | None = None,
    workers: int = 2, partitions: int | None = None, stage: Stage = "events", texts: bool = True,
    on_problem: ProblemHandler | None = None, on_progress: ProgressHandler | None = None,
) -> Iterator[Result]:  # fmt: skip
    """Yield a Result for each document, in input order, computed by Dask tasks.

    Without `scheduler` (an address such as tcp://10.0.0.5:8786) a LocalCluster of `workers`
    processes is started and stopped. A document that raises is reported (with its id) as a Problem.
    """
    dct = given_date(dct)  # a script's "2025-10-22" dates the documents, as in pipeline.run
    entries = sources.expand(input_list(inputs))  # before the cluster starts: a typo fails at once
    if any(entry.path == sources.STDIN for entry in entries):
        raise InputError("standard input cannot be sent to a cluster: save it to a file first")
    with _client(scheduler, workers) as client:
        running = len(client.scheduler_info()["workers"]) or workers
        groups = plan(entries, partitions=partitions, workers=running)
        if not groups:
            return
        total = sources.total_bytes({entry.path: entry for group in groups for entry in group}.values())
        # Futures are collected in submission order, so results come back in input order.
        futures = client.map(
            _partition, groups, dct=dct, stage=stage, texts=texts, retries=RETRIES, pure=False
        )

        def results() -> Iterator[Result]:
            for future in futures:
                yield from future.result()
                future.release()

        yield from reported(results(), total, on_problem=on_problem, on_progress=on_progress)


def extract(
    inputs: Iterable[str | Path], *, dct: dt.date | None = None, default_dct: dt.date | str | None = None,
    title: str | None = None, scheduler: str | None = None, workers: int = 2, partitions: int | None = None,
    texts: bool = True, on_problem: ProblemHandler | None = None, on_progress: ProgressHandler | None = None,
) -> Timeline:  # fmt: skip
    """Build a Timeline on a Dask cluster; the result equals `pipeline.extract` on the same inputs (and
    `dct`, `default_dct` mean what they mean there)."""
    seen: list[Problem] = []

    def report(problem: Problem) -> None:
        seen[:] = seen[:1] or [problem]
        if on_problem:
            on_problem(problem)

    result = pipeline.assemble(
        run(inputs, dct=documents_date(dct, default_dct), scheduler=scheduler, workers=workers,
            partitions=partitions, texts=texts, on_problem=report, on_progress=on_progress),
        title=title, on_problem=report,
    )  # fmt: skip
    if not result.documents and seen:
        raise pipeline.nothing_read(seen[0], reported=on_problem is not None)
    return result
