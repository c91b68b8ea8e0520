"""Medications: one free-text line each, with completion and what each line was read as."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from baclofen_desk.core.models import MAX_TEXT
from baclofen_desk.ui.medication_status import LineStatus, line_status
from baclofen_desk.ui.plain_text_field import refusal
from baclofen_desk.ui.severity import severity_icon

if TYPE_CHECKING:
    from baclofen_desk.core.models import Plan


class MedicationLine(QWidget):
    """A line edit and, under it, how the checker read the line."""

    def __init__(self, number: int, completer: QCompleter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(MAX_TEXT)
        self.edit.setCompleter(completer)
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("Type a medication, e.g. oxycodone 5 mg q6h"))
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
        layout.addWidget(self.edit)
        layout.addLayout(status_row)
        self._status: LineStatus | None = LineStatus("", "")
        self.show_status(None)

    def text(self) -> str:
        return self.edit.text()

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
        """Show exactly these lines plus the empty one (no `changed` signal)."""
        self._quiet = True
        try:
            while len(self._lines) > 1:
                self._remove_line(self._lines[-1])
            self._lines[0].edit.clear()
            for text in texts:
                self._lines[-1].edit.setText(text)
        finally:
            self._quiet = False

    def show_plan(self, plan: Plan | None) -> None:
        """Show how each non-empty line was read (matches come in the order of the lines)."""
        filled = [line for line in self._lines if line.text().strip()]
        matches = plan.medications if plan is not None else ()
        statuses: dict[int, LineStatus] = {}
        for line, match in zip(filled, matches, strict=False):
            if match.input == line.text() and refusal(line.text()) is None:
                found = (
                    tuple(i for i in plan.interactions if i.input == match.input) if plan else ()
                )
                statuses[id(line)] = line_status(match, found)
        for line in filled:  # a line the model refuses says why, under itself
            message = refusal(line.text())
            if message is not None:
                statuses[id(line)] = LineStatus(message, "warning")
        for line in self._lines:
            line.show_status(statuses.get(id(line)))

    def _add_line(self) -> None:
        line = MedicationLine(len(self._lines) + 1, self._completer, self)
        if self._lines:
            QWidget.setTabOrder(self._lines[-1].edit, line.edit)
        self._lines.append(line)
        self._layout.addWidget(line)
        line.edit.textChanged.connect(self._on_text_changed)
        line.edit.editingFinished.connect(self._drop_empty_lines)

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
        for number, line in enumerate(self._lines, start=1):
            line.edit.setAccessibleName(self.tr("Medication %1").replace("%1", str(number)))
