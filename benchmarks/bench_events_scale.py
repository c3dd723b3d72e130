"""Measure how event extraction time grows with the text: one long line, and many documents of one day.

Run by hand from the repository root:

    python benchmarks/bench_events_scale.py

Prints CPU seconds of extraction plus deduplication (tagging excluded) for 1x, 2x, 4x and 8x the text.
Linear growth doubles the time from one row to the next; quadratic growth quadruples it.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline import merge  # noqa: E402
from timeline.events import extract  # noqa: E402
from timeline.models import Document  # noqa: E402
from timeline.temporal import tag  # noqa: E402

DCT = dt.date(2025, 10, 22)
SENTENCES = "The council met on Monday and approved the plan. Officials said the budget rose. "


def _long_line(copies: int) -> list[Document]:
    return [Document(id="x", text=SENTENCES * copies, date=DCT)]


def _documents(copies: int) -> list[Document]:
    return [
        Document(id=f"d{n}", text=f"Team{n} signed player{n} on Monday. {SENTENCES}", date=DCT)
        for n in range(copies)
    ]


def main() -> None:
    """Time extraction and deduplication at growing sizes."""
    for name, make in (("one long line", _long_line), ("documents", _documents)):
        for copies in (600, 1200, 2400, 4800):
            documents = make(copies)
            tagged = [tag(d.text, dct=d.date) for d in documents]
            started = time.process_time()
            found = [e for d, t in zip(documents, tagged, strict=True) for e in extract(d, t)]
            merged = merge.dedupe(found)
            spent = time.process_time() - started
            size = sum(len(d.text) for d in documents) / 1000
            print(f"{name:14} {size:6.0f} KB {len(found):5} events {len(merged):5} kept {spent:6.2f} s")


if __name__ == "__main__":
    main()
