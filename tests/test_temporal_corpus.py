"""Guard the tagger's TempEval-3 figures on the development corpora against regression.

The floors are the figures measured when this test was last updated (see benchmarks/README.md),
minus a margin of about half a point. Skipped when ../shared/corpora is absent.
"""

from __future__ import annotations

import pytest

from timeline.evaluate import score_corpus

# corpus -> {figure: floor}
FLOORS = {
    "timebank": {"strict_f1": 0.900, "relaxed_f1": 0.942, "value_f1": 0.831, "type_f1": 0.912},
    "aquaint": {"strict_f1": 0.845, "relaxed_f1": 0.935, "value_f1": 0.757, "type_f1": 0.883},
    "wikiwars-train": {"strict_f1": 0.878, "relaxed_f1": 0.936, "value_f1": 0.856, "type_f1": 0.922},
    "tweets-train": {"strict_f1": 0.847, "relaxed_f1": 0.926, "value_f1": 0.702, "type_f1": 0.863},
}


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figures_do_not_regress(corpora, name):
    summary = score_corpus(corpora / name).summary()
    below = {
        figure: (summary[figure], floor) for figure, floor in FLOORS[name].items() if summary[figure] < floor
    }
    assert not below, f"{name}: figures below their floor (measured, floor): {below}"
