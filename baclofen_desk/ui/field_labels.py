"""The names people read for the request's fields, for messages shown away from their field.

A message the form cannot put under its own input (it goes to the status banner)
starts with the field's label as the form writes it, never the model's field name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from baclofen_desk.core.input_errors import FIELD_LABELS, label_of

if TYPE_CHECKING:
    from pydantic import BaseModel

_CONTEXT = "FieldLabels"

#: The core's field labels (`FIELD_LABELS`), listed so that they are translated.
_LABEL_TEXTS = (
    QT_TRANSLATE_NOOP("FieldLabels", "Age"),
    QT_TRANSLATE_NOOP("FieldLabels", "Weight"),
    QT_TRANSLATE_NOOP("FieldLabels", "Height"),
    QT_TRANSLATE_NOOP("FieldLabels", "Sex"),
    QT_TRANSLATE_NOOP("FieldLabels", "Creatinine"),
    QT_TRANSLATE_NOOP("FieldLabels", "Creatinine unit"),
    QT_TRANSLATE_NOOP("FieldLabels", "Measured CrCl"),
    QT_TRANSLATE_NOOP("FieldLabels", "Known eGFR"),
    QT_TRANSLATE_NOOP("FieldLabels", "Dialysis"),
    QT_TRANSLATE_NOOP("FieldLabels", "CrCl measured"),
    QT_TRANSLATE_NOOP("FieldLabels", "Kidney function unstable"),
    QT_TRANSLATE_NOOP("FieldLabels", "Conditions"),
    QT_TRANSLATE_NOOP("FieldLabels", "Indication"),
    QT_TRANSLATE_NOOP("FieldLabels", "Patient"),
    QT_TRANSLATE_NOOP("FieldLabels", "Mode"),
    QT_TRANSLATE_NOOP("FieldLabels", "Product"),
    QT_TRANSLATE_NOOP("FieldLabels", "Allow halves of unscored tablets"),
    QT_TRANSLATE_NOOP("FieldLabels", "Doses per day"),
    QT_TRANSLATE_NOOP("FieldLabels", "Dose times"),
    QT_TRANSLATE_NOOP("FieldLabels", "Start date"),
    QT_TRANSLATE_NOOP("FieldLabels", "Current dose"),
    QT_TRANSLATE_NOOP("FieldLabels", "Target dose"),
    QT_TRANSLATE_NOOP("FieldLabels", "Current medications"),
    QT_TRANSLATE_NOOP("FieldLabels", "Overrides"),
    QT_TRANSLATE_NOOP("FieldLabels", "Step interval"),
    QT_TRANSLATE_NOOP("FieldLabels", "Step size"),
    QT_TRANSLATE_NOOP("FieldLabels", "Slow taper"),
    QT_TRANSLATE_NOOP("FieldLabels", "Schedule"),
    QT_TRANSLATE_NOOP("FieldLabels", "Review date"),
    QT_TRANSLATE_NOOP("FieldLabels", "Plan history"),
    QT_TRANSLATE_NOOP("FieldLabels", "Saved steps"),
    QT_TRANSLATE_NOOP("FieldLabels", "Plan"),
    QT_TRANSLATE_NOOP("FieldLabels", "Handout choices"),
    QT_TRANSLATE_NOOP("FieldLabels", "Handout language"),
    QT_TRANSLATE_NOOP("FieldLabels", "Large print"),
    QT_TRANSLATE_NOOP("FieldLabels", "Patient name"),
    QT_TRANSLATE_NOOP("FieldLabels", "File format"),
    QT_TRANSLATE_NOOP("FieldLabels", "Program version"),
    QT_TRANSLATE_NOOP("FieldLabels", "Rule base version"),
)

#: What a field holds, in words, where the model's own description speaks of its internals
#: ("Serum creatinine, in scr_unit", "None: from the rules"): tool tip and screen reader text.
_DESCRIPTIONS = {
    "age_years": QT_TRANSLATE_NOOP("FieldLabels", "Age in years"),
    "weight_kg": QT_TRANSLATE_NOOP("FieldLabels", "Body weight in kg"),
    "height_cm": QT_TRANSLATE_NOOP("FieldLabels", "Height in cm"),
    "sex": QT_TRANSLATE_NOOP("FieldLabels", "Sex used by the kidney equations"),
    "dialysis": QT_TRANSLATE_NOOP("FieldLabels", "On dialysis or end-stage kidney disease"),
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
    "step_days": QT_TRANSLATE_NOOP("FieldLabels", "Days per step; empty: from the rules"),
    "step_daily_mg": QT_TRANSLATE_NOOP(
        "FieldLabels", "Change of the daily dose per step, in mg a day; empty: from the rules"
    ),
    "slow_taper": QT_TRANSLATE_NOOP("FieldLabels", "The slow taper, chosen by the clinician"),
    "review_date": QT_TRANSLATE_NOOP("FieldLabels", "Next review; not set: from the rules"),
}


#: Units the number boxes show after the number, where the language writes them otherwise.
_UNITS = {
    "years": QT_TRANSLATE_NOOP("FieldLabels", "years"),
    "mg/day": QT_TRANSLATE_NOOP("FieldLabels", "mg/day"),
}


#: Model descriptions the window shows as tool tips (`tip`), listed so that they are translated.
_TIPS = (
    QT_TRANSLATE_NOOP("FieldLabels", "Printed on every handout"),
    QT_TRANSLATE_NOOP("FieldLabels", "Number patients should call"),
    QT_TRANSLATE_NOOP("FieldLabels", "Number to call out of hours"),
    QT_TRANSLATE_NOOP("FieldLabels", "Printed on handouts"),
    QT_TRANSLATE_NOOP("FieldLabels", "Printed on the summary"),
    QT_TRANSLATE_NOOP("FieldLabels", "Printed in the emergency sections; empty: by country"),
    QT_TRANSLATE_NOOP("FieldLabels", "Clock times for a new plan; None: from the rules"),
    QT_TRANSLATE_NOOP(
        "FieldLabels", "The window's colours: the system's scheme, or always light or dark"
    ),
    QT_TRANSLATE_NOOP(
        "FieldLabels", "The window's language: the system's, or always English or Spanish"
    ),
    QT_TRANSLATE_NOOP("FieldLabels", "Allow halves of unscored tablets (clinician's choice)"),
    QT_TRANSLATE_NOOP(
        "FieldLabels", "The CrCl is measured and reliable (24-hour urine); it decides the band"
    ),
    QT_TRANSLATE_NOOP(
        "FieldLabels", "Creatinine not stable or acute kidney injury: estimates not valid"
    ),
)


def tip(model: type[BaseModel], field: str) -> str:
    """The description of `model.field` in the window's language, for its tool tip."""
    description = model.model_fields[field].description
    return QCoreApplication.translate(_CONTEXT, description) if description else ""


def unit_text(unit: str) -> str:
    """A field's unit as the window's language writes it ("years" -> "años")."""
    text = _UNITS.get(unit)
    return unit if text is None else QCoreApplication.translate(_CONTEXT, str(text))


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
