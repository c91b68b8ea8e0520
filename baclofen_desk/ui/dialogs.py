"""Every modal interaction of the window, behind one seam.

The rest of the window calls these `ask_*` / `show_*` functions and never runs
a dialog itself, so tests replace them (monkeypatch) and never block on exec().
The PDF and printing modules are imported when first needed, not at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from baclofen_desk.storage import FILE_FILTER

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Mapping
    from typing import Any

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import Alert, Interaction
    from baclofen_desk.core.visit_models import Visit
    from baclofen_desk.ui.preferences import Preferences

SaveChoice = Literal["save", "discard", "cancel"]


def _tr(text: str) -> str:
    """Module-level texts: lupdate files `_tr` calls outside a class under the empty context."""
    return QCoreApplication.translate("", text)


def ask_open_path(parent: QWidget, folder: Path | None) -> Path | None:
    """A plan file to open, or None."""
    name, _ = QFileDialog.getOpenFileName(
        parent, _tr("Open plan"), str(folder or ""), _tr(FILE_FILTER)
    )
    return Path(name) if name else None


def ask_save_path(parent: QWidget, suggested: Path) -> Path | None:
    """Where to save the plan file, or None."""
    name, _ = QFileDialog.getSaveFileName(
        parent, _tr("Save plan"), str(suggested), _tr(FILE_FILTER)
    )
    return Path(name) if name else None


def ask_export_path(parent: QWidget, title: str, suggested: Path, files: str) -> Path | None:
    """Where to write an export (`files`: the dialog's filter, "PDF documents (*.pdf)")."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), files)
    return Path(name) if name else None


def save_changes_box(parent: QWidget, name: str) -> QMessageBox:
    """The question before unsaved changes are lost; each button has its Alt+letter."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        _tr("Unsaved changes"),
        _tr("The plan “%1” has changes that are not saved. Save them?").replace("%1", name),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    texts = {
        QMessageBox.StandardButton.Save: _tr("&Save"),
        QMessageBox.StandardButton.Discard: _tr("&Discard changes"),
        QMessageBox.StandardButton.Cancel: _tr("&Cancel"),
    }
    for button, text in texts.items():
        box.addButton(button).setText(text)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box


def save_choice(box: QMessageBox) -> SaveChoice:
    """What the clicked button of `save_changes_box` means (nothing clicked: cancel)."""
    clicked = box.standardButton(box.clickedButton()) if box.clickedButton() else None
    if clicked == QMessageBox.StandardButton.Save:
        return "save"
    return "discard" if clicked == QMessageBox.StandardButton.Discard else "cancel"


def ask_save_changes(parent: QWidget, name: str) -> SaveChoice:
    """Save, discard or cancel before the current plan is closed."""
    box = save_changes_box(parent, name)
    box.exec()
    choice = save_choice(box)
    box.deleteLater()
    return choice


def ask_override_reason(parent: QWidget, alert: Alert) -> str | None:
    """The clinician's reason for overriding `alert`, or None when cancelled."""
    from baclofen_desk.ui.override_dialog import OverrideDialog

    dialog = OverrideDialog(alert, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.reason_text() if accepted else None


def ask_acknowledgement_reason(parent: QWidget, item: Alert | Interaction) -> str | None:
    """The clinician's reason for acknowledging a warning or a major interaction, or None."""
    from baclofen_desk.ui.override_dialog import AcknowledgeDialog

    dialog = AcknowledgeDialog(item, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.reason_text() if accepted else None


def ask_hold_days(parent: QWidget, step: int, suggested: int, most: int) -> int | None:
    """How many more days to hold step `step` (1 to `most`), or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    days, ok = QInputDialog.getInt(
        parent,
        _tr("Hold step"),
        _tr("Hold step %1 for how many more days?").replace("%1", str(step)),
        suggested,
        1,
        most,
    )
    return days if ok else None


def ask_preferences(
    parent: QWidget,
    preferences: Preferences,
    knowledge: Knowledge,
    locked: frozenset[str] = frozenset(),
) -> Preferences | None:
    """Edited preferences, or None when cancelled (`locked` fields are read-only)."""
    from baclofen_desk.ui.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(preferences, knowledge, parent, locked)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.result_preferences() if accepted else None


def ask_visit(
    parent: QWidget,
    outcomes: Mapping[str, str],
    earliest: dt.date,
    today: dt.date,
    dose_on: Callable[[dt.date], float | None],
    check: Callable[[Visit], Any],
) -> Visit | None:
    """A follow-up visit the models accept (`check` raises for one they refuse), or None."""
    from baclofen_desk.ui.visit_dialog import VisitDialog

    dialog = VisitDialog(outcomes, earliest, today, dose_on, check, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    visit = dialog.visit if accepted else None
    dialog.deleteLater()
    return visit


def ask_export_anyway(parent: QWidget, gaps: str) -> bool:
    """Whether to make a handout that lacks what `gaps` says (asked once per export)."""
    answer = QMessageBox.question(
        parent,
        _tr("Handout incomplete"),
        _tr("%1 Export anyway?").replace("%1", gaps),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def show_notice(parent: QWidget, title: str, text: str) -> None:
    """Something the user must know before going on (not an error)."""
    QMessageBox.information(parent, title, text)


def show_help(parent: QWidget, title: str) -> QWidget:
    """The bundled "How to use" guide in a window beside the main one (not modal)."""
    from baclofen_desk.ui.help_dialog import HelpDialog, how_to_use_html

    dialog = HelpDialog(title, how_to_use_html(), parent)
    dialog.show()
    return dialog


def show_about(parent: QWidget, title: str, html: str) -> None:
    QMessageBox.about(parent, title, html)


def show_pdf_preview(parent: QWidget, data: bytes, title: str) -> QWidget:
    """Open a preview window of the PDF next to the main window (not modal)."""
    from baclofen_desk.ui.pdf_preview import PdfPreview

    preview = PdfPreview(data, title, parent)
    preview.show()
    return preview


def show_print_preview(parent: QWidget, data: bytes) -> None:
    """Print preview of the PDF's pages, from which the user prints; its page counter reads
    as the pages' footers do."""
    from baclofen_desk.ui.print_preview import PrintPreview

    dialog = PrintPreview(data, parent)
    dialog.exec()
    dialog.deleteLater()
