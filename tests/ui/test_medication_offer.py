"""A listed baclofen dose is offered as the current dose at its line (policy P8 v2)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from tests.ui.driving import daily_doses, type_medications, type_patient

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from baclofen_desk.ui.main_window import MainWindow


def _codes(window: MainWindow) -> list[str]:
    return [alert.code for alert in window.results.alerts.alerts()]


def test_the_read_dose_is_offered_and_taken_as_the_current_dose(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_patient(qtbot, window, age_years="45")
    type_medications(qtbot, window, "baclofen 10 mg TID")
    line = window.editor.medications.line_widgets()[0]
    assert line.offer.isVisibleTo(window)
    assert line.offer.text() == "Use 30 mg/day as the current dose"
    assert "medication.already_on_baclofen" in _codes(window)
    qtbot.mouseClick(line.offer, Qt.MouseButton.LeftButton)
    assert window.editor.plan.current.value_or_none() == 30.0
    plan = window.document.state.plan
    assert plan is not None
    assert plan.request.current_daily_mg == 30.0
    assert "medication.already_on_baclofen" not in _codes(window)
    assert daily_doses(window) == [30.0, 45.0, 60.0]
    assert not line.offer.isVisibleTo(window)


def test_no_offer_for_a_pump_or_a_line_without_a_plain_dose(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_patient(qtbot, window, age_years="45")
    type_medications(qtbot, window, "Gablofen pump", "baclofen prn")
    pump, prn, _empty = window.editor.medications.line_widgets()
    assert pump.status.text().startswith("Intrathecal baclofen pump: Gablofen")
    assert not pump.offer.isVisibleTo(window)
    assert not prn.offer.isVisibleTo(window)
    assert "medication.intrathecal_baclofen" in _codes(window)
