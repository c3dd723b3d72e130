"""Load and save timeline files safely: atomic writes, a lock around read-modify-write, upgrades.

A save never leaves a half-written file: it writes a temporary file beside the target, flushes and
fsyncs it, then renames it over the target (rename is atomic on POSIX). A `transaction` holds an
exclusive lock on a sidecar lock file from the load to the save, so that concurrent writers queue
instead of overwriting each other's work. A file that cannot be read is reported with its name,
the place (line and column, or the field path) and the field, and is never overwritten.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError

from timeline.errors import StoreError
from timeline.models import SCHEMA_VERSION, Timeline
from timeline.temporal.intervals import interval

try:
    import fcntl
except ImportError:  # Windows: lock a byte of the lock file instead
    fcntl = None
    import msvcrt

LOCK_TIMEOUT = 60.0
STDIN = "-"  # the name that means standard input (or output) on the command line


def _upgrade_0(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (before schema_version existed): an event's `when` was its TIMEX3 value as a string.

    Example: {"events": [{"id": "a", "title": "...", "when": "2017-10"}]}
    becomes  {"schema_version": 1, "events": [{..., "when": {"value": "2017-10", "start": ..., ...}}]}
    """
    for index, event in enumerate(data.get("events") or []):
        if not isinstance(event, dict) or not isinstance(event.get("when"), str):
            continue
        bounds = interval(event["when"])
        if bounds is None:
            raise ValueError(f"events[{index}].when: {event['when']!r} is not a concrete date value")
        start, end, granularity = bounds
        event["when"] = {
            "value": event["when"],
            "start": start.isoformat(),
            "end": end.isoformat(),
            "granularity": granularity,
        }
    return data


# schema_version -> function that turns a file of that version into the next version.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    0: _upgrade_0,
}


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Bring the parsed JSON of a timeline file of any older schema_version up to the current one.

    A file without `schema_version` predates it and is version 0.
    """
    version = data.get("schema_version", 0)
    if not isinstance(version, int) or version < 0:
        raise ValueError(f"schema_version: {version!r} is not a version number")
    if version > SCHEMA_VERSION:
        raise ValueError(
            f"schema_version {version} is newer than this program reads ({SCHEMA_VERSION}); "
            "upgrade timeline"
        )
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["schema_version"] = version
    return data


def _field_path(loc: tuple[int | str, ...], data: Any) -> str:
    """Spell a pydantic error location as `events[3].when.start`, naming the event id where known."""
    path = ""
    node = data
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("id"), str):
                path += f" (id {node['id']})"
        else:
            path += f".{part}" if path else str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return path or "(top level)"


_DECODER = json.JSONDecoder()
_SPACE = " \t\n\r"


def _skip(raw: str, index: int) -> int:
    while index < len(raw) and raw[index] in _SPACE:
        index += 1
    return index


def _offset(raw: str, loc: tuple[int | str, ...]) -> int:
    """Return where the value at `loc` starts in the JSON text, or its deepest existing parent.

    Only called for an error message, on text that json.loads has already accepted.
    """
    index = _skip(raw, 0)
    for part in loc:
        opening = raw[index] if index < len(raw) else ""
        if opening not in "{[" or isinstance(part, int) != (opening == "["):
            break
        cursor, position, found = _skip(raw, index + 1), 0, None
        while cursor < len(raw) and raw[cursor] not in "}]":
            if opening == "{":
                key, cursor = _DECODER.raw_decode(raw, cursor)
                cursor = _skip(raw, _skip(raw, cursor) + 1)  # past the colon
                hit = key == part
            else:
                hit = position == part
            if hit:
                found = cursor
                break
            _, cursor = _DECODER.raw_decode(raw, cursor)
            cursor = _skip(raw, cursor)
            if cursor < len(raw) and raw[cursor] == ",":
                cursor = _skip(raw, cursor + 1)
            position += 1
        if found is None:
            break
        index = found
    return index


def _line_column(raw: str, offset: int) -> str:
    line = raw.count("\n", 0, offset) + 1
    return f"line {line}, column {offset - (raw.rfind(chr(10), 0, offset) + 1) + 1}"


def parse(raw: str, *, name: str = "<timeline>") -> Timeline:
    """Parse the text of a timeline file of any supported schema_version; errors name the place."""
    if not raw.strip():
        raise StoreError(f"{name}: empty, not a timeline file (`timeline extract` or `add` makes one)")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise StoreError(
            f"{name}: not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        ) from None
    if not isinstance(data, dict):
        kind = type(data).__name__
        raise StoreError(f"{name}: not a timeline file: the top level is a {kind}, not an object")
    try:
        data = upgrade(data)
    except ValueError as error:
        raise StoreError(f"{name}: {error}") from None
    try:
        return Timeline.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        field = _field_path(tuple(first["loc"]), data)
        more = len(error.errors()) - 1
        tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        place = _line_column(raw, _offset(raw, tuple(first["loc"])))
        raise StoreError(f"{name}: not a valid timeline at {field} ({place}): {first['msg']}{tail}") from None


def load(path: str | Path) -> Timeline:
    """Read a timeline file; a missing, corrupt or invalid file raises StoreError naming it."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise StoreError(f"{path}: no such timeline file") from None
    except IsADirectoryError:
        raise StoreError(f"{path}: is a folder, not a timeline file") from None
    except UnicodeDecodeError as error:
        raise StoreError(f"{path}: not a text file (byte {error.start} is not UTF-8)") from None
    except OSError as error:
        raise StoreError(f"{path}: cannot read it ({error.strerror})") from None
    return parse(raw, name=str(path))


