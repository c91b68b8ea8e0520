"""The main window: composes the editor, the results and the actions, and wires them together."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter

from baclofen_desk.ui import dialogs
from baclofen_desk.ui.about import about_html
from baclofen_desk.ui.actions import build_actions
from baclofen_desk.ui.document import PlanDocument
from baclofen_desk.ui.editor import Editor
from baclofen_desk.ui.export_actions import ExportActions
from baclofen_desk.ui.file_actions import FileActions, display_name
from baclofen_desk.ui.preferences import load_preferences, save_preferences
from baclofen_desk.ui.recent_files import clear_recent_files, recent_files
from baclofen_desk.ui.results_view import COMFORTABLE_WIDTH, ResultsView
from baclofen_desk.ui.window_state import restore_window, save_window

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QCloseEvent, QIcon, QResizeEvent

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import Alert
    from baclofen_desk.ui.document import PlanState


class MainWindow(QMainWindow):
    """Composition and wiring only: every behaviour lives in the parts."""

    def __init__(self, knowledge: Knowledge, icon: QIcon | None = None) -> None:
        super().__init__()
        self.knowledge = knowledge
        self.preferences = load_preferences()
        self.document = PlanDocument(knowledge, self)
        self.editor = Editor(knowledge)
        self.results = ResultsView(knowledge.products)
        self.files = FileActions(self, self.document, self.editor, lambda: self.preferences)
        self.exports = ExportActions(self, self.document, lambda: self.preferences)
        self.commands = build_actions(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.results)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1, 10_000])  # the editor at its minimum, results get the rest
        self.setCentralWidget(self.splitter)
        self.statusBar().addPermanentWidget(
            QLabel(self.tr("Rules %1").replace("%1", knowledge.version))
        )
        if icon is not None:
            self.setWindowIcon(icon)
        self._wire()
        self.files.start_new()
        self._show_path(None)
        restore_window(self, self._splitters())

    def _splitters(self) -> dict[str, QSplitter]:
        return {"main": self.splitter, "results": self.results.splitter}

    def _wire(self) -> None:
        editor, document, commands = self.editor, self.document, self.commands
        editor.draft_changed.connect(self._on_draft_changed)
        editor.handout_changed.connect(self._on_handout_changed)
        document.state_changed.connect(self._show_state)
        document.modified_changed.connect(self.setWindowModified)
        document.path_changed.connect(self._show_path)
        self.results.alerts.override_requested.connect(self._override)
        self.results.alerts.withdraw_requested.connect(document.withdraw_override)
        commands.new.triggered.connect(self.files.new)
        commands.open.triggered.connect(self.files.open)
        commands.recent.aboutToShow.connect(self._fill_recent)
        commands.save.triggered.connect(self.files.save)
        commands.save_as.triggered.connect(self.files.save_as)
        commands.export_pdf.triggered.connect(self.exports.export_pdf)
        commands.print.triggered.connect(self.exports.print_plan)
        commands.preferences.triggered.connect(self._edit_preferences)
        commands.quit.triggered.connect(self.close)
        commands.about.triggered.connect(self._about)

    # --- slots --------------------------------------------------------------------

    def _on_draft_changed(self) -> None:
        self.document.edit(self.editor.draft())

    def _on_handout_changed(self) -> None:
        self.document.set_handout(self.editor.handout_choices())

    def _show_state(self, state: PlanState) -> None:
        self.editor.show_state(state)
        self.results.show_state(state, self.editor.unplaced(state.errors))

    def _show_path(self, path: Path | None) -> None:
        self.setWindowTitle(self.tr("%1[*] — Baclofen Desk").replace("%1", display_name(path)))

    def _override(self, alert: Alert) -> None:
        reason = dialogs.ask_override_reason(self, alert)
        if reason:
            self.document.set_override(alert, reason)

    def _fill_recent(self) -> None:
        self.commands.recent.clear()
        paths = recent_files()
        for path in paths:
            action = self.commands.recent.addAction(str(path))
            action.triggered.connect(partial(self.files.open_requested, path))
        self.commands.recent.addSeparator()
        clear = self.commands.recent.addAction(self.tr("&Clear Recent Files"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(clear_recent_files)

    def _edit_preferences(self) -> None:
        edited = dialogs.ask_preferences(self, self.preferences, self.knowledge)
        if edited is not None:
            save_preferences(edited)
            self.preferences = edited
            if not edited.keep_recent_files:
                clear_recent_files()

    def _about(self) -> None:
        dialogs.show_about(self, self.tr("About Baclofen Desk"), about_html(self.knowledge))

    # --- Qt overrides -------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Editor columns side by side only where the results keep their comfortable width."""
        super().resizeEvent(event)
        wide = event.size().width() >= self.editor.side_by_side_width() + COMFORTABLE_WIDTH
        if self.editor.set_side_by_side(wide):
            self.splitter.setSizes([1, 10_000])  # the editor at its new minimum

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.may_discard():
            event.ignore()
            return
        save_window(self, self._splitters())
        event.accept()
