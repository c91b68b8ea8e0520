"""The clinician shapes the plan (policy P2a, P6 v2, P10): step days and size, reduction,
the clinician's own schedule, review dates; the guard rails re-check every schedule."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from baclofen_desk.core.levels import fall_levels
from baclofen_desk.core.models import ScheduleStep
from baclofen_desk.core.schedule_text import ScheduleTextError, format_schedule, parse_schedule
from tests.helpers import codes, plan, request

ADULT = {"age_years": 45, "weight_kg": 70, "sex": "male", "scr": 0.9}


def steps_of(p):
    return [(s.start.isoformat(), s.daily_mg, s.days, s.edited) for s in p.steps]


def own(*steps: tuple[float, int | None]) -> tuple[ScheduleStep, ...]:
    return tuple(ScheduleStep(daily_mg=mg, days=days) for mg, days in steps)


def test_step_days_and_size_shape_the_titration():
    assert steps_of(plan(**ADULT, step_days=7, step_daily_mg=10)) == [
        ("2026-12-01", 15.0, 7, False),
        ("2026-12-08", 25.0, 7, False),
        ("2026-12-15", 35.0, 7, False),
        ("2026-12-22", 45.0, 7, False),
        ("2026-12-29", 55.0, 7, False),
        ("2027-01-05", 60.0, None, False),
    ]


def test_shorter_steps_than_the_label_are_critical_and_overridable():
    p = plan(**ADULT, step_days=2)
    # one alert per rule (its first step), so one override acknowledges it
    (fast,) = [a for a in p.alerts if a.code == "plan.rise_too_fast"]
    assert fast.message.startswith("Step 2 (from 2026-12-03) rises after only 2 days")
    assert fast.severity == "critical" and fast.overridable
    assert p.blocked
    assert codes(p)["plan.clinician_choice"] == "info"


def test_fall_levels_never_more_than_half_nor_15():
    five, half, fifteen = Fraction(5), Fraction(1, 2), Fraction(15)
    # a taper: the step to 0 is taken from 5 mg/day (adults)
    assert fall_levels(Fraction(25), five, fifteen, half, down_to=five, stop_from=five) == [
        15,
        10,
        5,
    ]
    # a reduction to 30 mg/day: the same choice of level (P1 v2), held at the target
    assert fall_levels(Fraction(80), five, fifteen, half, down_to=Fraction(30)) == [65, 50, 35, 30]
    assert fall_levels(Fraction(62), five, fifteen, half, down_to=Fraction(30)) == [50, 35, 30]


def test_reduction_ends_open_ended_at_the_target_without_a_minimum_duration():
    p = plan(**ADULT, mode="reduce", current_daily_mg=60, target_daily_mg=30)
    assert steps_of(p) == [("2026-12-01", 45.0, 3, False), ("2026-12-04", 30.0, None, False)]
    assert p.review_date == dt.date(2026, 12, 4)
    assert not p.blocked and "taper.withdrawal" not in codes(p)
    assert [
        s.daily_mg
        for s in plan(**ADULT, mode="reduce", current_daily_mg=20, target_daily_mg=5).steps
    ] == [10.0, 5.0]


def test_a_reduction_the_product_cannot_give_says_so():
    # On dialysis the maximum (5 mg/day) is below a 20 mg tablet's half: nothing to reduce to.
    p = plan(
        age_years=46,
        dialysis=True,
        mode="reduce",
        product="tablet-20",
        current_daily_mg=28,
        target_daily_mg=11,
    )
    assert p.refused and p.steps == ()
    assert codes(p)["dose.cannot_dispense"] == "critical"


@pytest.mark.parametrize(
    ("fields", "kind"),
    [
        ({"current_daily_mg": 60}, "reduce_needs_target"),
        ({"current_daily_mg": 60, "target_daily_mg": 60}, "reduce_target_not_below"),
        ({"target_daily_mg": 20}, "reduce_needs_current"),
    ],
)
def test_reduction_needs_a_target_below_the_current_dose(fields, kind):
    with pytest.raises(ValidationError) as caught:
        request(**ADULT, mode="reduce", **fields)
    assert caught.value.errors()[0]["type"] == kind


def test_own_schedule_is_kept_exactly_split_by_the_rules_and_marked_edited():
    p = plan(**ADULT, schedule=own((15, 3), (30, 7), (45, 7), (60, None)))
    assert steps_of(p) == [
        ("2026-12-01", 15.0, 3, True),
        ("2026-12-04", 30.0, 7, True),
        ("2026-12-11", 45.0, 7, True),
        ("2026-12-18", 60.0, None, True),
    ]
    assert p.steps[1].doses_mg == (10.0, 10.0, 10.0)
    assert not p.blocked and p.review_date == dt.date(2026, 12, 18)


def test_own_schedule_jump_is_faster_than_the_label():
    p = plan(**ADULT, schedule=own((15, 3), (80, None)))
    assert codes(p)["plan.rise_too_fast"] == "critical"
    assert [s.daily_mg for s in p.steps] == [15.0, 80.0]


@pytest.mark.parametrize(
    ("steps", "code"),
    [(((15, 3), (100, None)), "plan.above_max"), (((15, 3), (17.3, None)), "plan.not_dispensable")],
)
def test_own_schedule_hard_limits_refuse_the_plan(steps, code):
    p = plan(**ADULT, schedule=own(*steps))
    assert p.refused and p.steps == () and codes(p)[code] == "critical"


def test_own_taper_falling_by_more_than_half_is_not_a_safe_taper():
    p = plan(**ADULT, mode="taper", current_daily_mg=40, schedule=own((15, 7), (5, 7), (0, None)))
    fast = [a for a in p.alerts if a.code == "plan.fall_too_fast"]
    # one alert per rule, naming the first step that crosses it (40 -> 15; 15 -> 5 follows)
    assert [a.message.split(" falls")[0] for a in fast] == ["Step 1 (from 2026-12-01)"]
    assert "plan.taper_too_short" not in codes(p)  # 14 days: long enough


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"schedule": own((15, 3), (30, 7))}, "the last step has no length"),
        ({"schedule": own((15, None), (30, None))}, "only the last step may be open-ended"),
        ({"schedule": own((15, 3), (30, None)), "target_daily_mg": 40}, "replaces the target"),
        ({"schedule": own((0, 3), (30, None))}, "0 mg/day is only for the last step"),
        ({"slow_taper": True}, "the slow taper is for a taper"),
        ({"review_date": dt.date(2026, 11, 30)}, "before the plan starts"),
    ],
)
def test_contradicting_shaping_choices_are_refused(fields, message):
    with pytest.raises(ValidationError, match=message):
        request(**ADULT, **fields)


def test_slow_taper_chosen_by_the_clinician_lasts_21_days():
    p = plan(**ADULT, mode="taper", current_daily_mg=30, slow_taper=True)
    assert sum(s.days or 0 for s in p.steps) == 21
    assert "The clinician chose a slow taper." in next(
        a.message for a in p.alerts if a.code == "taper.slow"
    )
    assert p.review_date == p.steps[-1].start  # the day after the last dose


def test_review_date_defaults_and_choice():
    assert plan(**ADULT).review_date == dt.date(2026, 12, 10)
    assert plan(**ADULT, review_date=dt.date(2027, 1, 5)).review_date == dt.date(2027, 1, 5)
    dialysis = plan(age_years=45, dialysis=True, product="solution-1mg-ml")
    assert dialysis.review_date == dt.date(2026, 12, 8)


def test_schedule_text_reads_and_refuses_with_the_reason():
    steps = parse_schedule("15x3, 30x7,45X7,2.5")
    assert steps == own((15, 3), (30, 7), (45, 7), (2.5, None))
    assert format_schedule(steps) == "15x3,30x7,45x7,2.5"
    for text, reason in (
        ("15x0,30", "step 1 (15x0): every step lasts at least 1 day"),
        ("abc", "step 1: expected mg/day or mg/day x days (e.g. 30x7), got 'abc'"),
        ("15x3,,30", "step 2: expected"),
    ):
        with pytest.raises(ScheduleTextError, match=reason.replace("(", r"\(").replace(")", r"\)")):
            parse_schedule(text)


def test_own_first_step_far_above_the_current_dose_is_faster_than_the_label():
    p = plan(**ADULT, current_daily_mg=30, schedule=own((60, None)))
    assert codes(p)["plan.rise_too_fast"] == "critical"
    assert "plan.rise_too_fast" not in codes(
        plan(**ADULT, current_daily_mg=30, schedule=own((45, None)))
    )


def test_a_taper_schedule_ends_at_0():
    with pytest.raises(ValidationError, match=r"step 2: a taper's last step is 0 \(e.g."):
        request(**ADULT, mode="taper", current_daily_mg=30, schedule=own((15, 7), (5, 7)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.integers(0, 24).map(lambda n: n * 5.0), st.integers(1, 20)),
        min_size=1,
        max_size=6,
    ),
    st.integers(0, 24).map(lambda n: n * 5.0),
    st.sampled_from([100.0, 40.0, 20.0]),
)
def test_any_own_schedule_is_refused_or_keeps_every_hard_limit(typed, last, crcl):
    """Invariants 1 and 2 hold for whatever the clinician types (policy P2a: hard limits)."""
    steps = own(*[(mg, days) for mg, days in typed if mg > 0], (last or 5.0, None))
    p = plan(age_years=45, crcl_ml_min=crcl, schedule=steps)
    if p.refused:
        assert p.steps == ()
        return
    assert p.max_daily_mg is not None and p.max_single_dose_mg is not None
    for step in p.steps:
        assert step.edited and step.daily_mg <= p.max_daily_mg
        assert sum(step.doses_mg) == step.daily_mg
        assert all(dose <= p.max_single_dose_mg and dose % p.unit_mg == 0 for dose in step.doses_mg)
