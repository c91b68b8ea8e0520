"""Edit → Undo / Redo: every edit of an opened plan undone one by one, and redone."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeySequence

from baclofen_desk.core.models import Patient, PlanRequest
from baclofen_desk.storage import HandoutChoices, save_plan_file
from baclofen_desk.ui.main_window import MainWindow
from baclofen_desk.ui.translations import install_translators, remove_translators
from tests.ui.driving import type_into, type_medications, type_patient

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QWidget
    from pytestqt.qtbot import QtBot

    from baclofen_desk.core.knowledge import Knowledge
    from tests.ui.conftest import DialogCalls

#: The opened plan: a titration from 15 mg/day; CrCl 20 gives a critical alert to override.
OPENED = PlanRequest(
    patient=Patient(age_years=45, weight_kg=70, crcl_ml_min=20),
    start=dt.date(2026, 12, 1),
    current_daily_mg=15,
    medications=("oxycodone 5 mg q6h",),
)


@pytest.fixture
def opened(window: MainWindow, knowledge: Knowledge, tmp_path: Path) -> Path:
    """`OPENED` saved to a file and opened in the window."""
    path = tmp_path / "ana.baclofen.json"
    save_plan_file(path, OPENED, HandoutChoices(), rules_version=knowledge.version)
    assert window.files.open_path(path)
    assert window.document.request == OPENED
    return path


def stack(window: MainWindow) -> QUndoStack:
    return window.history.stack


def texts(window: MainWindow) -> list[str]:
    """The name of every command on the stack, oldest first."""
    return [stack(window).text(i) for i in range(stack(window).count())]


def age(window: MainWindow) -> float | None:
    return window.editor.patient.numbers["age_years"].value_or_none()


def press(qtbot: QtBot, widget: QWidget, key: QKeySequence.StandardKey) -> None:
    """Press the platform's first shortcut for `key` in `widget` (which has the focus)."""
    combination = QKeySequence.keyBindings(key)[0][0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def override_and_withdraw(qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls) -> None:
    alerts = window.results.alerts
    dialog_calls.answer("ask_override_reason", "Nephrology agreed")
    qtbot.mouseClick(alerts.override, Qt.MouseButton.LeftButton)
    assert [o.code for o in window.document.overrides] == ["kidney.severe"]
    alerts.list.setCurrentRow(0)
    qtbot.mouseClick(alerts.withdraw, Qt.MouseButton.LeftButton)
    assert window.document.overrides == ()


def make_every_kind_of_edit(qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls) -> None:
    type_patient(qtbot, window, age_years="52")
    qtbot.mouseClick(window.editor.patient.conditions.boxes["epilepsy"], Qt.MouseButton.LeftButton)
    type_medications(qtbot, window, "gabapentin 300 mg")
    gabapentin = window.editor.medications.line_widgets()[1].edit
    type_into(qtbot, gabapentin, "")
    override_and_withdraw(qtbot, window, dialog_calls)
    window.editor.tabs.setCurrentWidget(window.editor.plan_page)
    qtbot.mouseClick(window.editor.plan.taper, Qt.MouseButton.LeftButton)


EDITS = [
    "Change age",
    "Tick Epilepsy or seizures",
    "Add medication",
    "Remove medication",
    "Override alert",
    "Withdraw override",
    "Change mode",
]


def test_each_edit_is_one_command_named_after_it(
    qtbot: QtBot, window: MainWindow, opened: Path, dialog_calls: DialogCalls
) -> None:
    assert texts(window) == []
    make_every_kind_of_edit(qtbot, window, dialog_calls)
    assert texts(window) == EDITS  # "52" and "gabapentin 300 mg": one command each
    assert window.commands.undo.text() == "&Undo Change mode"
    assert (window.commands.undo.isEnabled(), window.commands.redo.isEnabled()) == (True, False)
    assert window.commands.redo.text() == "&Redo"


def test_undo_goes_back_edit_by_edit_to_the_opened_plan_and_redo_forward_again(
    qtbot: QtBot, window: MainWindow, opened: Path, dialog_calls: DialogCalls
) -> None:
    opened_plan = window.document.state.plan
    make_every_kind_of_edit(qtbot, window, dialog_calls)
    edited_plan = window.document.state.plan
    assert edited_plan is not None
    assert edited_plan.mode == "taper"
    editor, undo = window.editor, window.commands.undo

    undo.trigger()  # Change mode
    assert editor.plan.titrate.isChecked()
    assert undo.text() == "&Undo Withdraw override"
    assert window.commands.redo.text() == "&Redo Change mode"
    undo.trigger()  # Withdraw override
    assert [o.code for o in window.document.overrides] == ["kidney.severe"]
    assert window.results.banner.kind == "attention"  # the override shows again
    undo.trigger()  # Override alert
    assert window.document.overrides == ()
    assert window.results.banner.kind == "blocked"
    undo.trigger()  # Remove medication
    assert editor.medications.lines() == ("oxycodone 5 mg q6h", "gabapentin 300 mg")
    assert editor.tabs.currentWidget() is editor.medications_page  # where the undo happened
    undo.trigger()  # Add medication
    assert editor.medications.lines() == ("oxycodone 5 mg q6h",)
    undo.trigger()  # Tick Epilepsy or seizures
    assert not editor.patient.conditions.boxes["epilepsy"].isChecked()
    assert editor.tabs.currentWidget() is editor.patient_page
    assert window.focusWidget() is editor.patient.conditions.first()
    assert window.isWindowModified()
    assert undo.text() == "&Undo Change age"
    undo.trigger()  # Change age

    assert age(window) == 45
    assert editor.patient.numbers["age_years"].text() == "45 years"
    assert window.document.state.plan == opened_plan
    assert window.document.request == OPENED
    assert (window.isWindowModified(), stack(window).isClean()) == (False, True)
    assert (undo.isEnabled(), undo.text()) == (False, "&Undo")
    assert window.commands.redo.text() == "&Redo Change age"
    assert stack(window).count() == len(EDITS)  # undoing made no command of its own

    for _ in EDITS:
        window.commands.redo.trigger()
    assert age(window) == 52
    assert editor.patient.conditions.boxes["epilepsy"].isChecked()
    assert editor.medications.lines() == ("oxycodone 5 mg q6h",)
    assert editor.plan.taper.isChecked()
    assert window.document.overrides == ()
    assert window.document.state.plan == edited_plan
    assert window.isWindowModified()
    assert not window.commands.redo.isEnabled()
    assert texts(window) == EDITS


def test_the_star_follows_the_saved_plan_through_undo_and_redo(
    qtbot: QtBot, window: MainWindow, opened: Path
) -> None:
    type_patient(qtbot, window, age_years="52")
    window.commands.save.trigger()  # to the opened file
    assert not window.isWindowModified()
    assert stack(window).isClean()
    window.editor.patient.dialysis.click()
    assert texts(window) == ["Change age", "Tick Dialysis"]
    assert window.isWindowModified()

    window.commands.undo.trigger()
    assert not window.isWindowModified()  # back at the saved plan
    assert stack(window).isClean()
    window.commands.undo.trigger()
    assert window.isWindowModified()  # the file says 52
    assert age(window) == 45
    window.commands.redo.trigger()
    assert not window.isWindowModified()
    assert stack(window).isClean()


def test_typing_merges_within_one_field_until_the_focus_moves(
    qtbot: QtBot, window: MainWindow, opened: Path
) -> None:
    type_patient(qtbot, window, age_years="52", weight_kg="80")
    type_patient(qtbot, window, age_years="60")
    type_patient(qtbot, window, age_years="61")  # back in the field: a new command
    type_into(qtbot, window.editor.plan.times, "08:00, 20:00")
    assert texts(window) == [
        "Change age",
        "Change weight",
        "Change age",
        "Change age",
        "Change dose times",
    ]
    window.commands.undo.trigger()
    window.commands.undo.trigger()
    assert age(window) == 60
    window.commands.undo.trigger()
    assert age(window) == 52
    assert window.editor.patient.numbers["weight_kg"].value_or_none() == 80
    assert window.editor.plan.times.text() == ""


def test_typing_back_what_was_there_leaves_no_command(
    qtbot: QtBot, window: MainWindow, opened: Path
) -> None:
    box = window.editor.patient.numbers["age_years"]
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "4")
    assert texts(window) == ["Change age"]
    qtbot.keyClicks(box, "5")  # 45 again: the command is gone
    assert texts(window) == []
    assert not window.isWindowModified()


