"""The patient's conditions as check boxes, every one in sight with its whole label.

A list that scrolls can hide a ticked condition; here each condition has its own
check box, laid out at its full size, so what is ticked is always seen. A long
label is folded once, at a word, onto a second line: the column stays narrow
enough to leave the results their width, and nothing re-wraps as the window
changes size.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QSizePolicy, QWidget

if TYPE_CHECKING:
    from collections.abc import Iterable

    from PySide6.QtGui import QFontMetrics

#: The widest a line of a condition's label may be, in average characters.
LINE_CHARACTERS = 34


def folded(text: str, metrics: QFontMetrics, width: int) -> str:
    """`text` broken at spaces into lines no wider than `width` pixels (a long word stays whole)."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


class ConditionsBox(QWidget):
    """One check box per condition id, in the order given; emits `changed` on every tick."""

    changed = Signal()

    def __init__(
        self, conditions: Iterable[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        """`conditions`: (id, label) pairs."""
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(2)
        width = self.fontMetrics().averageCharWidth() * LINE_CHARACTERS
        for row, (condition, label) in enumerate(conditions):
            box = QCheckBox(folded(label, self.fontMetrics(), width), self)
            box.setAccessibleName(label)
            box.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            box.toggled.connect(self.changed)
            layout.addWidget(box, row, 0)
            self.boxes[condition] = box
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def first(self) -> QCheckBox:
        """The box the label's mnemonic focuses."""
        return next(iter(self.boxes.values()))

    def checked(self) -> tuple[str, ...]:
        return tuple(c for c, box in self.boxes.items() if box.isChecked())

    def set_checked(self, conditions: Iterable[str]) -> None:
        """Tick exactly `conditions` (signals as the boxes change; callers keep them quiet)."""
        wanted = set(conditions)
        for condition, box in self.boxes.items():
            box.setChecked(condition in wanted)
