"""A critical alert blocks the handout until the clinician overrides it with a reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from baclofen_desk.core.models import Alert
from baclofen_desk.ui.override_dialog import OverrideDialog
from tests.ui.driving import type_into, type_patient

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from baclofen_desk.ui.main_window import MainWindow
    from tests.ui.conftest import DialogCalls

CRITICAL = Alert(code="kidney.severe", severity="critical", message="Avoid.", source="S")


def blocking_codes(window: MainWindow) -> list[str]:
    plan = window.document.state.plan
    assert plan is not None
    return [alert.code for alert in plan.alerts if alert.blocking]


def test_override_with_a_reason_unblocks_the_plan(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls
) -> None:
    type_patient(qtbot, window, age_years="45", crcl_ml_min="20")
    assert blocking_codes(window) == ["kidney.severe"]
    assert window.results.banner.kind == "blocked"
    alerts = window.results.alerts
    assert alerts.override.isVisible()
    assert "Blocks the handout" in alerts.texts()[0]

    dialog_calls.answer("ask_override_reason", "Nephrology agreed; close monitoring")
    qtbot.mouseClick(alerts.override, Qt.MouseButton.LeftButton)

    assert dialog_calls.names() == ["ask_override_reason"]
    assert blocking_codes(window) == []
    assert window.results.banner.kind == "attention"  # ready, with the override counted
    request = window.document.request
    assert request is not None
    assert [(o.code, o.reason) for o in request.overrides] == [
        ("kidney.severe", "Nephrology agreed; close monitoring")
    ]
    assert "Overridden: Nephrology agreed; close monitoring" in alerts.texts()[0]
    assert not alerts.override.isVisible()
    assert window.isWindowModified()


def test_activating_the_critical_alert_asks_and_cancel_changes_nothing(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls
) -> None:
    type_patient(qtbot, window, age_years="45", crcl_ml_min="20")
    dialog_calls.answer("ask_override_reason", None)
    alerts = window.results.alerts
    alerts.list.setFocus()
    alerts.list.setCurrentRow(0)
    qtbot.keyClick(alerts.list, Qt.Key.Key_Return)
    assert dialog_calls.names() == ["ask_override_reason"]
    assert blocking_codes(window) == ["kidney.severe"]


def test_a_blocked_plan_cannot_be_exported(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls
) -> None:
    type_patient(qtbot, window, age_years="45")
    window.editor.patient.dialysis.click()
    dialog_calls.answer("show_error", None)
    window.commands.export_pdf.trigger()
    assert dialog_calls.names() == ["show_error"]
    assert "critical alert blocks the handout" in dialog_calls.calls[0][1][1]


def test_the_override_survives_other_edits(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls
) -> None:
    type_patient(qtbot, window, age_years="45", crcl_ml_min="20")
    window.document.set_override(window.results.alerts.alerts()[0], "agreed")
    type_into(qtbot, window.editor.patient.numbers["weight_kg"], "80")
    assert blocking_codes(window) == []
    assert window.results.alerts.lapsed() == []


def override_by_button(qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls, reason: str):
    dialog_calls.answer("ask_override_reason", reason)
    qtbot.mouseClick(window.results.alerts.override, Qt.MouseButton.LeftButton)


def test_the_override_keeps_the_text_of_the_alert_it_acknowledged(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls
) -> None:
    type_patient(qtbot, window, age_years="45", crcl_ml_min="20")
    alert = window.results.alerts.alerts()[0]
    override_by_button(qtbot, window, dialog_calls, "agreed")
    request = window.document.request
    assert request is not None
    assert [o.acknowledged_message for o in request.overrides] == [alert.message]


def test_an_override_lapses_when_its_alert_changes_and_is_asked_for_again(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls, tmp_path: Path
) -> None:
    type_patient(qtbot, window, age_years="45", crcl_ml_min="20")
    acknowledged = window.results.alerts.alerts()[0].message
    override_by_button(qtbot, window, dialog_calls, "Nephrology agreed")
    dialog_calls.answer("ask_save_path", tmp_path / "p.baclofen.json")
    window.commands.save.trigger()

    type_patient(qtbot, window, crcl_ml_min="12")  # worse: the alert now says CrCl 12

    alerts = window.results.alerts
    assert blocking_codes(window) == ["kidney.severe"]
    assert window.results.banner.kind == "blocked"
    assert alerts.texts()[0].splitlines() == [
        "Your override no longer applies: the alert changed — review it again.",
        f"You acknowledged: {acknowledged}",
        "Your reason was: Nephrology agreed",
    ]
    assert "kidney.severe" not in alerts.texts()[0]  # never the internal code
    assert "Blocks the handout until overridden" in alerts.texts()[1]
    assert alerts.override.isVisible()
    assert alerts.override.isEnabled()  # the lapsed override is selected: override it again
    assert window.isWindowModified()

    override_by_button(qtbot, window, dialog_calls, "Nephrology agreed again at CrCl 12")
    asked = dialog_calls.calls[-1][1][0]
    assert "CrCl 12" in asked.message
    assert blocking_codes(window) == []
    assert alerts.lapsed() == []
    request = window.document.request
    assert request is not None
    assert [(o.reason, o.acknowledged_message) for o in request.overrides] == [
        ("Nephrology agreed again at CrCl 12", asked.message)
    ]


def test_an_override_can_be_withdrawn(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls, tmp_path: Path
) -> None:
    type_patient(qtbot, window, age_years="45", crcl_ml_min="20")
    alerts = window.results.alerts
    assert not alerts.withdraw.isVisible()
    override_by_button(qtbot, window, dialog_calls, "agreed")
    dialog_calls.answer("ask_save_path", tmp_path / "p.baclofen.json")
    window.commands.save.trigger()
    assert alerts.withdraw.isVisible()
    alerts.list.setCurrentRow(0)
    assert alerts.withdraw.isEnabled()

    qtbot.mouseClick(alerts.withdraw, Qt.MouseButton.LeftButton)

    assert blocking_codes(window) == ["kidney.severe"]
    request = window.document.request
    assert request is not None
    assert request.overrides == ()
    assert window.isWindowModified()
    assert not alerts.withdraw.isVisible()


def test_an_override_whose_alert_is_gone_can_be_withdrawn(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls
) -> None:
    type_patient(qtbot, window, age_years="45", crcl_ml_min="20")
    override_by_button(qtbot, window, dialog_calls, "agreed")
    type_patient(qtbot, window, crcl_ml_min="90")
    alerts = window.results.alerts
    assert alerts.texts()[0].startswith(
        "Your override no longer applies: the alert is no longer raised as a critical alert."
    )
    assert not alerts.override.isVisible()
    assert alerts.withdraw.isEnabled()
    qtbot.mouseClick(alerts.withdraw, Qt.MouseButton.LeftButton)
    assert alerts.lapsed() == []
    assert window.document.overrides == ()


def test_the_dialog_needs_a_reason_before_ok(qtbot: QtBot) -> None:
    dialog = OverrideDialog(CRITICAL)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "   ")
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "specialist advice")
    assert ok.isEnabled()
    assert dialog.reason_text() == "specialist advice"
    assert dialog.reason.maxLength() == 200


def test_a_stale_plan_cannot_be_overridden(qtbot: QtBot, window: MainWindow) -> None:
    type_patient(qtbot, window, age_years="45", crcl_ml_min="20")
    alerts = window.results.alerts
    assert alerts.override.isEnabled()
    type_patient(qtbot, window, scr="50")  # implausible: the plan shown is no longer current
    assert window.results.banner.kind == "stale"
    assert not alerts.list.isEnabled()
    assert not alerts.override.isEnabled()
    assert not window.results.interactions.isEnabled()
    type_patient(qtbot, window, scr="")
    assert alerts.override.isEnabled()
