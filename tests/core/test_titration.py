"""Titration schedules against the rules worked by hand (policy P1-P5)."""

from __future__ import annotations

from itertools import pairwise

import pytest

from tests.helpers import codes, plan, schedule


def test_adult_label_titration():
    p = plan(age_years=45, weight_kg=70, sex="male", scr=0.9)
    assert schedule(p) == [
        ("2026-12-01", "2026-12-03", 15.0, (5.0, 5.0, 5.0)),
        ("2026-12-04", "2026-12-06", 30.0, (10.0, 10.0, 10.0)),
        ("2026-12-07", "2026-12-09", 45.0, (15.0, 15.0, 15.0)),
        ("2026-12-10", None, 60.0, (20.0, 20.0, 20.0)),
    ]
    assert p.max_daily_mg == 80
    assert p.steps[0].times == ("08:00", "14:00", "20:00")
    assert not p.blocked


def test_target_80_ends_at_20_mg_four_times_daily():
    p = plan(age_years=45, crcl_ml_min=100, target_daily_mg=80)
    assert schedule(p)[-2:] == [
        ("2026-12-13", "2026-12-15", 75.0, (15.0, 20.0, 20.0, 20.0)),
        ("2026-12-16", None, 80.0, (20.0, 20.0, 20.0, 20.0)),
    ]
    assert p.steps[-1].times == ("08:00", "12:00", "16:00", "20:00")


def test_target_above_maximum_is_capped_with_a_warning():
    p = plan(age_years=45, crcl_ml_min=100, target_daily_mg=100)
    assert p.steps[-1].daily_mg == 80
    assert codes(p)["target.capped"] == "warning"


def test_target_not_dispensable_is_rounded_down_and_said():
    p = plan(age_years=45, crcl_ml_min=100, target_daily_mg=52)
    assert p.steps[-1].daily_mg == 50
    assert codes(p)["target.rounded"] == "info"


def test_titration_from_current_dose():
    p = plan(age_years=45, crcl_ml_min=100, current_daily_mg=30, target_daily_mg=60)
    assert [s.daily_mg for s in p.steps] == [30, 45, 60]


@pytest.mark.parametrize(("crcl", "fraction"), [(60, 2 / 3), (40, 1 / 2), (20, 1 / 3)])
def test_kidney_band_scales_every_step_and_the_maximum(crcl, fraction):
    normal = plan(age_years=45, crcl_ml_min=100, product="solution-1mg-ml")
    reduced = plan(age_years=45, crcl_ml_min=crcl, product="solution-1mg-ml")
    assert len(reduced.steps) == len(normal.steps)
    for low, full in zip(reduced.steps, normal.steps, strict=True):
        assert low.daily_mg <= full.daily_mg * fraction
        assert low.daily_mg > full.daily_mg * fraction - 0.5  # rounded down by less than a unit
    assert reduced.max_daily_mg is not None
    assert reduced.max_daily_mg <= 80 * fraction


def test_moderate_kidney_with_half_tablets():
    # 15, 30, 45, 60 halved = 7.5, 15, 22.5, 30 -> rounded down to 5 mg units
    p = plan(age_years=45, crcl_ml_min=40)
    assert [s.daily_mg for s in p.steps] == [5, 15, 20, 30]
    assert p.steps[0].doses_mg == (5.0,)
    assert p.steps[0].note is not None
    assert p.max_daily_mg == 40
    assert codes(p)["kidney.moderate"] == "warning"
    assert codes(p)["dose.rounded_down"] == "info"
    tablet = next(a.message for a in p.alerts if a.code == "dose.rounded_down")
    assert "A liquid gives finer steps." in tablet
    # Already on a liquid (3.75 -> 3.5 mg): no advice to choose a liquid.
    liquid = plan(age_years=5, weight_kg=18, crcl_ml_min=40)
    message = next(a.message for a in liquid.alerts if a.code == "dose.rounded_down")
    assert "finer steps" not in message