def test_ctrl_z_in_a_number_field_undoes_the_stack_and_the_field_shows_it(
    qtbot: QtBot, window: MainWindow, opened: Path
) -> None:
    box = window.editor.patient.numbers["age_years"]
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "52")
    press(qtbot, box, QKeySequence.StandardKey.Undo)
    assert age(window) == 45
    assert box.text() == "45 years"
    assert window.document.request == OPENED
    assert (stack(window).index(), stack(window).count()) == (0, 1)
    assert window.focusWidget() is box
    press(qtbot, box, QKeySequence.StandardKey.Redo)
    assert age(window) == 52
    assert (stack(window).index(), stack(window).count()) == (1, 1)


def test_ctrl_z_in_a_text_field_never_runs_the_fields_own_undo(
    qtbot: QtBot, window: MainWindow, opened: Path
) -> None:
    times = window.editor.plan.times
    window.editor.tabs.setCurrentWidget(window.editor.plan_page)
    times.setFocus()
    qtbot.keyClicks(times, "08:00, 20:00")
    assert texts(window) == ["Change dose times"]
    press(qtbot, times, QKeySequence.StandardKey.Undo)
    assert times.text() == ""
    press(qtbot, times, QKeySequence.StandardKey.Undo)  # nothing left: the field keeps ""
    assert times.text() == ""
    assert (stack(window).index(), stack(window).count()) == (0, 1)
    assert window.document.request == OPENED
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(times, Qt.Key.Key_Z, control_shift)  # the guide's redo key
    assert times.text() == "08:00, 20:00"
    assert (stack(window).index(), stack(window).count()) == (1, 1)


