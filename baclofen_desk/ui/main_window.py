"""The main window: composes the editor, the results and the actions, and wires them together."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter

from baclofen_desk.core.shaping_checks import MAX_STEP_DAYS
from baclofen_desk.site_config import site_config
from baclofen_desk.ui import dialogs
from baclofen_desk.ui.about import about_html
from baclofen_desk.ui.actions import build_actions, tint_glyphs
from baclofen_desk.ui.color_scheme import ColorSchemeFollower
from baclofen_desk.ui.document import PlanDocument
from baclofen_desk.ui.editor import Editor
from baclofen_desk.ui.export_actions import ExportActions
from baclofen_desk.ui.file_actions import FileActions, display_name
from baclofen_desk.ui.preferences import load_preferences, save_preferences
from baclofen_desk.ui.recent_files import clear_recent_files
from baclofen_desk.ui.recent_menu import fill_recent_menu
from baclofen_desk.ui.results_view import ResultsView
from baclofen_desk.ui.schedule_editing import ScheduleEditing
from baclofen_desk.ui.site_preferences import effective_preferences, locked_fields
from baclofen_desk.ui.undo import UndoHistory
from baclofen_desk.ui.visit_actions import VisitActions
from baclofen_desk.ui.window_state import restore_window, save_window

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtGui import QCloseEvent, QIcon, QResizeEvent

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import Alert, Interaction
    from baclofen_desk.site_config import SiteLoad
    from baclofen_desk.ui.document import PlanState


#: How long a passing message (an export written, a text copied) stays in the status bar.
MESSAGE_MS = 8000


class MainWindow(QMainWindow):
    """Composition and wiring only: every behaviour lives in the parts."""

    def __init__(
        self, knowledge: Knowledge, icon: QIcon | None = None, site: SiteLoad | None = None
    ) -> None:
        super().__init__()
        self.knowledge = knowledge
        self.site = site or site_config()
        self.preferences = effective_preferences(load_preferences(), self.site.config)
        self.colors = ColorSchemeFollower(self.preferences.color_scheme, self)
        self.document = PlanDocument(knowledge, self)
        self.editor = Editor(knowledge)
        self.results = ResultsView(knowledge.products, knowledge.handout.rules.open_days)
        self.history = UndoHistory(self.document, self.editor, knowledge, self)
        self.files = FileActions(self, self.document, self.editor, lambda: self.preferences)
        self.exports = ExportActions(
            self, self.document, lambda: self.preferences, self._show_message
        )
        self.commands = build_actions(self)
        self.visits = VisitActions(
            self,
            self.document,
            self.editor,
            self.commands.record_visit,
            one_edit=self.history.as_one_edit,
        )
        self.schedule_editing = ScheduleEditing(self.document, self.editor, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.results)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1, 10_000])  # the editor at its minimum, results get the rest
        self.splitter.splitterMoved.connect(self._fit_editor)
        self.results.needed_width_grew.connect(self._fit_editor)
        self.setCentralWidget(self.splitter)
        self.statusBar().addPermanentWidget(
            QLabel(self.tr("Rules %1").replace("%1", knowledge.version))
        )
        if icon is not None:
            self.setWindowIcon(icon)
        if self.site.problem:
            self.statusBar().showMessage(self.site.problem)
        self._wire()
        self._tint_icons()
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
        self.colors.changed.connect(self._tint_icons)
        self.history.drive(commands.undo, commands.redo)
        self.results.alerts.override_requested.connect(self._override)
        self.results.alerts.withdraw_requested.connect(document.withdraw_override)
        self.results.alerts.acknowledge_requested.connect(self._acknowledge)
        self.results.interactions.acknowledge_requested.connect(self._acknowledge)
        self.results.interactions.withdraw_requested.connect(document.withdraw_override)
        commands.new.triggered.connect(self.files.new)
        commands.open.triggered.connect(self.files.open)
        commands.recent.aboutToShow.connect(
            partial(fill_recent_menu, commands.recent, self.files.open_requested)
        )
        commands.save.triggered.connect(self.files.save)
        commands.save_as.triggered.connect(self.files.save_as)
        for name, action in commands.exports.items():
            action.triggered.connect(self.exports.exporter(name))
        commands.print.triggered.connect(self.exports.print_plan)
        for parts, action in commands.parts.items():
            action.setChecked(parts == self.exports.parts)
            action.triggered.connect(partial(self.exports.set_parts, parts))
        commands.copy_sig.triggered.connect(self.exports.copy_prescription)
        commands.preferences.triggered.connect(self._edit_preferences)
        commands.quit.triggered.connect(self.close)
        commands.how_to_use.triggered.connect(self._how_to_use)
        commands.about.triggered.connect(self._about)
        self._wire_schedule()

    def _wire_schedule(self) -> None:
        """Table edits and the schedule actions go through the Plan panel (see ScheduleEditing),
        each one undo step with the override it needed, named as ScheduleEditing says."""
        editing, actions = self.schedule_editing, self.results.schedule_actions
        self.results.schedule.set_edit_handler(self._edit_cell)
        editing.applying.connect(self.history.name_next)
        editing.override_needed.connect(self._override_edit)
        actions.insert_requested.connect(lambda at: self._change(partial(editing.insert_after, at)))
        actions.remove_requested.connect(lambda row: self._change(partial(editing.remove, row)))
        actions.hold_requested.connect(self._hold)
        actions.reset_requested.connect(lambda: self._change(editing.reset))

    def _change(self, change: Callable[[], str | None]) -> str | None:
        """Make a schedule change as one undo step; say why when it was refused."""
        actions = self.results.schedule_actions
        actions.say(None)
        with self.history.as_one_edit():
            why = change()
        if why is not None:
            actions.say(why)
        return why

    def _edit_cell(self, row: int, column: int, value: object) -> str | None:
        """The table's edit handler: a refusal shows at the cell, so not below the table."""
        self.results.schedule_actions.say(None)
        with self.history.as_one_edit():
            return self.schedule_editing.edit_cell(row, column, value)

    def _hold(self, row: int) -> None:
        plan = self.schedule_editing.plan()
        suggested = self.schedule_editing.hold_suggestion()
        days = dialogs.ask_hold_days(self, row + 1, suggested, MAX_STEP_DAYS)
        if plan is not None and days is not None:
            self._change(partial(self.schedule_editing.hold, row, days))

    def _override_edit(self, alert: Alert) -> None:
        """The critical alert a schedule change raised: without a reason the change is taken
        back (it would only block the plan)."""
        if not self._override(alert):
            self.history.take_back()
            self.results.schedule_actions.say(
                self.tr("Not applied: the change needs a reason to override the alert it raises.")
            )

    # --- slots --------------------------------------------------------------------

    def _on_draft_changed(self) -> None:
        self.document.edit(self.editor.draft())

    def _on_handout_changed(self) -> None:
        self.document.set_handout(self.editor.handout_choices())

    def _show_state(self, state: PlanState) -> None:
        self.editor.show_state(state)
        rules = self.schedule_editing.rules_steps()  # what the edited cells differ from
        self.results.show_state(state, self.editor.unplaced(state.errors), rules)

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, MESSAGE_MS)

    def _tint_icons(self) -> None:
        tint_glyphs(self, self.commands, QColor(self.colors.scheme.button_text))

    def _show_path(self, path: Path | None) -> None:
        self.setWindowTitle(self.tr("%1[*] — Baclofen Desk").replace("%1", display_name(path)))

    def _override(self, alert: Alert) -> bool:
        """Ask for the reason to override `alert`; False when none was given."""
        reason = dialogs.ask_override_reason(self, alert)
        if reason:
            self.document.set_override(alert, reason)
            self.results.alerts.list.setFocus()  # where the override now shows; its button may hide
        return bool(reason)

    def _acknowledge(self, item: Alert | Interaction) -> None:
        reason = dialogs.ask_acknowledgement_reason(self, item)
        if reason:
            self.document.set_override(item, reason)
            self.results.list_of(item).setFocus()  # where the acknowledgement now shows

    def _fit_editor(self) -> None:
        """The Plan beside the tabs only where the results keep every schedule column; the
        editor never narrower than its sections (its minimum lets the window shrink)."""
        results = self.results.needed_width() + self.splitter.handleWidth()
        wide = self.width() >= self.editor.side_by_side_width() + results
        changed = self.editor.set_side_by_side(wide)
        needed = self.editor.side_by_side_width() if wide else self.editor.one_column_width()
        if changed or self.editor.width() < needed:
            self.splitter.setSizes([needed, max(self.width() - needed, 1)])

    def _edit_preferences(self) -> None:
        locked = locked_fields(self.site.config)
        edited = dialogs.ask_preferences(self, self.preferences, self.knowledge, locked)
        if edited is not None:
            save_preferences(edited)
            self.preferences = effective_preferences(edited, self.site.config)
            self.colors.set_choice(edited.color_scheme)
            if not edited.keep_recent_files:
                clear_recent_files()

    def _how_to_use(self) -> None:
        dialogs.show_help(self, self.tr("How to Use Baclofen Desk"))

    def _about(self) -> None:
        dialogs.show_about(self, self.tr("About Baclofen Desk"), about_html(self.knowledge))

    # --- Qt overrides -------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_editor()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.may_discard():
            event.ignore()
            return
        save_window(self, self._splitters())
        event.accept()
