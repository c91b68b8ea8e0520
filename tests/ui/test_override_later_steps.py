"""An override given for one step rising too fast does not cover another step that
rises too fast later: the alert then names that step, and the window asks again."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QDate

from baclofen_desk.ui.schedule_model import DAILY
from tests.ui.test_export import ready_window
from tests.ui.test_schedule_editing import edit, steps_of

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from baclofen_desk.ui.main_window import MainWindow
    from tests.ui.conftest import DialogCalls

STEP_2 = (
    "Step 2 (from 2026-12-04) rises faster than the label and the profile allow (by 20 mg/day "
    "where at most 15 mg/day is allowed). Give a reason to keep it."
)
STEPS_2_AND_3 = (
    "Step 2 (from 2026-12-04) rises faster than the label and the profile allow (by 20 mg/day "
    "where at most 15 mg/day is allowed), and so do later steps: 3. Give a reason to keep them."
)


@pytest.fixture
def adult(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """A 45-year-old titration from 1 Dec 2026: 15, 30, 45 for 3 days each, then 60."""
    ready_window(qtbot, window)
    window.editor.plan.start.setDate(QDate(2026, 12, 1))
    assert steps_of(window) == [(15, 3, False), (30, 3, False), (45, 3, False), (60, None, False)]
    return window


def overridden(window: MainWindow) -> list[tuple[str, str | None, str | None]]:
    return [(o.code, o.reason, o.acknowledged_message) for o in window.document.overrides]


def rise_step_2(window: MainWindow, dialog_calls: DialogCalls) -> None:
    dialog_calls.answer("ask_override_reason", "tolerated 35 mg before")
    assert edit(window, 1, DAILY, 35.0)
    assert [call[1][0].message for call in dialog_calls.calls] == [STEP_2]
    assert overridden(window) == [("plan.rise_too_fast", "tolerated 35 mg before", STEP_2)]


def test_a_later_step_rising_too_fast_asks_for_its_own_reason(
    qtbot: QtBot, adult: MainWindow, dialog_calls: DialogCalls
) -> None:
    rise_step_2(adult, dialog_calls)
    dialog_calls.answer("ask_override_reason", "tolerated 55 mg before")
    assert edit(adult, 2, DAILY, 55.0)
    assert [call[1][0].message for call in dialog_calls.calls] == [STEP_2, STEPS_2_AND_3]
    assert overridden(adult) == [("plan.rise_too_fast", "tolerated 55 mg before", STEPS_2_AND_3)]
    assert steps_of(adult) == [(15, 3, True), (35, 3, True), (55, 3, True), (60, None, True)]
    plan = adult.document.state.plan
    assert plan is not None
    assert not plan.blocked
    assert [(a.message, a.override_reason) for a in plan.alerts if a.severity == "critical"] == [
        (STEPS_2_AND_3, "tolerated 55 mg before")
    ]


def test_without_a_reason_for_the_later_step_its_change_is_taken_back(
    qtbot: QtBot, adult: MainWindow, dialog_calls: DialogCalls
) -> None:
    rise_step_2(adult, dialog_calls)
    dialog_calls.answer("ask_override_reason", None)
    edit(adult, 2, DAILY, 55.0)
    assert [call[1][0].message for call in dialog_calls.calls] == [STEP_2, STEPS_2_AND_3]
    assert steps_of(adult) == [(15, 3, True), (35, 3, True), (45, 3, True), (60, None, True)]
    assert overridden(adult) == [("plan.rise_too_fast", "tolerated 35 mg before", STEP_2)]
    plan = adult.document.state.plan
    assert plan is not None
    assert not plan.blocked
