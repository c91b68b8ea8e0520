"""Form rows whose input can be marked invalid with the model's message, right under it.

A row's label mnemonic (Alt+letter) moves the focus to its field and nothing else:
a plain QLabel clicks a check box it labels, so Alt+Y on "Dialysis:" would tick
"on dialysis" and change the plan.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QScrollArea, QStyle, QWidget

from baclofen_desk.ui.field_labels import field_description

if TYPE_CHECKING:
    from collections.abc import Mapping


class FieldLabel(QLabel):
    """A label whose mnemonic focuses its buddy (scrolled into sight), never clicks it."""

    def event(self, event: QEvent) -> bool:
        buddy = self.buddy()
        if event.type() != QEvent.Type.Shortcut or buddy is None:
            return super().event(event)
        buddy.setFocus(Qt.FocusReason.ShortcutFocusReason)
        scroll = self.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if isinstance(scroll, QScrollArea):
            scroll.ensureWidgetVisible(buddy.focusProxy() or buddy)
        return True


class FieldError(QWidget):
    """A warning icon and a message, shown only while the field is invalid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        pixmap = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(pixmap.pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        layout.addWidget(icon)
        layout.addWidget(self.text, 1)


class FieldMarks:
    """Input rows of one form, by model field name."""

    def __init__(self, form: QFormLayout) -> None:
        self._form = form
        self._rows: dict[str, tuple[QWidget, FieldError, str]] = {}

    def add(self, field: str, label: str, widget: QWidget, focus: QWidget | None = None) -> None:
        """A row "label: widget" with a hidden error row below it.

        `focus` is the input inside a composite `widget`: the label's mnemonic
        focuses it and the error message becomes its accessible description.
        """
        if focus is not None:
            widget.setFocusProxy(focus)
        title = FieldLabel(label)
        title.setBuddy(widget)
        self._form.addRow(title, widget)
        self._add_error(field, focus or widget)

    def add_below(self, field: str, label: str, widget: QWidget, focus: QWidget) -> None:
        """A label on a row of its own and the full width of the form below it for `widget`.

        For inputs too wide to sit beside their label (a column of check boxes).
        """
        title = FieldLabel(label)
        title.setBuddy(focus)
        self._form.addRow(title)
        self._form.addRow(widget)
        self._add_error(field, focus)

    def add_check(self, field: str, box: QWidget) -> None:
        """A check box across the form (its text is its label) with its error row below."""
        self._form.addRow(box)
        self._add_error(field, box)

    def add_optional(self, field: str, box: QWidget, widget: QWidget) -> None:
        """A row whose label is a check box that turns `widget` on (an optional value)."""
        self._form.addRow(box, widget)
        self._add_error(field, widget)

    def _add_error(self, field: str, target: QWidget) -> None:
        description = field_description(field)
        if description is not None:
            target.setToolTip(description)
            target.setAccessibleDescription(description)
        error = FieldError()
        self._form.addRow(error)
        self._form.setRowVisible(error, False)
        self._rows[field] = (target, error, target.accessibleDescription())

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Mark the fields in `errors` with their message; clear every other mark."""
        for field, (widget, error, description) in self._rows.items():
            message = errors.get(field)
            if (message or "") == error.text.text() and self._form.isRowVisible(error) == bool(
                message
            ):
                continue
            error.text.setText(message or "")
            self._form.setRowVisible(error, message is not None)
            widget.setAccessibleDescription(message or description)

    def fields(self) -> set[str]:
        return set(self._rows)

    def input(self, field: str) -> QWidget | None:
        """The input of `field`'s row (None: the form has no row for it)."""
        row = self._rows.get(field)
        return None if row is None else row[0]

    def message(self, field: str) -> str | None:
        """The message shown at `field`, or None when it is valid (for tests and views)."""
        error = self._rows[field][1]
        return error.text.text() if self._form.isRowVisible(error) else None
