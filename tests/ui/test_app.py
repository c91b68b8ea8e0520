"""Starting the program, the last-resort error handler, preferences and About."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from baclofen_desk import __version__
from baclofen_desk.ui import crash
from baclofen_desk.ui.about import about_html
from baclofen_desk.ui.actions import shortcut
from baclofen_desk.ui.app import open_system_requests
from baclofen_desk.ui.main_window import MainWindow
from baclofen_desk.ui.preferences import KEY, Preferences, load_preferences
from baclofen_desk.ui.preferences_dialog import PreferencesDialog
from baclofen_desk.ui.qt_settings import app_settings

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from baclofen_desk.core.knowledge import Knowledge
    from tests.ui.conftest import DialogCalls

ROOT = Path(__file__).resolve().parents[2]


def run_window(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    code = "import sys; from baclofen_desk.ui.app import run_app; sys.exit(run_app(sys.argv[1:]))"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_quit_after_show_exits_0_once_the_window_is_shown(tmp_path: Path) -> None:
    result = run_window(tmp_path, "--quit-after-show")
    assert result.returncode == 0, result.stderr


def test_a_plan_file_given_on_the_command_line_is_opened(
    tmp_path: Path, knowledge: Knowledge
) -> None:
    import datetime as dt

    from baclofen_desk.core.models import Patient, PlanRequest
    from baclofen_desk.storage import HandoutChoices, save_plan_file

    plan_file = tmp_path / "ana.baclofen.json"
    request = PlanRequest(patient=Patient(age_years=45), start=dt.date(2026, 12, 1))
    save_plan_file(plan_file, request, HandoutChoices(), rules_version=knowledge.version)
    result = run_window(tmp_path, str(plan_file), "--quit-after-show")
    assert result.returncode == 0, result.stderr
    recent = (tmp_path / "config" / "Baclofen Desk" / "Baclofen Desk.ini").read_text()
    assert "ana.baclofen.json" in recent


def test_help_names_the_smoke_test_option(tmp_path: Path) -> None:
    result = run_window(tmp_path, "--help")
    assert result.returncode == 0
    assert "--quit-after-show" in result.stdout


def test_an_uncaught_error_is_shown_and_logged_without_its_message(
    caplog: pytest.LogCaptureFixture,
) -> None:
    shown: list[str] = []
    try:
        raise ValueError("patient Ana Lopez, 78")
    except ValueError as exc:
        with caplog.at_level(logging.ERROR, logger="baclofen_desk.crash"):
            crash.report_uncaught(exc, shown.append)
    assert shown == ["ValueError: patient Ana Lopez, 78"]
    assert "builtins.ValueError" in caplog.text
    assert "test_app.py" in caplog.text
    assert "Ana" not in caplog.text


def test_the_hook_keeps_running_when_the_dialog_fails(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install_excepthook(lambda text: (_ for _ in ()).throw(RuntimeError("no display")))
    sys.excepthook(KeyError, KeyError("x"), None)
    assert "Unexpected error: KeyError" in capsys.readouterr().err


def test_preferences_are_saved_and_used_for_a_new_plan(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls
) -> None:
    edited = Preferences(
        clinic_name="Riverside",
        default_product="solution-1mg-ml",
        language="es",
        dose_times=("07:00", "13:00", "19:00"),
        large_print=True,
    )
    dialog_calls.answer("ask_preferences", edited)
    window.commands.preferences.trigger()
    assert load_preferences() == edited
    window.commands.new.trigger()
    assert window.editor.plan.product.value() == "solution-1mg-ml"
    assert window.editor.plan.times.text() == "07:00, 13:00, 19:00"
    assert window.document.handout.lang == "es"
    assert window.document.handout.large_print


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("8am", "Default dose times: '8am' is not a clock time as HH:MM (24-hour, digits 0-9)"),
        ("20:00, 08:00", "Default dose times: dose times must differ and be in order through"),
    ],
)
def test_a_refused_preference_is_named_by_its_label(
    qtbot: QtBot, knowledge: Knowledge, typed: str, message: str
) -> None:
    dialog = PreferencesDialog(Preferences(), knowledge)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.dose_times, typed)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.error.text().startswith(message)
    assert "dose_times" not in dialog.error.text()


def test_preferences_set_emergency_number_paper_and_refills(
    qtbot: QtBot, knowledge: Knowledge
) -> None:
    dialog = PreferencesDialog(Preferences(), knowledge)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.emergency_number, "112")
    dialog.paper.set_value("a4")
    dialog.refills.setValue(3)
    assert dialog.refills.maximum() == 11
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    result = dialog.result_preferences()
    assert (result.emergency_number, result.paper, result.refills) == ("112", "a4", 3)


def test_an_emergency_number_that_cannot_be_dialled_is_refused(
    qtbot: QtBot, knowledge: Knowledge
) -> None:
    dialog = PreferencesDialog(Preferences(), knowledge)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.emergency_number, "call 911")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.error.text() == (
        "Emergency number: an emergency number has digits only, like 112 (got 'call 911')"
    )


def test_stored_preferences_that_do_not_validate_are_not_used() -> None:
    app_settings().setValue(KEY, '{"schema_version": 1, "clinic_phone": 5, "colour": "red"}')
    assert load_preferences() == Preferences()


def test_about_names_version_rules_and_the_limits(knowledge: Knowledge) -> None:
    html = about_html(knowledge)
    assert __version__ in html
    assert knowledge.version in html
    assert "not a substitute for clinical judgement" in html
    assert "LGPL-3.0" in html


def test_about_is_shown_through_the_seam(window: MainWindow, dialog_calls: DialogCalls) -> None:
    dialog_calls.answer("show_about", None)
    window.commands.about.trigger()
    assert dialog_calls.names() == ["show_about"]


def test_quit_and_preferences_have_shortcuts_on_every_platform() -> None:
    assert shortcut(QKeySequence.StandardKey.Quit)
    assert shortcut(QKeySequence.StandardKey.Preferences)


def test_window_geometry_is_restored(qtbot: QtBot, knowledge: Knowledge) -> None:
    first = MainWindow(knowledge)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.width(), 680)  # the offscreen screen is narrow: restore clamps widths
    first.close()
    second = MainWindow(knowledge)
    qtbot.addWidget(second)
    assert second.height() == 680


def test_recent_files_menu_lists_opened_plans(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, dialog_calls: DialogCalls
) -> None:
    from tests.ui.driving import type_patient

    type_patient(qtbot, window, age_years="45")
    dialog_calls.answer("ask_save_path", tmp_path / "a.baclofen.json")
    window.commands.save_as.trigger()
    window.commands.recent.aboutToShow.emit()
    first = window.commands.recent.actions()[0]
    assert (first.text(), first.toolTip()) == (
        "&1 a.baclofen.json",
        str(tmp_path / "a.baclofen.json"),
    )


def test_clear_recent_files_removes_them_from_the_settings_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, dialog_calls: DialogCalls
) -> None:
    from tests.ui.driving import type_patient

    type_patient(qtbot, window, age_years="45")
    dialog_calls.answer("ask_save_path", tmp_path / "ana-lopez.baclofen.json")
    window.commands.save_as.trigger()
    window.commands.recent.aboutToShow.emit()
    window.commands.recent.actions()[-1].trigger()
    assert not app_settings().contains("recent_files")
    window.commands.recent.aboutToShow.emit()
    clear = window.commands.recent.actions()[-1]
    assert [a.text() for a in window.commands.recent.actions()] == [
        "No recent plans",
        "",
        "&Clear list",
    ]
    assert not clear.isEnabled()


def test_a_preference_keeps_no_recent_files_at_all(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, dialog_calls: DialogCalls
) -> None:
    from tests.ui.driving import type_patient

    type_patient(qtbot, window, age_years="45")
    dialog_calls.answer("ask_save_path", tmp_path / "first.baclofen.json")
    window.commands.save_as.trigger()
    assert app_settings().contains("recent_files")
    dialog_calls.answer("ask_preferences", Preferences(keep_recent_files=False))
    window.commands.preferences.trigger()
    assert not app_settings().contains("recent_files")
    dialog_calls.answer("ask_save_path", tmp_path / "second.baclofen.json")
    window.commands.save_as.trigger()
    assert not app_settings().contains("recent_files")


def test_many_qt_calls_do_not_wear_out_none_true_and_false(tmp_path: Path) -> None:
    """PySide6 6.12.0 on Python < 3.12 releases references to None and True it never took."""
    code = (
        "import baclofen_desk.ui\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "from PySide6.QtGui import QColor\n"
        "class Source(QObject):\n"
        "    changed = Signal(bool)\n"
        "source, color = Source(), QColor()\n"
        "source.changed.connect(lambda value: None)\n"
        "for _ in range(300_000):\n"
        "    color.setAlpha(255)\n"
        "    source.changed.emit(False)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_the_desktop_file_name_is_the_installed_desktop_file(qapp: QApplication) -> None:
    name = QGuiApplication.desktopFileName()
    assert name == "org.baclofendesk.BaclofenDesk"
    assert (ROOT / "packaging" / "linux" / f"{name}.desktop").is_file()


def test_a_plan_the_finder_hands_over_is_opened(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, tmp_path: Path
) -> None:
    import datetime as dt

    from baclofen_desk.core.models import Patient, PlanRequest
    from baclofen_desk.storage import HandoutChoices, save_plan_file

    plan_file = tmp_path / "ana.baclofen.json"
    request = PlanRequest(patient=Patient(age_years=61), start=dt.date(2026, 12, 1))
    save_plan_file(plan_file, request, HandoutChoices(), rules_version=window.knowledge.version)
    requests = open_system_requests(qapp, window)
    try:
        QCoreApplication.postEvent(qapp, QFileOpenEvent(str(plan_file)))
        qtbot.waitUntil(lambda: window.document.path == plan_file)
    finally:
        qapp.removeEventFilter(requests)
    assert window.editor.patient.numbers["age_years"].value_or_none() == 61
    assert window.windowTitle() == "ana[*] — Baclofen Desk"


def test_a_broken_knowledge_base_stops_with_a_message_naming_file_and_entry(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, dialog_calls: DialogCalls
) -> None:
    """A real knowledge file with an entry out of bounds: the loader's own message is shown."""
    from baclofen_desk import resources
    from baclofen_desk.ui import app as app_module
    from tests.helpers import edit_file

    root = tmp_path / "resources"
    shutil.copytree(Path(str(resources.resource("knowledge"))), root / "knowledge")
    edit_file(root / "knowledge" / "rules.toml", "max_daily_mg = 80", "max_daily_mg = -80")
    monkeypatch.setattr(resources, "resource_root", lambda: root)
    monkeypatch.setattr(app_module, "configure_logging", lambda: None)  # no log file in tests
    monkeypatch.setattr(app_module, "MainWindow", lambda *_: pytest.fail("the window opened"))
    dialog_calls.answer("show_error", None)
    resources.default_knowledge.cache_clear()
    try:
        status = app_module.run_app([])
    finally:
        resources.default_knowledge.cache_clear()
    assert status == 2
    [(name, (_title, text))] = dialog_calls.calls
    assert name == "show_error"
    assert text == (
        "The knowledge base is not valid:\n"
        "rules.toml: profiles[2] (id=adult).max_daily_mg: Input should be greater than 0"
    )


