"""Undo and redo of schedule changes and visits: named after what they change, one step
with the override they needed, and as the command line does at a visit."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QDate, Qt

from baclofen_desk.core.visit_models import ScheduleStep, Visit
from baclofen_desk.ui.schedule_model import DAILY, DAYS, EDITED_GLYPH
from baclofen_desk.ui.undo import EditCommand
from tests.ui.driving import type_into, type_patient
from tests.ui.test_export import ready_window
from tests.ui.test_spanish import spanish, window_es

__all__ = ["spanish", "window_es"]  # the Spanish window's fixtures, used below

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from baclofen_desk.ui.main_window import MainWindow
    from tests.ui.conftest import DialogCalls

RULES = [(15.0, 3, False), (30.0, 3, False), (45.0, 3, False), (60.0, None, False)]


@pytest.fixture
def adult(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """A 45-year-old titration from 1 Dec 2026 (15, 30, 45 for 3 days, then 60), no edits yet."""
    ready_window(qtbot, window)
    window.editor.plan.start.setDate(QDate(2026, 12, 1))
    window.history.stack.clear()
    assert steps_of(window) == RULES
    return window


def steps_of(window: MainWindow) -> list[tuple[float, int | None, bool]]:
    return [(s.daily_mg, s.days, s.edited) for s in window.results.schedule.steps()]


def texts(window: MainWindow) -> list[str]:
    stack = window.history.stack
    return [stack.text(i) for i in range(stack.count())]


def edit(window: MainWindow, row: int, column: int, value: object) -> bool:
    model = window.results.schedule
    return model.setData(model.index(row, column), value, Qt.ItemDataRole.EditRole)


def choose(window: MainWindow, row: int) -> None:
    window.results.table.setCurrentIndex(window.results.schedule.index(row, DAYS))


def test_undo_names_each_schedule_change(adult: MainWindow, dialog_calls: DialogCalls) -> None:
    actions = adult.results.schedule_actions
    choose(adult, 2)
    dialog_calls.answer("ask_hold_days", 4)
    actions.hold.trigger()
    assert adult.commands.undo.text() == "&Undo Hold step 3"
    assert edit(adult, 0, DAYS, 5)
    choose(adult, 1)
    actions.insert.trigger()
    choose(adult, 2)
    actions.remove.trigger()
    actions.reset.trigger()
    assert texts(adult) == [
        "Hold step 3",
        "Change step 1 days",
        "Insert step after step 2",
        "Remove step 3",
        "Reset to the rules' schedule",
    ]
    adult.commands.undo.trigger()
    assert adult.commands.redo.text() == "&Redo Reset to the rules' schedule"
    assert adult.commands.undo.text() == "&Undo Remove step 3"


def test_a_refused_edit_leaves_no_name_for_the_next_change(qtbot: QtBot, adult: MainWindow) -> None:
    assert not edit(adult, 3, DAILY, 100.0)  # above the maximum: refused
    type_patient(qtbot, adult, age_years="46")
    assert texts(adult) == ["Change age"]


def test_an_edit_and_the_override_it_needed_are_one_undo_step(
    adult: MainWindow, dialog_calls: DialogCalls
) -> None:
    dialog_calls.answer("ask_override_reason", "tolerated 45 mg before")
    assert edit(adult, 1, DAILY, 25.0)  # 25 -> 45 rises by 20 mg/day: critical
    assert [o.code for o in adult.document.overrides] == ["plan.rise_too_fast"]
    assert texts(adult) == ["Change step 2 dose"]
    adult.commands.undo.trigger()
    assert (steps_of(adult), adult.document.overrides) == (RULES, ())
    adult.commands.redo.trigger()
    assert [s[0] for s in steps_of(adult)] == [15, 25, 45, 60]
    assert [o.code for o in adult.document.overrides] == ["plan.rise_too_fast"]
    plan = adult.document.state.plan
    assert plan is not None
    assert not plan.blocked


def test_declining_the_override_takes_the_edit_back(
    adult: MainWindow, dialog_calls: DialogCalls
) -> None:
    dialog_calls.answer("ask_override_reason", None)
    edit(adult, 1, DAILY, 25.0)
    assert dialog_calls.names() == ["ask_override_reason"]
    assert steps_of(adult) == RULES
    assert adult.document.request is not None
    assert adult.document.request.schedule is None
    assert adult.editor.plan.shaping.schedule() is None
    plan = adult.document.state.plan
    assert plan is not None
    assert not plan.blocked
    assert texts(adult) == []
    actions = adult.results.schedule_actions
    assert actions.message.text() == (
        "Not applied: the change needs a reason to override the alert it raises."
    )


def test_a_visit_drops_the_overrides_of_the_earlier_plan_as_the_command_line_does(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_patient(qtbot, window, age_years="45", crcl_ml_min="20")
    window.editor.plan.start.setDate(QDate(2026, 3, 2))
    severe = next(a for a in window.results.alerts.alerts() if a.code == "kidney.severe")
    window.document.set_override(severe, "Nephrology agreed")
    window.history.stack.clear()
    earlier = window.document.state.plan
    visit = Visit(date=dt.date(2026, 3, 10), taking_mg=10, outcome="tolerated")
    assert window.visits.record_visit(visit)
    request = window.document.request
    assert request is not None
    assert (request.overrides, window.document.overrides) == ((), ())
    assert request.schedule == (ScheduleStep(daily_mg=10),)
    assert window.document.state.plan is not None
    assert window.document.state.plan.blocked  # the new plan asks for its own reason
    assert texts(window) == ["Record visit"]
    window.commands.undo.trigger()
    assert window.document.state.plan == earlier
    assert [o.code for o in window.document.overrides] == ["kidney.severe"]
    assert window.editor.history.rows() == ()
    window.commands.redo.trigger()
    assert window.document.request == request


def test_the_schedule_changes_are_named_in_spanish(
    qtbot: QtBot, window_es: MainWindow, dialog_calls: DialogCalls
) -> None:
    window = window_es
    ready_window(qtbot, window)
    window.editor.plan.start.setDate(QDate(2026, 12, 1))
    choose(window, 2)
    dialog_calls.answer("ask_hold_days", 4)
    window.results.schedule_actions.hold.trigger()
    assert window.commands.undo.text() == "&Deshacer: Mantener el paso 3"
    dialog_calls.answer("ask_override_reason", None)
    edit(window, 0, DAILY, 10.0)  # 10 -> 30 rises by 20 mg/day: critical, declined
    assert window.results.schedule_actions.message.text() == (
        "No aplicado: el cambio necesita un motivo para anular la alerta que genera."
    )
    assert window.commands.undo.text() == "&Deshacer: Mantener el paso 3"


def test_each_critical_alert_an_edit_raises_asks_for_its_reason(
    adult: MainWindow, dialog_calls: DialogCalls
) -> None:
    dialog_calls.answer("ask_override_reason", "tolerated 60 mg before")
    assert edit(adult, 0, DAILY, 60.0)  # starts too high, then falls by 30 in a titration
    asked = [args[0].code for _, args in dialog_calls.calls]
    assert asked == ["plan.first_step_too_high", "plan.fall_too_fast"]
    assert [o.code for o in adult.document.overrides] == asked
    plan = adult.document.state.plan
    assert plan is not None
    assert not plan.blocked
    assert texts(adult) == ["Change step 1 dose"]


def test_declining_the_second_reason_takes_the_whole_edit_back(
    adult: MainWindow, dialog_calls: DialogCalls, monkeypatch: pytest.MonkeyPatch
) -> None:
    from baclofen_desk.ui import dialogs

    answers = iter(["tolerated 60 mg before", None])
    monkeypatch.setattr(dialogs, "ask_override_reason", lambda *args: next(answers))
    edit(adult, 0, DAILY, 60.0)
    assert (steps_of(adult), adult.document.overrides, texts(adult)) == (RULES, (), [])


def marked_cells(window: MainWindow) -> list[tuple[bool, bool]]:
    """Per step: whether its dose and its days are marked as set by the clinician."""
    model = window.results.schedule
    return [
        (
            EDITED_GLYPH in model.index(row, DAILY).data(),
            EDITED_GLYPH in model.index(row, DAYS).data(),
        )
        for row in range(model.rowCount())
    ]


SEVEN_DAYS = [(15.0, 7, False), (30.0, 7, False), (45.0, 7, False), (60.0, None, False)]


def test_reset_after_undo_and_redo_gives_back_the_interval_the_schedule_replaced(
    qtbot: QtBot, adult: MainWindow
) -> None:
    type_into(qtbot, adult.editor.plan.shaping.step_days, "7")
    assert steps_of(adult) == SEVEN_DAYS
    assert edit(adult, 1, DAYS, 5)
    marked = marked_cells(adult)
    assert marked[:2] == [(False, False), (False, True)]  # step 2's days, not its dose
    adult.commands.undo.trigger()
    adult.commands.redo.trigger()
    assert marked_cells(adult) == marked  # marked against the same 7-day rules' schedule
    assert edit(adult, 2, DAYS, 4)
    adult.commands.undo.trigger()  # back to the first edit: both sides are own schedules
    adult.results.schedule_actions.reset.trigger()
    assert steps_of(adult) == SEVEN_DAYS
    adult.commands.undo.trigger()  # the reset undone: the schedule is back, and so is what
    adult.results.schedule_actions.reset.trigger()  # it replaced
    assert steps_of(adult) == SEVEN_DAYS
    assert adult.document.request is not None
    assert adult.document.request.step_days == 7


def test_undoing_a_named_change_shows_the_field_it_changed(
    adult: MainWindow, dialog_calls: DialogCalls
) -> None:
    editor = adult.editor
    choose(adult, 2)
    dialog_calls.answer("ask_hold_days", 4)
    adult.results.schedule_actions.hold.trigger()
    command = adult.history.stack.command(0)
    assert isinstance(command, EditCommand)
    assert (command.text(), command.field) == ("Hold step 3", "schedule")
    visit = Visit(date=dt.date(2026, 12, 5), taking_mg=30, outcome="tolerated")
    assert adult.visits.record_visit(visit)
    editor.tabs.setCurrentWidget(editor.patient_page)
    adult.commands.undo.trigger()
    assert editor.tabs.currentWidget() is editor.history_page
