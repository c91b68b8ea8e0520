"""From raw form values to a request, or to the model's message at each refused field."""

from __future__ import annotations

import datetime as dt

import pytest

from baclofen_desk.core.models import Override, Patient, PlanRequest
from baclofen_desk.ui.field_specs import number_spec, unit_of
from baclofen_desk.ui.request_draft import GENERAL, Draft, build_request, draft_of

START = dt.date(2026, 12, 1)
PLAN = {"mode": "titrate", "start": START}


def errors_of(patient: dict[str, object], plan: dict[str, object] | None = None) -> dict[str, str]:
    result = build_request(Draft(patient, {**PLAN, **(plan or {})}), ())
    assert result.request is None
    return dict(result.errors)


def test_a_valid_draft_gives_the_request() -> None:
    result = build_request(Draft({"age_years": 45, "weight_kg": None}, PLAN, ("gabapentin",)), ())
    assert result.errors == {}
    assert result.request == PlanRequest(
        patient=Patient(age_years=45), start=START, medications=("gabapentin",)
    )


def test_an_empty_age_is_required_not_zero() -> None:
    assert errors_of({"age_years": None}) == {"age_years": "Field required"}


@pytest.mark.parametrize(
    ("patient", "plan", "field", "words"),
    [
        ({"scr": 30}, {}, "scr", "above the plausible limit of 20 mg/dL"),
        ({}, {"mode": "taper"}, "current_daily_mg", "a taper needs the current daily dose"),
        ({}, {"current_daily_mg": 60, "target_daily_mg": 30}, "target_daily_mg", "target must"),
        ({}, {"dose_times": ("20:00", "08:00")}, "dose_times", "in order through the day"),
        ({}, {"dose_times": ("25:00",)}, "dose_times", "'25:00' is not a clock time as HH:MM"),
    ],
)
def test_model_errors_land_on_their_field(
    patient: dict[str, object], plan: dict[str, object], field: str, words: str
) -> None:
    errors = errors_of({"age_years": 45, **patient}, plan)
    assert list(errors) == [field]
    assert words in errors[field]


def test_patient_and_plan_errors_are_reported_together() -> None:
    errors = errors_of({"age_years": None}, {"mode": "taper"})
    assert set(errors) == {"age_years", "current_daily_mg"}


def test_an_error_without_a_field_is_general() -> None:
    twice = (Override(code="x", reason="a"), Override(code="x", reason="b"))
    result = build_request(Draft({"age_years": 45}, PLAN), twice)
    assert result.errors == {"overrides": "each alert can be overridden only once"}
    assert GENERAL == ""


def test_draft_of_a_request_builds_the_same_request() -> None:
    request = PlanRequest(
        patient=Patient(age_years=78, weight_kg=70, crcl_ml_min=40, conditions=("stroke",)),
        start=START,
        mode="taper",
        current_daily_mg=60,
        medications=("oxycodone",),
        overrides=(Override(code="kidney.severe", reason="agreed"),),
    )
    assert build_request(draft_of(request), request.overrides).request == request


def test_limits_and_units_are_read_from_the_model() -> None:
    age = number_spec(Patient, "age_years", decimals=1)
    weight = number_spec(Patient, "weight_kg", decimals=1)
    assert (age.minimum, age.maximum, age.unit) == (0, 120, "years")
    assert (weight.minimum, weight.maximum, weight.unit) == (0.1, 400, "kg")
    assert number_spec(PlanRequest, "target_daily_mg", decimals=2).unit == "mg/day"
    assert unit_of("Known eGFR, mL/min/1.73 m²") == "mL/min/1.73 m²"
