"""Typed text fields that refuse control characters at the field, saying why.

A paste holding an escape sequence, a line break or a direction override is not
taken into the field (the model would refuse it anyway); the field's message row
says what was refused until the text changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QValidator

from baclofen_desk.core.plain_text import plain_text

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QLabel, QLineEdit


def refusal(text: str) -> str | None:
    """Why the models refuse `text` as typed (a control character), or None."""
    try:
        plain_text(text)
    except ValueError as exc:
        return str(exc)
    return None


class PlainTextValidator(QValidator):
    """Accepts text without hidden controls; remembers why it refused the last input."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_refusal: str | None = None

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        why = refusal(text)
        if why is None:
            return QValidator.State.Acceptable, text, pos
        self.last_refusal = why
        return QValidator.State.Invalid, text, pos


def refuse_hidden_controls(edit: QLineEdit, message: QLabel) -> PlainTextValidator:
    """Give `edit` the validator; `message` shows a refusal until the text changes."""
    validator = PlainTextValidator(edit)
    edit.setValidator(validator)
    message.setWordWrap(True)
    message.hide()

    def refused() -> None:
        message.setText(validator.last_refusal or "")
        message.show()

    edit.inputRejected.connect(refused)
    edit.textChanged.connect(message.hide)
    return validator