def read(name: str | Path, *, stdin: TextIO | None = None) -> Timeline:
    """Read a timeline file, or standard input when `name` is "-" (for commands that only read it)."""
    if str(name) != STDIN:
        return load(name)
    try:
        raw = (stdin or sys.stdin).read()
    except UnicodeDecodeError as error:
        raise StoreError(f"standard input: not UTF-8 text (byte {error.start})") from None
    return parse(raw, name="standard input")


def _mode_for(path: Path) -> int:
    """Return the permission bits the file has, or the ones a new file gets under the umask."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def save(timeline: Timeline, path: str | Path) -> None:
    """Write a timeline file atomically: a temporary file beside it, fsynced, then renamed over it.

    Alone, a save does not lock: when other programs may write the same file, change it inside
    `transaction` (or `update`), which does.
    """
    write_atomic(path, timeline.model_dump_json(indent=2) + "\n")


def write_atomic(path: str | Path, text: str) -> None:
    """Write a text file (UTF-8, line ends as given) so that it is either wholly old or wholly new.

    Missing folders are created; any failure raises StoreError and leaves the old file in place.
    """
    path = _target(path)
    if path.is_dir():
        raise StoreError(f"{path}: is a folder: give the name of a file to write in it")
    _make_folder(path)
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise StoreError(f"{path}: cannot write it ({error.strerror})") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise StoreError(f"{path}: cannot write it ({error.strerror or error})") from None
        raise
    _sync_folder(path.parent)


def names_folder(output: str) -> bool:
    """Tell whether an output name given on the command line is a folder: an existing one, or ending in /."""
    return output != STDIN and (Path(output).is_dir() or output.endswith(("/", "\\")))


def refuse_overwriting(output: str | Path, inputs: Iterable[str | Path]) -> None:
    """Raise StoreError when the output file is one of the command's input files (it would be lost)."""
    if str(output) == STDIN:
        return
    for source in inputs:
        if str(source) == STDIN:
            continue
        try:
            same = os.path.samefile(output, source)
        except OSError:  # either is missing: nothing to lose
            continue
        if same:
            raise StoreError(f"{output}: is what this command reads; give another file to write")


def write_folder(folder: str | Path, files: Iterable[tuple[str, str]]) -> int:
    """Write (name, text) files into a folder, each atomically, as they come; return how many."""
    count = 0
    for name, text in files:
        write_atomic(Path(folder) / name, text)
        count += 1
    return count


def _make_folder(path: Path) -> None:
    """Create the folders a file goes into; a file standing where a folder should be is named."""
    for parent in reversed(Path(path).parents):
        if parent.exists() and not parent.is_dir():
            raise StoreError(f"{path}: cannot write it: {parent} is a file, not a folder")
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(f"{path}: cannot write it ({error.strerror})") from None


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable: fsync the folder entry (not possible on every platform)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _target(path: str | Path) -> Path:
    """Follow a symbolic link to the file it names, so that a save replaces the file, not the link."""
    path = Path(path)
    return path.resolve() if path.is_symlink() else path


def lock_path(path: str | Path) -> Path:
    """Return the sidecar lock file of a timeline file: `.NAME.lock` in the same folder."""
    path = _target(path)
    return path.with_name(f".{path.name}.lock")


def _clear_leftovers(path: Path) -> None:
    """Delete temporary files of saves that were killed before their rename.

    Safe only under the lock: no other writer that takes the lock can be in the middle of a save.
    """
    for leftover in path.parent.glob(f".{path.name}.*.tmp"):
        leftover.unlink(missing_ok=True)


def _try_lock(descriptor: int) -> bool:
    """Take the exclusive lock without waiting; return whether it was free."""
    try:
        if fcntl is not None:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True


@contextmanager
def locked(path: str | Path, *, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold an exclusive lock on the timeline file's sidecar lock file while the block runs.

    Waits up to `timeout` seconds for another writer to finish. The operating system drops the
    lock when its holder exits, even if it is killed. The lock file stays in place afterwards:
    deleting it would let two writers lock two different files of the same name.
    """
    sidecar = lock_path(path)
    _make_folder(path)
    try:
        descriptor = os.open(sidecar, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as error:
        raise StoreError(f"{path}: cannot lock it ({error.strerror})") from None
    try:
        deadline = time.monotonic() + timeout
        pause = 0.001
        while not _try_lock(descriptor):
            if time.monotonic() >= deadline:
                raise StoreError(
                    f"{path}: another timeline command has been writing it for {timeout:g} s; "
                    f"try again, or delete {sidecar.name} if no timeline command is running"
                )
            time.sleep(pause)
            pause = min(pause * 2, 0.05)
        _clear_leftovers(_target(path))
        yield
    finally:
        os.close(descriptor)


@contextmanager
def transaction(
    path: str | Path, *, create: bool = False, timeout: float = LOCK_TIMEOUT
) -> Iterator[Timeline]:
    """Load a timeline file under its lock, yield it for changes, and save it when the block succeeds.

    With `create`, a missing file starts as an empty Timeline. If the block raises, nothing is written.
    The file is rewritten only when the timeline changed.
    """
    path = Path(path)
    with locked(path, timeout=timeout):
        if create and not path.exists():
            current, before = Timeline(), None
        else:
            current = load(path)
            before = current.model_dump_json()
        yield current
        if current.model_dump_json() != before:
            save(current, path)


def update(
    path: str | Path, change: Callable[[Timeline], Timeline], *, create: bool = False,
    timeout: float = LOCK_TIMEOUT,
) -> Timeline:
    """Replace a timeline file by `change(current)` under its lock, and return what was saved.

    With `create`, a missing file counts as an empty Timeline. Do slow work (extraction) before
    calling this: the lock is held while `change` runs.
    """
    path = Path(path)
    with locked(path, timeout=timeout):
        current = Timeline() if create and not path.exists() else load(path)
        changed = change(current)
        save(changed, path)
    return changed
