"""Overriding a critical alert, or acknowledging a warning or a major interaction: the
clinician must give a reason, which is printed on the clinician summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotated_types import MaxLen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from baclofen_desk.core.models import Interaction, Override
from baclofen_desk.ui.knowledge_texts import alert_message, interaction_texts
from baclofen_desk.ui.plain_text_field import refuse_hidden_controls
from baclofen_desk.ui.severity import severity_word

if TYPE_CHECKING:
    from baclofen_desk.core.models import Alert


class ReasonDialog(QDialog):
    """What is answered, its source, and a reason; OK stays disabled until one is typed."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        shown, cited = QLabel(), QLabel()
        self._shown, self._cited = shown, cited
        shown.setWordWrap(True)
        cited.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(_max_length())
        self.reason.setPlaceholderText(self.tr("Why is this acceptable for this patient?"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        self.refused = QLabel()
        refuse_hidden_controls(self.reason, self.refused)
        form.addRow("", self.refused)
        self.note = QLabel(self.tr("The reason is printed on the clinician summary."))
        self.note.setWordWrap(True)
        note = self.note
        layout = QVBoxLayout(self)
        for widget in (shown, cited):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update_ok)
        self._update_ok()

    def fill(self, title: str, message: str, source: str, reason: str) -> None:
        """Show what is answered and the reason given before (if any)."""
        self.setWindowTitle(title)
        self._shown.setText(message)
        self._cited.setText(self.tr("Source: %1").replace("%1", source))
        self.reason.setText(reason)
        self.resize(520, self.sizeHint().height())

    def reason_text(self) -> str:
        return self.reason.text().strip()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason_text()))


class OverrideDialog(ReasonDialog):
    """Overriding a critical alert lets the plan be printed."""

    def __init__(self, alert: Alert, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("Override critical alert")
        self.fill(title, alert_message(alert), alert.source, alert.override_reason or "")
        self.reason.setAccessibleName(self.tr("Reason for the override"))


class AcknowledgeDialog(ReasonDialog):
    """Acknowledging a warning or a major interaction records it; it changes nothing else."""

    def __init__(self, item: Alert | Interaction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if isinstance(item, Interaction):
            title = self.tr("Acknowledge major interaction")
            label, effect, advice, _ = interaction_texts(item)
            head = f"{severity_word(item.severity).upper()}: {item.drug} ({label}) — {item.input}"
            parts = (head, effect, advice)
            message = "\n".join(part for part in parts if part)
        else:
            title = self.tr("Acknowledge warning")
            message = f"{severity_word(item.severity).upper()}: {alert_message(item)}"
        self.fill(title, message, item.source, item.acknowledged_reason or "")
        self.reason.setAccessibleName(self.tr("Reason for the acknowledgement"))
        self.note.setText(
            self.tr("The reason is printed on the clinician summary. The plan does not change.")
        )


def _max_length() -> int:
    """The model's limit on a reason's length."""
    return next(
        m.max_length for m in Override.model_fields["reason"].metadata if isinstance(m, MaxLen)
    )
