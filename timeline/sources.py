"""Read inputs into Documents: text files with front matter or a sidecar, JSON Lines, folders."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from timeline.errors import DateError, InputError
from timeline.models import Document

TEXT_SUFFIXES = (".txt", ".md")
SIDECAR_SUFFIX = ".meta.json"


def parse_date(text: str) -> dt.date:
    """Parse an ISO date (2025-10-25) given as a document date."""
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        raise DateError(f"cannot read the date {text!r}: give it as YYYY-MM-DD") from None


def _front_matter(raw: str) -> tuple[dict[str, str], str]:
    """Split `---` front matter (key: value lines) from the body; the body is returned unchanged."""
    if not raw.startswith("---\n"):
        return {}, raw
    close = raw.find("\n---\n", 4)
    if close < 0:
        return {}, raw
    meta: dict[str, str] = {}
    for line in raw[4:close].splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            meta[key.strip().lower()] = value.strip().strip('"').strip("'")
    return meta, raw[close + len("\n---\n") :]


def _document(text: str, meta: dict, *, default_id: str, source: str | None, dct: dt.date | None) -> Document:
    date, date_source = dct, "option" if dct else "none"
    if date is None and meta.get("date"):
        date, date_source = parse_date(str(meta["date"])), "metadata"
    return Document(
        id=str(meta.get("id") or default_id),
        text=text,
        date=date,
        date_source=date_source,
        title=meta.get("title"),
        url=meta.get("url"),
        source=source,
    )


def read_file(path: Path, *, dct: dt.date | None = None) -> Iterator[Document]:
    """Read one input file into Documents (a .jsonl file gives one Document a line)."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read it ({error})") from None
    if path.suffix == ".jsonl":
        for number, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(f"{path}:{number}: not valid JSON ({error.msg})") from None
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise InputError(f"{path}:{number}: each line needs a \"text\" string")
            yield _document(record["text"], record, default_id=f"{path.stem}-{number}", source=str(path), dct=dct)
        return
    meta, body = _front_matter(raw)
    sidecar = path.with_name(path.name.removesuffix(path.suffix) + SIDECAR_SUFFIX)
    if sidecar.exists():
        meta = {**json.loads(sidecar.read_text(encoding="utf-8")), **meta}
    yield _document(body, meta, default_id=path.stem, source=str(path), dct=dct)


def expand(inputs: Iterable[str | Path]) -> list[Path]:
    """Expand folders (recursively, sorted) into the input files they hold."""
    paths: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            paths.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in (*TEXT_SUFFIXES, ".jsonl"))
            )
        else:
            paths.append(path)
    return paths


def read(inputs: Iterable[str | Path], *, dct: dt.date | None = None) -> Iterator[Document]:
    """Read every input (files, folders) into Documents, in a stable order."""
    for path in expand(inputs):
        yield from read_file(path, dct=dct)


def from_text(text: str, *, dct: dt.date | None = None, id: str | None = None) -> Document:
    """Wrap a string as a Document; its id is a hash of the text unless given."""
    default_id = id or "text-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    return _document(text, {}, default_id=default_id, source=None, dct=dct)
