"""The window's actions with their standard shortcuts, and the menus and tool bar holding them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle

from baclofen_desk.exports import EXPORTS
from baclofen_desk.ui import glyphs
from baclofen_desk.ui.export_formats import PART_CHOICES, export_words, parts_text

if TYPE_CHECKING:
    from baclofen_desk.report.settings import PdfPart

Key = QKeySequence.StandardKey

#: Shortcuts for standard keys that some platforms leave empty (Quit, Preferences on Linux).
FALLBACKS = {Key.Quit: "Ctrl+Q", Key.Preferences: "Ctrl+,"}


def shortcut(key: QKeySequence.StandardKey) -> list[QKeySequence]:
    """The platform's shortcut for `key`, or the usual one when the platform has none."""
    keys = QKeySequence.keyBindings(key)
    return keys or [QKeySequence(FALLBACKS[key])]


@dataclass(frozen=True)
class Actions:
    new: QAction
    open: QAction
    recent: QMenu
    save: QAction
    save_as: QAction
    export_pdf: QAction
    print: QAction
    #: File → Export: one action per row of the export table, by the row's name.
    export_menu: QMenu
    exports: dict[str, QAction]
    #: What Print and Export PDF make: the handout, the summary or both (one is checked).
    parts_menu: QMenu
    parts: dict[tuple[PdfPart, ...], QAction]
    copy_sig: QAction
    undo: QAction
    redo: QAction
    preferences: QAction
    record_visit: QAction
    quit: QAction
    how_to_use: QAction
    about: QAction


def _tr(text: str) -> str:
    """Module-level texts: lupdate files `_tr` calls outside a class under the empty context."""
    return QCoreApplication.translate("", text)


def _action(
    window: QMainWindow,
    text: str,
    key: QKeySequence.StandardKey | str | None,
    icon: QIcon | None = None,
) -> QAction:
    action = QAction(text, window)
    if isinstance(key, QKeySequence.StandardKey):
        action.setShortcuts(shortcut(key))
    elif key is not None:
        action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    if icon is not None:
        action.setIcon(icon)
    return action


def _icon(window: QMainWindow, theme: str, fallback: QStyle.StandardPixmap) -> QIcon:
    return QIcon.fromTheme(theme, window.style().standardIcon(fallback))


#: Theme icons that fall back to a glyph drawn in the palette's text colour, so they stay
#: visible on a dark tool bar.
EXPORT_THEME = "document-export"
PRINT_THEME = "document-print"
VISIT_THEME = "appointment-new"


def tint_glyphs(window: QMainWindow, actions: Actions, color: QColor | None = None) -> None:
    """Redraw the glyph icons in `color` (by default the window's button text colour)."""
    color = color or window.palette().color(QPalette.ColorRole.ButtonText)
    if not QIcon.hasThemeIcon(EXPORT_THEME):
        arrow = window.style().standardIcon(QStyle.StandardPixmap.SP_ArrowRight)
        actions.export_pdf.setIcon(glyphs.tinted(arrow, color))
    if not QIcon.hasThemeIcon(PRINT_THEME):
        actions.print.setIcon(glyphs.printer(color))
    if not QIcon.hasThemeIcon(VISIT_THEME):
        actions.record_visit.setIcon(glyphs.calendar(color))


def _export_actions(window: QMainWindow) -> dict[str, QAction]:
    """One action per export row; the PDF's keeps Ctrl+Shift+E and says "Export PDF" on the
    tool bar (Ctrl+E moves to the end of the line in a text field)."""
    actions = {export.name: _action(window, export_words(export).menu, None) for export in EXPORTS}
    pdf = actions["pdf"]
    pdf.setShortcut(QKeySequence("Ctrl+Shift+E"))
    pdf.setIconText(_tr("Export PDF"))
    pdf.setToolTip(pdf.iconText())
    pdf.setIcon(_icon(window, EXPORT_THEME, QStyle.StandardPixmap.SP_ArrowRight))
    return actions


