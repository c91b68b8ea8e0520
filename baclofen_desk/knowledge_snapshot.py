"""A snapshot of the validated knowledge base, so the window starts without validating it again.

Reading and validating the knowledge files (and building the model classes' validators for
them) is the largest part of starting the window. The snapshot is the validated `Knowledge`
as the program made it, pickled into the user's cache folder under a fingerprint of
everything that decides what validation gives: the bytes of every knowledge file, the code
of every imported module of the core (the models, their validators and the cross-checks of
`load_knowledge`), and the versions of Python, pydantic and the program.
A snapshot whose fingerprint differs in any of these is never used: the files are loaded
and validated again and a new snapshot replaces it. A damaged or unreadable snapshot
is treated the same way, so the snapshot can make the start faster, never different.

The cache folder is the user's own, trusted like their settings.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import pydantic
import pydantic_core

import baclofen_desk
from baclofen_desk import __version__
from baclofen_desk.core.knowledge import Knowledge, load_knowledge

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable
    from types import ModuleType

log = logging.getLogger(__name__)

SNAPSHOT_NAME = "knowledge.pickle"
#: The modules whose code decides what validation accepts: the whole core (the models,
#: their validators, `load_knowledge`), which imports nothing else of the program, and this.
VALIDATING_PACKAGE = "baclofen_desk.core"
VALIDATING_MODULES = ("baclofen_desk", "baclofen_desk.resources", __name__)


def _files(directory: Traversable, prefix: str = "") -> list[tuple[str, Traversable]]:
    """Every file below `directory` with its relative name, in name order."""
    found: list[tuple[str, Traversable]] = []
    for node in sorted(directory.iterdir(), key=lambda n: n.name):
        name = f"{prefix}{node.name}"
        if node.is_dir():
            found += _files(node, f"{name}/")
        elif node.is_file():
            found.append((name, node))
    return found


def _module_code(module: ModuleType) -> bytes | None:
    """The source of a module (its compiled code where no source ships, as in the bundle).

    None for a source changed since the program loaded: the code running may be older.
    """
    spec = module.__spec__
    loader = spec.loader if spec is not None else None
    if spec is None or loader is None:
        return None
    origin = spec.origin or ""
    get_data = getattr(loader, "get_data", None)
    if origin.endswith(".py") and get_data is not None and os.path.isfile(origin):
        if os.stat(origin).st_mtime >= baclofen_desk.LOADED_AT:
            return None
        data: bytes = get_data(origin)
        return data
    get_code = getattr(loader, "get_code", None)
    code = get_code(spec.name) if get_code is not None else None
    return marshal.dumps(code) if code is not None else None


def validating_modules() -> list[str]:
    """The imported modules of the core, and the few that load the knowledge, by name."""
    core = (n for n in sys.modules if n.startswith(VALIDATING_PACKAGE + "."))
    return sorted({VALIDATING_PACKAGE, *core, *VALIDATING_MODULES})


def fingerprint(directory: Traversable) -> str | None:
    """A hash of the knowledge files and the validating code; None if any cannot be read."""
    hashed = hashlib.sha256()
    versions = (sys.version, pydantic.VERSION, pydantic_core.__version__, __version__)
    hashed.update("\0".join(versions).encode("utf-8") + b"\0")
    try:
        for name, node in _files(directory):
            hashed.update(f"file {name}\0".encode() + node.read_bytes() + b"\0")
        for name in validating_modules():
            code = _module_code(sys.modules[name])
            if code is None:
                return None
            hashed.update(f"module {name}\0".encode() + code + b"\0")
    except (OSError, ImportError) as exc:
        log.info("Knowledge snapshot not used: %s", exc)
        return None
    return hashed.hexdigest()


def _read(snapshot: Path, key: str) -> Knowledge | None:
    """The snapshot's knowledge if it was made under `key`, else None."""
    try:
        data = snapshot.read_bytes()
    except OSError:
        return None
    header = key.encode("ascii") + b"\n"
    if not data.startswith(header):
        return None
    try:
        knowledge = pickle.loads(data[len(header) :])  # the user's own cache folder
    except Exception as exc:  # any damage: validate again
        log.info("Knowledge snapshot not used: %s", exc)
        return None
    return knowledge if isinstance(knowledge, Knowledge) else None


def _write(snapshot: Path, key: str, knowledge: Knowledge) -> None:
    """Replace the snapshot in one step (a half-written file is never read)."""
    try:
        data = key.encode("ascii") + b"\n" + pickle.dumps(knowledge, pickle.HIGHEST_PROTOCOL)
        snapshot.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=snapshot.parent, prefix=".knowledge-")
    except (OSError, pickle.PicklingError) as exc:
        log.info("Knowledge snapshot not written: %s", exc)
        return
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, snapshot)
    except OSError as exc:
        log.info("Knowledge snapshot not written: %s", exc)
        Path(temporary).unlink(missing_ok=True)


def snapshot_knowledge(directory: Traversable, cache_folder: Path) -> Knowledge:
    """The knowledge of `directory`: from the snapshot when it fits, else validated (and kept)."""
    key = fingerprint(directory)
    snapshot = cache_folder / SNAPSHOT_NAME
    if key is None:
        return load_knowledge(directory)
    knowledge = _read(snapshot, key)
    if knowledge is None:
        knowledge = load_knowledge(directory)  # a KnowledgeError is raised before any write
        _write(snapshot, key, knowledge)
    return knowledge
