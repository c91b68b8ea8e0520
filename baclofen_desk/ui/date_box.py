"""A date field that is one Tab stop, like every other field of the form.

QDateEdit moves Tab from day to month to year, so a keyboard user needs three Tab
presses to pass a date (and a screen reader announces the field three times).
Here Tab leaves the field; within it, Left and Right move between day, month and
year, and Up and Down change the part under the cursor (the calendar opens from
its button).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QWidget


class DateBox(QDateEdit):
    """A `QDateEdit` whose Tab moves the focus on instead of to the next section."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)
