"""One translation of the models' validation errors into messages a user can act on.

The window, the command line and plan files all refuse input through the same
pydantic models; this module turns each refusal into (field, message), naming
the field by the label the form shows ("Age", "Current dose"), never by the
model's field name or its place in a file ("request.patient.age_years").
The command line swaps the label for its option; the window puts the message at
the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from baclofen_desk.core.models import MODEL_ERROR_FIELDS

if TYPE_CHECKING:
    from pydantic import ValidationError
    from pydantic_core import ErrorDetails

#: Key for a message that belongs to no single field.
GENERAL: Final = ""

#: The form's label of each request field (English; the window translates them).
FIELD_LABELS: Final[dict[str, str]] = {
    "age_years": "Age",
    "weight_kg": "Weight",
    "height_cm": "Height",
    "sex": "Sex",
    "scr": "Creatinine",
    "scr_unit": "Creatinine unit",
    "crcl_ml_min": "Measured CrCl",
    "egfr": "Known eGFR",
    "dialysis": "Dialysis",
    "crcl_measured": "CrCl measured",
    "kidney_unstable": "Kidney function unstable",
    "conditions": "Conditions",
    "indication": "Indication",
    "patient": "Patient",
    "mode": "Mode",
    "product": "Product",
    "allow_half_tablets": "Allow halves of unscored tablets",
    "doses_per_day": "Doses per day",
    "dose_times": "Dose times",
    "start": "Start date",
    "current_daily_mg": "Current dose",
    "target_daily_mg": "Target dose",
    "medications": "Current medications",
    "overrides": "Overrides",
    "step_days": "Step interval",
    "step_daily_mg": "Step size",
    "slow_taper": "Slow taper",
    "schedule": "Schedule",
    "review_date": "Review date",
    "history": "Plan history",
    "steps": "Saved steps",
    "request": "Plan",
    "handout": "Handout choices",
    "lang": "Handout language",
    "large_print": "Large print",
    "patient_name": "Patient name",
    "schema_version": "File format",
    "app_version": "Program version",
    "rules_version": "Rule base version",
}

#: Locations that only group fields: an error is about the field inside them.
_GROUPS: Final = frozenset({"request", "patient", "handout"})

#: Pydantic messages that name a model class, in words that do not.
_PLAIN_MESSAGES: Final = {
    "model_type": "is not a group of values as expected",
    "model_attributes_type": "is not a group of values as expected",
    "dict_type": "is not a group of values as expected",
    "extra_forbidden": "is not an entry this program knows",
}


@dataclass(frozen=True)
class InputProblem:
    """One refused input: the field it is about ("" for none), the message, the value."""

    field: str
    message: str
    given: object = None

    @property
    def label(self) -> str:
        return label_of(self.field)

    def text(self) -> str:
        """ "Label: message", or the message alone when it is about no one field."""
        return f"{self.label}: {self.message}" if self.field else self.message


def label_of(field: str) -> str:
    """The form's label for `field`; an unknown name in words ("some_field" -> "Some field")."""
    return FIELD_LABELS.get(field) or field.replace("_", " ").strip().capitalize()


def problem_of(error: ErrorDetails) -> InputProblem:
    """The field an error is about and the message to show for it."""
    return InputProblem(field_of(error), message_of(error), error.get("input"))


def input_problems(exc: ValidationError) -> list[InputProblem]:
    """Every refused field once (its first message), in the models' order."""
    found: dict[str, InputProblem] = {}
    for error in exc.errors():
        problem = problem_of(error)
        found.setdefault(problem.field, problem)
    return list(found.values())


def first_problem(exc: ValidationError) -> InputProblem:
    """The first refused field (for surfaces with room for one line)."""
    return input_problems(exc)[0]


def field_of(error: ErrorDetails) -> str:
    """The first named location outside the groups; else the whole-model error's field."""
    names = [part for part in error["loc"] if isinstance(part, str)]
    if error["type"] == "extra_forbidden":  # about the group that holds the unknown entry
        names = names[:-1]
    inside = [name for name in names if name not in _GROUPS]
    if inside:
        return inside[0]
    if error["type"] in MODEL_ERROR_FIELDS:
        return MODEL_ERROR_FIELDS[error["type"]]
    return names[-1] if names else GENERAL


def message_of(error: ErrorDetails) -> str:
    """The model's message, in words that name neither a model class nor a code."""
    kind = error["type"]
    if kind == "clock_time" or (kind == "string_pattern_mismatch" and "dose_times" in error["loc"]):
        return f"{error['input']!r} is not a clock time as HH:MM (24-hour, digits 0-9)"
    if kind == "too_long":  # a list longer than its limit
        context = error.get("ctx", {})
        return f"at most {context.get('max_length')} entries (got {context.get('actual_length')})"
    if kind == "extra_forbidden":
        return f"{error['loc'][-1]!s} {_PLAIN_MESSAGES[kind]}"
    return _PLAIN_MESSAGES.get(kind) or error["msg"].removeprefix("Value error, ")
