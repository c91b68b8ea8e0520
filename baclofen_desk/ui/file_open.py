"""Plan files the system asks the program to open while it runs.

On macOS the Finder does not pass a double-clicked file on the command line: the
application receives a `QFileOpenEvent` instead (at start and while it runs).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFileOpenEvent

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication


class FileOpenRequests(QObject):
    """An event filter on the application that turns FileOpen events into `requested(Path)`."""

    requested = Signal(object)  # Path

    def watch(self, app: QCoreApplication) -> None:
        """Listen on `app` for as long as this object lives."""
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return super().eventFilter(watched, event)
        if not event.file():  # a URL that is no local file: not a plan
            return False
        self.requested.emit(Path(event.file()))
        return True
