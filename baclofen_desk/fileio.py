"""File mechanics every saved or opened file shares; no file format lives here.

- Reading: only a regular file (never a device, a FIFO or a folder), at most a stated
  size, so a link to `/dev/zero` or a huge file cannot hang the program.
- JSON: duplicate keys, nesting beyond a limit, over-long numbers and NaN are refused
  with one sentence (`JsonRefused`), never accepted quietly or crashing the parser.
- Writing: atomic (a file is either the old one or the whole new one), and for several
  files all or nothing (every one flushed beside its target before any is renamed). A symbolic
  link is followed and its target replaced, as editors do; a read-only file is
  refused; the temporary file beside the target is readable by its owner only, and
  this program's temporary files older than an hour in that folder are removed.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import tempfile
import time
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from collections.abc import Sequence

#: Deepest nesting of arrays and objects a JSON file may have.
MAX_JSON_DEPTH: Final = 32
#: Longest number (in characters) a JSON file may hold.
MAX_NUMBER_CHARS: Final = 32
#: A temporary file of this program older than this (seconds) is left from a failed save.
STALE_TEMP_SECONDS: Final = 3600
TEMP_SUFFIX: Final = ".baclofen-desk.tmp"

_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)


class FileRefused(OSError):
    """A file that may not be read or written (the message says why, in one sentence)."""


class JsonRefused(ValueError):
    """Text that is not JSON this program accepts (the message says why)."""


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The content of `path` if it is a regular file of at most `max_bytes` bytes."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    if not Path(path).is_file():  # a FIFO would block open() on some systems
        _refuse_kind(Path(path))
    descriptor = os.open(path, flags)
    with os.fdopen(descriptor, "rb") as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(f"{Path(path).name} is not a regular file")
        if info.st_size > max_bytes:
            raise FileRefused(_too_large(path, max_bytes))
        data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:  # it grew while it was read
        raise FileRefused(_too_large(path, max_bytes))
    return data


def _refuse_kind(path: Path) -> None:
    if not path.exists():
        raise FileNotFoundError(2, "No such file", str(path))
    if path.is_dir():
        raise FileRefused(f"{path.name} is a folder, not a file")
    raise FileRefused(f"{path.name} is not a regular file (a device, pipe or socket)")


def _too_large(path: Path, max_bytes: int) -> str:
    return f"{Path(path).name} is larger than {max_bytes // 1_000_000} MB, too large for a plan"


def strict_json_loads(text: str) -> Any:
    """Parse JSON, refusing duplicate keys, deep nesting, over-long numbers and NaN."""
    depth = _max_depth(text)
    if depth > MAX_JSON_DEPTH:
        raise JsonRefused(f"it is nested {depth} levels deep (at most {MAX_JSON_DEPTH})")
    return json.loads(
        text,
        object_pairs_hook=_unique_keys,
        parse_int=_number(int),
        parse_float=_number(float),
        parse_constant=_no_constant,
    )


def _max_depth(text: str) -> int:
    """How deeply arrays and objects nest, counted outside strings."""
    bare = _STRINGS.sub('""', text)
    steps = (1 if c in "[{" else -1 for c in bare if c in "[]{}")
    return max(accumulate(steps, initial=0))


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise JsonRefused(f"the entry {key!r} appears twice")
        result[key] = value
    return result


def _number(kind: type[int] | type[float]) -> Any:
    def parse(text: str) -> int | float:
        if len(text) > MAX_NUMBER_CHARS:
            raise JsonRefused(f"it holds a number {len(text)} characters long")
        return kind(text)

    return parse


def _no_constant(text: str) -> None:
    raise JsonRefused(f"it holds {text}, which is not a number")


@dataclass(frozen=True)
class PendingWrite:
    """New content flushed to a temporary file beside its target, not yet renamed."""

    target: Path
    temp: Path
    replaces: bool = field(default=False, compare=False)


class WriteFailed(OSError):
    """Writing `path` failed; nothing of this batch was left behind."""

    def __init__(self, path: Path, cause: OSError) -> None:
        super().__init__(cause.errno, cause.strerror or str(cause))
        self.path = path
        self.cause = cause


def prepare_write(path: Path, data: bytes) -> PendingWrite:
    """Write `data` to a temporary file beside the target and flush it to disk.

    The target is `path`, or the file a symbolic link at `path` points to (the link
    stays). A file that exists and is read-only, or is no regular file (a device such as
    /dev/null, a pipe), is refused with `FileRefused`.
    """
    target = Path(os.path.realpath(path))
    if target.exists() and not target.is_file():  # never rename over a device or a pipe
        raise FileRefused(f"{path.name} is not a regular file, so it is not written over")
    mode = _mode_for(target)
    remove_stale_temp_files(target.parent)
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent
    )
    try:  # mkstemp makes the file readable by its owner only (0600) while it is written
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, mode)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    return PendingWrite(target, Path(temp_name), target.exists())


def commit_write(pending: PendingWrite) -> None:
    """Rename the temporary file over its target (atomic on one file system)."""
    os.replace(pending.temp, pending.target)


def discard_write(pending: PendingWrite) -> None:
    with contextlib.suppress(OSError):
        os.unlink(pending.temp)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` so that the file is either the old one or the whole new one."""
    pending = prepare_write(path, data)
    try:
        commit_write(pending)
    except BaseException:
        discard_write(pending)
        raise


def write_all_or_nothing(files: Sequence[tuple[Path, bytes]]) -> None:
    """Write every file, or none: all are flushed beside their targets before any is renamed.

    Raises `WriteFailed` naming the path at fault; files this call created are removed.
    """
    pending: list[PendingWrite] = []
    try:
        for path, data in files:
            pending.append(_prepared(path, data))
        for index, item in enumerate(pending):
            _commit_or_undo(item, pending[:index])
    finally:
        for item in pending:
            discard_write(item)


def _prepared(path: Path, data: bytes) -> PendingWrite:
    try:
        return prepare_write(path, data)
    except OSError as exc:
        raise WriteFailed(Path(path), exc) from exc


def _commit_or_undo(item: PendingWrite, done: list[PendingWrite]) -> None:
    try:
        commit_write(item)
    except OSError as exc:
        for earlier in done:
            if not earlier.replaces:
                with contextlib.suppress(OSError):
                    os.unlink(earlier.target)
        raise WriteFailed(item.target, exc) from exc


def atomic_write_text(path: Path, text: str) -> None:
    """Atomic write of UTF-8 text."""
    atomic_write_bytes(path, text.encode("utf-8"))


def _mode_for(path: Path) -> int:
    """Keep a replaced file's permissions (refusing a read-only one); a new file gets umask's."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
    if not mode & stat.S_IWUSR or not os.access(path, os.W_OK):
        raise FileRefused(f"{path.name} is read-only; save under another name or make it writable")
    return mode


def remove_stale_temp_files(folder: Path, now: float | None = None) -> list[Path]:
    """Remove this program's temporary files in `folder` left by a save that never finished."""
    cutoff = (time.time() if now is None else now) - STALE_TEMP_SECONDS
    removed = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if not (entry.name.startswith(".") and entry.name.endswith(TEMP_SUFFIX)):
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(info.st_mode) and info.st_mtime < cutoff:
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed
