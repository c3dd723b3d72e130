"""Measure `timeline extract` at growing corpus sizes: wall and CPU seconds, peak RSS, events.

    python benchmarks/bench_scale.py [--corpus ../shared/corpora/te3-silver] [--sizes 500,1000,2452]
                                     [--docs /tmp/perf/docs]

The TempEval-3 silver documents are written as .txt files (the text of <TEXT> without its tags) named
after the TimeML file, so that the document date comes from the file name as it would for an archive
(AFP_ENG_19970401.0006.txt). Each size is the first N documents in name order, in its own folder.
Each run is `cli.py extract FOLDER -o FILE` in a fresh process (a new file each time, so nothing is
reconciled with an earlier run); its peak RSS is the child's ru_maxrss.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_TEXT = re.compile(r"<TEXT>(?P<body>.*?)</TEXT>", re.S)


def write_documents(corpus: Path, folder: Path, count: int) -> int:
    """Write the first `count` documents of `corpus` as .txt files into `folder`; return their bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    size = 0
    for path in sorted(corpus.glob("*.tml"))[:count]:
        body = _TEXT.search(path.read_text(encoding="utf-8"))
        if body is None:
            continue
        text = html.unescape(re.sub(r"<[^>]+>", "", body.group("body")))
        target = folder / f"{path.stem}.txt"
        if not target.exists():
            target.write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
    return size


def run(folder: Path, output: Path) -> dict[str, float]:
    """Run one extraction in a child process; return its wall and CPU seconds and peak RSS."""
    output.unlink(missing_ok=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, str(ROOT / "cli.py"), "extract", str(folder), "-o", str(output)],
                          check=True, capture_output=True, text=True)  # fmt: skip
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    events = re.search(r"(\d+) events in", done.stderr)
    return {
        "events": int(events.group(1)) if events else -1,
        "wall_s": round(wall, 2),
        "cpu_s": round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 2),
        # ru_maxrss of the children is the largest of any child so far: run sizes in increasing order
        "peak_rss_mb": round(after.ru_maxrss / 1024, 1),
        "file_mb": round(output.stat().st_size / 1e6, 1),
    }


def main() -> None:
    """Write the corpus subsets, then extract each and print one line of figures per size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "te3-silver")
    parser.add_argument("--sizes", default="500,1000,2452")
    parser.add_argument("--docs", type=Path, help="Folder for the .txt files (default: a temporary one).")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        args.corpus = Path("/work/shared/corpora/te3-silver")
    sizes = sorted(int(size) for size in args.sizes.split(","))
    with tempfile.TemporaryDirectory() as scratch:
        docs = args.docs or Path(scratch) / "docs"
        for count in sizes:
            folder = docs / str(count)
            kb = write_documents(args.corpus, folder, count) / 1000
            figures = run(folder, Path(scratch) / f"timeline-{count}.json")
            files = len(os.listdir(folder))
            print(f"{files} documents, {kb:.0f} KB: " + ", ".join(f"{k} {v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
