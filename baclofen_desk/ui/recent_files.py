"""The list of recently opened plan files (most recent first), kept in the settings file.

File names often carry the patient's name, so the list can be cleared from the menu,
and the preference "Keep a list of recent plans" turned off keeps none at all.
"""

from __future__ import annotations

from pathlib import Path

from baclofen_desk.ui.preferences import load_preferences
from baclofen_desk.ui.qt_settings import app_settings

KEY = "recent_files"
LIMIT = 8


def recent_files() -> list[Path]:
    if not load_preferences().keep_recent_files:
        return []
    value = app_settings().value(KEY, [])
    if isinstance(value, str):  # INI files store a one-item list as a plain string
        value = [value]
    if not isinstance(value, list):
        return []
    return [Path(item) for item in value if isinstance(item, str) and item][:LIMIT]


def remember(path: Path) -> list[Path]:
    """Put `path` first (unless no list is kept); returns the new list."""
    if not load_preferences().keep_recent_files:
        clear_recent_files()
        return []
    paths = [path, *(p for p in recent_files() if p != path)][:LIMIT]
    _store(paths)
    return paths


def forget(path: Path) -> list[Path]:
    paths = [p for p in recent_files() if p != path]
    _store(paths)
    return paths


def clear_recent_files() -> None:
    """Remove the list from the settings file (not only empty it)."""
    settings = app_settings()
    settings.remove(KEY)
    settings.sync()


def _store(paths: list[Path]) -> None:
    settings = app_settings()
    settings.setValue(KEY, [str(p) for p in paths])
    settings.sync()
