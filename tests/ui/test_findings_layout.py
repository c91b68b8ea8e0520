"""The alerts and interactions panes have room: a typical plan's findings need no scrolling at
1280x800, and nothing of them is cut at 1024x700."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect

from baclofen_desk.ui.results_view import LISTS_MIN_HEIGHT
from tests.ui.test_acknowledge import typical
from tests.ui.test_layout import resized

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget, QWidget
    from pytestqt.qtbot import QtBot

    from baclofen_desk.ui.main_window import MainWindow


def laid_out(shown: QListWidget) -> None:
    """Lay the list's items out now (Qt does it a moment after a change)."""
    shown.doItemsLayout()


def whole_in(window: MainWindow, widget: QWidget) -> bool:
    return window.rect().contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))


def test_a_typical_plan_needs_no_scrolling_at_1280_by_800(qtbot: QtBot, window: MainWindow) -> None:
    resized(qtbot, window, 1280, 800)
    typical(qtbot, window)
    results = window.results
    assert (len(results.alerts.texts()), len(results.interactions.texts())) == (3, 2)
    qtbot.waitUntil(lambda: results.interactions.list.isVisible())
    for pane in (results.alerts, results.interactions):
        laid_out(pane.list)
        assert pane.list.verticalScrollBar().maximum() == 0, pane.list.accessibleName()
        assert pane.list.horizontalScrollBar().maximum() == 0
        assert whole_in(window, pane.acknowledge)
    assert abs(results.alerts.width() - results.interactions.width()) <= 2  # side by side, alike


def test_at_1024_by_700_the_panes_keep_their_room_and_buttons(
    qtbot: QtBot, window: MainWindow
) -> None:
    resized(qtbot, window, 1024, 700)
    typical(qtbot, window)
    results = window.results
    qtbot.waitUntil(lambda: results.interactions.list.isVisible())
    lists = results.splitter.widget(2)
    assert lists.height() >= LISTS_MIN_HEIGHT
    for pane in (results.alerts, results.interactions):
        laid_out(pane.list)
        assert pane.list.horizontalScrollBar().maximum() == 0  # no text runs off to the side
        assert pane.list.viewport().height() >= 100
        assert whole_in(window, pane.acknowledge)
        assert whole_in(window, pane.list)
