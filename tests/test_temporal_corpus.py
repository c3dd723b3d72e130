"""Guard the tagger's TempEval-3 figures on the development corpora against regression.

The floors are the figures measured when this test was last updated (see benchmarks/README.md),
minus a margin of about half a point. Skipped when ../shared/corpora is absent.
"""

from __future__ import annotations

import pytest

from timeline.evaluate import score_corpus

# corpus -> {figure: floor}
FLOORS = {
    "timebank": {"strict_f1": 0.899, "relaxed_f1": 0.941, "value_f1": 0.828, "type_f1": 0.912},
    "aquaint": {"strict_f1": 0.844, "relaxed_f1": 0.934, "value_f1": 0.757, "type_f1": 0.883},
    "wikiwars-train": {"strict_f1": 0.876, "relaxed_f1": 0.931, "value_f1": 0.855, "type_f1": 0.917},
    "tweets-train": {"strict_f1": 0.843, "relaxed_f1": 0.924, "value_f1": 0.701, "type_f1": 0.861},
}


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figures_do_not_regress(corpora, name):
    summary = score_corpus(corpora / name).summary()
    below = {
        figure: (summary[figure], floor) for figure, floor in FLOORS[name].items() if summary[figure] < floor
    }
    assert not below, f"{name}: figures below their floor (measured, floor): {below}"
