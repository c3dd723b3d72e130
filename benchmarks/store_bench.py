"""Measure the timeline file: save/load, a locked add, exports, and concurrent `timeline add` processes.

Run by hand from the repository root:  python benchmarks/store_bench.py [EVENTS] [PROCESSES]
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline import edit, export, store  # noqa: E402
from timeline.dates import parse_when  # noqa: E402
from timeline.models import Event, Evidence, Timeline, When  # noqa: E402


def big_timeline(count: int) -> Timeline:
    """Return a timeline of `count` extracted events with one evidence sentence each."""
    events = []
    for n in range(count):
        day = dt.date(1990, 1, 1) + dt.timedelta(days=n)
        sentence = f"Something number {n} happened on {day:%d %B %Y}, officials said."
        events.append(Event(
            id=f"{n:012x}", title=sentence[:80], description=sentence,
            when=When(value=day.isoformat(), start=day, end=day, granularity="day"),
            evidence=[Evidence(document=f"doc-{n // 20}", start=0, end=len(sentence), text=sentence)],
        ))
    return Timeline(title="Benchmark", events=events)


def timed(label: str, action, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    print(f"{label:<44} {best * 1000:9.1f} ms")
    return best


def main(count: int = 10_000, processes: int = 24) -> None:
    folder = Path(tempfile.mkdtemp(prefix="timeline-bench-"))
    path = folder / "big.json"
    timeline = big_timeline(count)
    print(f"{count} events")
    timed("save", lambda: store.save(timeline, path))
    print(f"{'file size':<44} {path.stat().st_size / 1e6:9.1f} MB")
    timed("load", lambda: store.load(path))

    def add_one() -> None:
        with store.transaction(path) as current:
            edit.add(current, title=f"Manual {time.perf_counter_ns()}", when=parse_when("October 2025"))

    timed("transaction: lock, load, add, save", add_one)
    for fmt in export.FORMATS:
        if fmt != "timeml":
            timed(f"export {fmt}", lambda fmt=fmt: export.export(timeline, fmt))

    small = folder / "small.json"
    started = time.perf_counter()
    writers = [
        subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "add", str(small), "--date", str(1900 + n),
                          "--title", f"Concurrent {n}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for n in range(processes)
    ]
    codes = [w.wait() for w in writers]
    elapsed = time.perf_counter() - started
    landed = len(store.load(small).events)
    print(f"{processes} concurrent `timeline add` processes: {elapsed:.2f} s wall, exit codes "
          f"{sorted(set(codes))}, {landed}/{processes} events landed")
    command = [sys.executable, str(ROOT / "cli.py"), "list", str(small)]
    timed("one `timeline list` process, with startup", lambda: subprocess.run(command, capture_output=True))


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
