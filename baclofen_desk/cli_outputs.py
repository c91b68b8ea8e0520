"""The command line's output files: every path checked before anything is rendered or written.

A path is refused (naming its option) when its folder is missing or not writable,
when it is a folder, a read-only file or not a regular file, when it is too long
or holds control characters, and when two options name the same file. Writing is
all or nothing (`fileio.write_all_or_nothing`); standard output comes last, once
every file is in place, so a failure never leaves half the outputs behind.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from baclofen_desk.cli_values import InvalidInput, shown
from baclofen_desk.core.plain_text import is_hidden_control
from baclofen_desk.fileio import WriteFailed, write_all_or_nothing

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

STANDARD_OUTPUT: Final = "-"
#: Longest file name and whole path accepted (bytes, as most file systems count them).
MAX_NAME_BYTES: Final = 255
MAX_PATH_BYTES: Final = 1024


@dataclass(frozen=True)
class OutputPath:
    """Where one option asks its output to go ("-": standard output, where allowed)."""

    option: str
    path: str
    standard_output: bool = False

    @property
    def to_stdout(self) -> bool:
        return self.path == STANDARD_OUTPUT


@dataclass(frozen=True)
class Output:
    """Rendered content for one output path."""

    where: OutputPath
    data: bytes


def check_output_paths(outputs: Iterable[OutputPath]) -> None:
    """Refuse, naming the option, any path that cannot take a file or is named twice."""
    seen: dict[str, str] = {}
    for output in outputs:
        if output.to_stdout:
            _check_stdout(output, seen)
            continue
        _check_path(output)
        key = os.path.normcase(os.path.realpath(output.path))
        if key in seen:
            raise InvalidInput(f"{output.option}: the same file as {seen[key]}: {output.path}")
        seen[key] = output.option


def _check_stdout(output: OutputPath, seen: dict[str, str]) -> None:
    if not output.standard_output:
        raise InvalidInput(f"{output.option}: '-' (standard output) is not offered for it")
    if STANDARD_OUTPUT in seen:
        raise InvalidInput(f"{output.option}: standard output is taken by {seen['-']}")
    seen[STANDARD_OUTPUT] = output.option


def _check_path(output: OutputPath) -> None:
    option, text = output.option, output.path
    if any(is_hidden_control(char) for char in text):
        raise InvalidInput(f"{option}: the path contains a control character: {shown(text)}")
    path = Path(text)
    if not text or len(os.fsencode(path.name)) > MAX_NAME_BYTES:
        raise InvalidInput(f"{option}: the file name is empty or longer than {MAX_NAME_BYTES}")
    if len(os.fsencode(text)) > MAX_PATH_BYTES:
        raise InvalidInput(f"{option}: the path is longer than {MAX_PATH_BYTES} characters")
    target = Path(os.path.realpath(path))
    if target.is_dir():
        raise InvalidInput(f"{option}: is a folder, not a file: {text}")
    if not target.parent.is_dir():
        raise InvalidInput(f"{option}: folder does not exist: {path.parent}")
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise InvalidInput(f"{option}: the folder is not writable: {path.parent}")
    if target.exists() and not target.is_file():
        raise InvalidInput(f"{option}: is not a regular file: {text}")
    if target.exists() and not (target.stat().st_mode & 0o200 and os.access(target, os.W_OK)):
        raise InvalidInput(f"{option}: the file is read-only: {text}")


def write_outputs(outputs: Sequence[Output]) -> None:
    """Write every file all or nothing, then standard output; `InvalidInput` names the option."""
    files = [item for item in outputs if not item.where.to_stdout]
    try:
        write_all_or_nothing([(Path(item.where.path), item.data) for item in files])
    except WriteFailed as exc:
        option = _option_of(exc.path, files)
        raise InvalidInput(f"{option}: cannot write {exc.path}: {exc.strerror}") from None
    for item in outputs:
        if item.where.to_stdout:  # text outputs only (JSON, the prescription text)
            sys.stdout.write(item.data.decode("utf-8"))
            sys.stdout.flush()


def _option_of(path: Path, files: Sequence[Output]) -> str:
    target = os.path.realpath(path)
    for item in files:
        if os.path.realpath(item.where.path) == target:
            return item.where.option
    return "output"
