"""A clinician shapes an opened plan in the window, records a visit, then undoes every
change one by one back to the opened plan and redoes them: each change shows in the
table, the chart, the exported PDF and the saved file."""

from __future__ import annotations

import datetime as dt
import json
from itertools import pairwise
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from baclofen_desk.core.models import Patient, PlanRequest
from baclofen_desk.core.visit_models import Visit
from baclofen_desk.storage import HandoutChoices, save_plan_file
from baclofen_desk.ui.preferences import Preferences
from baclofen_desk.ui.schedule_model import DAILY, EDITED_GLYPH
from tests.ui.driving import type_into
from tests.ui.test_export import pdf_text

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.ui.main_window import MainWindow
    from tests.ui.conftest import DialogCalls

START = dt.date(2026, 12, 1)
VISIT_DAY = dt.date(2026, 12, 15)
OPENED = PlanRequest(
    patient=Patient(age_years=45, weight_kg=70, sex="male", scr=0.9),
    start=START,
)
#: (daily mg, days, edited) of each step.
RULES = [(15.0, 3, False), (30.0, 3, False), (45.0, 3, False), (60.0, None, False)]
WEEKLY = [(15.0, 7, False), (30.0, 7, False), (45.0, 7, False), (60.0, None, False)]
EDITED = [(15.0, 7, True), (25.0, 7, True), (45.0, 7, True), (60.0, None, True)]


@pytest.fixture
def opened(window: MainWindow, knowledge: Knowledge, tmp_path: Path) -> MainWindow:
    path = tmp_path / "plan.baclofen.json"
    save_plan_file(path, OPENED, HandoutChoices(), rules_version=knowledge.version)
    assert window.files.open_path(path)
    window.preferences = Preferences(
        clinic_name="Riverside Spasticity Clinic", clinic_phone="555-0100", emergency_number="911"
    )
    assert steps_of(window) == RULES
    assert window.history.stack.count() == 0
    return window


def steps_of(window: MainWindow) -> list[tuple[float, int | None, bool]]:
    return [(s.daily_mg, s.days, s.edited) for s in window.results.schedule.steps()]


def chart_steps(window: MainWindow) -> list[tuple[dt.date, float]]:
    """Where each step of the chart's line starts, and at what dose."""
    series = window.results.chart.series()
    assert series is not None
    corners = [(p.day, p.mg) for p in series.points]
    return [corners[0], *(b for a, b in pairwise(corners) if a[0] == b[0])]


def exported_text(window: MainWindow, path: Path, dialog_calls: DialogCalls) -> str:
    dialog_calls.answer("ask_export_path", path)
    dialog_calls.answer("show_pdf_preview", None)
    window.commands.export_pdf.trigger()
    return pdf_text(path.read_bytes())


def saved_request(window: MainWindow, path: Path, dialog_calls: DialogCalls) -> dict[str, object]:
    dialog_calls.answer("ask_save_path", path)
    window.commands.save_as.trigger()
    request: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))["request"]
    return request


def test_shape_record_a_visit_then_undo_and_redo_everything(
    qtbot: QtBot, opened: MainWindow, tmp_path: Path, dialog_calls: DialogCalls
) -> None:
    window = opened
    # 1. A 7-day interval: 7-day steps in the table and the chart.
    type_into(qtbot, window.editor.plan.shaping.step_days, "7")
    assert steps_of(window) == WEEKLY
    assert chart_steps(window) == [
        (START, 15),
        (dt.date(2026, 12, 8), 30),
        (dt.date(2026, 12, 15), 45),
        (dt.date(2026, 12, 22), 60),
    ]

    # 2. Step 2 lowered to 25 in the table: the rise to 45 is then too fast, so the
    # override dialog asks for a reason at once; the schedule is the clinician's own.
    dialog_calls.answer("ask_override_reason", "tolerated 45 mg/day before")
    model = window.results.schedule
    assert model.setData(model.index(1, DAILY), 25.0, Qt.ItemDataRole.EditRole)
    assert steps_of(window) == EDITED
    assert model.index(1, DAILY).data() == f"25 {EDITED_GLYPH}"
    series = window.results.chart.series()
    assert series is not None
    assert series.edited == ((dt.date(2026, 12, 8), dt.date(2026, 12, 15), 25),)
    text = exported_text(window, tmp_path / "edited.pdf", dialog_calls)
    assert "2026-12-08\n2026-12-14\n25 mg" in text
    assert "edited by the clinician" in text
    request = saved_request(window, tmp_path / "edited.baclofen.json", dialog_calls)
    assert [(s["daily_mg"], s["days"]) for s in request["schedule"]] == [  # type: ignore[attr-defined]
        (15.0, 7),
        (25.0, 7),
        (45.0, 7),
        (60.0, None),
    ]

    # 3. A dose above the maximum is refused at its cell and changes nothing.
    assert not model.setData(model.index(3, DAILY), 100.0, Qt.ItemDataRole.EditRole)
    refused = model.refused()
    assert refused is not None
    assert refused[:2] == (3, DAILY)
    assert model.index(3, DAILY).data(Qt.ItemDataRole.ToolTipRole) == f"Not applied: {refused[2]}"
    assert steps_of(window) == EDITED

    # 4. A visit: the plan so far goes to the History page and the summary's history.
    visit = Visit(date=VISIT_DAY, taking_mg=25, outcome="side-effects", pain=4, spasms=2)
    assert window.visits.record_visit(visit)
    assert window.editor.history.rows()[0][:5] == (
        "2026-12-15",
        "25 mg/day",
        "side effects",
        "4",
        "2",
    )
    assert window.document.request is not None
    assert (window.document.request.start, window.document.request.current_daily_mg) == (
        VISIT_DAY,
        25,
    )
    text = exported_text(window, tmp_path / "visit.pdf", dialog_calls)
    assert "Plan history" in text
    assert "2026-12-15" in text
    after_visit = window.document.request

    # Undo every change, newest first, each named in the Edit menu.
    undo, redo = window.commands.undo, window.commands.redo
    names = [window.history.stack.text(i) for i in range(window.history.stack.count())]
    assert names == ["Change step interval", "Change step 2 dose", "Record visit"]
    assert undo.text() == "&Undo Record visit"
    assert window.isWindowModified()
    undo.trigger()
    assert window.editor.history.rows() == ()
    assert steps_of(window) == EDITED
    assert not window.isWindowModified()  # the content saved after the table edit
    assert [o.code for o in window.document.overrides] == ["plan.rise_too_fast"]
    assert undo.text() == "&Undo Change step 2 dose"
    undo.trigger()  # the edit and the override it needed are one step
    assert steps_of(window) == WEEKLY
    assert window.document.overrides == ()
    undo.trigger()
    assert steps_of(window) == RULES
    assert window.document.request == OPENED
    assert not undo.isEnabled()
    assert window.isWindowModified()  # differs from the file saved after the table edit

    # Redo all three: back to the plan after the visit.
    for _ in names:
        redo.trigger()
    assert window.document.request == after_visit
    assert len(window.editor.history.rows()) == 1
    assert not redo.isEnabled()
