"""Record visit… and the History page (policy P10), driven through the real window."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel

from baclofen_desk.core.visit_models import ScheduleStep, Visit
from baclofen_desk.ui import dialogs
from baclofen_desk.ui.help_dialog import how_to_use_html
from baclofen_desk.ui.history_view import history_words
from baclofen_desk.ui.visit_dialog import VisitDialog
from tests.ui.driving import table_text, type_into, type_patient
from tests.ui.test_export import pdf_text
from tests.ui.test_spanish import shown_texts, spanish, untranslated, window_es

__all__ = ["spanish", "window_es"]  # the Spanish window's fixtures, used below

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.ui.main_window import MainWindow
    from tests.ui.conftest import DialogCalls

START = dt.date(2026, 3, 2)
#: The day the dialog opens on ("today" for the window).
VISIT_DAY = dt.date(2026, 3, 10)
ALT = Qt.KeyboardModifier.AltModifier
FIRST_VISIT = (
    "2026-03-10",
    "30 mg/day",
    "side effects",
    "4",
    "2",
    "walks further",
    "continue at 30 mg/day",
)


@pytest.fixture
def planned(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """A titration from 2 March 2026 for an adult with a CrCl of 100 (15, 30, 45, 60 mg/day)."""
    type_patient(qtbot, window, age_years="45", crcl_ml_min="100")
    window.editor.plan.start.setDate(QDate(START.year, START.month, START.day))
    window.visits.today = lambda: VISIT_DAY
    assert [step.daily_mg for step in window.document.state.plan.steps] == [15, 30, 45, 60]
    return window


def by_keyboard(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, drive: Callable[[VisitDialog], None]
) -> list[VisitDialog]:
    """Make Record visit… open the real dialog, let `drive` type into it, and answer with
    what the dialog accepted (it stays open, for the test to look at, when it refuses)."""
    opened: list[VisitDialog] = []

    def ask(parent: MainWindow, *args: object) -> Visit | None:
        dialog = VisitDialog(*args, parent)  # type: ignore[arg-type]
        opened.append(dialog)
        dialog.open()  # as exec() does, but without blocking the test
        qtbot.waitExposed(dialog)
        dialog.windowHandle().requestActivate()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        drive(dialog)
        accepted = dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
        return dialog.visit if accepted else None

    monkeypatch.setattr(dialogs, "ask_visit", ask)
    return opened


def type_visit(qtbot: QtBot, dialog: VisitDialog) -> None:
    """Date as offered; 30 mg/day taken; side effects; pain 4, spasms 2; a note; Alt+R."""
    assert dialog.focusWidget() is dialog.date
    qtbot.keyClick(dialog.date, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.taking
    dialog.taking.selectAll()
    qtbot.keyClicks(dialog.taking, "30")
    qtbot.keyClick(dialog.taking, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.pain, "4")
    qtbot.keyClick(dialog.pain, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.spasms, "2")
    qtbot.keyClick(dialog, Qt.Key.Key_N, ALT)
    assert dialog.focusWidget() is dialog.note
    qtbot.keyClicks(dialog.note, "walks further")
    qtbot.keyClick(dialog, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: not dialog.isVisible())  # a mnemonic clicks as the mouse does


def record_by_keyboard(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    by_keyboard(qtbot, monkeypatch, lambda dialog: type_visit(qtbot, dialog))
    window.editor.patient.numbers["age_years"].setFocus()
    qtbot.keyClick(
        window.focusWidget(),
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def test_record_visit_waits_for_a_valid_plan_and_says_why(qtbot: QtBot, window: MainWindow) -> None:
    action = window.commands.record_visit
    assert not action.isEnabled()
    assert action.toolTip() == "Record a visit once the plan is valid: fix the marked fields first."
    type_patient(qtbot, window, age_years="45", crcl_ml_min="100")
    assert action.isEnabled()
    assert action.toolTip() == (
        "Record a follow-up visit: the plan moves to the history and a new plan starts"
    )
    type_patient(qtbot, window, age_years="200")  # the plan is stale now
    assert not action.isEnabled()
    type_patient(qtbot, window, age_years="1", weight_kg="10")  # no profile: no plan made
    assert window.document.state.plan.refused
    assert not action.isEnabled()
    assert action.toolTip() == (
        "Record a visit once there is a plan: the alerts say why none was made."
    )


def test_the_action_sits_in_the_edit_menu_with_its_own_shortcut(window: MainWindow) -> None:
    edit = window.menuBar().actions()[1].menu()
    assert [a.text() for a in edit.actions() if not a.isSeparator()] == [
        "&Undo",
        "&Redo",
        "Record &Visit…",
        "&Copy Prescription Text",
        "Pre&ferences…",
    ]
    keys = [
        key
        for action in window.findChildren(type(window.commands.new))
        for key in action.shortcuts()
    ]
    assert keys.count(QKeySequence("Ctrl+Shift+V")) == 1


def test_the_history_page_says_how_to_record_a_visit(window: MainWindow) -> None:
    history = window.editor.history
    assert history.empty.isVisibleTo(window.editor.history_page)
    assert history.empty.text() == (
        "No visits recorded yet. After a follow-up visit, choose Edit → Record visit…: the "
        "current plan is kept here and a new plan starts on the visit date from the dose taken."
    )
    assert not history.list.isVisibleTo(window.editor.history_page)
    assert not history.chart.isVisibleTo(window.editor.history_page)


def test_the_dialog_offers_the_plans_dose_on_the_visit_day_and_the_models_bounds(
    qtbot: QtBot, planned: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[object, ...]] = []

    def look(dialog: VisitDialog) -> None:
        offered = (dialog.visit_date(), dialog.taking.value_or_none(), dialog.outcome.value())
        dialog.date.setDate(QDate(2026, 3, 5))
        seen.append((*offered, dialog.taking.value_or_none()))
        seen.append((dialog.date.minimumDate().toPython(), dialog.date.maximumDate().toPython()))
        seen.append(
            (dialog.pain.value_or_none(), dialog.spasms.value_or_none(), dialog.pain.text())
        )
        seen.append((dialog.pain.toolTip(), dialog.spasms.toolTip(), dialog.note.maxLength()))
        dialog.reject()

    by_keyboard(qtbot, monkeypatch, look)
    planned.commands.record_visit.trigger()
    assert seen == [
        (VISIT_DAY, 45.0, None, 30.0),  # 45 mg/day on 10 March; 30 mg/day on 5 March
        (START, dt.date(2100, 12, 31)),
        (None, None, "not recorded"),
        (
            "Pain from 0 to 10; leave empty when not recorded",
            "Spasm frequency from 0 to 4; leave empty when not recorded",
            500,
        ),
    ]
    assert planned.document.request.history == ()  # cancelled: nothing recorded


def test_a_visit_typed_by_keyboard_starts_the_new_plan_and_fills_the_history(
    qtbot: QtBot,
    planned: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    dialog_calls: DialogCalls,
) -> None:
    record_by_keyboard(qtbot, planned, monkeypatch)

    request = planned.document.request
    assert (request.start, request.current_daily_mg, request.mode) == (VISIT_DAY, 30, "titrate")
    assert table_text(planned) == [
        [
            "10 Mar 2026",
            "ongoing",
            "",
            "30",
            "10 + 10 + 10",
            "1 + 1 + 1 tablet",
            "08:00, 14:00, 20:00",
        ]
    ]
    assert planned.editor.plan.start.date() == QDate(2026, 3, 10)
    history = planned.editor.history
    assert history.rows() == (FIRST_VISIT,)
    assert history.list.item(0).text() == (
        "Visit: 2026-03-10\nDose taken: 30 mg/day\nOutcome: side effects\n"
        "Pain: 4 · Spasms: 2\nNote: walks further\nWhat changed: continue at 30 mg/day"
    )
    assert planned.editor.tabs.currentWidget() is planned.editor.history_page
    assert (
        planned.editor.tabs.tabText(planned.editor.tabs.indexOf(planned.editor.history_page))
        == "History (1)"
    )
    assert not history.chart.isVisibleTo(planned)  # one visit: no trend yet
    entry = request.history[0]
    assert [step.daily_mg for step in entry.steps] == [15, 30, 45, 60]  # the plan as it was
    assert planned.isWindowModified()

    target = tmp_path / "visit.pdf"
    planned.preferences = planned.preferences.model_copy(
        update={"clinic_name": "Riverside", "clinic_phone": "555-0100", "emergency_number": "911"}
    )
    dialog_calls.answer("ask_export_path", target)
    dialog_calls.answer("show_pdf_preview", None)
    planned.commands.export_pdf.trigger()
    text = pdf_text(target.read_bytes())
    assert "Plan history" in text
    for cell in FIRST_VISIT:
        assert cell in text

    saved = tmp_path / "visit.baclofen.json"
    dialog_calls.answer("ask_save_path", saved)
    planned.commands.save_as.trigger()
    file = json.loads(saved.read_text(encoding="utf-8"))
    (kept,) = file["request"]["history"]
    assert (kept["visit_date"], kept["taking_mg"], kept["outcome"]) == (
        "2026-03-10",
        30.0,
        "side-effects",
    )
    assert (kept["pain"], kept["spasms"], kept["note"]) == (4, 2, "walks further")
    assert kept["request"]["start"] == "2026-03-02"
    assert file["request"]["start"] == "2026-03-10"


def test_the_trend_chart_appears_with_the_second_visit(qtbot: QtBot, planned: MainWindow) -> None:
    visits = planned.visits
    assert visits.record_visit(Visit(date=VISIT_DAY, taking_mg=30, outcome="tolerated", pain=5))
    history = planned.editor.history
    assert not history.chart.isVisibleTo(planned)
    second = dt.date(2026, 3, 24)
    assert visits.record_visit(Visit(date=second, taking_mg=30, outcome="tolerated", spasms=1))
    assert history.chart.isVisibleTo(planned)
    chart = history.chart.chart()
    assert chart is not None
    assert (chart.dose, chart.pain, chart.spasms) == (
        ((0, 30.0), (14, 30.0)),
        ((0, 5.0),),
        ((14, 1.0),),
    )
    assert history.chart_title.text() == "Dose and scores at each visit"
    assert [row[0] for row in history.rows()] == ["2026-03-10", "2026-03-24"]
    assert planned.document.request.start == second
    assert history.chart.accessibleDescription() == (
        "mg/day taken: 30, 30 at the visits from 2026-03-10 to 2026-03-24."
    )


def test_values_the_models_refuse_are_shown_at_their_field(
    qtbot: QtBot, planned: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(dialog: VisitDialog) -> None:
        dialog.taking.selectAll()
        qtbot.keyClicks(dialog.taking, "250")
        qtbot.keyClick(dialog, Qt.Key.Key_R, ALT)
        qtbot.waitUntil(lambda: dialog.marks.message("outcome") is not None)

    opened = by_keyboard(qtbot, monkeypatch, refuse)
    planned.commands.record_visit.trigger()
    dialog = opened[0]
    assert dialog.isVisible()  # not recorded: the dialog stays open
    assert dialog.marks.message("taking_mg") == "Input should be less than or equal to 200"
    assert dialog.marks.message("outcome") == "Field required"
    assert dialog.focusWidget() is dialog.taking
    assert planned.document.request.history == ()
    dialog.note.setFocus()
    dialog.note.insert("calmer")
    dialog.note.insert("\u202eremlac")  # pasted with a direction override
    assert dialog.note.text() == "calmer"
    assert dialog.refused.text() == (
        "contains a control character (U+202E); type plain text on one line"
    )
    assert dialog.refused.isVisibleTo(dialog)
    dialog.reject()


def test_a_later_visit_cannot_come_before_the_last_one(
    qtbot: QtBot, planned: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert planned.visits.record_visit(Visit(date=VISIT_DAY, taking_mg=30, outcome="tolerated"))
    bounds: list[dt.date] = []

    def look(dialog: VisitDialog) -> None:
        bounds.append(dialog.date.minimumDate().toPython())
        dialog.reject()

    by_keyboard(qtbot, monkeypatch, look)
    planned.commands.record_visit.trigger()
    assert bounds == [VISIT_DAY]


def test_the_visit_dialog_and_the_history_speak_spanish(
    qtbot: QtBot, window_es: MainWindow, knowledge: Knowledge
) -> None:
    type_patient(qtbot, window_es, age_years="45", crcl_ml_min="100")
    window_es.editor.plan.start.setDate(QDate(START.year, START.month, START.day))
    visits = window_es.visits
    assert visits.record_visit(Visit(date=VISIT_DAY, taking_mg=30, outcome="tolerated", pain=5))
    assert visits.record_visit(Visit(date=dt.date(2026, 3, 24), taking_mg=30, outcome="no-benefit"))
    plan = visits.plan()
    assert plan is not None
    dialog = VisitDialog(
        history_words(knowledge).outcomes,
        VISIT_DAY,
        VISIT_DAY,
        lambda day: None,
        lambda v: None,
        window_es,
    )
    assert [dialog.outcome.itemText(i) for i in range(dialog.outcome.count())] == [
        "elija…",
        "bien tolerado",
        "efectos secundarios",
        "todavía sin beneficio",
        "sin beneficio con la dosis más alta tolerada",
    ]
    assert untranslated(shown_texts(window_es) | shown_texts(dialog)) == []
    letters = [
        re.search(r"&(\w)", w.text()).group(1).lower()  # type: ignore[union-attr]
        for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
        if "&" in w.text()
    ]
    assert sorted(letters) == sorted(set(letters))
    history = window_es.editor.history
    assert history.list.item(1).text() == (
        "Cita: 2026-03-24\nDosis tomada: 30 mg al día\nResultado: todavía sin beneficio\n"
        "Dolor: — · Espasmos: —\nQué cambió: seguir con 30 mg al día"
    )
    tabs = window_es.editor.tabs
    assert tabs.tabText(tabs.indexOf(window_es.editor.history_page)) == "Historial (2)"
    dialog.deleteLater()


def test_a_new_plan_chosen_after_the_visit_replaces_the_continuing_step(
    qtbot: QtBot, planned: MainWindow
) -> None:
    """As `--visit` with `--mode reduce --target-mg 30`: the new plan starts at the visit."""
    assert planned.visits.record_visit(Visit(date=VISIT_DAY, taking_mg=45, outcome="side-effects"))
    plan = planned.editor.plan
    plan.reduce.setChecked(True)
    type_into(qtbot, plan.target, "30")
    request = planned.document.request
    assert (request.mode, request.target_daily_mg, request.schedule) == ("reduce", 30, None)
    assert request.start == VISIT_DAY
    assert [(s.start, s.daily_mg) for s in planned.document.state.plan.steps] == [(VISIT_DAY, 30.0)]
    assert planned.editor.history.rows()[0][-1] == "reduce to 30 mg/day"
    plan.titrate.setChecked(True)
    type_into(qtbot, plan.target, "")  # no new choice: the dose taken continues
    assert planned.document.request.schedule == (ScheduleStep(daily_mg=45),)
    assert planned.editor.history.rows()[0][-1] == "continue at 45 mg/day"


def test_the_guide_says_how_to_record_a_visit() -> None:
    html = how_to_use_html()
    assert "<h3>6. Follow-up visits</h3>" in html
    assert "<tr><td><b>Ctrl+Shift+V</b></td><td>record a visit</td></tr>" in html


def test_recording_a_visit_is_one_edit_of_the_request(
    planned: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Plan section takes the new values quietly and emits one change (owners' flow)."""
    document = planned.document
    edits: list[object] = []
    edit = document.edit
    monkeypatch.setattr(document, "edit", lambda draft: (edits.append(draft), edit(draft)))
    assert planned.visits.record_visit(Visit(date=VISIT_DAY, taking_mg=30, outcome="tolerated"))
    assert edits == [planned.editor.draft()]
    assert document.request.history[0].visit_date == VISIT_DAY
