"""Window geometry and splitter positions, restored at start and saved at close."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

from baclofen_desk.ui.qt_settings import app_settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QSplitter

DEFAULT_SIZE = (1280, 800)


def restore_window(window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
    settings = app_settings()
    geometry = settings.value("window/geometry")
    if not (isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)):
        window.resize(*DEFAULT_SIZE)
    state = settings.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    for name, splitter in splitters.items():
        sizes = settings.value(f"splitters/{name}")
        if isinstance(sizes, QByteArray):
            splitter.restoreState(sizes)


def save_window(window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
    settings = app_settings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    for name, splitter in splitters.items():
        settings.setValue(f"splitters/{name}", splitter.saveState())
    settings.sync()
