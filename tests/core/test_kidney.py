"""Kidney estimates against hand-worked numbers (Cockcroft-Gault, CKD-EPI 2021, bands)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from baclofen_desk.core.kidney import (
    band_for,
    ckd_epi_2021,
    cockcroft_gault,
    dosing_weight,
    ideal_body_weight,
)
from tests.helpers import codes, plan, request


def test_cockcroft_gault_male_actual_weight(knowledge):
    # (140 - 45) x 70 / (72 x 0.9) = 6650 / 64.8
    rule = knowledge.rules.kidney.cockcroft_gault
    assert cockcroft_gault(45, 70, 0.9, "male", rule) == pytest.approx(102.623, abs=1e-3)


def test_cockcroft_gault_female_factor(knowledge):
    rule = knowledge.rules.kidney.cockcroft_gault
    assert cockcroft_gault(45, 70, 0.9, "female", rule) == pytest.approx(102.623 * 0.85, abs=1e-3)


def test_devine_ideal_weight(knowledge):
    rule = knowledge.rules.kidney.weight
    # 160 cm = 62.99 in: 45.5 + 2.3 x 2.99 = 52.38 kg
    assert ideal_body_weight("female", 160, rule) == pytest.approx(52.382, abs=1e-3)
    # 180 cm = 70.87 in: 50 + 2.3 x 10.87 = 74.99 kg
    assert ideal_body_weight("male", 180, rule) == pytest.approx(74.992, abs=1e-3)


@pytest.mark.parametrize(
    ("weight", "kind", "kg"),
    [
        (60.0, "actual", 60.0),  # below ideal: actual
        (85.0, "ideal", 74.992),  # up to 120 % of ideal: ideal
        (100.0, "adjusted", 74.992 + 0.4 * (100 - 74.992)),  # above: adjusted
    ],
)
def test_weight_rule(knowledge, weight, kind, kg):
    chosen = dosing_weight(weight, "male", 180, knowledge.rules.kidney.weight)
    assert chosen.kind == kind
    assert chosen.kg == pytest.approx(kg, abs=1e-3)


def test_no_height_uses_actual_weight_and_says_so():
    p = plan(age_years=45, weight_kg=70, sex="male", scr=0.9)
    assert p.kidney.crcl_ml_min == 102.6
    assert p.kidney.weight_used == "actual"
    assert p.kidney.band == "normal"
    assert codes(p)["kidney.actual_weight"] == "info"


def test_adjusted_weight_in_plan():
    # IBW 52.38; 70 kg > 120 % -> adjusted 59.43 kg; (140-72) x 59.43 / (72 x 1.1) x 0.85 = 43.4
    p = plan(age_years=72, weight_kg=70, sex="female", height_cm=160, scr=1.1)
    assert p.kidney.weight_used == "adjusted"
    assert p.kidney.weight_used_kg == 59.4
    assert p.kidney.crcl_ml_min == 43.4
    assert p.kidney.band == "moderate"


@pytest.mark.parametrize(
    ("scr", "age", "sex", "expected"),
    [
        (1.1, 72, "female", 53.4),  # 142 x (1.571)^-1.2 x 0.9938^72 x 1.012
        (0.9, 45, "male", 107.3),  # 142 x 0.9938^45
        (0.5, 30, "female", 129.3),  # below kappa: 142 x (0.714)^-0.241 x 0.9938^30 x 1.012
    ],
)
def test_ckd_epi_2021(knowledge, scr, age, sex, expected):
    rule = knowledge.rules.kidney.ckd_epi_2021
    assert round(ckd_epi_2021(scr, age, sex, rule), 1) == expected


def test_creatinine_in_micromol_per_litre_gives_same_estimate():
    mg = plan(age_years=45, weight_kg=70, sex="male", scr=0.9)
    si = plan(age_years=45, weight_kg=70, sex="male", scr=79.56, scr_unit="umol/L")
    assert si.kidney == mg.kidney


@pytest.mark.parametrize(
    ("crcl", "band"),
    [
        (120, "normal"),
        (80.1, "normal"),
        (80, "mild"),
        (50, "mild"),
        (49.9, "moderate"),
        (30, "moderate"),
        (29.9, "severe"),
        (5, "severe"),
    ],
)
def test_band_boundaries(knowledge, crcl, band):
    assert band_for(crcl, knowledge.rules.kidney).id == band


def test_alerts_show_the_value_that_chose_the_band():
    # Rounded to a whole number, 29.6 would read "CrCl 30" under a "below 30" band.
    severe = plan(age_years=70, crcl_ml_min=29.6, egfr=59.6)
    messages = {a.code: a.message for a in severe.alerts}
    assert "(CrCl 29.6 mL/min)" in messages["kidney.severe"]
    assert "(eGFR 59.6)" in messages["beers.avoid_low_egfr"]
    moderate = plan(age_years=45, crcl_ml_min=45)
    assert "(CrCl 45 mL/min)" in next(a.message for a in moderate.alerts if a.severity == "warning")


def test_serum_creatinine_in_the_wrong_unit_is_refused():
    with pytest.raises(ValidationError, match=r"below the plausible limit of 8\.8 umol/L"):
        request(age_years=70, weight_kg=60, sex="female", scr=1.2, scr_unit="umol/L")
    with pytest.raises(ValidationError, match=r"below the plausible limit of 0\.1 mg/dL"):
        request(age_years=70, weight_kg=60, sex="female", scr=0.05)


def test_measured_crcl_wins_over_estimate():
    p = plan(age_years=45, weight_kg=70, sex="male", scr=0.9, crcl_ml_min=40)
    assert (p.kidney.crcl_ml_min, p.kidney.crcl_method, p.kidney.band) == (
        40,
        "measured",
        "moderate",
    )


def test_entered_egfr_wins_over_estimated_crcl():
    p = plan(age_years=45, weight_kg=70, sex="male", scr=0.9, egfr=25)
    assert p.kidney.band == "severe"
    assert p.kidney.band_basis == "egfr"
    assert p.kidney.egfr_method == "entered"


def test_unknown_kidney_function_is_a_caution():
    p = plan(age_years=45)
    assert p.kidney.band == "unknown"
    assert codes(p)["kidney.unknown"] == "caution"


def test_missing_sex_uses_the_lower_estimate_of_both_sexes():
    p = plan(age_years=45, weight_kg=70, scr=0.9)
    # Female: 102.6 x 0.85 = 87.2 (CrCl); CKD-EPI female 80.3 is lower than male 107.3.
    assert (p.kidney.crcl_ml_min, p.kidney.egfr) == (87.2, 80.3)
    assert p.kidney.band == "normal"
    assert codes(p)["kidney.sex_missing"] == "caution"


def test_missing_weight_says_the_egfr_is_used():
    p = plan(age_years=45, sex="female", scr=1.0)
    assert p.kidney.band_basis == "egfr"
    message = next(a.message for a in p.alerts if a.code == "kidney.cannot_estimate")
    assert "weight" in message and "eGFR is used instead" in message
    assert "kidney function could not be estimated" not in message


def test_a_typed_creatinine_is_never_unknown_kidney_function():
    for p in (plan(age_years=45, scr=0.9), plan(age_years=70, weight_kg=70, scr=3.0)):
        assert "kidney.unknown" not in codes(p)
        assert p.kidney.band != "unknown"


def test_child_creatinine_uses_bedside_schwartz_not_adult_equations():
    p = plan(age_years=9, weight_kg=30, height_cm=130, sex="male", scr=0.5)
    assert p.kidney.crcl_ml_min is None
    assert (p.kidney.egfr, p.kidney.egfr_method) == (107.4, "bedside-schwartz")  # 0.413x130/0.5


def test_child_without_height_is_bounded_with_200_cm_and_asked_for_it():
    p = plan(age_years=16, weight_kg=60, sex="male", scr=3.0)
    # 0.413 x 200 / 3.0 = 27.5: severe at any height.
    assert (p.kidney.egfr, p.kidney.band) == (27.5, "severe")
    assert p.kidney.values[0].upper_bound
    alert = next(a for a in p.alerts if a.code == "kidney.schwartz_no_height")
    assert alert.severity == "warning"
    assert "at most 27.5" in alert.message and "Enter the height" in alert.message
