"""The fuzz run's checks catch what they claim to, and its requests are valid and reproducible."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from benchmarks.fuzz import kidney_violations, plan_violations, random_request, run_chunk
from tests.helpers import plan

if TYPE_CHECKING:
    from baclofen_desk.core.knowledge import Knowledge


def test_a_plan_above_its_maximum_is_reported(knowledge: Knowledge) -> None:
    made = plan(age_years=45)
    last = made.steps[-1]
    broken = made.model_copy(
        update={"steps": (*made.steps[:-1], last.model_copy(update={"daily_mg": 100.0}))}
    )
    found = plan_violations(broken, knowledge)
    assert "1: 100.0 mg/day above the maximum 80.0" in found


def test_a_good_plan_breaks_nothing(knowledge: Knowledge) -> None:
    assert plan_violations(plan(age_years=45, weight_kg=70, sex="male", scr=0.9), knowledge) == []
    taper = plan(age_years=45, mode="taper", current_daily_mg=10)
    assert plan_violations(taper, knowledge) == []


def test_a_higher_dose_with_worse_kidney_function_is_reported() -> None:
    good = plan(age_years=45, crcl_ml_min=90, target_daily_mg=30)
    worse = plan(age_years=45, crcl_ml_min=90, target_daily_mg=60)
    assert kidney_violations(good, worse) == ["4: worse kidney (normal) reaches 60.0 > 30.0 mg/day"]


def test_requests_are_reproducible_from_the_seed() -> None:
    first = [random_request(random.Random(7)) for _ in range(3)]
    again = [random_request(random.Random(7)) for _ in range(3)]
    assert first == again


def test_a_chunk_counts_every_request() -> None:
    result = run_chunk(11, 40)
    assert result.requests == 40
    assert 0 <= result.violations <= 40
    assert len(result.examples) == min(3, result.violations)
