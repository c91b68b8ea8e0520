"""A visit on an opened plan keeps the steps the file was saved with (the steps the patient
was given), as `--plan-file … --visit` does, while the plan is as it was opened."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from baclofen_desk.core.models import DoseStep, Patient, PlanRequest
from baclofen_desk.core.visit_models import Visit
from baclofen_desk.storage import HandoutChoices, save_plan_file
from tests.ui.driving import type_patient

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from baclofen_desk.ui.main_window import MainWindow
    from tests.ui.conftest import DialogCalls

START = dt.date(2026, 3, 2)
REQUEST = PlanRequest(patient=Patient(age_years=45, crcl_ml_min=100), start=START)
#: What the old rules gave and the patient was handed: 10 mg/day steps of 5 days.
GIVEN = (
    DoseStep(
        start=START, end=dt.date(2026, 3, 6), daily_mg=10, doses_mg=(5, 5), times=("08:00", "20:00")
    ),
    DoseStep(
        start=dt.date(2026, 3, 7),
        end=None,
        daily_mg=20,
        doses_mg=(10, 10),
        times=("08:00", "20:00"),
    ),
)
VISIT = Visit(date=dt.date(2026, 3, 10), taking_mg=20, outcome="tolerated")


def open_old_plan(window: MainWindow, tmp_path: Path, dialog_calls: DialogCalls) -> None:
    path = tmp_path / "old.baclofen.json"
    save_plan_file(path, REQUEST, HandoutChoices(), rules_version="2019.1-0", steps=GIVEN)
    dialog_calls.answer("show_notice", None)  # the rules changed since
    assert window.files.open_path(path)
    plan = window.document.state.plan
    assert plan is not None
    assert plan.steps != GIVEN  # recomputed under the current rules


def test_a_visit_on_the_opened_plan_keeps_the_saved_steps(
    window: MainWindow, tmp_path: Path, dialog_calls: DialogCalls
) -> None:
    open_old_plan(window, tmp_path, dialog_calls)
    assert window.visits.record_visit(VISIT)
    request = window.document.request
    assert request is not None
    entry = request.history[0]
    assert (entry.steps, entry.rules_version) == (GIVEN, "2019.1-0")
    assert entry.request == REQUEST


def test_a_visit_on_an_edited_plan_keeps_the_steps_shown(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, dialog_calls: DialogCalls
) -> None:
    open_old_plan(window, tmp_path, dialog_calls)
    type_patient(qtbot, window, age_years="46")
    plan = window.document.state.plan
    assert plan is not None
    assert window.visits.record_visit(VISIT)
    request = window.document.request
    assert request is not None
    entry = request.history[0]
    assert (entry.steps, entry.rules_version) == (plan.steps, plan.rules_version)