def test_a_broken_spanish_catalogue_stops_the_window_naming_file_and_entry(
    monkeypatch: pytest.MonkeyPatch, dialog_calls: DialogCalls, tmp_path: Path
) -> None:
    import shutil

    from baclofen_desk.core.knowledge import load_knowledge
    from baclofen_desk.resources import resource
    from baclofen_desk.ui import app as app_module
    from tests.helpers import edit_file

    copy = tmp_path / "knowledge"
    shutil.copytree(Path(str(resource("knowledge"))), copy)
    edit_file(copy / "handout" / "es.toml", 'heading = "Su calendario"', "heading = 3")
    monkeypatch.setattr(app_module, "default_knowledge", lambda: load_knowledge(copy))
    monkeypatch.setattr(app_module, "configure_logging", lambda: None)  # no log file in tests
    dialog_calls.answer("show_error", None)
    assert app_module.run_app([]) == 2
    [(name, (_title, text))] = dialog_calls.calls
    assert name == "show_error"
    assert "handout/es.toml: calendar.heading: " in text


def test_quit_after_show_closes_a_dialog_and_names_it(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.baclofen.json"
    damaged.write_text('{"schema_version": 1, "schema_version": 1}', encoding="utf-8")
    result = run_window(tmp_path, str(damaged), "--quit-after-show")
    assert result.returncode == 0, result.stderr
    closed = [line for line in result.stderr.splitlines() if line.startswith("--quit-after")]
    assert closed == [
        "--quit-after-show: closed the dialog 'Cannot open plan': damaged.baclofen.json is "
        "damaged or not a plan file: the entry 'schema_version' appears twice."
    ]


def test_quit_after_show_closes_the_rules_changed_notice(tmp_path: Path) -> None:
    import datetime as dt

    from baclofen_desk.core.models import Patient, PlanRequest
    from baclofen_desk.storage import HandoutChoices, save_plan_file

    plan_file = tmp_path / "old.baclofen.json"
    request = PlanRequest(patient=Patient(age_years=45), start=dt.date(2026, 12, 1))
    save_plan_file(plan_file, request, HandoutChoices(), rules_version="1999.01-1")
    result = run_window(tmp_path, str(plan_file), "--quit-after-show")
    assert result.returncode == 0, result.stderr
    closed = [line for line in result.stderr.splitlines() if line.startswith("--quit-after")]
    assert len(closed) == 1 and closed[0].startswith("--quit-after-show: closed the dialog '")
    assert "1999.01-1" in closed[0]


def test_a_broken_spanish_alert_translation_stops_the_spanish_window(
    monkeypatch: pytest.MonkeyPatch, dialog_calls: DialogCalls, tmp_path: Path, qapp: QApplication
) -> None:
    import shutil

    from baclofen_desk import resources
    from baclofen_desk.ui import app as app_module
    from baclofen_desk.ui import translations
    from tests.helpers import edit_file

    root = tmp_path / "resources"
    for part in ("knowledge", "translations"):
        shutil.copytree(Path(str(resources.resource(part))), root / part)
    edit_file(
        root / "knowledge" / "translations" / "es.toml",
        "vigile de cerca la toxicidad.",
        "vigile de cerca la toxicidad ({maximo}).",
    )
    monkeypatch.setattr(resources, "resource_root", lambda: root)
    monkeypatch.setattr(app_module, "configure_logging", lambda: None)  # no log file in tests
    monkeypatch.setattr(app_module, "load_preferences", lambda: Preferences(window_language="es"))
    monkeypatch.setattr(app_module, "MainWindow", lambda *_: pytest.fail("the window opened"))
    dialog_calls.answer("show_error", None)
    try:
        assert app_module.run_app([]) == 2
    finally:
        translations.remove_translators(qapp, [])
    [(name, (_title, text))] = dialog_calls.calls
    assert name == "show_error"
    assert text == (
        "The knowledge base is not valid:\ntranslations/es.toml: texts[24]: Value error, "
        "kidney.dialysis: the translation's {fields} ['max', 'maximo', 'start'] differ from "
        "the English ['max', 'start']"
    )
