"""What the form holds, turned into a `PlanRequest` or into messages per field.

The form collects raw values (a number box may be empty) and the domain model
decides: either a valid request, or the model's own message for each field it
refused. Pure Python, so the mapping is tested without widgets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from baclofen_desk.core.input_errors import GENERAL, input_problems
from baclofen_desk.core.input_limits import WEIGHT_REQUIRED_BELOW_AGE
from baclofen_desk.core.models import Patient, PlanRequest

if TYPE_CHECKING:
    from collections.abc import Mapping

    from baclofen_desk.core.models import Override

__all__ = ["GENERAL", "Draft", "DraftResult", "build_request", "draft_of"]


@dataclass(frozen=True)
class Draft:
    """The form's raw values: patient fields, plan fields and medication lines."""

    patient: Mapping[str, Any]
    plan: Mapping[str, Any]
    medications: tuple[str, ...] = ()


@dataclass(frozen=True)
class DraftResult:
    """A valid request, or the fields the model refused with its messages."""

    request: PlanRequest | None
    errors: Mapping[str, str] = field(default_factory=dict)


def build_request(draft: Draft, overrides: tuple[Override, ...]) -> DraftResult:
    """Validate the draft with the domain models; never fill in a missing value."""
    try:
        patient = Patient.model_validate(_entered(draft.patient))
    except ValidationError as exc:
        errors = dict(_messages(exc))
        try:  # also report plan-field errors at the same time
            PlanRequest.model_validate({**draft.plan, "patient": _placeholder()})
        except ValidationError as plan_exc:
            errors = {**dict(_messages(plan_exc)), **errors}
        return DraftResult(None, errors)
    data = {
        **draft.plan,
        "patient": patient,
        "medications": draft.medications,
        "overrides": overrides,
    }
    try:
        return DraftResult(PlanRequest.model_validate(data))
    except ValidationError as exc:
        return DraftResult(None, dict(_messages(exc)))


def draft_of(request: PlanRequest) -> Draft:
    """The form values that give back `request` (used when a plan file is opened)."""
    plan = request.model_dump(exclude={"patient", "medications", "overrides"})
    return Draft(dict(request.patient), plan, request.medications)


def _entered(values: Mapping[str, Any]) -> dict[str, Any]:
    """Leave out empty required fields, so the model says "Field required"."""
    fields = Patient.model_fields
    return {k: v for k, v in values.items() if v is not None or not fields[k].is_required()}


def _placeholder() -> Patient:
    """A patient no patient-level rule refuses, so only the plan fields are judged."""
    return Patient.model_construct(age_years=WEIGHT_REQUIRED_BELOW_AGE)


def _messages(exc: ValidationError) -> list[tuple[str, str]]:
    """(field, message) for every error, first message per field kept."""
    return [(problem.field, problem.message) for problem in input_problems(exc)]
