"""A combo box of values with labels, including "not entered" (None) when asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

if TYPE_CHECKING:
    from collections.abc import Iterable

    from PySide6.QtGui import QWheelEvent


#: Characters a closed box makes room for; longer labels show in full in the list.
MIN_CHARACTERS = 11


class ChoiceBox(QComboBox):
    """Items carry their model value; the text shown is the label."""

    def __init__(
        self,
        choices: Iterable[tuple[str | None, str]],
        parent: QWidget | None = None,
        *,
        characters: int = MIN_CHARACTERS,
    ) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(characters)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel neither focuses nor chooses
        for value, label in choices:
            self.addItem(label, value)
            self.setItemData(self.count() - 1, label, Qt.ItemDataRole.ToolTipRole)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Scrolling over a box the user is not in scrolls the form; it never changes the choice."""
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def value(self) -> str | None:
        data = self.currentData()
        return data if isinstance(data, str) else None

    def set_value(self, value: str | None) -> None:
        """Select the item for `value`; an unknown value is an error, never a silent default."""
        index = self.findData(value) if value is not None else self._none_index()
        if index < 0:
            raise ValueError(f"no choice for {value!r}")
        self.setCurrentIndex(index)

    def _none_index(self) -> int:
        for index in range(self.count()):
            if self.itemData(index) is None:
                return index
        return -1