def test_ctrl_z_in_a_medication_line_keeps_the_focus_in_that_line(
    qtbot: QtBot, window: MainWindow, opened: Path
) -> None:
    window.editor.tabs.setCurrentWidget(window.editor.medications_page)
    line = window.editor.medications.line_widgets()[-1].edit
    line.setFocus()
    qtbot.keyClicks(line, "gabapentin")
    assert texts(window) == ["Add medication"]
    press(qtbot, line, QKeySequence.StandardKey.Undo)
    assert window.editor.medications.lines() == ("oxycodone 5 mg q6h",)
    assert window.focusWidget() is line
    press(qtbot, line, QKeySequence.StandardKey.Redo)
    assert window.editor.medications.lines() == ("oxycodone 5 mg q6h", "gabapentin")
    assert window.focusWidget() is line
    qtbot.keyClicks(line, " 300 mg")  # typing on after a redo is an edit of its own
    assert texts(window) == ["Add medication", "Change medication"]


def test_undo_in_the_empty_last_line_leaves_the_focus_in_the_list(
    qtbot: QtBot, window: MainWindow, opened: Path
) -> None:
    type_medications(qtbot, window, "gabapentin")  # the focus goes on to the empty line
    empty = window.editor.medications.line_widgets()[-1].edit
    empty.setFocus()
    press(qtbot, empty, QKeySequence.StandardKey.Undo)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the line goes
    lines = window.editor.medications.line_widgets()
    assert [line.text() for line in lines] == ["oxycodone 5 mg q6h", ""]
    assert window.focusWidget() is lines[-1].edit
    press(qtbot, lines[-1].edit, QKeySequence.StandardKey.Redo)
    assert window.editor.medications.lines() == ("oxycodone 5 mg q6h", "gabapentin")


def test_new_and_open_clear_the_stack(
    qtbot: QtBot, window: MainWindow, opened: Path, dialog_calls: DialogCalls
) -> None:
    type_patient(qtbot, window, age_years="52")
    dialog_calls.answer("ask_save_changes", "discard")
    window.commands.new.trigger()
    assert texts(window) == []
    assert (window.commands.undo.isEnabled(), window.commands.undo.text()) == (False, "&Undo")
    type_patient(qtbot, window, age_years="30")
    assert texts(window) == ["Change age"]
    assert window.files.open_requested(opened)  # as Open Recent does
    assert texts(window) == []
    assert age(window) == 45


