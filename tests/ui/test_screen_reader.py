"""What a screen reader is told, read back through QAccessible as assistive technology reads it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from tests.ui.driving import type_into, type_patient

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from baclofen_desk.ui.main_window import MainWindow

Text = QAccessible.Text
#: What a description must not show: a model field name, Python's None, a bare boolean.
INTERNALS = re.compile(r"\b[a-z]+_[a-z_]+\b|\bNone\b|\bTrue\b|\bFalse\b")


def read(widget: QWidget, text: QAccessible.Text) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, type(widget).__name__
    return interface.text(text)


def test_the_status_banner_reads_its_status(qtbot: QtBot, window: MainWindow) -> None:
    banner = window.results.banner
    assert read(banner, Text.Name) == "Plan status"
    assert read(banner.text, Text.Name) == "No plan yet: complete the marked fields."
    type_patient(qtbot, window, age_years="45", crcl_ml_min="90")
    assert read(banner.text, Text.Name) == "Plan ready."


def test_empty_number_boxes_say_not_entered_or_from_the_rules(
    qtbot: QtBot, window: MainWindow
) -> None:
    patient, plan = window.editor.patient, window.editor.plan
    for name, box in patient.numbers.items():
        assert read(box, Text.Value) == "not entered", name
    assert read(plan.current, Text.Value) == "not entered"
    assert read(plan.doses, Text.Value) == "from the rules"
    assert read(plan.target, Text.Value) == "from the rules"
    type_patient(qtbot, window, age_years="78", scr="1.25")
    assert read(patient.numbers["age_years"], Text.Value) == "78"
    assert read(patient.numbers["scr"], Text.Value) == "1.25"
    type_into(qtbot, patient.numbers["scr"], "")
    assert read(patient.numbers["scr"], Text.Value) == "not entered"
    assert patient.values()["scr"] is None


def test_descriptions_speak_of_the_field_never_of_its_internals(window: MainWindow) -> None:
    window.resize(1280, 800)
    described = {}
    for widget in window.findChildren(QWidget):
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is not None and interface.text(Text.Description):
            described[read(widget, Text.Name)] = interface.text(Text.Description)
    leaks = {name: text for name, text in described.items() if INTERNALS.search(text)}
    assert leaks == {}
    assert described["Serum creatinine"] == "Serum creatinine, in the unit chosen beside it"
    assert described["Doses per day"] == "How many doses a day; empty: from the rules"
    assert window.editor.patient.numbers["scr"].toolTip() == described["Serum creatinine"]
    assert described["Start date"] == (
        "First day of the plan. Left and Right move between day, month and year; "
        "Up and Down change them"
    )


def test_the_start_date_is_one_tab_stop(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1280, 800)
    qtbot.waitUntil(window.editor.side_by_side)
    plan = window.editor.plan
    plan.times.setFocus()
    qtbot.keyClick(plan.times, Qt.Key.Key_Tab)
    assert window.focusWidget() is plan.start
    qtbot.keyClick(plan.start, Qt.Key.Key_Tab)
    assert window.focusWidget() is plan.current
    qtbot.keyClick(plan.current, Qt.Key.Key_Backtab)
    assert window.focusWidget() is plan.start
    qtbot.keyClick(plan.start, Qt.Key.Key_Backtab)
    assert window.focusWidget() is plan.times


def test_the_start_date_is_still_changed_part_by_part_from_the_keyboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    start = window.editor.plan.start
    first = start.date()
    start.setFocus()
    start.setCurrentSection(start.Section.DaySection)
    qtbot.keyClick(start, Qt.Key.Key_Up)
    assert start.date() == first.addDays(1)
    start.setCurrentSection(start.Section.YearSection)
    qtbot.keyClick(start, Qt.Key.Key_Up)
    assert start.date() == first.addDays(1).addYears(1)
