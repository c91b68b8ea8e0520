"""Alerts say what the plan actually does, in its mode and on its basis."""

from __future__ import annotations

from tests.helpers import codes, plan


def message(p, code: str) -> str:
    return next(a.message for a in p.alerts if a.code == code)


def test_dialysis_start_is_never_rounded_up():
    tablets = plan(age_years=50, dialysis=True, product="tablet-10")  # 5 mg is the least
    assert tablets.refused and tablets.steps == ()
    assert "cannot give 2.5 mg/day" in message(tablets, "dose.cannot_dispense")
    liquid = plan(age_years=50, dialysis=True)  # the default product on dialysis
    assert (liquid.product, liquid.steps[0].daily_mg) == ("solution-1mg-ml", 2.5)
    assert "dose.cannot_dispense" not in codes(liquid)


def test_kidney_band_alert_in_a_taper_does_not_claim_the_doses_are_scaled():
    taper = message(
        plan(age_years=40, crcl_ml_min=45, mode="taper", current_daily_mg=30), "kidney.moderate"
    )
    assert "starts from the current dose" in taper
    assert "suggested doses" not in taper
    titration = message(plan(age_years=40, crcl_ml_min=45), "kidney.moderate")
    assert "the suggested doses and the maximum are halved" in titration


def test_slow_taper_names_the_kidney_value_it_used():
    by_egfr = plan(age_years=40, egfr=45, mode="taper", current_daily_mg=30)
    assert "Kidney function (eGFR 45) is below 50 mL/min." in message(by_egfr, "taper.slow")
    on_dialysis = plan(age_years=40, dialysis=True, mode="taper", current_daily_mg=5)
    assert "on dialysis" in message(on_dialysis, "taper.slow")


def test_ckd_first_step_names_its_basis_and_is_for_adults():
    assert message(plan(age_years=50, crcl_ml_min=50), "kidney.ckd_first_step").startswith("CrCl")
    assert message(plan(age_years=50, egfr=50), "kidney.ckd_first_step").startswith("eGFR")
    assert "kidney.ckd_first_step" not in codes(plan(age_years=5, weight_kg=18, crcl_ml_min=40))


def test_older_adult_on_dialysis_gets_no_titration_advice():
    p = plan(age_years=80, dialysis=True)
    assert "age.older_adult" not in codes(p)
    assert codes(p)["beers.avoid_low_egfr"] == "warning"


def test_stroke_as_condition_and_indication_warns_once():
    p = plan(age_years=60, conditions=("stroke",), indication="stroke")
    assert "condition.stroke" in codes(p)
    assert "indication.stroke" not in codes(p)


def test_extra_doses_forced_by_the_single_dose_limit_are_explained():
    p = plan(age_years=40, doses_per_day=1)
    step = next(s for s in p.steps if s.daily_mg == 30)
    assert step.doses_mg == (15.0, 15.0)
    assert step.note == "30 mg/day is given as 2 doses so that no single dose is above 20 mg."


def test_fewer_doses_use_the_rules_times_for_that_count():
    p = plan(age_years=40, doses_per_day=4, crcl_ml_min=100)
    assert p.steps[0].doses_mg == (5.0, 5.0, 5.0)
    assert p.steps[0].times == ("08:00", "14:00", "20:00")


def test_a_target_the_product_cannot_give_at_all_is_refused_not_planned_at_zero():
    p = plan(age_years=40, target_daily_mg=2.5)
    assert p.refused
    assert "dose.cannot_dispense" in codes(p)
    assert "target.rounded" not in codes(p)
