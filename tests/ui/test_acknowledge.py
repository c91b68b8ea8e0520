"""A clinician acknowledges a major interaction or a warning with a reason, by keyboard; the
panes, the status line, the summary and the plan file say so, and nothing is unblocked."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from baclofen_desk.ui import dialogs
from baclofen_desk.ui.override_dialog import AcknowledgeDialog
from tests.report.conftest import page_texts
from tests.ui.driving import type_medications, type_patient
from tests.ui.test_screen_reader import Text, read

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from baclofen_desk.core.models import Alert, Interaction
    from baclofen_desk.ui.main_window import MainWindow
    from tests.ui.conftest import DialogCalls

MEDICATIONS = (
    "oxycodone 5 mg q6h",
    "gabapentin 300 mg tid",
    "atorvastatin 20 mg daily",
    "omeprazole 20 mg daily",
)
READY = "Plan ready — 2 major interactions, 1 warning."
OXYCODONE = "interaction.opioid.oxycodone"


def typical(qtbot: QtBot, window: MainWindow, **patient: str) -> None:
    """50 years, normal kidney function, four medications: 3 alerts, 2 major interactions."""
    type_patient(qtbot, window, age_years="50", weight_kg="70", scr="0.9", **patient)
    window.editor.patient.sex.set_value("male")
    type_medications(qtbot, window, *MEDICATIONS)


class TypedReasons:
    """Answers the acknowledgement dialog as a user does: the real dialog, the next reason
    typed into it, Enter pressed; records each dialog's title."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.reasons: list[str] = []
        self.titles: list[str] = []

    def ask(self, parent: MainWindow, item: Alert | Interaction) -> str | None:
        dialog = AcknowledgeDialog(item, parent)
        dialog.setWindowModality(Qt.WindowModality.NonModal)  # shown, not exec(): no nested loop
        dialog.show()
        self.qtbot.waitExposed(dialog)
        self.titles.append(dialog.windowTitle())
        self.qtbot.keyClicks(dialog.reason, self.reasons.pop(0))
        self.qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
        accepted = dialog.result() == QDialog.DialogCode.Accepted
        text = dialog.reason_text()
        dialog.deleteLater()
        return text if accepted else None


@pytest.fixture
def typed(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> TypedReasons:
    typing = TypedReasons(qtbot)
    monkeypatch.setattr(dialogs, "ask_acknowledgement_reason", typing.ask)
    return typing


def banner_text(window: MainWindow) -> str:
    return window.results.banner.text.text()


def summary_text(window: MainWindow) -> str:
    window.preferences = window.preferences.model_copy(
        update={"clinic_name": "Riverside", "clinic_phone": "555-0100", "emergency_number": "911"}
    )
    data = window.exports.pdf()
    assert data is not None
    return " ".join(" ".join(page_texts(data)).split())


def test_a_major_interaction_is_acknowledged_by_keyboard_and_kept_in_the_file(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls, typed: TypedReasons, tmp_path: Path
) -> None:
    window.resize(1280, 800)
    typical(qtbot, window)
    panel = window.results.interactions
    assert banner_text(window) == READY
    assert not panel.acknowledge.isEnabled()  # nothing selected yet
    exportable = window.document.state.plan.exportable

    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Home)  # the first interaction: oxycodone
    assert panel.acknowledge.isEnabled()
    assert panel.source.full_text().startswith("Source: FDA Drug Safety Communication 2016")
    typed.reasons.append("Pain team agreed; naloxone at home")
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)

    assert typed.titles == ["Acknowledge major interaction"]
    assert panel.texts()[0].splitlines()[-1] == "Acknowledged: Pain team agreed; naloxone at home"
    assert not panel.texts()[1].endswith("naloxone at home")
    assert window.focusWidget() is panel.list
    assert panel.list.currentRow() == 0  # the row stays chosen: Withdraw acts on it
    assert panel.withdraw.isEnabled()
    status = "Plan ready — 2 major interactions (1 acknowledged), 1 warning."
    assert banner_text(window) == status
    assert read(window.results.banner.text, Text.Name) == status
    assert read(window.results.banner, Text.Description) == status
    plan = window.document.state.plan
    assert plan.exportable == exportable
    assert [(o.code, o.reason, o.acknowledged_severity) for o in plan.request.overrides] == [
        (OXYCODONE, "Pain team agreed; naloxone at home", "major")
    ]
    assert window.isWindowModified()
    text = summary_text(window)
    assert "Acknowledged warnings and interactions" in text
    assert (
        "Major interaction: oxycodone (Opioid) — oxycodone 5 mg q6h" in text
        and "Pain team agreed; naloxone at home" in text
    )
    assert "MAJOR (acknowledged)" in text

    path = tmp_path / "p.baclofen.json"
    dialog_calls.answer("ask_save_path", path)
    window.commands.save.trigger()
    window.files.start_new()
    assert window.results.interactions.texts() == []
    assert window.files.open_path(path)
    assert panel.texts()[0].endswith("Acknowledged: Pain team agreed; naloxone at home")
    assert banner_text(window) == status


def test_an_acknowledgement_is_withdrawn(
    qtbot: QtBot, window: MainWindow, typed: TypedReasons
) -> None:
    typical(qtbot, window)
    panel = window.results.interactions
    assert not panel.withdraw.isVisible()
    panel.list.setCurrentRow(1)
    typed.reasons.append("low dose")
    qtbot.keyClick(panel.acknowledge, Qt.Key.Key_Space)
    assert panel.texts()[1].endswith("Acknowledged: low dose")
    assert panel.withdraw.isVisible()

    panel.list.setCurrentRow(1)
    qtbot.keyClick(panel.withdraw, Qt.Key.Key_Space)

    assert window.document.overrides == ()
    assert not panel.texts()[1].endswith("Acknowledged: low dose")
    assert banner_text(window) == READY
    assert not panel.withdraw.isVisible()


