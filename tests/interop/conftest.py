"""Plans to export, built with the real planner and the bundled knowledge base."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import pytest

from baclofen_desk.core.models import Override, Patient, PlanRequest
from baclofen_desk.core.planner import build_plan
from baclofen_desk.resources import default_knowledge

if TYPE_CHECKING:
    from collections.abc import Callable

    from baclofen_desk.core.models import Plan

START = dt.date(2026, 12, 1)
PATIENT_FIELDS = set(Patient.model_fields)


def make_plan(**fields: Any) -> Plan:
    """A plan from flat keyword arguments (patient fields mixed with request fields)."""
    patient = {key: fields.pop(key) for key in list(fields) if key in PATIENT_FIELDS}
    patient.setdefault("age_years", 45)
    fields.setdefault("start", START)
    return build_plan(PlanRequest(patient=Patient(**patient), **fields), default_knowledge())


@pytest.fixture
def plan_of() -> Callable[..., Plan]:
    return make_plan


@pytest.fixture
def titration() -> Plan:
    """Default adult titration: 15, 30, 45 mg/day for 3 days each, then 60 mg/day open-ended."""
    return make_plan(weight_kg=70, sex="male", scr=0.9)


@pytest.fixture
def taper() -> Plan:
    """Taper from 40 mg/day; the first step has unequal doses (5, 10, 10 mg); ends with 0 mg."""
    return make_plan(mode="taper", current_daily_mg=40)


@pytest.fixture
def dialysis_overridden() -> Plan:
    return make_plan(
        dialysis=True,
        overrides=(Override(code="kidney.dialysis", reason="Nephrology agreed; weekly review"),),
    )


@pytest.fixture
def dialysis_blocked() -> Plan:
    return make_plan(dialysis=True)
