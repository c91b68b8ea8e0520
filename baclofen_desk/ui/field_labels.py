"""The names people read for the request's fields, for messages shown away from their field.

A message the form cannot put under its own input (it goes to the status banner)
starts with the field's label as the form writes it, never the model's field name.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from baclofen_desk.core.input_errors import FIELD_LABELS, label_of

_CONTEXT = "FieldLabels"

#: What a field holds, in words, where the model's own description speaks of its internals
#: ("Serum creatinine, in scr_unit", "None: from the rules"): tool tip and screen reader text.
_DESCRIPTIONS = {
    "age_years": QT_TRANSLATE_NOOP("FieldLabels", "Age in years"),
    "scr": QT_TRANSLATE_NOOP("FieldLabels", "Serum creatinine, in the unit chosen beside it"),
    "crcl_ml_min": QT_TRANSLATE_NOOP(
        "FieldLabels", "Measured creatinine clearance, in mL/min; empty: not measured"
    ),
    "egfr": QT_TRANSLATE_NOOP("FieldLabels", "Known eGFR, in mL/min/1.73 m²; empty: not known"),
    "product": QT_TRANSLATE_NOOP("FieldLabels", "The product to give; empty: from the rules"),
    "doses_per_day": QT_TRANSLATE_NOOP(
        "FieldLabels", "How many doses a day; empty: from the rules"
    ),
    "start": QT_TRANSLATE_NOOP(
        "FieldLabels",
        "First day of the plan. Left and Right move between day, month and year; "
        "Up and Down change them",
    ),
    "current_daily_mg": QT_TRANSLATE_NOOP(
        "FieldLabels", "The dose the patient takes now, in mg a day"
    ),
    "target_daily_mg": QT_TRANSLATE_NOOP(
        "FieldLabels", "The dose to reach, in mg a day; empty: from the rules"
    ),
}


def field_description(field: str) -> str | None:
    """What `field` holds, in words, or None where its tool tip already says it plainly."""
    description = _DESCRIPTIONS.get(field)
    return None if description is None else QCoreApplication.translate(_CONTEXT, str(description))


def field_label(field: str) -> str:
    """The form's label for `field` in the window's language."""
    if field not in FIELD_LABELS:
        return label_of(field)
    return QCoreApplication.translate(_CONTEXT, FIELD_LABELS[field])


def labelled(field: str, message: str) -> str:
    """ "Label: message", or the message alone when it is about no one field."""
    return f"{field_label(field)}: {message}" if field else message
