"""Medications: one free-text line each, with completion and what each line was read as.

The lines behave like lines of text: Enter finishes a line and goes to the next
one, Backspace in an empty line goes back to the end of the previous one. A line
is never glued to the next by typing on after Enter.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from baclofen_desk.core.models import MAX_TEXT, PlanRequest
from baclofen_desk.ui.field_specs import number_spec
from baclofen_desk.ui.medication_status import LineStatus, line_status
from baclofen_desk.ui.numbers import number
from baclofen_desk.ui.plain_text_field import refusal
from baclofen_desk.ui.severity import severity_icon

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from baclofen_desk.core.models import Plan


#: The doses the current-dose field accepts: an offer outside them is not shown.
CURRENT_DOSE = number_spec(PlanRequest, "current_daily_mg", decimals=2)


class MedicationEdit(QLineEdit):
    """A line edit that asks to go back to the previous line on Backspace while empty.

    While the completion list is open, Enter is left to the list: it puts the chosen
    name in and the dose can still be typed on the same line.
    """

    back_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        popup = self.completer().popup()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and popup is not None and popup.isVisible():
            event.ignore()  # the completer, which passed the key on, completes the name
            return
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if key == Qt.Key.Key_Backspace and plain and not self.text():
            self.back_requested.emit()
            return
        super().keyPressEvent(event)


class MedicationLine(QWidget):
    """A line edit and, under it, how the checker read the line.

    A line the core read as the current baclofen dose ("baclofen 20 mg TID": 60 mg/day)
    shows a button that puts that dose in the current-dose field (policy P8 v2).
    """

    offer_taken = Signal(float)

    def __init__(self, number: int, completer: QCompleter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = MedicationEdit(self)
        self.edit.setMaxLength(MAX_TEXT)
        self.edit.setCompleter(completer)
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("Type a medication"))
        self.edit.setToolTip(self.tr("A medication as written, e.g. oxycodone 5 mg q6h"))
        self.edit.setAccessibleName(self.tr("Medication %1").replace("%1", str(number)))
        self.icon = QLabel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_row = QHBoxLayout()
        status_row.setContentsMargins(0, 0, 0, 0)
        status_row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.offer = QPushButton(self)
        self.offer.setVisible(False)
        self.offer.clicked.connect(self._take_offer)
        layout.addWidget(self.edit)
        layout.addLayout(status_row)
        layout.addWidget(self.offer, 0, Qt.AlignmentFlag.AlignLeft)
        self._status: LineStatus | None = LineStatus("", "")
        self._offered: float | None = None
        self.show_status(None)

    def text(self) -> str:
        return self.edit.text()

    def show_offer(self, mg: float | None) -> None:
        """Offer `mg` mg/day as the current dose (None, or outside the field's range: no offer)."""
        if mg is not None and not CURRENT_DOSE.minimum <= mg <= CURRENT_DOSE.maximum:
            mg = None
        self._offered = mg
        self.offer.setVisible(mg is not None)
        if mg is not None:
            text = self.tr("Use %1 mg/day as the current dose").replace("%1", number(mg))
            self.offer.setText(text)
            self.offer.setAccessibleName(text)

    def _take_offer(self) -> None:
        if self._offered is not None:
            self.offer_taken.emit(self._offered)

    def show_status(self, status: LineStatus | None) -> None:
        """Show the reading of this line (None: nothing); an unchanged line is left alone."""
        if status == self._status:
            return
        self._status = status
        self.icon.setVisible(status is not None)
        self.status.setVisible(status is not None)
        if status is None:
            return
        self.status.setText(status.text)
        self.edit.setAccessibleDescription(status.text)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(severity_icon(status.icon).pixmap(size, size))


class MedicationPanel(QGroupBox):
    """Lines grow as the user types: there is always one empty line at the end."""

    changed = Signal()
    current_dose_offered = Signal(float)

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Current medications"), parent)
        self._quiet = False
        self._completer = QCompleter(QStringListModel(names, self), self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._lines: list[MedicationLine] = []
        self._layout = QVBoxLayout(self)
        self._add_line()

    def lines(self) -> tuple[str, ...]:
        """Every line as typed, empty ones left out."""
        return tuple(line.text() for line in self._lines if line.text().strip())

    def line_widgets(self) -> list[MedicationLine]:
        return list(self._lines)

    def set_lines(self, texts: tuple[str, ...]) -> None:
        """Show exactly these lines plus the empty one (no `changed` signal).

        The lines there are stay (an undo keeps the focus in the line being typed, or on
        the empty last line when that line goes); a line given text adds the next one.
        """
        self._quiet = True
        try:
            for index, text in enumerate((*texts, "")):
                line = self._lines[index]
                if line.text() != text:
                    line.edit.setText(text)
                    line.edit.setCursorPosition(0)  # the start of a long line in sight
            extra = self._lines[len(texts) + 1 :]
            typing = any(line.edit.hasFocus() for line in extra)
            for line in extra:
                self._remove_line(line)
            if typing:  # the focus stays in the list, on the empty line at its end
                self._lines[-1].edit.setFocus(Qt.FocusReason.OtherFocusReason)
        finally:
            self._quiet = False

    def show_plan(self, plan: Plan | None) -> None:
        """Show how each non-empty line was read (matches come in the order of the lines)."""
        filled = [line for line in self._lines if line.text().strip()]
        matches = plan.medications if plan is not None else ()
        statuses: dict[int, LineStatus] = {}
        offers: dict[int, float | None] = {}
        for line, match in zip(filled, matches, strict=False):
            if match.input == line.text() and refusal(line.text()) is None:
                found = (
                    tuple(i for i in plan.interactions if i.input == match.input) if plan else ()
                )
                statuses[id(line)] = line_status(match, found)
                offers[id(line)] = match.offered_current_mg
        for line in filled:  # a line the model refuses says why, under itself
            message = refusal(line.text())
            if message is not None:
                statuses[id(line)] = LineStatus(message, "warning")
        for line in self._lines:
            line.show_status(statuses.get(id(line)))
            line.show_offer(offers.get(id(line)))

    def _add_line(self) -> None:
        line = MedicationLine(len(self._lines) + 1, self._completer, self)
        if self._lines:
            QWidget.setTabOrder(self._lines[-1].edit, line.edit)
        self._lines.append(line)
        self._layout.addWidget(line)
        line.edit.textChanged.connect(self._on_text_changed)
        line.offer_taken.connect(self.current_dose_offered)
        line.edit.editingFinished.connect(self._drop_empty_lines)
        line.edit.returnPressed.connect(partial(self._go_to, line, 1))
        line.edit.back_requested.connect(partial(self._go_to, line, -1))

    def _go_to(self, line: MedicationLine, step: int) -> None:
        """Enter (step 1) goes to the next line, Backspace in an empty one (-1) to the previous
        line's end; the empty line left behind goes away."""
        if not line.text().strip() and step > 0:
            return  # Enter in an empty line: nothing to finish
        index = self._lines.index(line) + step
        if 0 <= index < len(self._lines):
            target = self._lines[index].edit
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            target.end(False)
        if step < 0 and line is not self._lines[-1]:
            self._remove_line(line)
            self._renumber()

    def _remove_line(self, line: MedicationLine) -> None:
        self._lines.remove(line)
        self._layout.removeWidget(line)
        line.deleteLater()

    def _on_text_changed(self) -> None:
        if self._lines[-1].text():
            self._add_line()
        if not self._quiet:
            self.changed.emit()

    def _drop_empty_lines(self) -> None:
        """Empty lines other than the last go away when the user leaves them."""
        for line in self._lines[:-1]:
            if not line.text() and not line.edit.hasFocus():
                self._remove_line(line)
        self._renumber()

    def _renumber(self) -> None:
        for position, line in enumerate(self._lines, start=1):
            line.edit.setAccessibleName(self.tr("Medication %1").replace("%1", str(position)))
