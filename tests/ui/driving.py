"""Driving the window the way a user does: typing into fields, ticking boxes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit
    from pytestqt.qtbot import QtBot

    from baclofen_desk.ui.main_window import MainWindow


def type_into(qtbot: QtBot, box: QAbstractSpinBox | QLineEdit, text: str) -> None:
    """Replace the content of a field with `text`, typed key by key, then leave it."""
    box.setFocus()
    box.selectAll()
    if text:
        qtbot.keyClicks(box, text)
    else:
        qtbot.keyClick(box, Qt.Key.Key_Delete)
    qtbot.keyClick(box, Qt.Key.Key_Tab)


def type_patient(qtbot: QtBot, window: MainWindow, **values: str) -> None:
    """Type patient numbers by field name: age_years="45", weight_kg="70"..."""
    window.editor.tabs.setCurrentWidget(window.editor.patient_page)
    for field, text in values.items():
        type_into(qtbot, window.editor.patient.numbers[field], text)


def type_medications(qtbot: QtBot, window: MainWindow, *lines: str) -> None:
    """Type each medication into the empty line at the end of the list (on its tab)."""
    window.editor.tabs.setCurrentWidget(window.editor.medications_page)
    for text in lines:
        line = window.editor.medications.line_widgets()[-1]
        type_into(qtbot, line.edit, text)


def daily_doses(window: MainWindow) -> list[float]:
    return [step.daily_mg for step in window.results.schedule.steps()]


def table_text(window: MainWindow) -> list[list[str]]:
    """Every visible cell of the schedule table, as shown."""
    model = window.results.schedule
    table = window.results.table
    return [
        [
            model.index(row, column).data()
            for column in range(model.columnCount())
            if not table.isColumnHidden(column)
        ]
        for row in range(model.rowCount())
    ]
