"""Table edits as the clinician's own schedule, the hard limits that refuse one, and what the
rules would choose where the clinician leaves a choice open (policy P2a, P6, P10)."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from baclofen_desk.core import schedule_edits as edits
from baclofen_desk.core.models import ScheduleStep
from baclofen_desk.core.rule_choices import rule_choices
from baclofen_desk.resources import default_knowledge
from tests.helpers import plan

ADULT = {"age_years": 45, "weight_kg": 70, "sex": "male", "scr": 0.9}


def own(*steps: tuple[float, int | None]) -> tuple[ScheduleStep, ...]:
    return tuple(ScheduleStep(daily_mg=mg, days=days) for mg, days in steps)


RULES = own((15, 3), (30, 3), (45, 3), (60, None))


def test_the_plans_steps_become_the_clinicians_schedule() -> None:
    assert edits.own_steps(plan(**ADULT).steps) == RULES


def test_each_edit_gives_the_schedule_it_names() -> None:
    assert edits.with_dose(RULES, 1, 25) == own((15, 3), (25, 3), (45, 3), (60, None))
    assert edits.with_days(RULES, 0, 10) == own((15, 10), (30, 3), (45, 3), (60, None))
    assert edits.held(RULES, 2, 4) == own((15, 3), (30, 3), (45, 7), (60, None))
    assert edits.inserted_after(RULES, 0, 3) == own((15, 3), (15, 3), (30, 3), (45, 3), (60, None))
    assert edits.inserted_after(RULES, 3, 7) == own((15, 3), (30, 3), (45, 3), (60, 7), (60, None))
    assert edits.removed(RULES, 1) == own((15, 3), (45, 3), (60, None))
    assert edits.removed(RULES, 3) == own((15, 3), (30, 3), (45, None))


def test_impossible_edits_are_refused_with_a_reason() -> None:
    with pytest.raises(ValueError, match="open-ended"):
        edits.held(RULES, 3, 2)
    with pytest.raises(ValueError, match="at least one step"):
        edits.removed(own((60, None)), 0)
    with pytest.raises(ValidationError):
        edits.with_days(RULES, 0, 0)


def test_a_dose_above_the_maximum_is_refused_by_the_guard_rail() -> None:
    knowledge = default_knowledge()
    above = plan(**ADULT, schedule=edits.with_dose(RULES, 3, 100))
    alert = edits.refusal(above, knowledge)
    assert alert is not None
    assert alert.code == "plan.above_max"
    assert edits.refusal(plan(**ADULT, schedule=RULES), knowledge) is None
    too_fast = plan(**ADULT, schedule=edits.with_dose(RULES, 1, 25))  # a soft limit: not refused
    assert edits.refusal(too_fast, knowledge) is None
    assert not too_fast.refused


def test_dispensable_doses_are_multiples_of_the_product_unit_up_to_the_maximum() -> None:
    doses = edits.dispensable_doses(plan(**ADULT))
    assert doses == tuple(float(5 * n) for n in range(1, 17))
    taper = edits.dispensable_doses(plan(**ADULT, mode="taper", current_daily_mg=30))
    assert taper[:2] == (0.0, 5.0)


def test_the_rules_choices_for_a_titration_and_a_taper() -> None:
    knowledge = default_knowledge()
    chosen = rule_choices(plan(**ADULT, step_days=7, target_daily_mg=40), knowledge)
    assert chosen is not None
    assert (chosen.step_days, chosen.step_daily_mg, chosen.target_daily_mg) == (3, 15.0, 60.0)
    assert chosen.review_date == dt.date(2026, 12, 15)  # the day 40 mg/day is reached
    taper = rule_choices(plan(**ADULT, mode="taper", current_daily_mg=30), knowledge)
    assert taper is not None
    assert (taper.step_days, taper.step_daily_mg, taper.target_daily_mg) == (3, 15.0, None)
    assert taper.step_days_at_least  # the taper lasts 14 days at least: its steps are longer
    assert not taper.slow_taper
    older = rule_choices(
        plan(**{**ADULT, "age_years": 70}, mode="taper", current_daily_mg=30), knowledge
    )
    assert older is not None
    assert older.slow_taper  # from 65 the rules make every taper slow
    reviewed = plan(**ADULT, review_date=dt.date(2027, 1, 5))
    again = rule_choices(reviewed, knowledge)
    assert again is not None
    assert again.review_date == dt.date(2026, 12, 10)


def test_changed_cells_are_those_the_rules_set_otherwise() -> None:
    rules = plan(**ADULT).steps
    held = plan(**ADULT, schedule=edits.held(RULES, 2, 4)).steps
    assert edits.changed_cells(held, rules) == (
        (False, False),
        (False, False),
        (False, True),  # held 4 more days
        (False, False),  # moved to 14 Dec, where the rules give 60 mg/day open-ended too
    )
    inserted = plan(**ADULT, schedule=edits.inserted_after(RULES, 0, 3)).steps
    assert edits.changed_cells(inserted, rules) == (
        (False, False),
        (True, False),  # 15 mg/day on 4 Dec, where the rules give 30
        (True, False),
        (True, True),  # 45 for 3 days from 10 Dec, where the rules give 60 open-ended
        (False, False),
    )
    assert edits.changed_cells(held, None) == ((True, True),) * 4
    assert edits.changed_cells(rules, rules) == ((False, False),) * 4
