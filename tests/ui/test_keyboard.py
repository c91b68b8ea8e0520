"""Keyboard-only use: tab order, label mnemonics, shortcuts and accessible names."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)

from tests.ui.driving import type_patient

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from baclofen_desk.ui.main_window import MainWindow
    from tests.ui.conftest import DialogCalls

INPUTS = (QAbstractSpinBox, QComboBox, QLineEdit, QListWidget)


def inputs(window: MainWindow) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, INPUTS) and w.isVisibleTo(window) and not isinstance(w.parent(), INPUTS)
    ]


def test_tab_walks_the_patient_fields_in_reading_order(qtbot: QtBot, window: MainWindow) -> None:
    patient = window.editor.patient
    expected = [
        patient.numbers["age_years"],
        patient.numbers["weight_kg"],
        patient.numbers["height_cm"],
        patient.sex,
        patient.numbers["scr"],
        patient.scr_unit,
        patient.numbers["crcl_ml_min"],
        patient.crcl_measured,
        patient.numbers["egfr"],
        patient.dialysis,
        patient.kidney_unstable,
        patient.indication,
        *patient.conditions.boxes.values(),
    ]
    expected[0].setFocus()
    seen = [window.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        seen.append(window.focusWidget())
    assert seen == expected


def test_every_input_has_an_accessible_name(window: MainWindow) -> None:
    unnamed = [type(w).__name__ for w in inputs(window) if not w.accessibleName()]
    assert unnamed == []
    assert window.results.chart.accessibleName() == "Dose timeline chart"


def test_label_mnemonics_are_unique_and_have_buddies(window: MainWindow) -> None:
    letters: dict[str, str] = {}
    for widget in window.findChildren(QWidget):
        text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
        match = re.search(r"&(\w)", text)
        if match is None or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel):
            assert widget.buddy() is not None, text
        letter = match.group(1).lower()
        assert letter not in letters, f"{text!r} and {letters[letter]!r} share Alt+{letter}"
        letters[letter] = text
    menus = {re.search(r"&(\w)", a.text()).group(1).lower() for a in window.menuBar().actions()}
    assert not menus & set(letters), "a field mnemonic shadows a menu"


def test_the_age_mnemonic_focuses_the_age_field(qtbot: QtBot, window: MainWindow) -> None:
    window.editor.plan.times.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert window.focusWidget() is window.editor.patient.numbers["age_years"]


def test_a_condition_is_ticked_with_the_space_bar(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    first = window.editor.patient.conditions.boxes["epilepsy"]
    assert window.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert window.editor.patient.values()["conditions"] == ("epilepsy",)


def tab_from(qtbot: QtBot, window: MainWindow, start: QWidget, steps: int) -> list[QWidget]:
    start.setFocus()
    seen = [window.focusWidget()]
    for _ in range(steps):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        seen.append(window.focusWidget())
    return seen


def test_tab_goes_from_the_conditions_to_the_plan_beside_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1280, 800)
    qtbot.waitUntil(window.editor.side_by_side)
    last_condition = list(window.editor.patient.conditions.boxes.values())[-1]
    assert tab_from(qtbot, window, last_condition, 1) == [
        last_condition,
        window.editor.plan.titrate,
    ]


def test_ctrl_tab_goes_from_the_patient_to_the_medications(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = window.editor
    editor.patient.numbers["age_years"].setFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert editor.tabs.currentWidget() is editor.medications_page
    assert editor.medications.line_widgets()[0].edit.isVisibleTo(window)


def test_tab_walks_through_the_results_without_being_held_in_the_table(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_patient(qtbot, window, age_years="45", crcl_ml_min="20")
    results = window.results
    assert results.schedule.rowCount() > 1
    assert tab_from(qtbot, window, results.chart, 3) == [
        results.chart,
        results.table,
        results.alerts.list,
        results.alerts.override,
    ]


def test_export_pdf_is_reached_from_a_text_field_and_ctrl_e_stays_with_the_field(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls
) -> None:
    assert window.commands.export_pdf.shortcut() == QKeySequence("Ctrl+Shift+E")
    times = window.editor.plan.times
    times.setFocus()
    qtbot.keyClicks(times, "08:00")
    times.setCursorPosition(0)
    qtbot.keyClick(times, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert dialog_calls.names() == []  # Ctrl+E belongs to the field (end of line on Linux)
    dialog_calls.answer("show_error", None)
    qtbot.keyClick(
        times, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert dialog_calls.names() == ["show_error"]
    assert dialog_calls.calls[0][1][0] == "No handout yet"
