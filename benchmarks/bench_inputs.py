"""Measure documents per second and peak memory of reading and extraction: serial, --jobs 2, Dask.

The TE3 silver corpus (2,452 TimeML news documents) is converted, outside the repository, into a
JSON Lines file of {"id", "text", "date"}: the text of <TEXT> with its tags stripped, the date of the
DCT element. Each configuration runs in a fresh process; memory is the peak resident size of that
process and all its workers, sampled every 50 ms.

    python benchmarks/bench_inputs.py                       # te3-silver, every configuration
    python benchmarks/bench_inputs.py --stage read          # reading alone, no tagging
    python benchmarks/bench_inputs.py --scale-mb 100 --configs serial,jobs2   # a 100 MB corpus
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/corpora/te3-silver")
CONFIGS = {
    "serial": {"engine": "local", "jobs": 1},
    "jobs2": {"engine": "local", "jobs": 2},
    "dask2": {"engine": "dask", "workers": 2},
}
TEXT = re.compile(r"<TEXT>(?P<text>.*?)</TEXT>", re.S)
DCT = re.compile(r"<DCT>.*?value=\"(?P<value>\d{4}-\d\d-\d\d)", re.S)
TAG = re.compile(r"<[^>]+>")


def convert(corpus: Path, target: Path, *, scale_mb: float | None = None) -> tuple[int, int]:
    """Write the corpus as JSON Lines, repeated with new ids up to `scale_mb`; return (documents, bytes)."""
    records = []
    for path in sorted(corpus.glob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        text = html.unescape(TAG.sub("", TEXT.search(raw)["text"]))
        dct = DCT.search(raw)
        records.append({"id": path.stem, "text": text, "date": dct["value"] if dct else None})
    count = written = 0
    with target.open("w", encoding="utf-8") as file:
        copy = 0
        while True:
            for record in records:
                line = json.dumps({**record, "id": f"{record['id']}~{copy}"} if copy else record) + "\n"
                file.write(line)
                count += 1
                written += len(line.encode())
            copy += 1
            if scale_mb is None or written >= scale_mb * 1e6:
                return count, written


def _tree_rss() -> int:
    import psutil

    process = psutil.Process()
    total = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            continue
    return total


def _burn(count: int) -> int:
    total = 0
    for number in range(count):
        total += number * number
    return total


def ceiling(count: int = 5_000_000) -> float:
    """Return how much faster 2 processes run a pure-Python loop than 1, now: the share of 2 cores free.

    On an idle 2-core machine it is close to 2.0; on one shared with other jobs it is what any
    parallel run can hope for at that moment.
    """
    import multiprocessing

    started = time.perf_counter()
    _burn(count)
    _burn(count)
    serial = time.perf_counter() - started
    with multiprocessing.get_context("fork").Pool(2) as pool:
        started = time.perf_counter()
        pool.map(_burn, [count, count])
        parallel = time.perf_counter() - started
    return serial / parallel


def child(config: str, data: Path, stage: str, keep: str) -> dict:
    """Run one configuration in this process and return its figures."""
    sys.path.insert(0, str(ROOT))
    from timeline import distributed, pipeline

    peak = [_tree_rss()]
    running = [True]

    def sample() -> None:
        while running[0]:
            peak[0] = max(peak[0], _tree_rss())
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    settings = CONFIGS[config]
    problems = []
    load = os.getloadavg()[0]
    started = time.perf_counter()
    report = problems.append
    texts = keep == "documents"
    if settings["engine"] == "dask":
        results = distributed.run(
            [data], workers=settings["workers"], stage=stage, texts=texts, on_problem=report
        )
    else:
        results = pipeline.run([data], jobs=settings["jobs"], stage=stage, texts=texts, on_problem=report)
    if keep in ("documents", "metadata"):  # extract -o file.json / extract --shards: the Timeline
        timeline = pipeline.assemble(results)
        documents, events = len(timeline.documents), len(timeline.events)
    else:  # what a streaming consumer holds (tag --format jsonl): the events at most
        documents, kept = 0, []
        for result in results:
            documents += result.document is not None
            if keep == "events":
                kept.extend(result.events)
        events = len(kept)
    elapsed = time.perf_counter() - started
    running[0] = False
    sampler.join()
    # CPU of this process and of its finished workers (pools and LocalCluster join them on exit).
    cpu = sum(resource.getrusage(who).ru_utime + resource.getrusage(who).ru_stime
              for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))  # fmt: skip
    return {
        "config": config, "stage": stage, "documents": documents,
        "events": events, "keep": keep, "problems": len(problems),
        "first_problem": str(problems[0]) if problems else None,
        "seconds": round(elapsed, 2), "docs_per_second": round(documents / elapsed, 1),
        "peak_rss_mb": round(peak[0] / 2**20, 1), "cpu_seconds": round(cpu, 1),
        "load_before": round(load, 1), "load_after": round(os.getloadavg()[0], 1),
    }  # fmt: skip


def main() -> None:
    """Convert the corpus, run each configuration in a fresh process, print a Markdown table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--configs", default=",".join(CONFIGS))
    parser.add_argument("--stage", choices=["read", "tag", "events"], default="events")
    parser.add_argument(
        "--keep",
        choices=["documents", "metadata", "events", "nothing"],
        default="documents",
        help="What the run holds: the Timeline (as extract does), the Timeline without document texts "
        "(as extract --shards does), the events, or nothing.",
    )
    parser.add_argument("--scale-mb", type=float, help="Repeat the corpus up to this many MB of JSON Lines.")
    parser.add_argument("--child", nargs=2, metavar=("CONFIG", "DATA"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        print(json.dumps(child(options.child[0], Path(options.child[1]), options.stage, options.keep)))
        return
    with tempfile.TemporaryDirectory(prefix="bench-inputs-") as folder:
        data = Path(folder) / "te3-silver.jsonl"
        count, size = convert(options.corpus, data, scale_mb=options.scale_mb)
        print(
            f"corpus: {count} documents, {size / 1e6:.1f} MB of JSON Lines; stage: {options.stage}; "
            f"holding: {options.keep}"
        )
        print(
            "| configuration | documents | events | seconds | docs/s | peak RSS (MB) | CPU s | load 1-min "
            "before/after | 2-process ceiling | problems |"
        )
        print("|---|---|---|---|---|---|---|---|---|---|")
        for config in options.configs.split(","):
            free = ceiling()
            output = subprocess.run(
                [sys.executable, __file__, "--stage", options.stage, "--keep", options.keep,
                 "--child", config, str(data)],
                capture_output=True, text=True, check=True,
            ).stdout  # fmt: skip
            row = json.loads(output.strip().splitlines()[-1])
            cells = [config, *(row[key] for key in ("documents", "events", "seconds", "docs_per_second",
                                                     "peak_rss_mb", "cpu_seconds"))]  # fmt: skip
            cells += [f"{row['load_before']}/{row['load_after']}", f"{free:.2f}x", row["problems"]]
            print("| " + " | ".join(str(cell) for cell in cells) + " |", flush=True)
            if row["first_problem"]:
                print(f"  first problem: {row['first_problem']}", file=sys.stderr)


if __name__ == "__main__":
    main()
