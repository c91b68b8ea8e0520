"""The plan's dose steps as a table model (one row per step; the row header is the step number).

Each dose is shown in mg and, next to it, in what the patient measures (Give).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from baclofen_desk.ui.dose_units import give_text
from baclofen_desk.ui.knowledge_texts import sentence
from baclofen_desk.ui.numbers import day, number
from baclofen_desk.ui.severity import severity_icon

if TYPE_CHECKING:
    from baclofen_desk.core.knowledge import Product
    from baclofen_desk.core.models import DoseStep

Index = QModelIndex | QPersistentModelIndex

FROM, TO, DAYS, DAILY, DOSES, GIVE, TIMES, NOTE = range(8)
NUMERIC = {DAYS, DAILY}


class ScheduleModel(QAbstractTableModel):
    """Read-only rows; `set_steps` replaces them all."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: tuple[DoseStep, ...] = ()
        self._product: Product | None = None
        self._cells: list[list[dict[int, Any]]] = []  # per row and column: role -> value
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

    def set_steps(self, steps: tuple[DoseStep, ...], product: Product | None) -> bool:
        """Replace every row (True) unless these are the rows shown (False).

        `product` is what the doses are given with. What each cell shows (text,
        tooltip, alignment, icon) is made once here: a view asks for every role of
        every cell on each paint and each fit of the columns.
        """
        if (steps, product) == (self._steps, self._product) and self._cells:
            return False
        self.beginResetModel()
        self._steps, self._product = steps, product
        self._cells = [[self._cell(step, column) for column in range(NOTE + 1)] for step in steps]
        self.endResetModel()
        return True

    def steps(self) -> tuple[DoseStep, ...]:
        return self._steps

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
        return self._cells[index.row()][index.column()].get(role)

    def _cell(self, step: DoseStep, column: int) -> dict[int, Any]:
        cell: dict[int, Any] = {Qt.ItemDataRole.DisplayRole: self._text(step, column)}
        if step.note:
            cell[Qt.ItemDataRole.ToolTipRole] = sentence("note", step.note)
        if column in NUMERIC:
            cell[Qt.ItemDataRole.TextAlignmentRole] = int(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        if column == DOSES and step.note:
            cell[Qt.ItemDataRole.DecorationRole] = severity_icon("info")
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
