"""Safety invariants of design.md, checked over thousands of generated requests.

1. No step exceeds the applicable maximum; no single dose exceeds the per-dose maximum.
2. Every dose is dispensable with the chosen product.
3. A titration never rises faster than its rule; a taper never falls faster than
   15 mg/day or half the dose per step, lasts at least 14 days and ends at 0 from a
   small dose.
4. Worse kidney function never yields a higher dose on any day.
7. Invalid input is refused with a message, never silently corrected.
"""

from __future__ import annotations

import datetime as dt
import math
from fractions import Fraction
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from baclofen_desk.core.input_limits import (
    BODY_RANGES,
    MAX_DOSES_PER_DAY,
    WEIGHT_REQUIRED_BELOW_AGE,
)
from baclofen_desk.core.models import PRODUCT_IDS, Patient, Plan, PlanRequest
from baclofen_desk.core.planner import build_plan
from baclofen_desk.resources import default_knowledge
from tests.helpers import daily_by_date

KNOWLEDGE = default_knowledge()
TAPER = KNOWLEDGE.rules.taper
SETTINGS = settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ages = st.floats(min_value=2, max_value=105, allow_nan=False)
optional_crcl = st.one_of(st.none(), st.floats(min_value=5, max_value=150, allow_nan=False))
doses = st.one_of(st.none(), st.integers(min_value=1, max_value=4))
amounts = st.floats(min_value=0.5, max_value=200, allow_nan=False).map(lambda x: round(x, 1))


@st.composite
def patients(draw: st.DrawFn, crcl: float | None = None) -> Patient:
    age = draw(ages)
    body = next(r for r in reversed(BODY_RANGES) if age >= r.from_age)
    weights = st.floats(min_value=body.weight_kg[0], max_value=min(body.weight_kg[1], 250))
    heights = st.floats(min_value=body.height_cm[0], max_value=min(body.height_cm[1], 210))
    child = age < WEIGHT_REQUIRED_BELOW_AGE
    typed_crcl = crcl if crcl is not None else draw(optional_crcl)
    return Patient(
        age_years=age,
        weight_kg=draw(weights if child else st.one_of(st.none(), weights)),
        height_cm=draw(st.one_of(st.none(), heights)),
        sex=draw(st.one_of(st.none(), st.sampled_from(["female", "male"]))),
        scr=draw(st.one_of(st.none(), st.floats(min_value=0.2, max_value=12))),
        crcl_ml_min=typed_crcl,
        egfr=draw(st.one_of(st.none(), st.floats(min_value=5, max_value=150))),
        crcl_measured=typed_crcl is not None and draw(st.booleans()),
        kidney_unstable=draw(st.sampled_from([False, False, True])),
        dialysis=draw(st.sampled_from([False, False, False, True])),
    )


@st.composite
def requests(draw: st.DrawFn) -> PlanRequest:
    mode = draw(st.sampled_from(["titrate", "taper"]))
    current = draw(amounts) if mode == "taper" else draw(st.one_of(st.none(), amounts))
    target = draw(st.one_of(st.none(), amounts)) if mode == "titrate" else None
    if mode == "titrate" and current is not None and target is not None and target <= current:
        target = None
    return PlanRequest(
        patient=draw(patients()),
        mode=mode,
        product=draw(st.one_of(st.none(), st.sampled_from(PRODUCT_IDS))),
        allow_half_tablets=draw(st.booleans()),
        doses_per_day=draw(doses),
        start=dt.date(2026, 12, 1),
        current_daily_mg=current,
        target_daily_mg=target,
    )


def _assert_dispensable(p: Plan) -> None:
    unit = Fraction(str(p.unit_mg))
    for step in p.steps:
        assert sum(step.doses_mg) == step.daily_mg
        assert len(step.doses_mg) == len(step.times) <= MAX_DOSES_PER_DAY
        for dose in step.doses_mg:
            assert dose > 0
            assert Fraction(str(dose)) % unit == 0, (dose, unit)
        if step.doses_mg:
            assert max(step.doses_mg) - min(step.doses_mg) <= p.unit_mg


def _assert_titration(p: Plan) -> None:
    profile = KNOWLEDGE.profile_for(p.request.patient.age_years)
    assert profile is not None and p.max_daily_mg is not None
    current = p.request.current_daily_mg
    if p.kidney.band == "dialysis":
        # One fixed dose, or a higher current dose lowered to it by the taper's steps.
        dialysis = KNOWLEDGE.rules.kidney.dialysis.start_daily_mg
        assert p.steps[-1].daily_mg <= max(dialysis, current or 0)
        _assert_falls([current or p.steps[0].daily_mg] + [s.daily_mg for s in p.steps])
        return
    for step in p.steps:
        assert step.daily_mg <= p.max_daily_mg
        if p.max_single_dose_mg is not None:
            assert max(step.doses_mg) <= p.max_single_dose_mg
    for a, b in pairwise(p.steps):
        assert b.daily_mg > a.daily_mg
        assert a.days is not None and a.days >= profile.step_days
        # never faster than the rule: rise per day at most increment per interval
        rise = Fraction(str(b.daily_mg)) - Fraction(str(a.daily_mg))
        allowed = Fraction(str(profile.increment_daily_mg)) * a.days / profile.step_days
        assert rise <= allowed, (a, b)
    assert p.steps[-1].end is None


