"""Hostile input through the window: refused at the field or with one message, plan unchanged."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from baclofen_desk.ui.override_dialog import OverrideDialog
from tests.ui.driving import type_medications, type_patient

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from baclofen_desk.ui.main_window import MainWindow
    from tests.ui.conftest import DialogCalls


def hostile_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Files that must not open: path -> the end of the message."""
    nested = tmp_path / "nested.baclofen.json"
    nested.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    twice = tmp_path / "twice.baclofen.json"
    twice.write_text('{"schema_version": 1, "schema_version": 2}', encoding="utf-8")
    huge = tmp_path / "huge.baclofen.json"
    huge.write_bytes(b" " * 2_000_000)
    files = {
        "nested": (nested, "it is nested 100000 levels deep (at most 32)."),
        "twice": (twice, "the entry 'schema_version' appears twice."),
        "huge": (huge, "is larger than 1 MB, too large for a plan."),
    }
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "fifo.baclofen.json"
        os.mkfifo(fifo)
        files["fifo"] = (fifo, "is not a regular file (a device, pipe or socket).")
    if sys.platform != "win32" and os.path.exists("/dev/zero"):
        zero = tmp_path / "zero.baclofen.json"
        zero.symlink_to("/dev/zero")
        files["zero"] = (zero, "is not a regular file (a device, pipe or socket).")
    return files


@pytest.mark.parametrize("kind", ["nested", "twice", "huge", "fifo", "zero"])
def test_a_hostile_file_gives_one_message_and_leaves_the_plan(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls, tmp_path: Path, kind: str
) -> None:
    files = hostile_files(tmp_path)
    if kind not in files:
        pytest.skip(f"no {kind} on this system")
    path, ending = files[kind]
    type_patient(qtbot, window, age_years="45")
    before = window.document.state.plan
    dialog_calls.answer("show_error", None)
    assert not window.files.open_path(path)
    assert dialog_calls.names() == ["show_error"]
    title, message = dialog_calls.calls[0][1]
    assert title == "Cannot open plan"
    assert message.startswith(path.name) and message.endswith(ending)
    assert window.document.state.plan == before
    assert window.document.path is None


def test_a_control_character_in_a_medication_line_is_refused_at_the_line(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_patient(qtbot, window, age_years="45")
    type_medications(qtbot, window, "gabapentin")
    line = window.editor.medications.line_widgets()[-1]
    line.edit.setText("oxycodone \u202egnp")
    assert line.status.text() == (
        "contains a control character (U+202E); type plain text on one line"
    )
    assert window.document.state.stale
    assert "Current medications: contains a control character (U+202E)" in (
        window.results.banner.text.text()
    )
    line.edit.setText("oxycodone 5 mg")
    assert not window.document.state.stale
    assert line.status.text().startswith("Matched")


def test_a_patient_name_with_a_direction_override_is_refused_at_the_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.editor.handout
    panel.patient_name.setFocus()
    panel.patient_name.insert("Ana")
    panel.patient_name.insert("\u202eanA")
    assert panel.patient_name.text() == "Ana"
    assert panel.name_refused.text() == (
        "contains a control character (U+202E); type plain text on one line"
    )
    assert panel.name_refused.isVisibleTo(window)
    panel.patient_name.insert(" Lopez")
    assert not panel.name_refused.isVisibleTo(window)
    assert window.document.handout.patient_name == "Ana Lopez"


def test_an_override_reason_with_an_escape_is_refused_in_the_dialog(qtbot: QtBot) -> None:
    from tests.ui.test_override import CRITICAL

    dialog = OverrideDialog(CRITICAL)
    qtbot.addWidget(dialog)
    dialog.reason.insert("agreed\x1b[2J")
    assert dialog.reason.text() == ""
    assert dialog.refused.text() == (
        "contains a control character (U+001B); type plain text on one line"
    )
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_saving_over_a_read_only_plan_is_refused_with_a_message(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls, tmp_path: Path
) -> None:
    locked = tmp_path / "locked.baclofen.json"
    locked.write_text("{}", encoding="utf-8")
    locked.chmod(0o444)
    type_patient(qtbot, window, age_years="45")
    dialog_calls.answer("ask_save_path", locked)
    dialog_calls.answer("show_error", None)
    window.commands.save_as.trigger()
    assert dialog_calls.calls[-1] == (
        "show_error",
        (
            "Cannot save plan",
            f"{locked}: locked.baclofen.json is read-only; "
            "save under another name or make it writable",
        ),
    )
    assert locked.read_text(encoding="utf-8") == "{}"
    assert window.isWindowModified()
