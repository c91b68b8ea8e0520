"""The names people read for the request's fields, for messages shown away from their field.

A message the form cannot put under its own input (it goes to the status banner)
starts with the field's label as the form writes it, never the model's field name.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "FieldLabels"

_LABELS = {
    "age_years": QT_TRANSLATE_NOOP("FieldLabels", "Age"),
    "weight_kg": QT_TRANSLATE_NOOP("FieldLabels", "Weight"),
    "height_cm": QT_TRANSLATE_NOOP("FieldLabels", "Height"),
    "sex": QT_TRANSLATE_NOOP("FieldLabels", "Sex"),
    "scr": QT_TRANSLATE_NOOP("FieldLabels", "Creatinine"),
    "scr_unit": QT_TRANSLATE_NOOP("FieldLabels", "Creatinine unit"),
    "crcl_ml_min": QT_TRANSLATE_NOOP("FieldLabels", "Measured CrCl"),
    "egfr": QT_TRANSLATE_NOOP("FieldLabels", "Known eGFR"),
    "dialysis": QT_TRANSLATE_NOOP("FieldLabels", "Dialysis"),
    "crcl_measured": QT_TRANSLATE_NOOP("FieldLabels", "CrCl measured"),
    "kidney_unstable": QT_TRANSLATE_NOOP("FieldLabels", "Kidney function unstable"),
    "conditions": QT_TRANSLATE_NOOP("FieldLabels", "Conditions"),
    "indication": QT_TRANSLATE_NOOP("FieldLabels", "Indication"),
    "patient": QT_TRANSLATE_NOOP("FieldLabels", "Patient"),
    "mode": QT_TRANSLATE_NOOP("FieldLabels", "Mode"),
    "product": QT_TRANSLATE_NOOP("FieldLabels", "Product"),
    "allow_half_tablets": QT_TRANSLATE_NOOP("FieldLabels", "Allow halves of unscored tablets"),
    "doses_per_day": QT_TRANSLATE_NOOP("FieldLabels", "Doses per day"),
    "dose_times": QT_TRANSLATE_NOOP("FieldLabels", "Dose times"),
    "start": QT_TRANSLATE_NOOP("FieldLabels", "Start date"),
    "current_daily_mg": QT_TRANSLATE_NOOP("FieldLabels", "Current dose"),
    "target_daily_mg": QT_TRANSLATE_NOOP("FieldLabels", "Target dose"),
    "medications": QT_TRANSLATE_NOOP("FieldLabels", "Current medications"),
    "overrides": QT_TRANSLATE_NOOP("FieldLabels", "Overrides"),
}


def field_label(field: str) -> str:
    """The form's label for `field`; an unknown field in words ("some_field" -> "Some field")."""
    label = _LABELS.get(field)
    if label is None:
        return field.replace("_", " ").strip().capitalize()
    return QCoreApplication.translate(_CONTEXT, str(label))


def labelled(field: str, message: str) -> str:
    """ "Label: message", or the message alone when it is about no one field."""
    return f"{field_label(field)}: {message}" if field else message
