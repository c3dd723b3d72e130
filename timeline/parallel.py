"""Map a function over a stream in worker processes, in order, holding only a bounded window of work.

`multiprocessing.Pool.imap` would do the ordering, but its feeder thread drains the input iterator as
fast as it can, so a large corpus would sit in memory while the workers catch up. Here at most
`jobs * WINDOW_PER_JOB` chunks are in flight; the next chunk is read only when the oldest is done.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

CHUNK_ITEMS = 16  # items per task: enough to amortize pickling, small enough to keep workers even
CHUNK_BYTES = 1 << 20  # ... unless they are large: a chunk closes at about 1 MB of input
WINDOW_PER_JOB = 4  # chunks in flight per worker: keeps every worker busy while the parent collects


def resolve_jobs(jobs: int | None) -> int:
    """Return the number of worker processes: `jobs`, or one per CPU for 0 or None."""
    if not jobs or jobs < 0:
        return os.cpu_count() or 1
    return jobs


def chunks(
    stream: Iterable[T], *, size: Callable[[T], int] = lambda _: 0, items: int = CHUNK_ITEMS,
    limit: int = CHUNK_BYTES,
) -> Iterator[list[T]]:  # fmt: skip
    """Cut a stream into lists of at most `items` elements or about `limit` bytes, in order."""
    chunk: list[T] = []
    weight = 0
    for element in stream:
        chunk.append(element)
        weight += size(element)
        if len(chunk) >= items or weight >= limit:
            yield chunk
            chunk, weight = [], 0
    if chunk:
        yield chunk


def _apply(function: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [function(element) for element in chunk]


def _context() -> multiprocessing.context.BaseContext:
    # fork starts a worker in milliseconds with the parent's modules already imported (the tagger's
    # tables, dateparser); spawn is the fallback where fork does not exist.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def ordered_map(
    function: Callable[[T], R], stream: Iterable[T], *, jobs: int | None = 1,
    size: Callable[[T], int] = lambda _: 0,
) -> Iterator[R]:  # fmt: skip
    """Yield function(element) for each element of `stream`, in order, computed by `jobs` processes.

    With jobs=1 everything runs in this process, so a serial run and a parallel run execute the very
    same code; `function` must be picklable (a module-level function or a functools.partial of one).
    """
    workers = resolve_jobs(jobs)
    if workers == 1:
        yield from map(function, stream)
        return
    window = workers * WINDOW_PER_JOB
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context()) as pool:
        pending: deque[Future[list[R]]] = deque()
        for chunk in chunks(stream, size=size):
            pending.append(pool.submit(_apply, function, chunk))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
