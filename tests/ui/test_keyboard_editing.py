"""Editing by keyboard alone: medication lines, label mnemonics, and where New leaves the focus."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QScrollArea, QWidget

from tests.ui.driving import type_medications, type_patient

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from baclofen_desk.ui.main_window import MainWindow
    from tests.ui.conftest import DialogCalls


def focus_first_medication(window: MainWindow) -> QLineEdit:
    """Show the Medications tab and put the focus in its first line."""
    editor = window.editor
    editor.tabs.setCurrentWidget(editor.medications_page)
    first = editor.medications.line_widgets()[0].edit
    first.setFocus()
    return first


def medication_edit_with_focus(window: MainWindow) -> int:
    edits = [line.edit for line in window.editor.medications.line_widgets()]
    return edits.index(window.focusWidget())


def test_enter_finishes_a_medication_line_and_opens_the_next(
    qtbot: QtBot, window: MainWindow
) -> None:
    first = focus_first_medication(window)
    qtbot.keyClicks(first, "oxycodone 5mg q6h prn")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    assert medication_edit_with_focus(window) == 1
    qtbot.keyClicks(window.focusWidget(), "Neurontin 300 tid")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Enter)  # the keypad's Enter too
    lines = ("oxycodone 5mg q6h prn", "Neurontin 300 tid")
    assert window.editor.medications.lines() == lines
    assert window.editor.draft().medications == lines
    assert medication_edit_with_focus(window) == 2


def test_enter_in_the_empty_last_line_stays_there(qtbot: QtBot, window: MainWindow) -> None:
    type_medications(qtbot, window, "baclofen 10 mg tid")
    last = window.editor.medications.line_widgets()[-1].edit
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_Return)
    assert window.focusWidget() is last
    assert len(window.editor.medications.line_widgets()) == 2


def test_backspace_in_an_empty_line_goes_back_to_the_end_of_the_previous_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    first = focus_first_medication(window)
    qtbot.keyClicks(first, "sertraline 50")
    qtbot.keyClick(first, Qt.Key.Key_Return)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Backspace)
    assert window.focusWidget() is first
    assert first.cursorPosition() == len("sertraline 50")
    qtbot.keyClick(first, Qt.Key.Key_Backspace)  # now an ordinary Backspace
    assert window.editor.medications.lines() == ("sertraline 5",)
    qtbot.keyClicks(first, "0 mg")
    assert window.editor.medications.lines() == ("sertraline 50 mg",)


def test_backspace_leaves_an_emptied_middle_line_behind(qtbot: QtBot, window: MainWindow) -> None:
    type_medications(qtbot, window, "tizanidine 2 mg", "x")
    middle = window.editor.medications.line_widgets()[1].edit
    middle.setFocus()
    middle.end(False)
    qtbot.keyClick(middle, Qt.Key.Key_Backspace)  # deletes the x
    qtbot.keyClick(middle, Qt.Key.Key_Backspace)  # empty: back to the first line
    first = window.editor.medications.line_widgets()[0].edit
    assert window.focusWidget() is first
    assert [line.text() for line in window.editor.medications.line_widgets()] == [
        "tizanidine 2 mg",
        "",
    ]
    assert window.editor.medications.line_widgets()[1].edit.accessibleName() == "Medication 2"


def test_enter_on_a_completion_completes_the_name_and_stays_for_the_dose(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = window.editor
    editor.tabs.setCurrentWidget(editor.medications_page)
    first = editor.medications.line_widgets()[0].edit
    first.setFocus()
    qtbot.keyClicks(first, "gabap")
    popup = first.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert window.focusWidget() is first
    qtbot.keyClicks(first, " 300 mg tid")
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert editor.medications.lines() == ("gabapentin 300 mg tid",)
    assert medication_edit_with_focus(window) == 1


def mnemonic_labels(window: MainWindow) -> list[tuple[str, QLabel]]:
    """(letter, label) for every label in sight with a mnemonic."""
    found = []
    for label in window.findChildren(QLabel):
        match = re.search(r"&(\w)", label.text())
        if match and label.isVisibleTo(window):
            found.append((match.group(1), label))
    return found


def button_states(window: MainWindow) -> dict[str, tuple[bool, bool]]:
    """Ticked and pressed (a label's click holds its box down before it toggles it)."""
    buttons = window.findChildren(QAbstractButton)
    return {
        b.accessibleName() or b.text(): (b.isChecked(), b.isDown())
        for b in buttons
        if b.isCheckable()
    }


def press_every_label_mnemonic(qtbot: QtBot, window: MainWindow) -> list[str]:
    """Press each label's Alt+letter; the labels pressed, after checking focus and boxes."""
    pressed = []
    for letter, label in mnemonic_labels(window):
        before = button_states(window)
        window.editor.patient.numbers["age_years"].setFocus()
        key = Qt.Key(ord(letter.upper()))
        qtbot.keyClick(window.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        buddy = label.buddy()
        assert window.focusWidget() is (buddy.focusProxy() or buddy), label.text()
        assert button_states(window) == before, label.text()
        pressed.append(label.text())
    return pressed


def test_every_label_mnemonic_focuses_its_field_and_ticks_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1280, 800)
    qtbot.waitUntil(window.editor.side_by_side)
    patient = window.editor.patient
    patient.conditions.boxes["liver-disease"].setChecked(True)  # ticked boxes stay ticked too
    pressed = press_every_label_mnemonic(qtbot, window)
    assert set(pressed) >= {"&Conditions:", "Dial&ysis:", "&Age:", "&Start date:", "Lan&guage:"}
    assert len(pressed) == 19
    assert patient.values()["conditions"] == ("liver-disease",)
    assert patient.values()["dialysis"] is False


def in_sight(page: QScrollArea, widget: QWidget) -> bool:
    return page.viewport().rect().contains(widget.mapTo(page.viewport(), widget.rect().center()))


def test_a_label_mnemonic_scrolls_its_field_into_sight(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(900, 300)
    page = window.editor.patient_page
    bar = page.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    age = window.editor.patient.numbers["age_years"]
    last = list(window.editor.patient.conditions.boxes.values())[-1]
    last.setFocus()
    bar.setValue(bar.maximum())
    assert not in_sight(page, age)
    qtbot.keyClick(last, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert window.focusWidget() is age
    assert in_sight(page, age)


def test_after_new_the_patient_tab_is_at_its_top_and_the_focus_on_age(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls
) -> None:
    window.resize(900, 300)
    editor = window.editor
    bar = editor.patient_page.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    type_patient(qtbot, window, age_years="78")
    bar.setValue(bar.maximum())
    type_medications(qtbot, window, "sertraline 50 mg")
    assert editor.tabs.currentWidget() is editor.medications_page
    dialog_calls.answer("ask_save_changes", "discard")
    window.commands.new.trigger()
    assert dialog_calls.names() == ["ask_save_changes"]
    assert editor.tabs.currentWidget() is editor.patient_page
    assert bar.value() == 0
    age = editor.patient.numbers["age_years"]
    assert window.focusWidget() is age
    qtbot.waitUntil(lambda: age.lineEdit().selectedText() == "not entered")
    qtbot.keyClicks(age, "80")
    assert editor.patient.values()["age_years"] == 80
    assert editor.medications.lines() == ()


def test_the_window_opens_with_the_focus_on_age(window: MainWindow) -> None:
    assert window.focusWidget() is window.editor.patient.numbers["age_years"]


def test_after_an_override_the_focus_is_on_the_alerts_not_somewhere_in_the_form(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls
) -> None:
    type_patient(qtbot, window, age_years="78", crcl_ml_min="20")
    alerts = window.results.alerts
    assert window.document.state.plan is not None and window.document.state.plan.blocked
    alerts.override.setFocus()
    dialog_calls.answer("ask_override_reason", "Nephrology agrees")
    qtbot.keyClick(alerts.override, Qt.Key.Key_Space)
    assert dialog_calls.names() == ["ask_override_reason"]
    assert window.focusWidget() is alerts.list
