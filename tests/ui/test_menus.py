"""The menus by keyboard: Open Recent by file name with Clear list, How to use, the print icon,
and the Unsaved-changes question's Alt+letters."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QStyle

from baclofen_desk.ui import dialogs
from baclofen_desk.ui.dialogs import show_help as real_show_help  # before the tests replace it
from baclofen_desk.ui.help_dialog import HelpDialog, how_to_use_html
from baclofen_desk.ui.recent_files import recent_files, remember

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from baclofen_desk.ui.main_window import MainWindow
    from tests.ui.conftest import DialogCalls


def show_recent(window: MainWindow) -> list[tuple[str, str, bool]]:
    """(text, tool tip, enabled) of each entry of Open Recent, as the menu is opened."""
    menu = window.commands.recent
    menu.aboutToShow.emit()
    return [(a.text(), a.toolTip(), a.isEnabled()) for a in menu.actions() if not a.isSeparator()]


def test_open_recent_shows_file_names_with_the_path_in_the_tip(
    window: MainWindow, tmp_path: Path, dialog_calls: DialogCalls
) -> None:
    ana = tmp_path / "ward 3" / "ana.baclofen.json"
    bob_here, bob_there = tmp_path / "a" / "bob.baclofen.json", tmp_path / "b" / "bob.baclofen.json"
    for path in (bob_there, bob_here, ana):
        remember(path)
    assert show_recent(window) == [
        ("&1 ana.baclofen.json", str(ana), True),
        ("&2 bob.baclofen.json (a)", str(bob_here), True),
        ("&3 bob.baclofen.json (b)", str(bob_there), True),
        ("&Clear list", "Clear list", True),
    ]
    first = window.commands.recent.actions()[0]
    assert first.statusTip() == str(ana)
    dialog_calls.answer("show_error", None)  # the file does not exist
    first.trigger()
    assert dialog_calls.names() == ["show_error"]
    assert "ana.baclofen.json" in dialog_calls.calls[0][1][1]


def test_clear_list_forgets_every_recent_plan(window: MainWindow, tmp_path: Path) -> None:
    remember(tmp_path / "R&D.baclofen.json")
    assert show_recent(window)[0][0] == "&1 R&&D.baclofen.json"  # an & in a name is no mnemonic
    window.commands.recent.actions()[-1].trigger()
    assert recent_files() == []
    assert show_recent(window) == [
        ("No recent plans", "No recent plans", False),
        ("&Clear list", "Clear list", False),
    ]


def test_how_to_use_opens_the_bundled_guide_from_help_and_f1(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls
) -> None:
    how_to_use = window.commands.how_to_use
    assert how_to_use.shortcuts()[0] == QKeySequence("F1")
    help_menu = window.menuBar().actions()[-1].menu()
    assert [a.text() for a in help_menu.actions()] == [
        "&How to Use Baclofen Desk",
        "&About Baclofen Desk",
    ]
    dialog_calls.answer("show_help", None)
    qtbot.keyClick(window.editor.patient.numbers["age_years"], Qt.Key.Key_F1)
    assert dialog_calls.calls == [("show_help", ("How to Use Baclofen Desk",))]


def test_the_guide_is_offline_and_says_how_lines_and_mnemonics_work(qtbot: QtBot) -> None:
    html = how_to_use_html()
    assert "http" not in html
    dialog = HelpDialog("How to Use Baclofen Desk", html)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Enter finishes the line and opens the next" in " ".join(text.split())
    assert "it never ticks a box" in " ".join(text.split())
    assert not dialog.browser.openLinks()
    assert not dialog.browser.openExternalLinks()


def test_show_help_opens_the_guide_beside_the_window(qtbot: QtBot, window: MainWindow) -> None:
    shown = real_show_help(window, "How to Use Baclofen Desk")
    assert isinstance(shown, HelpDialog)
    assert shown.isVisible()
    assert not shown.isModal()
    shown.close()


def test_print_has_a_printer_icon_not_a_list(window: MainWindow) -> None:
    shown = window.commands.print.icon().pixmap(24, 24).toImage()
    details = window.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
    assert shown != details.pixmap(24, 24).toImage()


def show_active(qtbot: QtBot, box: QMessageBox) -> None:
    """Open `box` as the active window, where its Alt+letters are live."""
    box.open()
    qtbot.waitExposed(box)
    box.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)


@pytest.mark.parametrize(
    ("key", "choice"),
    [(Qt.Key.Key_S, "save"), (Qt.Key.Key_D, "discard"), (Qt.Key.Key_C, "cancel")],
)
def test_the_unsaved_changes_buttons_answer_to_alt_letters(
    qtbot: QtBot, window: MainWindow, key: Qt.Key, choice: str
) -> None:
    box = dialogs.save_changes_box(window, "ana")
    assert box.text() == "The plan “ana” has changes that are not saved. Save them?"
    assert {box.standardButton(b).name: b.text() for b in box.buttons()} == {
        "Save": "&Save",
        "Discard": "&Discard changes",
        "Cancel": "&Cancel",
    }
    show_active(qtbot, box)
    qtbot.keyClick(box.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: box.clickedButton() is not None)
    assert dialogs.save_choice(box) == choice
    box.deleteLater()


def test_escape_cancels_the_unsaved_changes_question(qtbot: QtBot, window: MainWindow) -> None:
    box = dialogs.save_changes_box(window, "ana")
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Save)
    show_active(qtbot, box)
    qtbot.keyClick(box.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialogs.save_choice(box) == "cancel"
    box.deleteLater()
