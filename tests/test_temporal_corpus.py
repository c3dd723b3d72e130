"""Guard the tagger's TempEval-3 figures on the development corpora against regression.

The floors are the figures measured when this test was last updated (see benchmarks/README.md),
minus a margin of about half a point. Skipped when ../shared/corpora is absent.
"""

from __future__ import annotations

import pytest

from timeline.evaluate import score_corpus

# corpus -> {figure: floor}
FLOORS = {
    "timebank": {"strict_f1": 0.887, "relaxed_f1": 0.933, "value_f1": 0.812, "type_f1": 0.901},
    "aquaint": {"strict_f1": 0.835, "relaxed_f1": 0.926, "value_f1": 0.73, "type_f1": 0.876},
    "wikiwars-train": {"strict_f1": 0.859, "relaxed_f1": 0.917, "value_f1": 0.846, "type_f1": 0.904},
    "tweets-train": {"strict_f1": 0.817, "relaxed_f1": 0.901, "value_f1": 0.688, "type_f1": 0.839},
}


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figures_do_not_regress(corpora, name):
    summary = score_corpus(corpora / name).summary()
    below = {
        figure: (summary[figure], floor) for figure, floor in FLOORS[name].items() if summary[figure] < floor
    }
    assert not below, f"{name}: figures below their floor (measured, floor): {below}"
