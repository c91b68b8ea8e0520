"""Narrow windows: the editor gives up its second column before the results lose theirs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate

from baclofen_desk.ui.results_view import COMFORTABLE_WIDTH
from baclofen_desk.ui.schedule_model import TIMES
from tests.ui.driving import type_medications, type_patient

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from baclofen_desk.ui.main_window import MainWindow


def older_adult(qtbot: QtBot, window: MainWindow) -> None:
    type_patient(qtbot, window, age_years="78", weight_kg="70", crcl_ml_min="40")
    type_medications(qtbot, window, "oxycodone 5 mg q6h", "gabapentin 300 mg three times a day")
    window.editor.plan.start.setDate(QDate(2026, 12, 1))


def resized(qtbot: QtBot, window: MainWindow, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.results.table.isVisible())


def test_at_1024_by_700_every_column_of_the_schedule_is_in_sight(
    qtbot: QtBot, window: MainWindow
) -> None:
    older_adult(qtbot, window)
    resized(qtbot, window, 1024, 700)
    table = window.results.table
    header = table.horizontalHeader()
    assert not window.editor.side_by_side()
    assert table.horizontalScrollBar().maximum() == 0  # nothing to scroll to
    times_end = header.sectionViewportPosition(TIMES) + header.sectionSize(TIMES)
    assert times_end <= table.viewport().width()
    assert header.sectionSize(TIMES) >= header.sectionSizeHint(TIMES)
    interactions = window.results.interactions
    assert interactions.isVisible()
    assert interactions.width() >= 220


def test_a_wide_window_puts_the_editor_columns_side_by_side(
    qtbot: QtBot, window: MainWindow
) -> None:
    older_adult(qtbot, window)
    wide = window.editor.side_by_side_width() + COMFORTABLE_WIDTH + 20
    resized(qtbot, window, wide, 900)
    assert window.editor.side_by_side()
    assert window.results.width() >= COMFORTABLE_WIDTH
    resized(qtbot, window, 1280, 800)
    assert not window.editor.side_by_side()
    assert window.results.width() >= COMFORTABLE_WIDTH  # the editor went back to one column
