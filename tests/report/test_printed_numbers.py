"""Safety invariant 6 of design.md: every number printed on a handout equals the plan's.

Checked on generated plans through the pure handout builder (what the renderer
prints, string for string).
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from baclofen_desk.core.chart_points import display_end, step_corner_points
from baclofen_desk.core.input_limits import WEIGHT_REQUIRED_BELOW_AGE
from baclofen_desk.core.models import PRODUCT_IDS, Override, Patient, Plan, PlanRequest
from baclofen_desk.core.planner import build_plan
from baclofen_desk.report import handout_data
from baclofen_desk.report.wording import Wording
from baclofen_desk.resources import default_knowledge
from tests.report.conftest import GENERATED, START
from tests.report.test_handout_data import scheduled_doses

KNOWLEDGE = default_knowledge()
WEEKS_SHOWN = 4


@st.composite
def printable_plans(draw: st.DrawFn) -> Plan:
    mode = draw(st.sampled_from(["titrate", "taper"]))
    age = draw(st.floats(min_value=2, max_value=100))
    patient = Patient(
        age_years=age,
        weight_kg=30 if age < WEIGHT_REQUIRED_BELOW_AGE else None,  # children: by weight
        crcl_ml_min=draw(st.one_of(st.none(), st.floats(min_value=30, max_value=150))),
    )
    current = draw(st.sampled_from([None, 10.0, 25.0, 40.0, 80.0]))
    request = PlanRequest(
        patient=patient,
        mode=mode,
        product=draw(st.sampled_from([None, *PRODUCT_IDS])),
        start=START,
        current_daily_mg=current if mode == "titrate" or current else 60.0,
        allow_half_tablets=draw(st.booleans()),
    )
    plan = build_plan(request, KNOWLEDGE)
    if plan.blocked:  # acknowledge what can be acknowledged; the rest is refused
        overrides = tuple(
            Override(code=a.code, reason="test")
            for a in plan.alerts
            if a.blocking and a.overridable
        )
        plan = build_plan(request.model_copy(update={"overrides": overrides}), KNOWLEDGE)
    return plan


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=printable_plans(), lang=st.sampled_from(["en", "es"]), large=st.booleans())
def test_printed_numbers_are_the_plan_numbers(plan, lang, large):
    assume(not plan.blocked)  # refused plans print nothing (tests in test_pdf.py)
    data = handout_data(
        plan, generated_at=GENERATED, lang=lang, large_print=large, knowledge=KNOWLEDGE
    )
    words = Wording(KNOWLEDGE.handout.catalogue(lang))
    for row, step in zip(data.schedule.rows, plan.steps, strict=True):
        assert row.total == words.mg(step.daily_mg)
        for dose in step.doses_mg:
            assert any(f"({words.mg(dose)})" in amount for amount in row.amounts)
    assert data.calendar.box_count == scheduled_doses(plan, WEEKS_SHOWN)
    until = display_end(plan, WEEKS_SHOWN * 7)
    corners = step_corner_points(plan, until)
    assert data.chart.points == tuple(((p.day - START).days, p.mg) for p in corners)
    above = plan.max_daily_mg is not None and any(
        s.daily_mg > plan.max_daily_mg for s in plan.steps
    )  # a taper from above the maximum: no maximum line to contradict it
    assert data.chart.max_mg == (None if above else plan.max_daily_mg)
    assert until - dt.timedelta(days=1) >= plan.steps[-1].start
