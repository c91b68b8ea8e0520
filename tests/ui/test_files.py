"""Plan files through the window: save and reopen, a corrupt file, unsaved changes."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt

from baclofen_desk.core.models import Patient, PlanRequest
from baclofen_desk.storage import HandoutChoices, load_plan_file, save_plan_file
from baclofen_desk.ui.main_window import MainWindow
from baclofen_desk.ui.recent_files import recent_files
from tests.ui.driving import table_text, type_into, type_medications, type_patient

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from baclofen_desk.core.knowledge import Knowledge
    from tests.ui.conftest import DialogCalls


def fill_older_adult(qtbot: QtBot, window: MainWindow) -> None:
    type_patient(qtbot, window, age_years="78", weight_kg="70", crcl_ml_min="40")
    window.editor.patient.sex.set_value("male")
    type_medications(qtbot, window, "oxycodone 5 mg q6h", "gabapentin")
    window.editor.plan.start.setDate(QDate(2026, 12, 1))
    type_into(qtbot, window.editor.handout.patient_name, "Ana")
    window.editor.handout.language.set_value("es")


def test_save_then_reopen_gives_an_equal_plan(
    qtbot: QtBot,
    window: MainWindow,
    knowledge: Knowledge,
    tmp_path: Path,
    dialog_calls: DialogCalls,
) -> None:
    fill_older_adult(qtbot, window)
    moderate = next(a for a in window.results.alerts.alerts() if a.code == "kidney.moderate")
    window.document.set_override(moderate, "not critical, kept anyway")
    saved_plan, saved_table = window.document.state.plan, table_text(window)
    dialog_calls.answer("ask_save_path", tmp_path / "ana")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    path = tmp_path / "ana.baclofen.json"
    assert load_plan_file(path).request == window.document.request
    assert window.windowTitle() == "ana[*] — Baclofen Desk"
    assert not window.isWindowModified()
    assert recent_files() == [path]

    reopened = MainWindow(knowledge)
    qtbot.addWidget(reopened)
    assert reopened.files.open_path(path)
    assert reopened.document.state.plan == saved_plan
    assert table_text(reopened) == saved_table
    assert reopened.editor.medications.lines() == ("oxycodone 5 mg q6h", "gabapentin")
    assert reopened.document.handout.lang == "es"
    assert reopened.document.handout.patient_name == "Ana"
    assert reopened.editor.plan.start.date().toPython() == dt.date(2026, 12, 1)
    assert not reopened.isWindowModified()


def test_save_again_writes_to_the_same_file_without_asking(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, dialog_calls: DialogCalls
) -> None:
    type_patient(qtbot, window, age_years="45")
    dialog_calls.answer("ask_save_path", tmp_path / "p.baclofen.json")
    window.commands.save.trigger()
    type_patient(qtbot, window, weight_kg="70")
    assert window.isWindowModified()
    window.commands.save.trigger()
    assert dialog_calls.names() == ["ask_save_path"]
    assert load_plan_file(tmp_path / "p.baclofen.json").request.patient.weight_kg == 70


def test_an_invalid_form_is_not_saved(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, dialog_calls: DialogCalls
) -> None:
    type_patient(qtbot, window, age_years="45", scr="30")
    dialog_calls.answer("ask_save_path", tmp_path / "p.baclofen.json")
    dialog_calls.answer("show_error", None)
    window.commands.save.trigger()
    assert dialog_calls.names() == ["ask_save_path", "show_error"]
    assert not (tmp_path / "p.baclofen.json").exists()


def test_a_corrupt_file_shows_a_message_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, dialog_calls: DialogCalls
) -> None:
    type_patient(qtbot, window, age_years="45", weight_kg="70")
    before = (window.document.request, table_text(window), window.windowTitle())
    corrupt = tmp_path / "broken.baclofen.json"
    corrupt.write_text('{"schema_version": 1, "request": {"patient": ', encoding="utf-8")
    dialog_calls.answer("ask_save_changes", "discard")
    dialog_calls.answer("ask_open_path", corrupt)
    dialog_calls.answer("show_error", None)

    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)

    assert dialog_calls.names() == ["ask_save_changes", "ask_open_path", "show_error"]
    title, message = dialog_calls.calls[-1][1]
    assert title == "Cannot open plan"
    assert "broken.baclofen.json is damaged or not a plan file" in message
    assert (window.document.request, table_text(window), window.windowTitle()) == before
    assert window.isWindowModified()
    assert window.editor.patient.numbers["weight_kg"].value_or_none() == 70


def test_closing_with_unsaved_changes_asks(
    qtbot: QtBot, knowledge: Knowledge, dialog_calls: DialogCalls
) -> None:
    window = MainWindow(knowledge)
    qtbot.addWidget(window)
    window.show()
    type_patient(qtbot, window, age_years="45")
    dialog_calls.answer("ask_save_changes", "cancel")
    assert not window.close()
    assert window.isVisible()
    dialog_calls.answer("ask_save_changes", "discard")
    assert window.close()
    assert dialog_calls.names() == ["ask_save_changes", "ask_save_changes"]


def test_new_asks_first_and_then_starts_empty(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls
) -> None:
    type_patient(qtbot, window, age_years="45")
    dialog_calls.answer("ask_save_changes", "discard")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dialog_calls.names() == ["ask_save_changes"]
    assert window.editor.patient.numbers["age_years"].value_or_none() is None
    assert window.results.schedule.rowCount() == 0
    assert not window.isWindowModified()


def test_an_unchanged_plan_closes_without_asking(window: MainWindow) -> None:
    assert window.close()


def test_the_title_shows_the_name_and_a_star_when_modified(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.windowTitle() == "Untitled plan[*] — Baclofen Desk"
    assert not window.isWindowModified()
    type_patient(qtbot, window, age_years="45")
    assert window.isWindowModified()


def test_return_in_an_empty_box_leaves_the_plan_unmodified(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = window.editor
    for box in (
        editor.patient.numbers["age_years"],
        editor.patient.numbers["scr"],
        editor.plan.doses,
        editor.plan.times,
        editor.plan.current,
        editor.medications.line_widgets()[0].edit,
        editor.handout.patient_name,
    ):
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Return)
        assert not window.isWindowModified(), box.accessibleName()


def test_typing_a_value_again_leaves_the_plan_unmodified(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, dialog_calls: DialogCalls
) -> None:
    type_patient(qtbot, window, age_years="45", weight_kg="70")
    type_into(qtbot, window.editor.plan.times, "08:00, 20:00")
    dialog_calls.answer("ask_save_path", tmp_path / "p.baclofen.json")
    window.commands.save.trigger()
    assert not window.isWindowModified()
    type_patient(qtbot, window, age_years="45", weight_kg="70")
    type_into(qtbot, window.editor.plan.times, "08:00,20:00")
    assert not window.isWindowModified()
    type_patient(qtbot, window, weight_kg="71")
    assert window.isWindowModified()
    type_patient(qtbot, window, weight_kg="70")  # back to what the file holds
    assert not window.isWindowModified()


def test_a_plan_saved_under_other_rules_says_so_until_it_is_saved_again(
    qtbot: QtBot,
    window: MainWindow,
    knowledge: Knowledge,
    tmp_path: Path,
    dialog_calls: DialogCalls,
) -> None:
    path = tmp_path / "old.baclofen.json"
    request = PlanRequest(patient=Patient(age_years=45, weight_kg=70), start=dt.date(2026, 12, 1))
    save_plan_file(path, request, HandoutChoices(), rules_version="2019.1-0")
    note = (
        f"This plan was saved under rules 2019.1-0; the current rules are {knowledge.version}. "
        "The schedule was recomputed — check the doses against any handout already given."
    )
    dialog_calls.answer("show_notice", None)

    assert window.files.open_path(path)

    assert dialog_calls.calls == [("show_notice", ("Rules changed", note))]
    banner = window.results.banner
    assert banner.text.text().endswith(note)
    assert banner.kind == "attention"
    type_patient(qtbot, window, weight_kg="72")
    assert banner.text.text().endswith(note)  # still there after edits
    window.commands.save.trigger()
    assert load_plan_file(path).rules_version == knowledge.version
    assert banner.text.text() == "Plan made, but kidney function not entered."  # no note
    assert banner.kind == "attention"


def test_a_plan_saved_under_the_current_rules_opens_without_a_note(
    window: MainWindow, knowledge: Knowledge, tmp_path: Path
) -> None:
    path = tmp_path / "new.baclofen.json"
    request = PlanRequest(patient=Patient(age_years=45), start=dt.date(2026, 12, 1))
    save_plan_file(path, request, HandoutChoices(), rules_version=knowledge.version)
    assert window.files.open_path(path)  # no dialog (the fixture fails on any)
    assert "saved under rules" not in window.results.banner.text.text()


def test_a_rule_base_v1_plan_opens_recomputed_and_says_what_changed(
    window: MainWindow, knowledge: Knowledge, tmp_path: Path, dialog_calls: DialogCalls
) -> None:
    path = tmp_path / "v1.baclofen.json"
    taper = PlanRequest(
        patient=Patient(age_years=45), mode="taper", current_daily_mg=20, start=dt.date(2026, 12, 1)
    )
    save_plan_file(path, taper, HandoutChoices(), rules_version="2026.11-1")
    dialog_calls.answer("show_notice", None)

    assert window.files.open_path(path)

    (call,) = dialog_calls.calls
    title, text = call[1]
    assert title == "Rules changed"
    assert "saved under rules 2026.11-1" in text
    assert knowledge.rules.changes_since("2026.11-1")[0] in text
    assert "at most half the dose" in text
    plan = window.document.state.plan
    assert plan is not None and plan.rules_version == knowledge.version == "2026.12-1"
    assert [s.daily_mg for s in plan.steps] == [10, 5, 0]  # v1 fell from 20 straight to 5


def test_a_shaped_plan_with_history_survives_open_and_save(
    qtbot: QtBot, window: MainWindow, knowledge: Knowledge, tmp_path: Path
) -> None:
    from baclofen_desk.core.models import ScheduleStep
    from baclofen_desk.core.planner import build_plan
    from baclofen_desk.core.visit_models import Visit
    from baclofen_desk.core.visits import after_visit, history_entry

    first = PlanRequest(
        patient=Patient(age_years=45, weight_kg=70), start=dt.date(2026, 12, 1), step_days=7
    )
    earlier = build_plan(first, knowledge)
    visit = Visit(date=dt.date(2026, 12, 15), taking_mg=30, outcome="tolerated", pain=2)
    entry = history_entry(first, earlier.steps, visit, review_date=None, rules_version="r1")
    later = after_visit(first, entry)
    assert later.schedule == (ScheduleStep(daily_mg=30),)
    path = tmp_path / "p.baclofen.json"
    save_plan_file(path, later, HandoutChoices(), rules_version=knowledge.version)

    assert window.files.open_path(path)
    assert window.document.request == later
    assert not window.isWindowModified()
    window.commands.save.trigger()
    assert load_plan_file(path).request.history == (entry,)


def test_a_v1_plan_of_a_child_without_weight_opens_and_asks_for_it(
    window: MainWindow, tmp_path: Path, dialog_calls: DialogCalls
) -> None:
    path = tmp_path / "child.baclofen.json"
    path.write_text(
        json.dumps(
            {
                "schema_version": 1,
                "app_version": "1.0.0",
                "rules_version": "2026.11-1",
                "request": {"patient": {"age_years": 5}, "start": "2026-12-01"},
            }
        ),
        encoding="utf-8",
    )
    dialog_calls.answer("show_notice", None)
    dialog_calls.answer("show_error", None)

    assert window.files.open_path(path)

    message = window.editor.patient.marks.message("weight_kg")
    assert message == "weight is required under 12 years: children are dosed by weight"
    assert window.document.request is None  # no plan until the weight is entered


def test_a_reduction_opens_as_a_reduction_and_saves_unchanged(
    window: MainWindow, knowledge: Knowledge, tmp_path: Path
) -> None:
    reduction = PlanRequest(
        patient=Patient(age_years=45, weight_kg=70),
        mode="reduce",
        current_daily_mg=60,
        target_daily_mg=30,
        start=dt.date(2026, 12, 1),
    )
    path = tmp_path / "reduce.baclofen.json"
    save_plan_file(path, reduction, HandoutChoices(), rules_version=knowledge.version)

    assert window.files.open_path(path)  # no "could not be shown exactly" dialog

    plan_panel = window.editor.plan
    assert plan_panel.reduce.isChecked() and plan_panel.target.isEnabled()
    assert window.document.request == reduction and not window.isWindowModified()
    plan = window.document.state.plan
    assert plan is not None and [s.daily_mg for s in plan.steps] == [45, 30]
    plan_panel.taper.click()  # a taper always ends at 0: no target
    assert not plan_panel.target.isEnabled()
    assert window.document.request is not None
    assert window.document.request.mode == "taper"
    assert window.document.request.target_daily_mg is None
