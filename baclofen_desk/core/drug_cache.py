"""A generated cache of the dictionary files, parsed, so the window starts faster.

Parsing the drug files as TOML is about a quarter of loading the dictionary.
`drugs/cache.json` holds what they parse to, with a digest of their text: it is
used only while the digest matches the files, so an edited file is read as
TOML (slower, never wrong) until the cache is rebuilt with
`python -m baclofen_desk.core.drug_cache`. What the cache gives is validated
exactly like the TOML. A test checks that the shipped cache matches the files.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from typing import TYPE_CHECKING, Any

from baclofen_desk.core.kb_io import KnowledgeError

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

CACHE_NAME = "cache.json"


def _texts(folder: Traversable) -> dict[str, str]:
    """Every *.toml file of the folder by name, in name order."""
    names = sorted(f.name for f in folder.iterdir() if f.name.endswith(".toml") and f.is_file())
    texts: dict[str, str] = {}
    for name in names:
        try:
            texts[name] = (folder / name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise KnowledgeError(f"{name}: cannot be read ({exc})") from exc
    return texts


def digest(texts: dict[str, str]) -> str:
    """One hash of every file's name and text."""
    hashed = hashlib.sha256()
    for name, text in texts.items():
        hashed.update(name.encode("utf-8") + b"\0" + text.encode("utf-8") + b"\0")
    return hashed.hexdigest()


def _parse(texts: dict[str, str]) -> dict[str, dict[str, Any]]:
    parsed: dict[str, dict[str, Any]] = {}
    for name, text in texts.items():
        try:
            parsed[name] = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise KnowledgeError(f"{name}: not valid TOML ({exc})") from exc
    return parsed


def _cached(folder: Traversable, wanted: str) -> dict[str, dict[str, Any]] | None:
    node = folder / CACHE_NAME
    if not node.is_file():
        return None
    try:
        data = json.loads(node.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("digest") != wanted:
        return None
    files = data.get("files")
    return files if isinstance(files, dict) else None


def read_drug_files(folder: Traversable) -> dict[str, dict[str, Any]]:
    """File name -> its parsed content, from the cache while it matches, else the TOML."""
    texts = _texts(folder)
    return _cached(folder, digest(texts)) or _parse(texts)


def cache_text(folder: Traversable) -> str:
    """The cache for the files of `folder` as it must be written (same files, same text)."""
    texts = _texts(folder)
    data = {"digest": digest(texts), "files": _parse(texts)}
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


if __name__ == "__main__":  # rebuild the shipped cache after editing a drug file
    from pathlib import Path

    from baclofen_desk.resources import resource

    target = Path(str(resource("knowledge", "drugs")))
    (target / CACHE_NAME).write_text(cache_text(target), encoding="utf-8")
