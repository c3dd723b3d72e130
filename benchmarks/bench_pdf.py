"""Measure reading PDFs: pypdf's text extraction alone against the whole reader (columns, hyphens, reflow).

Run by hand from the repository root on any PDFs (the tests build theirs; none is committed):

    python benchmarks/bench_pdf.py /usr/share/doc/*/*.pdf [--runs 3]

For each file, the best CPU time of `--runs` of: parsing the pages' content streams (pypdf's
`operations`), pypdf's `extract_text()` page by page, and `sources_office.pdf_fields` (which reads the
same text through pypdf's visitor, then orders columns, joins broken words and reflows). KB/s are of the
text read.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def best(runs: int, work, data: bytes) -> float:
    """Return the least CPU seconds of `runs` calls of `work(data)`."""
    times = []
    for _ in range(runs):
        started = time.process_time()
        work(data)
        times.append(time.process_time() - started)
    return min(times)


def parse(data: bytes) -> int:
    """Parse each page's content stream into operations, as text extraction does first; return their count."""
    from pypdf import PdfReader

    return sum(len(page.get_contents().operations) for page in PdfReader(io.BytesIO(data)).pages)


def extract(data: bytes) -> None:
    """Extract each page's text with pypdf alone."""
    from pypdf import PdfReader

    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text()


def main() -> None:
    """Time each PDF given and print a Markdown table."""
    from pypdf import PdfReader

    from timeline import sources_office

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("pdfs", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    print("| file | pages | KB (file) | KB (text) | content streams s | extract_text s | pdf_fields s | "
          "KB/s |\n|---|---|---|---|---|---|---|---|")  # fmt: skip
    for path in options.pdfs:
        data = path.read_bytes()
        size = len(sources_office.pdf_fields(data)[1].encode()) / 1e3
        whole = best(options.runs, sources_office.pdf_fields, data)
        cells = [path.name, len(PdfReader(io.BytesIO(data)).pages), f"{len(data) / 1e3:.0f}", f"{size:.0f}",
                 f"{best(options.runs, parse, data):.2f}", f"{best(options.runs, extract, data):.2f}",
                 f"{whole:.2f}", f"{size / whole:.0f}"]  # fmt: skip
        print("| " + " | ".join(str(cell) for cell in cells) + " |", flush=True)


if __name__ == "__main__":
    main()
