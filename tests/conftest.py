"""Shared fixtures: the repository root and the optional development corpora."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# TIMELINE_CORPORA points elsewhere, e.g. from a git worktree whose parent has no shared/ folder.
CORPORA = Path(os.environ.get("TIMELINE_CORPORA") or ROOT.parent / "shared" / "corpora")


@pytest.fixture
def corpora() -> Path:
    """Return ../shared/corpora, or skip: a fresh clone of the project does not have it."""
    if not CORPORA.is_dir():
        pytest.skip("../shared/corpora is absent (development corpora are not part of the project)")
    return CORPORA
