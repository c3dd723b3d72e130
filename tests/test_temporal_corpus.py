"""Guard the tagger's TempEval-3 figures on the development corpora against regression.

The floors are the figures measured when this test was last updated (see benchmarks/README.md),
minus a margin of about half a point. Skipped when ../shared/corpora is absent.
"""

from __future__ import annotations

import pytest

from timeline.evaluate import score_corpus

# corpus -> {figure: floor}
FLOORS = {
    "timebank": {"strict_f1": 0.877, "relaxed_f1": 0.928, "value_f1": 0.795, "type_f1": 0.893},
    "aquaint": {"strict_f1": 0.825, "relaxed_f1": 0.918, "value_f1": 0.715, "type_f1": 0.877},
    "wikiwars-train": {"strict_f1": 0.830, "relaxed_f1": 0.900, "value_f1": 0.812, "type_f1": 0.887},
    "tweets-train": {"strict_f1": 0.809, "relaxed_f1": 0.894, "value_f1": 0.684, "type_f1": 0.833},
}


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figures_do_not_regress(corpora, name):
    summary = score_corpus(corpora / name).summary()
    below = {
        figure: (summary[figure], floor) for figure, floor in FLOORS[name].items() if summary[figure] < floor
    }
    assert not below, f"{name}: figures below their floor (measured, floor): {below}"
