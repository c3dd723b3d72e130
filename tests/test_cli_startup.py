"""`--help` and the hand-editing commands start without the tagger, the event layer, dateparser or plotly.

A user editing a timeline by hand runs `list`, `show`, `add`... many times: each loads only what it uses
(lazy names in timeline/__init__.py and timeline/temporal/__init__.py, imports inside cli.py's other
commands). Each case runs in a fresh interpreter, invokes the commands in-process with click's CliRunner,
and lists the heavy modules then loaded; no timing is measured.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import cli
import timeline
from tests.timelines import sample

# Modules the hand-editing commands never need; each takes a good part of the 1.2 s the package took to load.
HEAVY = [
    "dateparser",
    "plotly",
    "timeline.events",
    "timeline.merge",
    "timeline.pipeline",
    "timeline.render",
    "timeline.temporal.tagger",
    "timeline.titles",
]

# (id, the commands run one after another on the file, the heavy modules they may load)
CASES = [
    ("help", [["--help"]], []),
    ("every command's help", [[name, "--help"] for name in sorted(cli.main.commands)], []),
    ("version", [["--version"]], []),
    ("list", [["list", "{file}"]], []),
    (
        "list filtered",
        [["list", "{file}", "--from", "2019", "--to", "2025-10", "--min-confidence", ".5"]],
        [],
    ),
    ("list as json", [["list", "{file}", "--json"]], []),
    ("show", [["show", "{file}", "{id}"]], []),
    ("documents", [["documents", "{file}"]], []),
    ("schema", [["schema"]], []),
    (
        "add, edit, remove, restore",
        [
            ["add", "{file}", "--date", "2025-10-25", "--title", "Hand event"],
            ["edit", "{file}", "{id}", "--title", "New title", "--tag", "works"],
            ["remove", "{file}", "{id}"],
            ["restore", "{file}", "{id}"],
        ],
        [],
    ),
    ("export csv", [["export", "{file}", "--format", "csv"]], []),
    # a date in words is read by the tagger (timeline.dates): that command loads it, and only it
    (
        "add a date in words",
        [["add", "{file}", "--date", "25 October 2025", "--title", "Hand event"]],
        ["timeline.temporal.tagger"],
    ),
]

_RUN = """
import json, sys
from click.testing import CliRunner
import cli
codes = [CliRunner().invoke(cli.main, args).exit_code for args in json.loads(sys.argv[1])]
print(json.dumps({"codes": codes, "loaded": sorted(m for m in json.loads(sys.argv[2]) if m in sys.modules)}))
"""


@pytest.mark.parametrize(("commands", "allowed"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_quick_commands_load_no_heavy_module(tmp_path: Path, commands: list[list[str]], allowed: list[str]):
    file = tmp_path / "timeline.json"
    made = sample()
    timeline.save(made, file)
    given = {"file": str(file), "id": made.events[0].id}
    argv = [[arg.format(**given) for arg in args] for args in commands]
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", _RUN, json.dumps(argv), json.dumps(HEAVY)],
        capture_output=True,
        text=True,
        check=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    result = json.loads(done.stdout)
    assert result["codes"] == [0] * len(commands)
    assert result["loaded"] == sorted(allowed)


def test_the_public_api_loads_at_first_use():
    """Every name of `timeline.__all__` is there, from the module that has it, and `dir` lists it."""
    from timeline import models, pipeline, render, store

    for name in timeline.__all__:
        assert getattr(timeline, name) is not None, name
        assert name in dir(timeline)
    assert (timeline.Timeline, timeline.extract, timeline.render_html, timeline.save) == (
        models.Timeline,
        pipeline.extract,
        render.render_html,
        store.save,
    )
    with pytest.raises(AttributeError):
        timeline.no_such_name  # noqa: B018 - the attribute access is the test
