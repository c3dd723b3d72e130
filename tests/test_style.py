"""House style that a machine can check: ruff is clean, and the library keeps to its side of the flow."""

import re
import shutil
import subprocess

import pytest

from tests.conftest import ROOT

LIBRARY = sorted((ROOT / "timeline").rglob("*.py"))


def test_ruff_is_clean():
    ruff = shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed (pip install -e '.[test]' brings it)")
    result = subprocess.run([ruff, "check", str(ROOT)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


# The library never prints, never imports click, never asks for today's date: callers pass it.
FORBIDDEN = [
    ("print", re.compile(r"^\s*print\(", re.M)),
    ("click", re.compile(r"^\s*(import click|from click)", re.M)),
    ("today", re.compile(r"\b(date|datetime)\.(today|now)\(")),
]


@pytest.mark.parametrize(("name", "pattern"), FORBIDDEN, ids=[name for name, _ in FORBIDDEN])
def test_library_keeps_out_of_the_front(name, pattern):
    offenders = [str(p.relative_to(ROOT)) for p in LIBRARY if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == [], f"{name} in the library: {offenders}"



# The page's scripts, one idea each (page.py inlines them all): one past ~400 lines holds two ideas.
PAGE_SCRIPTS = sorted((ROOT / "timeline").glob("page*.js"))


@pytest.mark.parametrize("path", PAGE_SCRIPTS, ids=[p.name for p in PAGE_SCRIPTS])
def test_page_scripts_stay_small_and_are_all_inlined(path):
    from timeline import page

    assert len(path.read_text(encoding="utf-8").splitlines()) <= 400, path.name
    assert path.name in page.SCRIPTS, f"{path.name} is not inlined"
