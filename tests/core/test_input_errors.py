"""One translation of model errors: the field by its label, never a model name or a code."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from baclofen_desk.core.input_errors import first_problem, input_problems
from baclofen_desk.core.models import PlanRequest

START = dt.date(2026, 12, 1)


def problems(data: dict[str, Any]) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        PlanRequest.model_validate({"start": START, **data})
    return [problem.text() for problem in input_problems(caught.value)]


def test_a_patient_field_is_named_by_its_label() -> None:
    assert problems({"patient": {"age_years": -1}}) == [
        "Age: Input should be greater than or equal to 0"
    ]


def test_an_override_reason_is_named_as_the_overrides() -> None:
    assert problems(
        {"patient": {"age_years": 40}, "overrides": [{"code": "kidney.severe", "reason": " "}]}
    ) == ["Overrides: must not be blank"]


def test_an_unknown_entry_is_named_with_its_group() -> None:
    assert problems({"patient": {"age_years": 40, "wieght_kg": 70}}) == [
        "Patient: wieght_kg is not an entry this program knows"
    ]


def test_a_whole_model_error_names_its_field() -> None:
    assert problems({"patient": {"age_years": 40}, "mode": "taper"}) == [
        "Current dose: a taper needs the current daily dose"
    ]


def test_a_dose_time_says_what_is_expected() -> None:
    assert problems({"patient": {"age_years": 40}, "dose_times": ["8am"]}) == [
        "Dose times: '8am' is not a clock time as HH:MM (24-hour, digits 0-9)"
    ]


def test_a_group_of_the_wrong_form_names_no_model_class() -> None:
    with pytest.raises(ValidationError) as caught:
        PlanRequest.model_validate({"start": START, "patient": 5})
    problem = first_problem(caught.value)
    assert problem.text() == "Patient: is not a group of values as expected"
    assert problem.given == 5
