"""The plan's dose steps as a table model (one row per step; the row header is the step number).

Each dose is shown in mg and, next to it, in what the patient measures (Give). A
step's daily dose and its days edit in place: the model hands each edit to the
handler the window gives it (`set_edit_handler`), which puts the clinician's
schedule into the request or says why it refused the edit; a refused edit is
not applied and its reason shows at the cell. Steps the clinician set are marked
with a glyph and in words, not by colour alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from baclofen_desk.ui.dose_units import give_text
from baclofen_desk.ui.knowledge_texts import sentence
from baclofen_desk.ui.numbers import day, number
from baclofen_desk.ui.severity import severity_icon

if TYPE_CHECKING:
    from collections.abc import Sequence

    from baclofen_desk.core.knowledge import Product
    from baclofen_desk.core.models import DoseStep

Index = QModelIndex | QPersistentModelIndex

FROM, TO, DAYS, DAILY, DOSES, GIVE, TIMES, NOTE = range(8)
NUMERIC = {DAYS, DAILY}
EDITABLE = NUMERIC
#: Shown after a value the clinician set (with "edited" in its tool tip and description).
EDITED_GLYPH = "\u270e"


class EditHandler(Protocol):
    """Applies an edit of a step's cell; returns why it was refused, or None once applied."""

    def __call__(self, row: int, column: int, value: object) -> str | None: ...


class ScheduleModel(QAbstractTableModel):
    """Rows of steps; `set_steps` replaces them all, `setData` asks the handler to edit."""

    edit_refused = Signal(int, int, str)  # row, column, why (once marked at the cell)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: tuple[DoseStep, ...] = ()
        self._product: Product | None = None
        self._cells: list[list[dict[int, Any]]] = []  # per row and column: role -> value
        self._handler: EditHandler | None = None
        self._marks: tuple[tuple[bool, bool], ...] = ()  # per step: (dose, days) set by you
        self._doses: tuple[float, ...] = ()
        self._refused: tuple[int, int, str] | None = None  # row, column, why
        self._headers = (
            self.tr("From"),
            self.tr("To"),
            self.tr("Days"),
            self.tr("mg/day"),
            self.tr("Doses (mg)"),
            self.tr("Give"),
            self.tr("Times"),
            self.tr("Note"),
        )

    def set_steps(
        self,
        steps: tuple[DoseStep, ...],
        product: Product | None,
        changed: tuple[tuple[bool, bool], ...] | None = None,
    ) -> bool:
        """Replace every row (True) unless these are the rows shown (False).

        `product` is what the doses are given with; `changed` says per step whether its
        daily dose and its days are set otherwise than by the rules (default: the
        step's `edited`). What each cell shows (text, tooltip, alignment, icon) is made
        once here: a view asks for every role of every cell on each paint and each fit
        of the columns.
        """
        marks = changed if changed is not None else tuple((s.edited, s.edited) for s in steps)
        if (steps, product, marks) == (self._steps, self._product, self._marks) and self._cells:
            return False
        self.beginResetModel()
        self._steps, self._product, self._marks = steps, product, marks
        self._refused = None
        self._cells = [
            [self._cell(step, column, marks[row]) for column in range(NOTE + 1)]
            for row, step in enumerate(steps)
        ]
        self.endResetModel()
        return True

    def steps(self) -> tuple[DoseStep, ...]:
        return self._steps

    def set_edit_handler(self, handler: EditHandler | None) -> None:
        """Who applies an edit (None: the table is read-only)."""
        self._handler = handler

    def set_dose_choices(self, doses: Sequence[float]) -> None:
        """The daily doses the product gives for this plan (what the dose editor offers)."""
        self._doses = tuple(doses)

    def dose_choices(self) -> tuple[float, ...]:
        return self._doses

    def refused(self) -> tuple[int, int, str] | None:
        """The cell whose last edit was refused (row, column) and why, if any."""
        return self._refused

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid() or index.column() not in EDITABLE or self._handler is None:
            return flags
        open_ended = index.column() == DAYS and self._steps[index.row()].end is None
        if not open_ended:  # the last step has no length: it runs on (or stops, at 0)
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Hand the edit over; a refusal is kept at the cell with its reason."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._handler is None:
            return False
        row, column = index.row(), index.column()
        why = self._handler(row, column, value)
        if why is None:
            return True
        self._mark_refused(row, column, why)
        self.edit_refused.emit(row, column, why)
        return False

    def _mark_refused(self, row: int, column: int, why: str) -> None:
        earlier = self._refused
        self._refused = (row, column, why)
        for cell in (earlier, self._refused):
            if cell is not None and cell[0] < len(self._steps):
                changed = self.index(cell[0], cell[1])
                self.dataChanged.emit(changed, changed)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._steps)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cells):
            return None
        refused = self._refused
        if refused is not None and refused[:2] == (index.row(), index.column()):
            value = self._refused_data(refused[2], role)
            if value is not None:
                return value
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(self._steps[index.row()], index.column())
        return self._cells[index.row()][index.column()].get(role)

    def _refused_data(self, why: str, role: int) -> Any:
        text = self.tr("Not applied: %1").replace("%1", why)
        marked = QFont()  # underlined, not only coloured; an icon would widen the column
        marked.setUnderline(True)
        marked.setBold(True)
        roles: dict[int, Any] = {
            Qt.ItemDataRole.ToolTipRole: text,
            Qt.ItemDataRole.AccessibleDescriptionRole: text,
            Qt.ItemDataRole.FontRole: marked,
        }
        return roles.get(role)

    @staticmethod
    def _edit_value(step: DoseStep, column: int) -> Any:
        if column == DAILY:
            return step.daily_mg
        if column == DAYS:
            return step.days
        return None

    def _cell(self, step: DoseStep, column: int, marks: tuple[bool, bool]) -> dict[int, Any]:
        cell: dict[int, Any] = {Qt.ItemDataRole.DisplayRole: self._text(step, column)}
        if step.note:
            cell[Qt.ItemDataRole.ToolTipRole] = sentence("note", step.note)
        if column in NUMERIC:
            cell[Qt.ItemDataRole.TextAlignmentRole] = int(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        if column == DOSES and step.note:
            cell[Qt.ItemDataRole.DecorationRole] = severity_icon("info")
        changed = {DAILY: marks[0], DAYS: marks[1]}.get(column, False)
        if changed and cell[Qt.ItemDataRole.DisplayRole]:
            edited = self.tr("Edited: set by you, not by the rules")
            cell[Qt.ItemDataRole.DisplayRole] += f" {EDITED_GLYPH}"
            cell[Qt.ItemDataRole.ToolTipRole] = edited
            cell[Qt.ItemDataRole.AccessibleDescriptionRole] = edited
        return cell

    def _text(self, step: DoseStep, column: int) -> str:
        texts = {
            FROM: lambda: day(step.start),
            TO: lambda: self._end_text(step),
            DAYS: lambda: "" if step.days is None else str(step.days),
            DAILY: lambda: number(step.daily_mg),
            DOSES: lambda: " + ".join(number(dose) for dose in step.doses_mg) or "—",
            GIVE: lambda: give_text(step.doses_mg, self._product) if self._product else "—",
            TIMES: lambda: ", ".join(step.times) or "—",
            NOTE: lambda: "" if step.note is None else sentence("note", step.note),
        }
        return texts[column]()

    def _end_text(self, step: DoseStep) -> str:
        if step.end is not None:
            return day(step.end)
        return self.tr("stopped") if step.daily_mg == 0 else self.tr("ongoing")
