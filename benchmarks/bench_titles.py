"""Measure the title stage alone: replay the title_of calls of an events pass, cold, in a fresh process.

Run by hand from the repository root:

    python benchmarks/bench_titles.py [../shared/corpora/te3-silver] [--every 8] [--without retitle choose]

An events pass over every N-th silver document (sorted by name) records each call of titles.title_of; a fresh
process then replays the calls in order (the caches fill as they would in the pass) and prints CPU time per
title. `--without STAGE` replays again with one stage answered at once, to show its share of the stage:
`retitle` (embedded_titles.retitle says None), `choose` (candidates.choose keeps the cut of shorten.fit),
`part_of` (focus.part_of says None). A stage left out changes what follows it, so a share is an estimate.
"""

from __future__ import annotations

import argparse
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# Each stage `--without` can leave out: the module attribute replaced, and what it answers at once.
STAGES = {
    "retitle": ("timeline.titles", "embedded_titles", "retitle", lambda *args: None),
    "choose": ("timeline.finishing", "candidates", "choose", lambda whole, fitted, *args, **kwargs: fitted),
    "part_of": ("timeline.titles", "focus", "part_of", lambda *args: None),
}


def record(folder: str, every: int, out: Path) -> int:
    """Run events over every `every`-th document of `folder`, keep the title_of calls in `out`."""
    from timeline import events, sources
    from timeline.pipeline import events_of

    calls = []
    title_of = events.title_of

    def recorded(text: str, span: tuple[int, int], phrases: list[tuple[int, int]]) -> str:
        calls.append((text, span, list(phrases)))
        return title_of(text, span, phrases)

    events.title_of = recorded
    for document in sources.read(sorted(Path(folder).glob("*.tml"))[::every]):
        list(events_of(document))
    out.write_bytes(pickle.dumps(calls))
    return len(calls)


def replay(calls_file: Path, without: str | None) -> None:
    """Replay the recorded calls (one stage answered at once, if `without`) and print the CPU seconds."""
    import importlib

    import timeline.events  # noqa: F401  (the modules the pass had imported)
    from timeline.titles import title_of

    if without:
        module, owner, name, answer = STAGES[without]
        # the owner is the module itself: every caller of it gets the answer
        setattr(getattr(importlib.import_module(module), owner), name, answer)
    calls = pickle.loads(calls_file.read_bytes())
    started = time.process_time()
    for text, span, phrases in calls:
        title_of(text, span, phrases)
    print(f"{time.process_time() - started:.4f}")


def main() -> None:
    """Record the calls once, then replay them cold, whole and without each stage asked for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="../shared/corpora/te3-silver")
    parser.add_argument("--every", type=int, default=8, help="Use every N-th document (default 8).")
    parser.add_argument("--without", nargs="*", default=[], choices=sorted(STAGES))
    parser.add_argument("--replay", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--leave-out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.replay:
        replay(args.replay, args.leave_out)
        return
    with tempfile.TemporaryDirectory() as folder:
        calls_file = Path(folder) / "calls.pickle"
        count = record(args.folder, args.every, calls_file)

        def cold(without: str | None) -> float:
            command = [sys.executable, __file__, "--replay", str(calls_file)]
            command += ["--leave-out", without] if without else []
            return float(subprocess.run(command, check=True, capture_output=True, text=True).stdout)

        whole = cold(None)
        print(f"{count} titles: {whole:.3f} s, {whole / count * 1000:.3f} ms a title (cold replay)")
        for stage in args.without:
            left = cold(stage)
            print(f"without {stage:8s}: {left:.3f} s, about {(whole - left) / whole:.1%} of the stage")


if __name__ == "__main__":
    main()