def _parts_actions(window: QMainWindow) -> dict[tuple[PdfPart, ...], QAction]:
    group = QActionGroup(window)
    actions = {}
    for parts in PART_CHOICES:
        action = group.addAction(parts_text(parts))
        action.setCheckable(True)
        actions[parts] = action
    actions[PART_CHOICES[0]].setChecked(True)
    return actions


def build_actions(window: QMainWindow) -> Actions:
    """Create the actions, the menu bar and the tool bar of `window`."""
    pixmap = QStyle.StandardPixmap
    exports = _export_actions(window)
    actions = Actions(
        new=_action(
            window, _tr("&New"), Key.New, _icon(window, "document-new", pixmap.SP_FileIcon)
        ),
        open=_action(
            window,
            _tr("&Open…"),
            Key.Open,
            _icon(window, "document-open", pixmap.SP_DialogOpenButton),
        ),
        recent=QMenu(_tr("Open &Recent"), window),
        save=_action(
            window,
            _tr("&Save"),
            Key.Save,
            _icon(window, "document-save", pixmap.SP_DialogSaveButton),
        ),
        save_as=_action(window, _tr("Save &As…"), Key.SaveAs),
        export_pdf=exports["pdf"],
        print=_action(
            window,
            _tr("&Print…"),
            Key.Print,
            _icon(window, PRINT_THEME, pixmap.SP_FileDialogDetailedView),
        ),
        export_menu=QMenu(_tr("&Export"), window),
        exports=exports,
        parts_menu=QMenu(_tr("Print and PDF Pa&ges"), window),
        parts=_parts_actions(window),
        copy_sig=_action(window, _tr("&Copy Prescription Text"), "Ctrl+Shift+C"),
        undo=_action(window, _tr("&Undo"), Key.Undo),
        redo=_action(window, _tr("&Redo"), Key.Redo),
        preferences=_action(window, _tr("Pre&ferences…"), Key.Preferences),
        record_visit=_action(
            window,
            _tr("Record &Visit…"),
            "Ctrl+Shift+V",  # V for visit (Ctrl+V pastes; the text fields leave Ctrl+Shift+V free)
            _icon(window, VISIT_THEME, pixmap.SP_FileDialogInfoView),
        ),
        quit=_action(window, _tr("&Quit"), Key.Quit),
        how_to_use=_action(window, _tr("&How to Use Baclofen Desk"), Key.HelpContents),
        about=_action(window, _tr("&About Baclofen Desk"), None),
    )
    actions.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    actions.record_visit.setIconText(_tr("Record visit"))
    actions.record_visit.setToolTip(
        _tr("Record a follow-up visit: the plan moves to the history and a new plan starts")
    )
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    tint_glyphs(window, actions)
    _menus(window, actions)
    return actions


def _menus(window: QMainWindow, actions: Actions) -> None:
    file_menu = window.menuBar().addMenu(_tr("&File"))
    file_menu.addActions([actions.new, actions.open])
    file_menu.addMenu(actions.recent)
    file_menu.addActions([actions.save, actions.save_as])
    file_menu.addSeparator()
    actions.export_menu.addActions(list(actions.exports.values()))
    actions.parts_menu.addActions(list(actions.parts.values()))
    file_menu.addMenu(actions.export_menu)
    file_menu.addAction(actions.print)
    file_menu.addMenu(actions.parts_menu)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = window.menuBar().addMenu(_tr("&Edit"))
    edit_menu.addActions([actions.undo, actions.redo])
    edit_menu.addSeparator()
    edit_menu.addAction(actions.record_visit)
    edit_menu.addAction(actions.copy_sig)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.preferences)
    help_menu = window.menuBar().addMenu(_tr("&Help"))
    help_menu.addActions([actions.how_to_use, actions.about])
    toolbar = window.addToolBar(_tr("Main"))
    toolbar.setObjectName("main_toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([actions.new, actions.open, actions.save, actions.export_pdf, actions.print])
    toolbar.addSeparator()
    toolbar.addAction(actions.record_visit)