def _assert_taper(p: Plan) -> None:
    current = p.request.current_daily_mg
    assert current is not None
    assert p.steps[-1].daily_mg == 0 and p.steps[-1].end is None
    for step in p.steps[:-1]:
        assert step.daily_mg <= current
        assert step.days is not None and step.days >= TAPER.min_step_days
    _assert_falls([current] + [s.daily_mg for s in p.steps[:-1]])
    child = p.request.patient.age_years < WEIGHT_REQUIRED_BELOW_AGE
    stop_from = TAPER.child_stop_from_daily_mg if child else TAPER.stop_from_daily_mg
    last = p.steps[-2].daily_mg
    # The step to 0 is from a small dose, unless the product cannot give one (then critical).
    assert last <= stop_from or "plan.stop_too_high" in {a.code for a in p.alerts}
    assert sum(s.days or 0 for s in p.steps[:-1]) >= TAPER.min_total_days


def _assert_falls(levels: list[float]) -> None:
    """No fall more than 15 mg/day or more than half the dose before it (P6 v2)."""
    for a, b in pairwise(levels):
        fall = Fraction(str(a)) - Fraction(str(b))
        assert fall <= TAPER.max_decrease_daily_mg, (a, b)
        assert fall <= Fraction(str(a)) * Fraction(str(TAPER.max_decrease_fraction)), (a, b)


@SETTINGS
@given(requests())
def test_every_plan_keeps_the_safety_invariants(request: PlanRequest) -> None:
    p = build_plan(request, KNOWLEDGE)
    if p.refused:
        assert p.steps == () and p.blocked
        return
    assert p.steps, "a plan that is not refused has steps"
    _assert_dispensable(p)
    if p.mode == "titrate":
        _assert_titration(p)
    else:
        _assert_taper(p)


@SETTINGS
@given(
    request=requests().filter(lambda r: not r.patient.dialysis),
    better=st.floats(min_value=5, max_value=150),
    worse_by=st.floats(min_value=0, max_value=100),
)
def test_worse_kidney_function_never_gives_a_higher_dose(
    request: PlanRequest, better: float, worse_by: float
) -> None:
    worse = max(1.0, better - worse_by)

    def with_crcl(value: float) -> Plan:
        patient = request.patient.model_copy(update={"crcl_ml_min": value, "egfr": None})
        return build_plan(request.model_copy(update={"patient": patient}), KNOWLEDGE)

    good, bad = with_crcl(better), with_crcl(worse)
    if bad.refused:
        return
    if request.mode == "taper":
        # A taper is slower (longer steps) with poor kidney function, by design (P6);
        # its steps are never higher.
        assert [s.daily_mg for s in bad.steps] <= [s.daily_mg for s in good.steps]
        return
    good_days, bad_days = daily_by_date(good), daily_by_date(bad)
    for day, mg in bad_days.items():
        assert mg <= good_days.get(day, math.inf), day
    assert (bad.max_daily_mg or 0) <= (good.max_daily_mg or math.inf)


@settings(max_examples=400, deadline=None)
@given(
    field=st.sampled_from(["age_years", "weight_kg", "height_cm", "crcl_ml_min", "egfr", "scr"]),
    value=st.one_of(
        st.floats(max_value=0, exclude_max=True, allow_nan=False),
        st.floats(min_value=2000, allow_infinity=True, allow_nan=False),
        st.just(math.nan),
    ),
)
def test_invalid_patient_values_are_refused_not_corrected(field: str, value: float) -> None:
    with pytest.raises(ValidationError) as caught:
        Patient(**{"age_years": 40, field: value})
    assert caught.value.errors()[0]["msg"]


@settings(max_examples=300, deadline=None)
@given(
    field=st.sampled_from(["current_daily_mg", "target_daily_mg", "doses_per_day"]),
    value=st.one_of(st.integers(max_value=0), st.integers(min_value=201)),
)
def test_invalid_plan_values_are_refused(field: str, value: int) -> None:
    with pytest.raises(ValidationError):
        PlanRequest(patient=Patient(age_years=40), start=dt.date(2026, 12, 1), **{field: value})


def test_unknown_fields_are_refused() -> None:
    with pytest.raises(ValidationError, match="Extra inputs"):
        Patient.model_validate({"age_years": 40, "wieght_kg": 70})
