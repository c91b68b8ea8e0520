"""The editor of a step's daily dose: only the doses the product gives are offered.

The list holds every dispensable daily dose up to the plan's maximum; a dose typed
into it that the product cannot give, or one above the maximum, reaches the model,
which refuses it at the cell with the core's reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from baclofen_desk.ui.numbers import number
from baclofen_desk.ui.schedule_model import DAILY, ScheduleModel

if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractItemModel
    from PySide6.QtWidgets import QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex


def parse_number(text: str) -> float | None:
    """A number typed in the window's language ("12,5" in Spanish), or None."""
    value, ok = QLocale().toDouble(text.strip())
    return value if ok else None


class DoseDelegate(QStyledItemDelegate):
    """A drop-down of dispensable daily doses for the mg/day column; the default elsewhere."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        if index.column() != DAILY or not isinstance(model, ScheduleModel):
            return super().createEditor(parent, option, index)
        box = QComboBox(parent)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.addItems([number(dose) for dose in model.dose_choices()])
        box.setAccessibleName(self.tr("Daily dose in mg"))
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            text = number(float(index.data(Qt.ItemDataRole.EditRole)))
            found = editor.findText(text)
            if found >= 0:
                editor.setCurrentIndex(found)
            else:
                editor.setEditText(text)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            value = parse_number(editor.currentText())
            model.setData(index, editor.currentText() if value is None else value)
            return
        super().setModelData(editor, model, index)
