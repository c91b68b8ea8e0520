"""The window reads the site configuration: defaults, locked preferences, a broken file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialogButtonBox

from baclofen_desk.site_config import load_site_config
from baclofen_desk.ui.main_window import MainWindow
from baclofen_desk.ui.preferences import Preferences, save_preferences
from baclofen_desk.ui.preferences_dialog import PreferencesDialog
from baclofen_desk.ui.site_preferences import effective_preferences, locked_fields
from tests.test_site_config import EXAMPLE

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.site_config import SiteConfig
    from tests.ui.conftest import DialogCalls


def site_file(tmp_path: Path, text: str) -> SiteConfig:
    path = tmp_path / "site.toml"
    path.write_text(text, encoding="utf-8")
    return load_site_config(path).config


def site_window(qtbot: QtBot, knowledge: Knowledge, tmp_path: Path, text: str) -> MainWindow:
    path = tmp_path / "site.toml"
    path.write_text(text, encoding="utf-8")
    window = MainWindow(knowledge, site=load_site_config(path))
    qtbot.addWidget(window, before_close_func=lambda w: w.document.set_modified(False))
    return window


def test_the_site_file_sets_the_window_defaults(
    qtbot: QtBot, knowledge: Knowledge, tmp_path: Path
) -> None:
    window = site_window(qtbot, knowledge, tmp_path, EXAMPLE)
    prefs = window.preferences
    assert (prefs.clinic_name, prefs.clinic_phone, prefs.after_hours_phone) == (
        "Riverside Spasticity Clinic",
        "555-0100",
        "555-0199",
    )
    assert (prefs.paper, prefs.emergency_number, prefs.refills) == ("a4", "911", 2)
    choices = window.editor.handout_choices()
    assert (choices.lang, choices.large_print) == ("es", True)
    assert window.editor.draft().plan["product"] == "tablet-20"
    assert window.statusBar().currentMessage() == ""


def test_the_users_own_value_wins_where_the_site_leaves_it_open(tmp_path: Path) -> None:
    site = site_file(tmp_path, EXAMPLE)
    user = Preferences(clinic_name="My own clinic", paper="letter", clinic_phone="555-9999")
    effective = effective_preferences(user, site)
    assert effective.paper == "letter"  # not locked: the user's choice
    assert effective.clinic_name == "Riverside Spasticity Clinic"  # locked
    assert effective.clinic_phone == "555-0100"  # locked
    assert locked_fields(site) == {"clinic_name", "clinic_phone", "emergency_number"}


def test_locked_values_are_read_only_and_marked(
    qtbot: QtBot, knowledge: Knowledge, tmp_path: Path
) -> None:
    site = site_file(tmp_path, EXAMPLE)
    prefs = effective_preferences(Preferences(), site)
    dialog = PreferencesDialog(prefs, knowledge, locked=locked_fields(site))
    qtbot.addWidget(dialog)
    assert not dialog.clinic_name.isEnabled()
    assert dialog.clinic_name.toolTip() == "set by your organisation"
    assert not dialog.emergency_number.isEnabled()
    assert dialog.paper.isEnabled() and dialog.refills.isEnabled()
    dialog.paper.set_value("letter")  # unlocked: the user may change it
    qtbot.keyClicks(dialog.clinic_name, " changed")  # locked: typing does nothing
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    result = dialog.result_preferences()
    assert (result.paper, result.clinic_name) == ("letter", "Riverside Spasticity Clinic")


def test_a_locked_value_stays_after_preferences_are_saved(
    qtbot: QtBot, knowledge: Knowledge, tmp_path: Path, dialog_calls: DialogCalls
) -> None:
    save_preferences(Preferences(clinic_phone="555-9999", paper="letter"))
    window = site_window(qtbot, knowledge, tmp_path, EXAMPLE)
    assert (window.preferences.clinic_phone, window.preferences.paper) == ("555-0100", "letter")
    dialog_calls.answer("ask_preferences", Preferences(clinic_phone="555-1234", paper="a4"))
    window.commands.preferences.trigger()
    [(_name, (_prefs, _knowledge, locked))] = dialog_calls.calls
    assert "clinic_phone" in locked
    assert (window.preferences.clinic_phone, window.preferences.paper) == ("555-0100", "a4")


def test_a_broken_site_file_is_said_in_the_status_line(
    qtbot: QtBot, knowledge: Knowledge, tmp_path: Path
) -> None:
    window = site_window(qtbot, knowledge, tmp_path, 'clinic_name = "X"\nrefills = 99\n')
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Site configuration {tmp_path / 'site.toml'}: refills: ")
    assert message.endswith("The built-in defaults are used.")
    assert window.preferences == Preferences()
