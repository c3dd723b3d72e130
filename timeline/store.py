"""Load and save timeline files safely."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from pydantic import ValidationError

from timeline.errors import StoreError
from timeline.models import Timeline


def load(path: str | Path) -> Timeline:
    """Read a timeline file; a missing, corrupt or invalid file raises StoreError naming it."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise StoreError(f"{path}: no such timeline file") from None
    try:
        return Timeline.model_validate_json(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "(top)"
        raise StoreError(f"{path}: not a valid timeline file at {where}: {first['msg']}") from None


def save(timeline: Timeline, path: str | Path) -> None:
    """Write a timeline file atomically: a temporary file beside it, flushed, then renamed over it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(timeline.model_dump_json(indent=2))
            file.write("\n")
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
