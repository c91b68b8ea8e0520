"""Invariants of rule base v2, checked over generated requests.

- The band is never less impaired than any single kidney value (unless a measured CrCl
  is marked to decide).
- Under 12 a titration never goes above 2 mg/kg/day.
- No taper step falls by more than half the dose before it (except the step to 0); a
  reduction falls by the same rule (or says it is faster) and holds its target.
- Never more than 4 doses a day, however the doses are asked for.
- Worse kidney function never gives a higher dose at any step, dialysis against severe
  included.
"""

from __future__ import annotations

import datetime as dt
import math
from fractions import Fraction
from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from baclofen_desk.core.input_limits import MAX_DOSES_PER_DAY
from baclofen_desk.core.models import Patient, PlanRequest
from baclofen_desk.core.planner import build_plan
from baclofen_desk.resources import default_knowledge
from tests.core.test_invariants import patients, requests
from tests.helpers import daily_by_date

KNOWLEDGE = default_knowledge()
BANDS = [band.id for band in KNOWLEDGE.rules.kidney.bands]
SETTINGS = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
START = dt.date(2026, 12, 1)


@SETTINGS
@given(patients())
def test_the_band_is_never_less_impaired_than_any_value(patient: Patient) -> None:
    plan = build_plan(PlanRequest(patient=patient, start=START), KNOWLEDGE)
    kidney = plan.kidney
    if patient.dialysis:
        assert kidney.band == "dialysis"
        return
    if not kidney.values:
        assert kidney.band == "unknown"
        return
    assert kidney.band != "unknown"
    if patient.crcl_measured and not patient.kidney_unstable:
        measured = next(v for v in kidney.values if v.kind == "crcl_entered")
        assert kidney.band == measured.band
        return
    for value in kidney.values:
        assert BANDS.index(kidney.band) >= BANDS.index(value.band), value


@SETTINGS
@given(requests())
def test_a_child_titration_never_goes_above_2_mg_per_kg(request: PlanRequest) -> None:
    patient = request.patient
    plan = build_plan(request, KNOWLEDGE)
    rule = KNOWLEDGE.rules.children_by_weight
    if request.mode != "titrate" or patient.age_years >= rule.below_age_years or plan.refused:
        return
    assert patient.weight_kg is not None
    limit = Fraction(str(rule.max_mg_per_kg)) * Fraction(str(patient.weight_kg))
    # A current dose above it is lowered gradually, never cut (P4, P6).
    limit = max(limit, Fraction(str(request.current_daily_mg or 0)))
    for step in plan.steps:
        assert Fraction(str(step.daily_mg)) <= limit


@SETTINGS
@given(requests())
def test_no_taper_step_falls_by_more_than_half(request: PlanRequest) -> None:
    plan = build_plan(request, KNOWLEDGE)
    if request.mode != "taper" or plan.refused or request.current_daily_mg is None:
        return
    levels = [request.current_daily_mg] + [s.daily_mg for s in plan.steps]
    for before, after in pairwise(levels):
        if after > 0:
            assert Fraction(str(before)) - Fraction(str(after)) <= Fraction(str(before)) / 2


times = st.lists(
    st.integers(min_value=0, max_value=23).map(lambda h: f"{h:02d}:00"),
    min_size=1,
    max_size=MAX_DOSES_PER_DAY,
    unique=True,
).map(sorted)


@SETTINGS
@given(requests(), st.one_of(st.none(), times))
def test_never_more_than_four_doses_a_day(request: PlanRequest, dose_times) -> None:
    if dose_times is not None and all(
        int(b[:2]) - int(a[:2]) >= 3 for a, b in pairwise(dose_times)
    ):
        request = request.model_copy(
            update={"dose_times": tuple(dose_times), "doses_per_day": None}
        )
    plan = build_plan(request, KNOWLEDGE)
    for step in plan.steps:
        assert len(step.doses_mg) == len(step.times) <= MAX_DOSES_PER_DAY


@SETTINGS
@given(requests().filter(lambda r: r.mode == "titrate"), st.floats(min_value=5, max_value=29))
def test_dialysis_never_gives_more_than_severe_kidney_impairment(
    request: PlanRequest, severe: float
) -> None:
    def planned(**kidney: object) -> dict[dt.date, float]:
        patient = request.patient.model_copy(
            update={
                "crcl_ml_min": None,
                "egfr": None,
                "scr": None,
                "crcl_measured": False,
                **kidney,
            }
        )
        plan = build_plan(request.model_copy(update={"patient": patient}), KNOWLEDGE)
        return {} if plan.refused else daily_by_date(plan)

    on_dialysis = planned(dialysis=True)
    at_severe = planned(dialysis=False, crcl_ml_min=severe)
    if not at_severe:
        return
    for day, mg in on_dialysis.items():
        if request.current_daily_mg is None:
            assert mg <= at_severe.get(day, math.inf), day


@st.composite
def reductions(draw: st.DrawFn) -> PlanRequest:
    current = draw(st.floats(min_value=2, max_value=120).map(lambda x: round(x, 1)))
    target = draw(st.floats(min_value=0.5, max_value=current - 0.5).map(lambda x: round(x, 1)))
    return PlanRequest(
        patient=draw(patients()),
        mode="reduce",
        product=draw(st.one_of(st.none(), st.sampled_from(["tablet-5", "tablet-10"]))),
        start=START,
        current_daily_mg=current,
        target_daily_mg=target,
    )


@SETTINGS
@given(reductions())
def test_a_reduction_falls_as_a_taper_does_and_holds_its_target(request: PlanRequest) -> None:
    """The same fall rule as a taper (P6 v2), or a critical alert that says it is faster."""
    plan = build_plan(request, KNOWLEDGE)
    if plan.refused:
        return
    steps = plan.steps
    assert steps[-1].end is None and steps[-1].daily_mg == plan.target_daily_mg
    assert all(s.days is not None and s.days >= 3 for s in steps[:-1])
    levels = [Fraction(str(request.current_daily_mg))]
    levels += [Fraction(str(s.daily_mg)) for s in steps]
    largest = Fraction(str(KNOWLEDGE.rules.taper.max_decrease_daily_mg))
    gentle = all(0 < b - a <= min(largest, b / 2) for b, a in pairwise(levels) if a < b)
    assert gentle or "plan.fall_too_fast" in {a.code for a in plan.alerts}
