"""The fuzz run's checks catch what they claim to, and its requests are valid and reproducible."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from baclofen_desk.core.models import ScheduleStep
from benchmarks.fuzz import refusal_violations, run_chunk
from benchmarks.fuzz_checks import kidney_violations, plan_violations
from benchmarks.fuzz_requests import random_request
from tests.helpers import plan

if TYPE_CHECKING:
    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import Plan

ADULT = {"age_years": 45, "weight_kg": 70, "sex": "male", "scr": 0.9}


def _with_daily(made: Plan, index: int, daily: float, doses: tuple[float, ...]) -> Plan:
    steps = list(made.steps)
    steps[index] = steps[index].model_copy(update={"daily_mg": daily, "doses_mg": doses})
    return made.model_copy(update={"steps": tuple(steps)})


def test_a_plan_above_its_maximum_is_reported(knowledge: Knowledge) -> None:
    made = plan(age_years=45)
    broken = _with_daily(made, -1, 100.0, (25.0, 25.0, 25.0, 25.0))
    assert "1: 100.0 mg/day above the maximum 80" in plan_violations(broken, knowledge)


def test_a_single_dose_above_the_per_dose_maximum_is_reported(knowledge: Knowledge) -> None:
    made = plan(**ADULT, mode="reduce", current_daily_mg=60, target_daily_mg=30)
    broken = _with_daily(made, -1, 30.0, (30.0,))
    assert "1: a single dose 30.0 above 20.0" in plan_violations(broken, knowledge)


def test_a_good_plan_of_every_mode_breaks_nothing(knowledge: Knowledge) -> None:
    assert plan_violations(plan(**ADULT), knowledge) == []
    assert plan_violations(plan(age_years=45, mode="taper", current_daily_mg=10), knowledge) == []
    reduction = plan(**ADULT, mode="reduce", current_daily_mg=60, target_daily_mg=30)
    assert plan_violations(reduction, knowledge) == []


def test_a_generated_fall_faster_than_the_taper_rule_is_reported(knowledge: Knowledge) -> None:
    made = plan(**ADULT, mode="reduce", current_daily_mg=60, target_daily_mg=30)
    broken = _with_daily(made, 0, 30.0, (10.0, 10.0, 10.0))  # 60 -> 30: half, but 30 > 15
    assert "3: falls 60 -> 30 mg/day in one step" in plan_violations(broken, knowledge)


def test_a_typed_fall_too_fast_needs_its_critical_alert(knowledge: Knowledge) -> None:
    steps = (ScheduleStep(daily_mg=20, days=7), ScheduleStep(daily_mg=5))
    typed = plan(**ADULT, mode="reduce", current_daily_mg=40, schedule=steps)
    assert typed.steps and plan_violations(typed, knowledge) == []
    silent = typed.model_copy(
        update={"alerts": tuple(a for a in typed.alerts if a.code != "plan.fall_too_fast")}
    )
    assert plan_violations(silent, knowledge) == [
        "3: falls 40 -> 20 mg/day in one step, without the critical alert plan.fall_too_fast",
        "3: falls 20 -> 5 mg/day in one step, without the critical alert plan.fall_too_fast",
    ]


def test_typed_steps_changed_by_the_planner_are_reported(knowledge: Knowledge) -> None:
    steps = (ScheduleStep(daily_mg=30, days=7), ScheduleStep(daily_mg=20))
    typed = plan(**ADULT, mode="reduce", current_daily_mg=40, schedule=steps)
    capped = _with_daily(typed, 0, 25.0, (10.0, 10.0, 5.0))
    assert plan_violations(capped, knowledge) == [
        "7: typed steps [(30.0, 7), (20.0, None)] planned as [(25.0, 7), (20.0, None)]"
    ]


def test_a_typed_step_above_the_maximum_is_refused_with_its_alert(knowledge: Knowledge) -> None:
    above = plan(**ADULT, schedule=(ScheduleStep(daily_mg=5, days=3), ScheduleStep(daily_mg=100)))
    assert above.refused and plan_violations(above, knowledge) == []
    silent = above.model_copy(update={"alerts": ()})
    assert plan_violations(silent, knowledge) == [
        "7: refused without a critical alert that says why"
    ]


def test_a_higher_dose_with_worse_kidney_function_is_reported() -> None:
    good = plan(age_years=45, crcl_ml_min=90, target_daily_mg=30)
    worse = plan(age_years=45, crcl_ml_min=90, target_daily_mg=60)
    assert kidney_violations(good, worse) == [
        "4: worse kidney (normal) reaches 60.0 > 30.0 mg/day",
        "4: worse kidney, target 60.0 > 30.0",
    ]


def test_contradicting_requests_are_refused_by_the_models() -> None:
    rng = random.Random(5)
    assert [refusal_violations(rng) for _ in range(50)] == [[]] * 50


def test_requests_are_reproducible_from_the_seed() -> None:
    first = [random_request(random.Random(7)) for _ in range(3)]
    again = [random_request(random.Random(7)) for _ in range(3)]
    assert first == again


def test_requests_cover_every_mode_and_shaping_choice() -> None:
    rng = random.Random(3)
    drawn = [random_request(rng) for _ in range(400)]
    assert {r.mode for r in drawn} == {"titrate", "reduce", "taper"}
    assert any(r.schedule for r in drawn) and any(r.step_days for r in drawn)
    assert any(r.step_daily_mg for r in drawn) and any(r.slow_taper for r in drawn)
    assert any(r.patient.age_years < 12 for r in drawn) and any(r.overrides for r in drawn)
    assert any(r.patient.crcl_measured for r in drawn)
    assert any(r.patient.kidney_unstable for r in drawn)


def test_a_chunk_counts_every_request() -> None:
    result = run_chunk(11, 40)
    assert result.requests == 40
    assert result.violations == 0
    assert result.examples == ()