def test_severe_kidney_is_critical_and_blocks_until_overridden():
    p = plan(age_years=45, crcl_ml_min=20)
    assert [s.daily_mg for s in p.steps] == [5, 10, 15, 20]
    assert p.max_daily_mg == 25
    assert codes(p)["kidney.severe"] == "critical"
    assert p.blocked
    from baclofen_desk.core.models import Override

    overridden = plan(
        age_years=45,
        crcl_ml_min=20,
        overrides=(Override(code="kidney.severe", reason="nephrology agrees"),),
    )
    assert not overridden.blocked
    alert = next(a for a in overridden.alerts if a.code == "kidney.severe")
    assert alert.override_reason == "nephrology agrees"


def test_dialysis_one_fixed_low_dose():
    p = plan(age_years=45, dialysis=True)
    assert p.kidney.band == "dialysis"
    assert codes(p)["kidney.dialysis"] == "critical"
    assert schedule(p) == [("2026-12-01", None, 2.5, (2.5,))]  # the 1 mg/mL solution
    assert p.max_daily_mg == 5


def test_dialysis_does_not_drop_a_higher_current_dose_abruptly():
    # Lowered by the taper's step rules (at most half a step), never cut to 2.5 at once.
    p = plan(age_years=45, dialysis=True, current_daily_mg=30)
    assert schedule(p) == [
        ("2026-12-01", "2026-12-03", 15.0, (5.0, 5.0, 5.0)),
        ("2026-12-04", "2026-12-06", 7.5, (2.5, 2.5, 2.5)),
        ("2026-12-07", "2026-12-09", 4.0, (1.0, 1.5, 1.5)),
        ("2026-12-10", None, 2.5, (0.5, 1.0, 1.0)),
    ]
    assert codes(p)["kidney.dialysis_lowering"] == "warning"
    low = plan(age_years=45, dialysis=True, current_daily_mg=5)
    assert [s.daily_mg for s in low.steps] == [2.5]


def test_older_adult_starts_low_and_steps_weekly():
    p = plan(age_years=72, crcl_ml_min=90)
    assert p.steps[0].daily_mg == 10
    assert p.steps[0].doses_mg == (5.0, 5.0)
    assert p.steps[0].times == ("08:00", "20:00")
    for step in p.steps[:-1]:
        assert step.days is not None and step.days >= 7
    rises = [b.daily_mg - a.daily_mg for a, b in pairwise(p.steps)]
    assert max(rises) <= 5
    assert codes(p)["age.older_adult"] == "caution"


def test_older_adult_with_low_egfr_gets_beers_warning():
    p = plan(age_years=78, crcl_ml_min=40)
    assert codes(p)["beers.avoid_low_egfr"] == "warning"
    assert p.steps[0].daily_mg < 20


def test_older_adult_on_dialysis_gets_beers_warning():
    # Beers 2023: avoid in older adults with eGFR < 60 or on chronic dialysis.
    p = plan(age_years=78, dialysis=True)
    assert codes(p)["beers.avoid_low_egfr"] == "warning"
    assert "beers.avoid_low_egfr" not in codes(plan(age_years=60, dialysis=True))


def test_child_2_to_7():
    # 30 kg: the per-kg limits (start 15, rises 15, target 30, maximum 60) are above the band's.
    p = plan(age_years=5, weight_kg=30)
    assert p.product == "solution-1mg-ml"
    assert p.max_daily_mg == 40
    assert [s.daily_mg for s in p.steps] == [7.5, 15, 22.5, 30]
    assert p.steps[0].doses_mg == (2.5, 2.5, 2.5)
    assert p.steps[0].days == 7
    assert codes(p)["age.pediatric_off_label"] == "warning"


def test_child_8_to_11():
    p = plan(age_years=9, weight_kg=30)
    assert p.max_daily_mg == 60
    assert p.steps[0].doses_mg == (5.0, 5.0, 5.0)
    assert p.steps[0].days == 7


def test_under_two_is_refused():
    p = plan(age_years=1)
    assert p.refused
    assert p.blocked
    assert p.steps == ()
    alert = next(a for a in p.alerts if a.code == "age.under_minimum")
    assert alert.severity == "critical"
    assert not alert.overridable


