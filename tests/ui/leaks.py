"""Finding the top-level widgets a test left behind (the check napari runs after each test)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

#: Top-level widgets Qt makes and keeps for itself (the tool tip), not left by a test.
QT_OWN_TOP_LEVELS = {"QTipLabel"}


def top_level_widgets() -> dict[int, QWidget]:
    """Every parentless top-level widget alive now, by its C++ address."""
    return {
        shiboken6.getCppPointer(widget)[0]: widget
        for widget in QApplication.topLevelWidgets()
        if widget.parent() is None and type(widget).__name__ not in QT_OWN_TOP_LEVELS
    }


def dangling_widgets(before: dict[int, QWidget]) -> list[QWidget]:
    """Top-level widgets made since `before` that are still alive once deletions have run."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    return [widget for key, widget in top_level_widgets().items() if key not in before]
