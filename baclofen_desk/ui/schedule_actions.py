"""The schedule's edit actions: in the table's context menu and as buttons below it.

Insert a step after (Insert key), remove a step (Delete key), hold a step some
more days, and reset to the rules' schedule. Each acts on the selected step; what
an action refused is said in the line below the table (and at the cell, for an
edit typed into it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QToolButton, QWidget

if TYPE_CHECKING:
    from baclofen_desk.ui.schedule_model import ScheduleModel


class ScheduleActions(QObject):
    """The actions; `insert`, `remove`, `hold` carry the selected row, `reset` nothing."""

    insert_requested = Signal(int)
    remove_requested = Signal(int)
    hold_requested = Signal(int)
    reset_requested = Signal()

    def __init__(
        self, table: QTableView, model: ScheduleModel, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._table, self._model = table, model
        self.insert = QAction(self.tr("Insert step after"), table)
        self.remove = QAction(self.tr("Remove step"), table)
        self.hold = QAction(self.tr("Hold step more days…"), table)
        self.reset = QAction(self.tr("Reset to the rules' schedule"), table)
        self.insert.setToolTip(self.tr("Insert a copy of the selected step after it"))
        self.remove.setToolTip(self.tr("Remove the selected step"))
        self.hold.setToolTip(self.tr("Hold the selected step for some more days"))
        self.reset.setToolTip(self.tr("Undo every edit of the steps: the rules' schedule again"))
        # keys while the table has the focus; the context menu (Menu key) lists them all
        self.insert.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        for action in self.all():
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            table.addAction(action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.insert.triggered.connect(lambda: self._with_row(self.insert_requested))
        self.remove.triggered.connect(lambda: self._with_row(self.remove_requested))
        self.hold.triggered.connect(lambda: self._with_row(self.hold_requested))
        self.reset.triggered.connect(self.reset_requested)
        self._kept_cell: tuple[int, int] | None = None
        model.modelAboutToBeReset.connect(self._keep_cell)
        model.modelReset.connect(self._restore_cell)
        table.selectionModel().currentChanged.connect(self.update)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Schedule edit message"))
        self.message.setVisible(False)
        self._own = False
        self.update()

    def all(self) -> tuple[QAction, ...]:
        return (self.insert, self.remove, self.hold, self.reset)

    def bar(self) -> QWidget:
        """A row of buttons for the actions, then the message line."""
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        for action in self.all():
            button = QToolButton()
            button.setDefaultAction(action)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stays short; keys and menu serve
            row.addWidget(button)
        row.addStretch(1)
        return bar

    def row(self) -> int | None:
        index = self._table.currentIndex()
        return index.row() if index.isValid() else None

    def update(self) -> None:
        """Enable what applies to the selected step (the last, open-ended, is not held)."""
        steps = self._model.steps()
        row = self.row()
        chosen = row is not None and row < len(steps)
        self.insert.setEnabled(chosen)
        self.remove.setEnabled(chosen and len(steps) > 1)
        self.hold.setEnabled(chosen and row is not None and steps[row].end is not None)
        self.reset.setEnabled(self._own or any(step.edited for step in steps))

    def set_own_schedule(self, own: bool) -> None:
        """Whether the request holds the clinician's own schedule (reset then applies)."""
        self._own = own
        self.update()

    def _keep_cell(self) -> None:
        index = self._table.currentIndex()
        self._kept_cell = (index.row(), index.column()) if index.isValid() else None

    def _restore_cell(self) -> None:
        """The same cell stays current across a new plan, so a second hold needs no click."""
        kept = self._kept_cell
        if kept is not None and kept[0] < self._model.rowCount():
            self._table.setCurrentIndex(self._model.index(*kept))
        self.update()

    def say(self, text: str | None) -> None:
        """Show why an action or an edit was refused (None: hide the line)."""
        self.message.setText(text or "")
        self.message.setVisible(bool(text))

    def _with_row(self, signal: SignalInstance) -> None:
        row = self.row()
        if row is not None:
            signal.emit(row)
