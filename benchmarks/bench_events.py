"""Measure event extraction throughput (tagging plus events) on the TempEval-3 silver text, on one core.

Run by hand from the repository root:

    python benchmarks/bench_events.py [../shared/corpora/te3-silver] [--limit N]

Prints kilobytes of text per second for tagging + events, for events alone (given the tagger's
expressions), and for the whole flow including merge.dedupe across all documents. Times are CPU time of
this process (one core), so that other work on a shared machine does not blur them. The garbage collector
is tuned as the `timeline` command and timeline.extract tune it (timeline/batch_gc.py).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline import events, merge  # noqa: E402
from timeline.batch_gc import batch_collection  # noqa: E402
from timeline.evaluate import read_timeml  # noqa: E402
from timeline.models import Document  # noqa: E402
from timeline.temporal import tag  # noqa: E402


def main() -> None:
    """Read the silver documents, then time tagging, event extraction and deduplication."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="../shared/corpora/te3-silver")
    parser.add_argument("--limit", type=int, default=0, help="Use only the first N documents.")
    args = parser.parse_args()
    # the path users run: `timeline` and timeline.extract work inside batch_collection (timeline/batch_gc.py)
    with batch_collection():
        _measure(args)


def _measure(args: argparse.Namespace) -> None:
    paths = sorted(Path(args.folder).glob("*.tml"))
    if args.limit:
        paths = paths[: args.limit]
    golds = [read_timeml(path) for path in paths]
    documents = [Document(id=g.id, text=g.text, date=g.dct) for g in golds]
    size = sum(len(d.text.encode("utf-8")) for d in documents)

    started = time.process_time()
    tagged = [tag(d.text, dct=d.date) for d in documents]
    tagging = time.process_time() - started

    started = time.process_time()
    found = [e for d, timexes in zip(documents, tagged, strict=True) for e in events.extract(d, timexes)]
    extracting = time.process_time() - started

    started = time.process_time()
    merged = merge.dedupe(found)
    deduping = time.process_time() - started

    kb = size / 1000
    print(
        f"{len(documents)} documents, {kb:.0f} KB of text, {sum(map(len, tagged))} expressions, "
        f"{len(found)} events, {len(merged)} after dedupe"
    )
    print(f"tagging + events : {kb / (tagging + extracting):8.0f} KB/s ({tagging + extracting:.2f} s)")
    print(f"events alone     : {kb / extracting:8.0f} KB/s ({extracting:.2f} s)")
    print(f"whole, with dedupe: {kb / (tagging + extracting + deduping):7.0f} KB/s ({deduping:.2f} s dedupe)")


if __name__ == "__main__":
    main()
