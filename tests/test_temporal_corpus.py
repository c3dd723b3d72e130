"""Guard the tagger's TempEval-3 figures on the development corpora against regression.

The floors are the figures measured when this test was last updated (see benchmarks/README.md),
minus a margin of about half a point. Skipped when ../shared/corpora is absent.
"""

from __future__ import annotations

import pytest

from timeline.evaluate import score_corpus

# corpus -> {figure: floor}
FLOORS = {
    "timebank": {"strict_f1": 0.898, "relaxed_f1": 0.941, "value_f1": 0.825, "type_f1": 0.911},
    "aquaint": {"strict_f1": 0.842, "relaxed_f1": 0.932, "value_f1": 0.747, "type_f1": 0.882},
    "wikiwars-train": {"strict_f1": 0.864, "relaxed_f1": 0.920, "value_f1": 0.849, "type_f1": 0.907},
    "tweets-train": {"strict_f1": 0.818, "relaxed_f1": 0.902, "value_f1": 0.689, "type_f1": 0.840},
}


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figures_do_not_regress(corpora, name):
    summary = score_corpus(corpora / name).summary()
    below = {
        figure: (summary[figure], floor) for figure, floor in FLOORS[name].items() if summary[figure] < floor
    }
    assert not below, f"{name}: figures below their floor (measured, floor): {below}"
