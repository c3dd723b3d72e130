"""confident.leave_out_weak: extract's and build's --min-confidence, the events kept and the line said."""

import pytest

from tests.timelines import ARTICLES, manual, stated
from timeline.confident import leave_out_weak
from timeline.models import Timeline


def scored(*confidences: float) -> Timeline:
    """Return a timeline of extracted events of these confidences, and one event added by hand."""
    treaty = ARTICLES[0]
    dated = [("2017", "2017"), ("early 2019", "2019"), ("October 2025", "2025-10")]
    events = [stated(treaty, phrase, value).model_copy(update={"confidence": confidence})
              for (phrase, value), confidence in zip(dated, confidences, strict=True)]
    return Timeline(documents=[treaty], events=[*events, manual("Council vote", "2025-11")])


CASES = [  # (minimum, extracted events kept of 0.95, 0.85, 0.45, the line said)
    (None, 3, None),
    (0.0, 3, None),
    (0.45, 3, None),
    (0.5, 2, "left out 1 extracted event with a confidence under 0.5 (hand-added or edited events stay)"),
    (0.9, 1, "left out 2 extracted events with a confidence under 0.9 (hand-added or edited events stay)"),
    (1.0, 0, "left out 3 extracted events with a confidence under 1 (hand-added or edited events stay)"),
]


@pytest.mark.parametrize(("minimum", "kept", "said"), CASES, ids=[str(c[0]) for c in CASES])
def test_leave_out_weak(minimum, kept, said):
    result = scored(0.95, 0.85, 0.45)
    left, line = leave_out_weak(result, minimum)
    assert [e.origin for e in left.events] == ["extracted"] * kept + ["manual"]
    assert left.documents == result.documents
    assert line == said
