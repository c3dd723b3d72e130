"""Measure the temporal tagger's throughput and memory on the TempEval-3 silver text, against dateparser.

    python benchmarks/bench_tagger.py [--corpus ../shared/corpora/te3-silver] [--sample-kb 200]

The text of each document is the content of <TEXT> with the tags removed. The tagger runs over all of
it, one document at a time, as `timeline tag` would. Start-up and throughput are reported apart: the
import of the tagger, the first tag() of one sentence (the regular expressions it needs are compiled on
first use), the first pass over the corpus (which compiles the rest it meets) and a second pass, the
throughput of a long run. `dateparser.search.search_dates` is slow, so it
runs on a sample (the first documents, up to --sample-kb) and the two are compared per megabyte, in
the same process. Times are CPU seconds of this process (one core). Peak memory is the tracemalloc
peak of a second pass document by document, then of all the text tagged as one document (the text
itself included), and the process's max RSS.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import re
import resource
import sys
import time
import tracemalloc
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_started = time.process_time()
from timeline.temporal import tag  # noqa: E402

IMPORT_SECONDS = time.process_time() - _started

_TEXT = re.compile(r"<TEXT>(?P<body>.*?)</TEXT>", re.S)
# the DCT element may hold a dateline before its TIMEX3 ("<DCT>KUALA LUMPUR, <TIMEX3 ..."): without the
# document date the tagger skips its anchoring work and the figures flatter it
_DCT = re.compile(r'<DCT>[^<]*<TIMEX3[^>]*value="(?P<value>\d{4}-\d\d-\d\d)', re.S)


def read(folder: Path) -> list[tuple[str, dt.date | None]]:
    """Return (text, document date) for each TimeML file of `folder`."""
    documents = []
    for path in sorted(folder.glob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        body = _TEXT.search(raw)
        if body is None:
            continue
        dct = _DCT.search(raw)
        text = html.unescape(re.sub(r"<[^>]+>", "", body.group("body")))
        documents.append((text, dt.date.fromisoformat(dct.group("value")) if dct else None))
    return documents


def cpu(function) -> tuple[float, object]:
    """Run `function` and return (CPU seconds, result)."""
    started = time.process_time()
    result = function()
    return time.process_time() - started, result


def main() -> None:
    """Run the measurements and print them as a table and as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "te3-silver")
    parser.add_argument("--sample-kb", type=int, default=200)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        args.corpus = Path("/work/shared/corpora/te3-silver")
    documents = read(args.corpus)
    total = sum(len(text) for text, _ in documents)

    first_call, _ = cpu(lambda: tag("warm up on Monday, Oct. 20, 2025.", dct=dt.date(2025, 10, 22)))
    first_pass, expressions = cpu(lambda: sum(len(tag(text, dct=dct)) for text, dct in documents))
    seconds, _ = cpu(lambda: sum(len(tag(text, dct=dct)) for text, dct in documents))

    sample, size = [], 0
    for text, dct in documents:
        if size >= args.sample_kb * 1000:
            break
        sample.append((text, dct))
        size += len(text)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from dateparser.search import search_dates

        search_dates("warm up on Monday, Oct. 20, 2025.")
        dp_seconds, dp_found = cpu(
            lambda: sum(
                len(
                    search_dates(
                        text,
                        settings={
                            "RELATIVE_BASE": dt.datetime.combine(dct or dt.date(2000, 1, 1), dt.time())
                        },
                    )
                    or []
                )
                for text, dct in sample
            )
        )
        ours_sample, _ = cpu(lambda: [tag(text, dct=dct) for text, dct in sample])

    tracemalloc.start()
    for text, dct in documents:
        tag(text, dct=dct)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    joined = "\n\n".join(text for text, _ in documents)  # all of it as one document
    joined_count = len(tag(joined, dct=dt.date(2000, 1, 1)))
    _current, joined_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    figures = {
        "documents": len(documents),
        "megabytes": round(total / 1e6, 3),
        "expressions": expressions,
        "import_cpu_seconds": round(IMPORT_SECONDS, 3),
        "first_tag_of_one_sentence_cpu_seconds": round(first_call, 3),
        "first_pass_cpu_seconds": round(first_pass, 2),
        "first_pass_mb_per_second": round(total / 1e6 / first_pass, 2),
        "tagger_cpu_seconds": round(seconds, 2),
        "tagger_mb_per_second": round(total / 1e6 / seconds, 2),
        "sample_megabytes": round(size / 1e6, 3),
        "tagger_sample_mb_per_second": round(size / 1e6 / ours_sample, 2),
        "search_dates_sample_cpu_seconds": round(dp_seconds, 2),
        "search_dates_mb_per_second": round(size / 1e6 / dp_seconds, 4),
        "search_dates_found": dp_found,
        "speedup_over_search_dates": round(dp_seconds / ours_sample, 1),
        "tracemalloc_peak_mb_per_document": round(peak / 1e6, 1),
        "tracemalloc_peak_mb_one_document_of_all_text": round(joined_peak / 1e6, 1),
        "expressions_in_one_document": joined_count,
        "max_rss_mb": round(rss_mb, 1),
    }
    width = max(len(key) for key in figures)
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