def test_a_warning_is_acknowledged_and_withdrawn(
    qtbot: QtBot, window: MainWindow, typed: TypedReasons
) -> None:
    typical(qtbot, window)
    alerts = window.results.alerts
    assert alerts.acknowledge.isVisible()
    assert not alerts.override.isVisible()
    assert read(alerts.acknowledge, Text.Description) == (
        "Acknowledge the selected warning with a reason; the plan does not change."
    )
    alerts.list.setFocus()
    qtbot.keyClick(alerts.list, Qt.Key.Key_Home)  # the warning comes first
    assert alerts.acknowledge.isEnabled()
    typed.reasons.append("Reviewed with the patient")
    qtbot.keyClick(alerts.list, Qt.Key.Key_Return)

    assert typed.titles == ["Acknowledge warning"]
    assert alerts.texts()[0].splitlines()[0].startswith("WARNING: Combined sedative burden")
    assert alerts.texts()[0].splitlines()[-1] == "Acknowledged: Reviewed with the patient"
    assert banner_text(window) == "Plan ready — 2 major interactions, 1 warning (acknowledged)."
    assert not alerts.acknowledge.isVisible()  # nothing left to acknowledge
    assert "Reviewed with the patient" in summary_text(window)

    alerts.list.setCurrentRow(0)
    assert read(alerts.withdraw, Text.Description) == (
        "Withdraw the acknowledgement of the selected warning"
    )
    qtbot.keyClick(alerts.withdraw, Qt.Key.Key_Space)
    assert window.document.overrides == ()
    assert banner_text(window) == READY


def test_cancel_acknowledges_nothing(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls
) -> None:
    typical(qtbot, window)
    dialog_calls.answer("ask_acknowledgement_reason", None)
    panel = window.results.interactions
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.acknowledge, Qt.Key.Key_Space)
    assert dialog_calls.names() == ["ask_acknowledgement_reason"]
    assert window.document.overrides == ()
    assert window.document.request.overrides == ()
    assert [text for text in panel.texts() if "Acknowledged" in text] == []


def test_the_blocked_banner_names_the_major_interactions_until_acknowledged(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls
) -> None:
    typical(qtbot, window)
    window.editor.patient.dialysis.click()
    blocked = (
        "Blocked: a critical alert must be overridden with a reason before a handout can be "
        "printed."
    )
    assert window.results.banner.kind == "blocked"
    assert banner_text(window) == f"{blocked} Also to review: 2 major interactions."
    assert read(window.results.banner, Text.Description) == banner_text(window)
    dialog_calls.answer("ask_acknowledgement_reason", "agreed")
    panel = window.results.interactions
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.acknowledge, Qt.Key.Key_Space)
    assert banner_text(window) == f"{blocked} Also to review: 1 major interaction."
    panel.list.setCurrentRow(1)
    qtbot.keyClick(panel.acknowledge, Qt.Key.Key_Space)
    assert banner_text(window) == blocked
    assert window.results.banner.kind == "blocked"  # acknowledging never unblocks
    assert window.document.state.plan.blocked


def test_an_acknowledgement_lapses_when_the_interaction_changes(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls
) -> None:
    typical(qtbot, window)
    dialog_calls.answer("ask_acknowledgement_reason", "low dose")
    panel = window.results.interactions
    panel.list.setCurrentRow(1)  # gabapentin: more severe because of the opioid
    qtbot.keyClick(panel.acknowledge, Qt.Key.Key_Space)
    type_patient(qtbot, window, age_years="70")  # now also more severe because of age

    assert panel.texts()[0].splitlines() == [
        "Your acknowledgement no longer applies: the interaction changed — review it again.",
        "Your reason was: low dose",
    ]
    assert banner_text(window) == (
        "Plan ready — 2 major interactions, 2 warnings, 1 acknowledgement that no longer applies."
    )
    panel.list.setCurrentRow(0)
    assert panel.acknowledge.isEnabled()  # acknowledge it again as it reads now
    qtbot.keyClick(panel.acknowledge, Qt.Key.Key_Space)
    asked = dialog_calls.calls[-1][1][0]
    assert "age 70 years" in asked.escalated_because
    assert panel.texts()[0].startswith("MAJOR: oxycodone")
    assert panel.texts()[1].endswith("Acknowledged: low dose")


def test_each_finding_gives_its_source_to_a_screen_reader(qtbot: QtBot, window: MainWindow) -> None:
    typical(qtbot, window)
    panel = window.results.interactions
    item = panel.list.item(0)
    source = "Source: " + window.document.state.plan.interactions[0].source
    assert item.data(Qt.ItemDataRole.AccessibleDescriptionRole) == source
    assert item.toolTip() == source
    assert not panel.source.isVisible()
    panel.list.setCurrentRow(0)
    assert panel.source.isVisible()
    assert read(panel.source, Text.Name) == source
    assert panel.source.toolTip() == source
    assert read(panel.acknowledge, Text.Name) == "Acknowledge…"
    assert read(panel.acknowledge, Text.Description) == (
        "Acknowledge the selected major interaction with a reason; the plan does not change."
    )
