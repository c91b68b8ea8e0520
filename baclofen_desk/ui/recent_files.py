"""The list of recently opened plan files (most recent first), kept in the settings file."""

from __future__ import annotations

from pathlib import Path

from baclofen_desk.ui.qt_settings import app_settings

KEY = "recent_files"
LIMIT = 8


def recent_files() -> list[Path]:
    value = app_settings().value(KEY, [])
    if isinstance(value, str):  # INI files store a one-item list as a plain string
        value = [value]
    if not isinstance(value, list):
        return []
    return [Path(item) for item in value if isinstance(item, str) and item][:LIMIT]


def remember(path: Path) -> list[Path]:
    """Put `path` first; returns the new list."""
    paths = [path, *(p for p in recent_files() if p != path)][:LIMIT]
    _store(paths)
    return paths


def forget(path: Path) -> list[Path]:
    paths = [p for p in recent_files() if p != path]
    _store(paths)
    return paths


def _store(paths: list[Path]) -> None:
    settings = app_settings()
    settings.setValue(KEY, [str(p) for p in paths])
    settings.sync()
