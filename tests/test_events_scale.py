"""Extraction time grows linearly with the text: segmentation, events and deduplication (issue 4)."""

import datetime as dt
import time

import pytest

from timeline import merge, segment
from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

DCT = dt.date(2025, 10, 22)


def _best_time(work, repeat: int = 3) -> float:
    """Return the best CPU time of a few runs: the least disturbed by other work on the machine."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def _one_long_line(copies: int) -> str:
    """Repeat news sentences on one line, as a feed with no line breaks gives them (invented text)."""
    return (
        'The council met on Monday and approved the plan. "Go! Go!" the crowd shouted. '
        "Officials at the U.S. Embassy said the budget rose. Mr. Lee, of Austin, Tex., left on Friday. "
    ) * copies


def _many_documents(count: int) -> list[Document]:
    """Return documents that each state different events on the same days (invented text)."""
    return [
        Document(
            id=f"d{n}",
            text=f"Team{n} signed player{n} on Monday. Council{n} approved budget{n} on Monday. "
            f"The council met on Monday and approved the plan.",
            date=DCT,
        )
        for n in range(count)
    ]


def _extract_all(documents: list[Document], tagged: list) -> list:
    return merge.dedupe([e for d, t in zip(documents, tagged, strict=True) for e in extract(d, t)])


# (id, small workload, four times the workload): each is tagged outside the timing.
SCALE_CASES = [
    ("one long line", [Document(id="x", text=_one_long_line(80), date=DCT)],
     [Document(id="x", text=_one_long_line(320), date=DCT)]),
    ("many documents, one day", _many_documents(80), _many_documents(320)),
]


@pytest.mark.parametrize(("small", "large"), [c[1:] for c in SCALE_CASES], ids=[c[0] for c in SCALE_CASES])
def test_extraction_time_grows_linearly(small, large):
    times = []
    for documents in (small, large):
        tagged = [tag(d.text, dct=d.date) for d in documents]
        assert _extract_all(documents, tagged)  # the workload does give events
        times.append(_best_time(lambda d=documents, t=tagged: _extract_all(d, t)))
    # 4x the text in less than 8x the time (quadratic would be 16x); a floor absorbs timer noise
    assert times[1] < 8 * max(times[0], 0.01), times


def test_sentences_of_a_long_line_grow_linearly():
    small, large = _one_long_line(400), _one_long_line(1600)
    assert len(segment.sentences(large)) == 4 * len(segment.sentences(small))
    times = [_best_time(lambda t=text: segment.sentences(t)) for text in (small, large)]
    assert times[1] < 8 * max(times[0], 0.005), times
