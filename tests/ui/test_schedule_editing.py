"""Shaping the schedule in the window: the step interval, edits in the table, hold, insert,
remove and reset; each edit reaches the table, the chart, the PDF and the saved file."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QToolButton

from baclofen_desk.core.models import Patient, PlanRequest
from baclofen_desk.core.visit_models import ScheduleStep
from baclofen_desk.storage import HandoutChoices
from baclofen_desk.ui.request_draft import draft_of
from baclofen_desk.ui.schedule_model import DAILY, DAYS, EDITED_GLYPH, GIVE, NOTE
from tests.ui.driving import type_into, type_patient
from tests.ui.test_export import pdf_text, ready_window
from tests.ui.test_layout import resized

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.modeltest import ModelTester
    from pytestqt.qtbot import QtBot

    from baclofen_desk.ui.main_window import MainWindow
    from tests.ui.conftest import DialogCalls

START = dt.date(2026, 12, 1)


def steps_of(window: MainWindow) -> list[tuple[float, int | None, bool]]:
    return [(s.daily_mg, s.days, s.edited) for s in window.results.schedule.steps()]


@pytest.fixture
def adult(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """A 45-year-old titration from 1 Dec 2026: 15, 30, 45 for 3 days each, then 60."""
    ready_window(qtbot, window)
    window.editor.plan.start.setDate(QDate(2026, 12, 1))
    assert steps_of(window) == [(15, 3, False), (30, 3, False), (45, 3, False), (60, None, False)]
    return window


def edit(window: MainWindow, row: int, column: int, value: object) -> bool:
    model = window.results.schedule
    return model.setData(model.index(row, column), value, Qt.ItemDataRole.EditRole)


def test_a_7_day_interval_gives_7_day_steps_in_the_table_and_the_chart(
    qtbot: QtBot, adult: MainWindow
) -> None:
    type_into(qtbot, adult.editor.plan.shaping.step_days, "7")
    assert steps_of(adult) == [(15, 7, False), (30, 7, False), (45, 7, False), (60, None, False)]
    series = adult.results.chart.series()
    assert series is not None
    corners = [(p.day, p.mg) for p in series.points]
    assert corners[:6] == [
        (START, 15),
        (dt.date(2026, 12, 8), 15),
        (dt.date(2026, 12, 8), 30),
        (dt.date(2026, 12, 15), 30),
        (dt.date(2026, 12, 15), 45),
        (dt.date(2026, 12, 22), 45),
    ]
    assert series.review == dt.date(2026, 12, 22)
    assert adult.document.request is not None
    assert adult.document.request.step_days == 7


def test_the_rules_values_are_the_suggestion_of_the_empty_boxes(
    qtbot: QtBot, adult: MainWindow
) -> None:
    shaping = adult.editor.plan.shaping
    assert shaping.step_days.text() == "rules: 3 days"
    assert shaping.step_mg.text() == "rules: 15 mg/day"
    assert "3 days" in shaping.step_days.toolTip()
    assert "60 mg/day" in adult.editor.plan.target.toolTip()
    assert "10 Dec 2026" in shaping.review.toolTip()
    hint = shaping.step_days.sizeHint()
    type_into(qtbot, adult.editor.plan.current, "30")
    adult.editor.plan.taper.setChecked(True)
    assert shaping.step_days.text() == "rules: ≥ 3 days"  # a taper's steps may be longer
    assert shaping.step_days.sizeHint() == hint  # a new suggestion never widens the form


def test_editing_step_2_marks_it_in_table_chart_pdf_and_file(
    qtbot: QtBot, adult: MainWindow, tmp_path: Path, dialog_calls: DialogCalls
) -> None:
    dialog_calls.answer("ask_override_reason", "tolerated 45 mg before")
    assert edit(adult, 1, DAILY, 25.0)
    # 25 -> 45 rises by 20 mg/day: the critical alert asks for a reason at once
    assert dialog_calls.names() == ["ask_override_reason"]
    assert dialog_calls.calls[0][1][0].code == "plan.rise_too_fast"
    assert steps_of(adult) == [(15, 3, True), (25, 3, True), (45, 3, True), (60, None, True)]
    model = adult.results.schedule
    assert model.index(1, DAILY).data() == f"25 {EDITED_GLYPH}"
    assert model.index(1, DAILY).data(Qt.ItemDataRole.AccessibleDescriptionRole) == (
        "Edited: set by you, not by the rules"
    )
    # only the cell that differs from the rules' schedule is marked
    assert [model.index(row, DAILY).data() for row in range(4)] == [
        "15",
        f"25 {EDITED_GLYPH}",
        "45",
        "60",
    ]
    assert [model.index(row, DAYS).data() for row in range(4)] == ["3", "3", "3", ""]
    series = adult.results.chart.series()
    assert series is not None
    assert series.edited == ((dt.date(2026, 12, 4), dt.date(2026, 12, 7), 25),)
    assert "Set by you (hatched): 1 of 4 steps." in adult.results.chart.accessibleDescription()
    assert adult.editor.plan.shaping.schedule_text.text() == "your own: 15x3,25x3,45x3,60"
    assert adult.document.state.plan is not None
    assert not adult.document.state.plan.blocked
    pdf = tmp_path / "handout.pdf"
    dialog_calls.answer("ask_export_path", pdf)
    dialog_calls.answer("show_pdf_preview", None)
    adult.commands.export_pdf.trigger()
    text = pdf_text(pdf.read_bytes())
    assert "2026-12-04\n2026-12-06\n25 mg" in text
    assert text.count("edited by the clinician") >= 4
    saved = tmp_path / "p.baclofen.json"
    dialog_calls.answer("ask_save_path", saved)
    adult.commands.save.trigger()
    request = json.loads(saved.read_text())["request"]
    assert request["schedule"] == [
        {"daily_mg": 15.0, "days": 3},
        {"daily_mg": 25.0, "days": 3},
        {"daily_mg": 45.0, "days": 3},
        {"daily_mg": 60.0, "days": None},
    ]


def test_an_edit_above_the_maximum_is_refused_at_the_cell(adult: MainWindow) -> None:
    assert not edit(adult, 3, DAILY, 100.0)
    assert steps_of(adult)[3] == (60, None, False)  # not applied
    model = adult.results.schedule
    assert model.refused() is not None
    row, column, why = model.refused()  # type: ignore[misc]
    assert (row, column) == (3, DAILY)
    assert "100" in why and "80" in why
    tip = model.index(3, DAILY).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == f"Not applied: {why}"
    assert adult.results.schedule_actions.message.text() == f"Step 4 not changed: {why}"
    assert adult.editor.plan.shaping.schedule() is None


def test_a_dose_the_product_cannot_give_is_refused(adult: MainWindow) -> None:
    assert not edit(adult, 1, DAILY, 27.0)
    assert steps_of(adult)[1] == (30, 3, False)
    assert adult.results.schedule.refused() is not None


def test_the_dose_editor_offers_only_dispensable_doses(adult: MainWindow) -> None:
    choices = adult.results.schedule.dose_choices()
    assert choices[:3] == (5.0, 10.0, 15.0)  # halves of the scored 10 mg tablet
    assert choices[-1] == 80.0
    assert len(choices) == 16


def test_hold_insert_remove_and_reset(
    qtbot: QtBot, adult: MainWindow, dialog_calls: DialogCalls
) -> None:
    actions = adult.results.schedule_actions
    table = adult.results.table
    table.setCurrentIndex(adult.results.schedule.index(1, DAYS))
    dialog_calls.answer("ask_hold_days", 4)
    actions.hold.trigger()
    assert dialog_calls.calls[-1][1] == (2, 3, 365)
    assert steps_of(adult) == [(15, 3, True), (30, 7, True), (45, 3, True), (60, None, True)]
    table.setCurrentIndex(adult.results.schedule.index(0, DAYS))
    actions.insert.trigger()
    assert [s[:2] for s in steps_of(adult)] == [(15, 3), (15, 3), (30, 7), (45, 3), (60, None)]
    table.setCurrentIndex(adult.results.schedule.index(4, DAYS))
    assert not actions.hold.isEnabled()  # the open-ended last step needs no hold
    actions.remove.trigger()
    assert [s[:2] for s in steps_of(adult)] == [(15, 3), (15, 3), (30, 7), (45, None)]
    assert adult.editor.plan.shaping.schedule() == (
        ScheduleStep(daily_mg=15, days=3),
        ScheduleStep(daily_mg=15, days=3),
        ScheduleStep(daily_mg=30, days=7),
        ScheduleStep(daily_mg=45, days=None),
    )
    assert actions.reset.isEnabled()
    actions.reset.trigger()
    assert steps_of(adult) == [(15, 3, False), (30, 3, False), (45, 3, False), (60, None, False)]
    assert adult.document.request is not None
    assert adult.document.request.schedule is None
    assert not actions.reset.isEnabled()


def test_reset_gives_back_the_interval_the_schedule_replaced(
    qtbot: QtBot, adult: MainWindow
) -> None:
    shaping = adult.editor.plan.shaping
    type_into(qtbot, shaping.step_days, "7")
    assert edit(adult, 0, DAYS, 10)
    assert shaping.step_days.value_or_none() is None
    assert not shaping.step_days.isEnabled()
    assert steps_of(adult)[0] == (15, 10, True)
    adult.results.schedule_actions.reset.trigger()
    assert shaping.step_days.value_or_none() == 7
    assert steps_of(adult)[0] == (15, 7, False)


def test_a_length_of_0_days_is_refused(adult: MainWindow) -> None:
    assert not edit(adult, 0, DAYS, 0)
    assert steps_of(adult)[0] == (15, 3, False)
    assert adult.results.schedule.refused() == (
        0,
        DAYS,
        "Input should be greater than or equal to 1",
    )


def test_a_review_date_is_kept_and_marked_on_the_chart(qtbot: QtBot, adult: MainWindow) -> None:
    shaping = adult.editor.plan.shaping
    shaping.review_set.setChecked(True)
    shaping.review.setDate(QDate(2026, 12, 20))
    assert adult.document.request is not None
    assert adult.document.request.review_date == dt.date(2026, 12, 20)
    series = adult.results.chart.series()
    assert series is not None
    assert series.review == dt.date(2026, 12, 20)
    assert "Review on 20 Dec 2026." in adult.results.chart.accessibleDescription()


def test_slow_taper_is_for_a_taper_only(qtbot: QtBot, window: MainWindow) -> None:
    type_patient(qtbot, window, age_years="45", weight_kg="70", scr="0.9")
    plan = window.editor.plan
    assert not plan.shaping.slow.isEnabled()
    plan.taper.setChecked(True)
    assert plan.shaping.slow.isEnabled()
    type_into(qtbot, plan.current, "30")
    assert plan.shaping.slow.toolTip() == (
        "The slow taper: longer in all. The rules would not make it slow"
    )
    type_patient(qtbot, window, age_years="70")
    assert plan.shaping.slow.toolTip() == (
        "The rules already make this taper slow: this patient needs it"
    )


def test_double_click_opens_the_dose_list_and_enter_applies_it(
    qtbot: QtBot, adult: MainWindow
) -> None:
    table = adult.results.table
    index = adult.results.schedule.index(3, DAILY)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    box = table.findChild(QComboBox)
    assert box is not None
    assert [box.itemText(i) for i in (0, 1, box.count() - 1)] == ["5", "10", "80"]
    assert box.currentText() == "60"
    box.setCurrentIndex(box.findText("55"))
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: steps_of(adult)[3] == (55, None, True))
    assert adult.document.request is not None
    assert adult.document.request.schedule == (
        ScheduleStep(daily_mg=15, days=3),
        ScheduleStep(daily_mg=30, days=3),
        ScheduleStep(daily_mg=45, days=3),
        ScheduleStep(daily_mg=55, days=None),
    )


def test_the_editable_schedule_passes_the_model_tester(
    qtmodeltester: ModelTester, adult: MainWindow
) -> None:
    model = adult.results.schedule
    assert model.flags(model.index(0, DAILY)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, GIVE)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(3, DAYS)) & Qt.ItemFlag.ItemIsEditable  # open-ended
    assert edit(adult, 0, DAYS, 5)
    qtmodeltester.check(model, force_py=True)


def test_a_dose_typed_above_the_maximum_is_refused_at_the_cell(
    qtbot: QtBot, adult: MainWindow
) -> None:
    table = adult.results.table
    index = adult.results.schedule.index(3, DAILY)
    table.setCurrentIndex(index)
    table.edit(index)
    box = table.findChild(QComboBox)
    assert box is not None
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "100")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    message = adult.results.schedule_actions.message
    qtbot.waitUntil(message.isVisible)
    assert message.text().startswith("Step 4 not changed: Step 4 (from 2026-12-10) is 100 mg/day")
    assert steps_of(adult)[3] == (60, None, False)
    assert (
        adult.results.schedule.index(3, DAILY)
        .data(Qt.ItemDataRole.ToolTipRole)
        .startswith("Not applied: Step 4")
    )


def test_an_opened_own_schedule_reads_back_as_the_same_draft(window: MainWindow) -> None:
    request = PlanRequest(
        patient=Patient(age_years=45, weight_kg=70),
        start=START,
        schedule=(ScheduleStep(daily_mg=15, days=3), ScheduleStep(daily_mg=30)),
        review_date=dt.date(2026, 12, 20),
    )
    draft = draft_of(request)
    window.editor.load(draft, HandoutChoices())
    assert window.editor.draft() == draft
    shaping = window.editor.plan.shaping
    assert shaping.schedule_text.text() == "your own: 15x3,30"
    assert shaping.review_set.isChecked()
    assert shaping.review.date() == QDate(2026, 12, 20)
    assert not shaping.step_days.isEnabled()


def test_a_schedule_the_new_mode_cannot_keep_is_marked_and_reset_clears_it(
    qtbot: QtBot, adult: MainWindow
) -> None:
    assert edit(adult, 3, DAILY, 55.0)
    plan = adult.editor.plan
    type_into(qtbot, plan.current, "55")
    plan.taper.setChecked(True)
    assert plan.marks.message("schedule") == "step 4: a taper's last step is 0 (e.g. 15x7,5x7,0)"
    assert adult.results.schedule_actions.reset.isEnabled()
    adult.results.schedule_actions.reset.trigger()
    assert plan.marks.message("schedule") is None
    assert [s[0] for s in steps_of(adult)][-1] == 0  # the rules' taper, ending at 0
    assert not any(s[2] for s in steps_of(adult))


def test_each_schedule_change_says_what_it_changes_first(adult: MainWindow) -> None:
    said: list[str] = []
    editing = adult.schedule_editing
    editing.applying.connect(said.append)
    assert edit(adult, 1, DAYS, 5)
    assert editing.insert_after(0) is None
    assert editing.remove(1) is None
    assert not edit(adult, 3, DAILY, 100.0)  # refused: nothing changes, nothing said
    editing.reset()
    assert said == [
        "Change step 2 days",
        "Insert step after step 1",
        "Remove step 2",
        "Reset to the rules' schedule",
    ]


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_an_edited_schedule_keeps_every_column_in_sight(
    qtbot: QtBot, adult: MainWindow, size: tuple[int, int]
) -> None:
    resized(qtbot, adult, *size)
    assert edit(adult, 2, DAYS, 7)
    assert not edit(adult, 3, DAILY, 100.0)
    table = adult.results.table
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    for column in range(NOTE):
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), column
    bar = adult.results.schedule_actions.reset.associatedObjects()
    buttons = [w for w in bar if isinstance(w, QToolButton)]
    assert len(buttons) == 1
    assert buttons[0].isVisible()
    right = buttons[0].mapTo(adult.results, buttons[0].rect().topRight()).x()
    assert right <= adult.results.width()
