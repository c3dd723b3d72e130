"""Run a batch with the cyclic garbage collector tuned for it, then give the caller's settings back.

Tagging and extracting allocate many short-lived containers (match lists, spans, pydantic records): with
Python's default thresholds (700, 10, 10) the collector runs about every 700 net allocations and, every
hundredth time, walks every live object, the modules' import-time objects and the results held so far
included. On the TempEval-3 silver benchmark (2452 documents, 3.9 MB) that was 0.91 s of a 14.7 s pass
(6%): four full collections cost most of it and found next to nothing to free.

Inside `batch_collection()` the objects alive when it starts (the imported modules, their tables) are frozen
(gc.freeze: no collection walks them again) and the youngest generation is collected every GEN0 net
allocations instead of 700: the same garbage is freed with far fewer walks (0.15-0.19 s on the benchmark,
no full collection). What the program computes does not change: nothing in timeline depends on when a
collection runs (no __del__, no weak reference).

The process-wide settings are restored when the last entered scope leaves: `timeline` (cli.py) enters it
for each command and `timeline.extract` for each batch. Scopes may nest and may be entered from several
threads at once; the first to enter sets, the last to leave restores. Objects someone else froze stay
frozen: the scope then freezes nothing, and unfreezes nothing. What the scope froze goes back to the oldest
generation when it ends (gc.unfreeze): a caller's young garbage cycle made before the batch waits for the
next full collection to be freed.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

GEN0 = 10_000  # net allocations between collections of the youngest generation (Python's default: 700)

_lock = threading.Lock()
_depth = 0
_saved: tuple[tuple[int, ...], bool] | None = None  # the caller's thresholds, and whether the scope froze


def _enter() -> None:
    global _depth, _saved
    with _lock:
        _depth += 1
        if _depth > 1:
            return
        thresholds = gc.get_threshold()
        froze = gc.get_freeze_count() == 0
        if froze:
            gc.freeze()
        _saved = (thresholds, froze)
        if thresholds[0]:  # 0 turns automatic collection off: left so
            gc.set_threshold(max(GEN0, thresholds[0]), *thresholds[1:])


def _leave() -> None:
    global _depth, _saved
    with _lock:
        _depth -= 1
        if _depth > 0 or _saved is None:
            return
        thresholds, froze = _saved
        _saved = None
        gc.set_threshold(*thresholds)
        if froze:
            gc.unfreeze()


@contextlib.contextmanager
def batch_collection() -> Iterator[None]:
    """Tune the garbage collector for a batch of documents while the block runs; restore it after."""
    _enter()
    try:
        yield
    finally:
        _leave()
