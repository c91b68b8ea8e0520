"""What the schedule model gives a view besides the text: tooltip, alignment, note icon."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from baclofen_desk.core.models import Patient, PlanRequest
from baclofen_desk.core.planner import build_plan
from baclofen_desk.ui.schedule_model import DAILY, DAYS, DOSES, FROM, NOTE, ScheduleModel

if TYPE_CHECKING:
    from baclofen_desk.core.knowledge import Knowledge

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
Role = Qt.ItemDataRole


def test_notes_numbers_and_icons_are_where_the_view_asks_for_them(knowledge: Knowledge) -> None:
    patient = Patient(age_years=72, weight_kg=70, height_cm=165, sex="female", scr=0.8)
    plan = build_plan(PlanRequest(patient=patient, start=dt.date(2026, 12, 1)), knowledge)
    model = ScheduleModel()
    model.set_steps(plan.steps, knowledge.products[plan.product])
    noted = [row for row, step in enumerate(plan.steps) if step.note]
    plain = [row for row, step in enumerate(plan.steps) if not step.note]
    assert noted and plain
    for row, step in enumerate(plan.steps):
        assert model.index(row, FROM).data(Role.ToolTipRole) == step.note
        assert model.index(row, NOTE).data() == (step.note or "")
        for column in range(NOTE + 1):
            alignment = model.index(row, column).data(Role.TextAlignmentRole)
            assert alignment == (RIGHT if column in (DAYS, DAILY) else None)
            icon = model.index(row, column).data(Role.DecorationRole)
            assert (icon is not None) == (column == DOSES and row in noted)
            assert model.index(row, column).data(Role.FontRole) is None
    assert model.index(len(plan.steps), FROM).data() is None
