"""A plan saved from the window keeps its computed steps as the record a later visit moves
into the history, as `--save` writes them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt

from baclofen_desk.storage import load_plan_file
from baclofen_desk.ui.schedule_model import DAYS
from tests.ui.test_export import ready_window

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from baclofen_desk.ui.main_window import MainWindow
    from tests.ui.conftest import DialogCalls


def test_the_saved_file_holds_the_steps_the_window_shows(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, dialog_calls: DialogCalls
) -> None:
    ready_window(qtbot, window)
    window.editor.plan.start.setDate(QDate(2026, 12, 1))
    model = window.results.schedule
    assert model.setData(model.index(1, DAYS), 5, Qt.ItemDataRole.EditRole)
    dialog_calls.answer("ask_save_path", tmp_path / "ana")
    assert window.files.save_as()
    saved = load_plan_file(tmp_path / "ana.baclofen.json")
    plan = window.document.state.plan
    assert plan is not None
    assert saved.steps == plan.steps
    assert [(s.daily_mg, s.days) for s in saved.steps] == [(15, 3), (30, 5), (45, 3), (60, None)]
