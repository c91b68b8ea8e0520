"""Rule base v2 patient fields in the window: the two kidney check boxes and field messages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.ui.driving import type_patient

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from baclofen_desk.ui.main_window import MainWindow


def alert_codes(window: MainWindow) -> list[str]:
    return [alert.code for alert in window.results.alerts.alerts()]


def test_a_measured_crcl_decides_the_band(qtbot: QtBot, window: MainWindow) -> None:
    type_patient(qtbot, window, age_years="45", weight_kg="70", crcl_ml_min="90", egfr="25")
    assert window.document.state.plan is not None
    assert window.document.state.plan.kidney.band == "severe"
    assert "kidney.values_disagree" in alert_codes(window)
    window.editor.patient.crcl_measured.click()
    plan = window.document.state.plan
    assert plan is not None and window.document.request is not None
    assert window.document.request.patient.crcl_measured
    assert plan.kidney.band == "normal"
    assert "kidney.measured_crcl" in alert_codes(window)


def test_unstable_kidney_function_is_a_patient_field(qtbot: QtBot, window: MainWindow) -> None:
    type_patient(qtbot, window, age_years="45")
    window.editor.patient.kidney_unstable.click()
    assert window.document.request is not None
    assert window.document.request.patient.kidney_unstable
    assert "kidney.unstable" in alert_codes(window)


def test_measured_without_a_crcl_is_marked_at_the_check_box(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_patient(qtbot, window, age_years="45")
    window.editor.patient.crcl_measured.click()
    message = window.editor.patient.marks.message("crcl_measured")
    assert message == "marked as measured, but no CrCl was entered"


def test_a_child_without_weight_is_asked_for_it_at_the_weight_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_patient(qtbot, window, age_years="5")
    message = window.editor.patient.marks.message("weight_kg")
    assert message == "weight is required under 12 years: children are dosed by weight"
    type_patient(qtbot, window, weight_kg="18")
    assert window.editor.patient.marks.message("weight_kg") is None
    assert window.document.state.plan is not None
    assert window.document.state.plan.max_daily_mg == 36  # 2 mg/kg/day


def test_pregnancy_with_sex_male_is_marked_at_the_conditions(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_patient(qtbot, window, age_years="30")
    window.editor.patient.sex.set_value("male")
    window.editor.patient.conditions.set_checked(("pregnancy",))
    window.editor.patient.conditions.changed.emit()
    message = window.editor.patient.marks.message("conditions")
    assert message == "pregnancy contradicts sex male; correct the sex or the condition"
