"""Acknowledging a critical alert: the clinician must give a reason, which is printed."""

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

from baclofen_desk.core.models import Override
from baclofen_desk.ui.knowledge_texts import alert_message
from baclofen_desk.ui.plain_text_field import refuse_hidden_controls

if TYPE_CHECKING:
    from baclofen_desk.core.models import Alert


class OverrideDialog(QDialog):
    """OK stays disabled until a reason is typed."""

    def __init__(self, alert: Alert, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Override critical alert"))
        message = QLabel(alert_message(alert))
        message.setWordWrap(True)
        source = QLabel(self.tr("Source: %1").replace("%1", alert.source))
        source.setWordWrap(True)
        self.reason = QLineEdit(alert.override_reason or "")
        self.reason.setMaxLength(_max_length())
        self.reason.setAccessibleName(self.tr("Reason for the override"))
        self.reason.setPlaceholderText(self.tr("Why is this acceptable for this patient?"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        self.refused = QLabel()
        refuse_hidden_controls(self.reason, self.refused)
        form.addRow("", self.refused)
        note = QLabel(self.tr("The reason is printed on the clinician summary."))
        layout = QVBoxLayout(self)
        for widget in (message, source):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(520, self.sizeHint().height())

    def reason_text(self) -> str:
        return self.reason.text().strip()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason_text()))


def _max_length() -> int:
    """The model's limit on a reason's length."""
    return next(
        m.max_length for m in Override.model_fields["reason"].metadata if isinstance(m, MaxLen)
    )
