"""A number box that can also be empty ("not entered"), with the range of a model field.

Empty is a state of its own: it is never read as 0 or as the minimum. The box
sits one step below the field's minimum while empty (a value the model could
never accept), shows the empty text there, and typing a number below the
minimum is not accepted as a value. Above the field's maximum the box still
takes the number, so the model refuses it at the field with its own message:
a box that dropped the digit it could not hold would turn age 200 into 20 and
a current dose of 250 mg/day into 25 without a word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QWidget

from baclofen_desk.ui.field_labels import unit_text
from baclofen_desk.ui.field_specs import UNBOUNDED_DISPLAY_MAX

if TYPE_CHECKING:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QFocusEvent, QWheelEvent

    from baclofen_desk.ui.field_specs import NumberSpec


class OptionalSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox for `float | None` within a `NumberSpec`."""

    def __init__(
        self, spec: NumberSpec, empty_text: str, *, unit: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._spec = spec
        self._measuring = False  # True while Qt measures the widest text for the box's size
        self.setDecimals(spec.decimals)
        self.setSingleStep(1.0)
        self.setRange(spec.minimum - spec.step, max(spec.maximum, UNBOUNDED_DISPLAY_MAX))
        if unit and spec.unit:
            self.setSuffix(f" {unit_text(spec.unit)}")
        self.setSpecialValueText(empty_text)
        self.setToolTip(spec.description)
        self.setAccelerated(True)
        # no arrow buttons: typed, not clicked, and the narrow form leaves the results room
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel neither focuses nor edits
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setValue(self.minimum())

    def value_or_none(self) -> float | None:
        """The number shown, or None when the box is empty."""
        value = self.value()
        return None if value < self._spec.minimum else value

    def set_value_or_none(self, value: float | None) -> None:
        self.setValue(self.minimum() if value is None else value)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Entering an empty box selects "not entered", so typing replaces it wherever one clicks.

        Selected after the click that gave the focus has placed the cursor.
        """
        super().focusInEvent(event)
        if self.value_or_none() is None:
            QTimer.singleShot(0, self.selectAll)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Scrolling over a box the user is not in scrolls the form; it never changes a value."""
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Accept an empty box; a number below the field's minimum is not a value yet."""
        if self._bare(text) in ("", self.specialValueText()):
            return QValidator.State.Acceptable, text, pos
        state, text, pos = super().validate(text, pos)
        if state == QValidator.State.Acceptable and self.valueFromText(text) < self._spec.minimum:
            state = QValidator.State.Intermediate
        return state, text, pos

    def valueFromText(self, text: str) -> float:
        if self._bare(text) in ("", self.specialValueText()):
            return self.minimum()
        return super().valueFromText(text)

    def textFromValue(self, value: float) -> str:
        """Numbers as people write them: 45, 0.9, 7.5 (no trailing zeros); the empty box's
        text below the minimum, so a screen reader says "not entered", never "-0.1"."""
        if value < self._spec.minimum and not self._measuring:
            return self.specialValueText()
        locale = self.locale()
        text = locale.toString(value, "f", self.decimals()).replace(locale.groupSeparator(), "")
        point = locale.decimalPoint()
        if point in text:
            text = text.rstrip("0").removesuffix(point)
        return text

    def sizeHint(self) -> QSize:
        """Measured on the numbers it can hold and the empty text (textFromValue of the
        minimum being the empty text, Qt would count the unit beside it)."""
        self._measuring = True
        try:
            return super().sizeHint()
        finally:
            self._measuring = False

    def minimumSizeHint(self) -> QSize:
        self._measuring = True
        try:
            return super().minimumSizeHint()
        finally:
            self._measuring = False

    def _bare(self, text: str) -> str:
        return text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()