def test_product_that_cannot_give_the_start_dose_asks_for_another():
    # 20 mg scored tablets give 10 mg at the least: 15 x 1/3 = 5 mg cannot be given.
    p = plan(age_years=45, crcl_ml_min=20, product="tablet-20")
    assert "dose.cannot_dispense" in codes(p)
    assert all(s.daily_mg > 0 for s in p.steps)
    assert all(d % 10 == 0 for s in p.steps for d in s.doses_mg)


def test_unscored_tablets_halves_only_when_allowed():
    whole = plan(age_years=45, crcl_ml_min=40, product="tablet-5")
    halves = plan(age_years=45, crcl_ml_min=40, product="tablet-5", allow_half_tablets=True)
    assert whole.unit_mg == 5
    assert halves.unit_mg == 2.5
    assert halves.steps[0].doses_mg == (2.5, 2.5, 2.5)


def test_requested_doses_per_day_and_times():
    p = plan(age_years=45, doses_per_day=4, dose_times=("07:00", "11:00", "15:00", "21:00"))
    assert p.steps[1].doses_mg == (5.0, 5.0, 10.0, 10.0)
    assert p.steps[1].times == ("07:00", "11:00", "15:00", "21:00")


@pytest.mark.parametrize(
    ("condition", "severity"),
    [
        ("epilepsy", "warning"),
        ("stroke", "warning"),
        ("psychiatric", "caution"),
        ("autonomic-dysreflexia", "caution"),
        ("pregnancy", "warning"),
        ("breastfeeding", "info"),
        ("liver-disease", "info"),
        ("diabetes", "info"),
        ("posture", "caution"),
    ],
)
def test_condition_precautions(condition, severity):
    p = plan(age_years=45, conditions=(condition,))
    assert codes(p)[f"condition.{condition}"] == severity


@pytest.mark.parametrize("indication", ["cerebral-palsy", "stroke", "parkinsons", "rheumatic"])
def test_indications_without_established_efficacy_warn(indication):
    assert codes(plan(age_years=45, indication=indication))[f"indication.{indication}"] == "warning"


def test_every_alert_and_rule_has_a_source():
    p = plan(age_years=78, crcl_ml_min=40, conditions=("epilepsy",), target_daily_mg=100)
    assert all(a.source and a.source_keys for a in p.alerts)
    assert all(r.source and r.source_keys for r in p.rules_applied)


def test_same_input_same_output():
    assert plan(age_years=72, crcl_ml_min=45) == plan(age_years=72, crcl_ml_min=45)


def test_typed_dose_times_set_the_number_of_doses():
    p = plan(age_years=45, dose_times=("08:00", "20:00"))
    assert p.steps[1].doses_mg == (15.0, 15.0)
    assert p.steps[1].times == ("08:00", "20:00")


def test_dose_times_must_match_the_doses_per_day():
    import pytest
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="3 doses a day need 3 times"):
        plan(age_years=45, doses_per_day=3, dose_times=("08:00", "20:00"))


def test_an_override_lapses_when_the_alert_changes():
    from baclofen_desk.core.models import Override

    first = plan(age_years=45, crcl_ml_min=25)
    alert = next(a for a in first.alerts if a.code == "kidney.severe")
    override = Override(code="kidney.severe", reason="ok at 25", acknowledged_message=alert.message)
    still = plan(age_years=45, crcl_ml_min=25, overrides=(override,))
    assert not still.blocked
    assert still.unmatched_overrides == ()
    worse = plan(age_years=45, crcl_ml_min=10, overrides=(override,))
    assert worse.blocked
    assert worse.unmatched_overrides == ("kidney.severe",)


def test_a_current_dose_the_product_cannot_give_is_named():
    # 2 mg/day is below half a 20 mg tablet: nothing to step up from with this product.
    p = plan(age_years=52, product="tablet-20", current_daily_mg=2, target_daily_mg=9)
    assert p.refused and p.steps == ()
    cannot = next(a for a in p.alerts if a.code == "dose.cannot_dispense")
    assert cannot.severity == "critical"
    assert "cannot give 2 mg/day (smallest amount 10 mg)" in cannot.message
    assert "target.current_kept" not in codes(p)
