"""The compiled patterns and the events do not depend on Python's hash seed.

Word sets iterate in an order that changes with PYTHONHASHSEED; a pattern built from a set must sort it,
or two runs on the same input could compile different alternations.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Print every module-level compiled pattern of the package, then the events of a short article.
_PROBE = r"""
import datetime as dt, importlib, json, pkgutil, re
import timeline, timeline.temporal
from timeline import events, temporal
from timeline.models import Document
patterns = {}
for package in (timeline, timeline.temporal):
    for module in pkgutil.iter_modules(package.__path__):
        name = f"{package.__name__}.{module.name}"
        if name.endswith(("distributed", "parallel")):
            continue  # optional heavy imports; they compile no word patterns
        for key, value in vars(importlib.import_module(name)).items():
            if isinstance(value, re.Pattern):
                patterns[f"{name}.{key}"] = str(value.pattern)
text = ("The council voted on Tuesday to close the old bridge, which opened in 1961. "
        "Repairs began last spring and will end in March, officials said.")
doc = Document(id="probe", text=text, date=dt.date(2026, 11, 5))
found = [e.model_dump(mode="json") for e in events.extract(doc, temporal.tag(text, dct=doc.date))]
print(json.dumps({"patterns": patterns, "events": found}, sort_keys=True))
"""


def _run(seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


@pytest.mark.parametrize("seeds", [("1", "2"), ("3", "1234")], ids=["seeds 1 and 2", "seeds 3 and 1234"])
def test_patterns_and_events_do_not_depend_on_the_hash_seed(seeds):
    first, second = (_run(seed) for seed in seeds)
    assert len(first["patterns"]) > 300
    assert first["events"], "the probe article gives events"
    patterns, others = first["patterns"], second["patterns"]
    changed = sorted(key for key in patterns if patterns[key] != others.get(key))
    assert changed == []
    assert first["events"] == second["events"]
