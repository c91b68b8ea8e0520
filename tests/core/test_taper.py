"""Tapers (policy P6 v2): each step at most 15 mg/day and at most half lower, at least
14 days, the step to 0 from 5 mg/day or less (2.5 mg/day for children)."""

from __future__ import annotations

import pytest

from tests.helpers import codes, plan, schedule


def test_taper_from_80_is_slow_and_ends_at_zero():
    p = plan(age_years=45, mode="taper", current_daily_mg=80)
    assert schedule(p) == [
        ("2026-12-01", "2026-12-03", 65.0, (15.0, 15.0, 15.0, 20.0)),
        ("2026-12-04", "2026-12-06", 50.0, (15.0, 15.0, 20.0)),
        ("2026-12-07", "2026-12-09", 35.0, (10.0, 10.0, 15.0)),
        ("2026-12-10", "2026-12-13", 20.0, (5.0, 5.0, 10.0)),
        ("2026-12-14", "2026-12-17", 10.0, (5.0, 5.0)),
        ("2026-12-18", "2026-12-21", 5.0, (5.0,)),
        ("2026-12-22", None, 0.0, ()),
    ]
    assert codes(p)["taper.slow"] == "info"
    assert codes(p)["taper.withdrawal"] == "info"


def test_taper_from_30_lasts_14_days():
    p = plan(age_years=45, crcl_ml_min=100, mode="taper", current_daily_mg=30)
    assert schedule(p) == [
        ("2026-12-01", "2026-12-04", 15.0, (5.0, 5.0, 5.0)),
        ("2026-12-05", "2026-12-09", 10.0, (5.0, 5.0)),
        ("2026-12-10", "2026-12-14", 5.0, (5.0,)),
        ("2026-12-15", None, 0.0, ()),
    ]
    assert "taper.slow" not in codes(p)


def test_older_adult_taper_is_slow():
    p = plan(age_years=70, crcl_ml_min=90, mode="taper", current_daily_mg=45)
    dosing_days = sum(s.days or 0 for s in p.steps if s.daily_mg > 0)
    assert dosing_days >= 21
    assert "65 or older" in next(a.message for a in p.alerts if a.code == "taper.slow")


def test_low_crcl_taper_is_slow():
    p = plan(age_years=45, crcl_ml_min=40, mode="taper", current_daily_mg=30)
    assert sum(s.days or 0 for s in p.steps if s.daily_mg > 0) >= 21


def test_taper_of_a_dose_above_the_kidney_maximum_is_critical_but_stays_gradual():
    p = plan(age_years=45, crcl_ml_min=20, mode="taper", current_daily_mg=60)
    assert codes(p)["taper.current_above_max"] == "critical"
    assert p.steps[0].daily_mg == 45


def test_child_taper_falls_by_the_band_step_and_stops_from_a_small_dose():
    p = plan(age_years=5, weight_kg=18, mode="taper", current_daily_mg=30)
    # At most 7.5 mg/day (the 2-7 band's step) and half; the step to 0 from <= 2.5 mg/day.
    assert [s.daily_mg for s in p.steps] == [22.5, 15, 7.5, 4, 2, 0]


def test_taper_from_a_dose_the_product_cannot_give():
    # 12 mg/day with 5 mg units: the first step is 10 mg (rounded down), then on down.
    p = plan(age_years=45, mode="taper", current_daily_mg=12)
    assert [s.daily_mg for s in p.steps] == [10, 5, 0]


@pytest.mark.parametrize("age_years", [40, 7])
def test_a_taper_the_product_cannot_step_down_names_the_amount(age_years):
    # 10 mg/day with halves of 20 mg tablets: the first step down (5 mg/day) needs smaller units.
    p = plan(
        age_years=age_years,
        weight_kg=41.2,
        mode="taper",
        product="tablet-20",
        allow_half_tablets=True,
        current_daily_mg=10,
    )
    assert p.refused and p.steps == ()
    cannot = next(a for a in p.alerts if a.code == "dose.cannot_dispense")
    assert cannot.severity == "critical"
    assert "cannot give 5 mg/day (smallest amount 10 mg)" in cannot.message
