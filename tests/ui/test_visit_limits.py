"""A visit at a dose above the maximum: the new plan may fall from it, never continue at it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate

from baclofen_desk.core.visit_models import Visit
from tests.ui.driving import table_text, type_patient

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from baclofen_desk.ui.main_window import MainWindow


def test_a_visit_above_the_maximum_does_not_continue_there(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_patient(qtbot, window, age_years="45", crcl_ml_min="100")  # adult maximum 80 mg/day
    window.editor.plan.start.setDate(QDate(2026, 3, 2))
    visit = Visit(date=dt.date(2026, 3, 10), taking_mg=100, outcome="side-effects")
    assert window.visits.record_visit(visit)
    plan = window.document.state.plan
    assert plan is not None
    assert (plan.steps, plan.exportable) == ((), False)
    assert "plan.above_max" in [a.code for a in plan.alerts]
    assert table_text(window) == []
    window.editor.plan.taper.setChecked(True)  # the new plan falls from the dose taken
    plan = window.document.state.plan
    assert plan is not None
    assert plan.steps[0].start == dt.date(2026, 3, 10)
    assert plan.steps[0].daily_mg < 100
    assert plan.steps[-1].daily_mg == 0