def test_schedule_and_history_kept_by_the_plan_panel_are_undone_like_any_edit(
    window: MainWindow, opened: Path, knowledge: Knowledge
) -> None:
    from baclofen_desk.core.visit_models import ScheduleStep, Visit
    from baclofen_desk.core.visits import after_visit, history_entry
    from baclofen_desk.ui.request_draft import draft_of

    panel = window.editor.plan
    own = (ScheduleStep(daily_mg=15, days=7), ScheduleStep(daily_mg=20))
    panel.set_values({**panel.values(), "schedule": own})  # as a table edit does
    panel.changed.emit()
    request = window.document.request
    assert request is not None
    assert request.schedule == own
    plan = window.document.state.plan
    assert plan is not None
    visit = Visit(date=dt.date(2026, 12, 15), taking_mg=20, outcome="tolerated")
    entry = history_entry(
        request, plan.steps, visit, review_date=None, rules_version=knowledge.version
    )
    panel.set_values(draft_of(after_visit(request, entry)).plan)  # as recording a visit does
    panel.changed.emit()
    assert texts(window) == ["Edit schedule", "Record visit"]
    assert window.document.request is not None
    assert window.document.request.history == (entry,)

    window.commands.undo.trigger()
    assert window.document.request == request
    assert panel.values()["history"] == ()
    window.commands.undo.trigger()
    assert window.document.request == OPENED
    assert panel.values()["schedule"] is None
    window.commands.redo.trigger()
    window.commands.redo.trigger()
    assert window.document.request.history == (entry,)


@pytest.fixture
def window_es(
    qapp: Any, compiled_catalogues: None, qtbot: QtBot, knowledge: Knowledge
) -> Iterator[MainWindow]:
    """The window in Spanish for one test, English after it."""
    installed = install_translators(qapp, "es")
    main = MainWindow(knowledge)
    qtbot.addWidget(main, before_close_func=lambda w: w.document.set_modified(False))
    main.show()
    qtbot.waitExposed(main)
    yield main
    remove_translators(qapp, installed)


def test_the_edits_are_named_in_spanish(qtbot: QtBot, window_es: MainWindow) -> None:
    window = window_es
    type_patient(qtbot, window, age_years="52")
    assert window.commands.undo.text() == "&Deshacer: Cambiar edad"
    window.editor.patient.conditions.boxes["epilepsy"].click()
    window.editor.patient.dialysis.click()
    type_medications(qtbot, window, "gabapentina")
    window.editor.handout.language.set_value("es")
    assert texts(window) == [
        "Cambiar edad",
        "Marcar Epilepsia o convulsiones",
        "Marcar Diálisis",
        "Añadir medicamento",
        "Cambiar idioma de la hoja",
    ]
    window.commands.undo.trigger()
    assert window.commands.redo.text() == "&Rehacer: Cambiar idioma de la hoja"


def test_changes_made_as_one_edit_are_undone_together(window: MainWindow, opened: Path) -> None:
    from baclofen_desk.core.visit_models import ScheduleStep

    panel = window.editor.plan
    own = (ScheduleStep(daily_mg=15, days=7), ScheduleStep(daily_mg=20))
    with window.history.as_one_edit("Edit schedule"):  # a table edit and its override
        panel.set_values({**panel.values(), "schedule": own})
        panel.changed.emit()
        severe = next(a for a in window.results.alerts.alerts() if a.code == "kidney.severe")
        window.document.set_override(severe, "Nephrology agreed")
    with window.history.as_one_edit("Edit schedule"):
        pass  # nothing changed: no command
    assert texts(window) == ["Edit schedule"]
    edited = window.document.request
    assert edited is not None
    assert (edited.schedule, [o.code for o in edited.overrides]) == (own, ["kidney.severe"])
    window.commands.undo.trigger()
    assert window.document.request == OPENED
    window.commands.redo.trigger()
    assert window.document.request == edited
