"""The names people read for the request's fields, for messages shown away from their field.

A message the form cannot put under its own input (it goes to the status banner)
starts with the field's label as the form writes it, never the model's field name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from baclofen_desk.core.input_errors import FIELD_LABELS, label_of

_CONTEXT = "FieldLabels"


def field_label(field: str) -> str:
    """The form's label for `field` in the window's language."""
    if field not in FIELD_LABELS:
        return label_of(field)
    return QCoreApplication.translate(_CONTEXT, FIELD_LABELS[field])


def labelled(field: str, message: str) -> str:
    """ "Label: message", or the message alone when it is about no one field."""
    return f"{field_label(field)}: {message}" if field else message
