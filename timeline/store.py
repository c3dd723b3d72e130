"""Load and save timeline files safely: atomic writes, a lock around read-modify-write.

A save never leaves a half-written file: it writes a temporary file beside the target, flushes and
fsyncs it, then renames it over the target (rename is atomic on POSIX). A `transaction` holds an
exclusive lock on a sidecar lock file from the load to the save, so that concurrent writers queue
instead of overwriting each other's work. A file that cannot be read is reported with its name,
the place (line and column, or the field path) and the field (fileformat.py), and is never overwritten.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from timeline.errors import StoreError
from timeline.fileformat import parse
from timeline.models import Timeline

try:
    import fcntl
except ImportError:  # Windows: lock a byte of the lock file instead
    fcntl = None
    import msvcrt

LOCK_TIMEOUT = 60.0
STDIN = "-"  # the name that means standard input (or output) on the command line


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
    `transaction` (or `update`), which does. "-" is refused: standard output is the command line's.
    """
    if str(path) == STDIN:  # a script's save(t, "-") wrote a file named "-"
        raise StoreError('"-" means standard output on the command line only: give a file name, or write '
                         "timeline.model_dump_json(indent=2) to sys.stdout")  # fmt: skip
    write_atomic(path, timeline.model_dump_json(indent=2) + "\n")


def is_stream(path: str | Path) -> bool:
    """Tell whether a name to write to is a device or a pipe (/dev/null, /dev/stdout, a FIFO), not a file.

    Such a name is written through, never replaced: an atomic save renames a new file over its target,
    and run as root that turned /dev/null into a regular file.
    """
    try:
        mode = os.stat(path).st_mode  # follows links: /dev/stdout is one
    except (OSError, ValueError):
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _write_through(path: str | Path, text: str) -> None:
    try:
        with open(path, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
    except OSError as error:
        raise StoreError(f"{path}: cannot write it ({error.strerror or error})") from None


def write_atomic(path: str | Path, text: str) -> None:
    """Write a text file (UTF-8, line ends as given) so that it is either wholly old or wholly new.

    Missing folders are created; any failure raises StoreError and leaves the old file in place.
    A device or a pipe (`is_stream`) is written through instead.
    """
    if is_stream(path):
        _write_through(path, text)
        return
    require_file_name(path)
    path = _target(path)
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


def require_file_name(path: str | Path) -> None:
    """Raise StoreError when a name to write a file under is a folder, or ends in / as a folder's does.

    Path("out/") drops the slash: without this check, `-o out/` would write a file named `out`.
    """
    name = str(path)
    if name != STDIN and (name.endswith(("/", os.sep)) or Path(path).is_dir()):
        raise StoreError(f"{name}: is a folder: give the name of a file to write in it")


def names_folder(output: str) -> bool:
    """Tell whether an output name given on the command line is a folder.

    An existing folder, a name ending in /, or a new name without a suffix ("-o timeml" as "-o timeml/":
    a file would have one, ".tml").
    """
    if output == STDIN:
        return False
    path = Path(output)
    return path.is_dir() or output.endswith(("/", "\\")) or (not path.suffix and not path.exists())


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
    require_file_name(path)
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
    require_file_name(path)
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
    calling this: the lock is held while `change` runs. A device or a pipe (`-o /dev/null`) holds no
    timeline: it counts as an empty one and is written through, with no lock file beside it.
    """
    if is_stream(path):
        changed = change(Timeline())
        save(changed, path)
        return changed
    require_file_name(path)
    path = Path(path)
    with locked(path, timeout=timeout):
        current = Timeline() if create and not path.exists() else load(path)
        changed = change(current)
        save(changed, path)
    return changed
