"""File mechanics every saved or opened file shares; no file format lives here.

- Reading: only a regular file (never a device, a FIFO or a folder), at most a stated
  size, so a link to `/dev/zero` or a huge file cannot hang the program.
- JSON: duplicate keys, nesting beyond a limit, over-long numbers and NaN are refused
  with one sentence (`JsonRefused`), never accepted quietly or crashing the parser.
- Writing: atomic (a file is either the old one or the whole new one). A symbolic
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
from itertools import accumulate
from pathlib import Path
from typing import Any, Final

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


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside the target, flush it to disk, then rename.

    The target is `path`, or the file a symbolic link at `path` points to (the link
    stays). A file that exists and is read-only is refused with `FileRefused`.
    """
    target = Path(os.path.realpath(path))
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
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


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
