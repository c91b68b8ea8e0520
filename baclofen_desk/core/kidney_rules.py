"""Typed models of the kidney section of rules.toml (estimates, bands, dialysis)."""

from __future__ import annotations

from fractions import Fraction
from typing import Literal

from pydantic import Field, field_validator

from baclofen_desk.core.models import KidneyValueKind
from baclofen_desk.core.rule_entries import AlertRule, Sourced


class CockcroftGault(Sourced):
    description: str = Field(min_length=1)
    age_constant: float = Field(ge=100, le=200)
    divisor: float = Field(ge=50, le=100)
    female_factor: float = Field(ge=0.5, le=1)


class WeightRule(Sourced):
    ibw_male_base_kg: float = Field(ge=30, le=70)
    ibw_female_base_kg: float = Field(ge=30, le=70)
    ibw_kg_per_inch: float = Field(ge=1, le=4)
    ibw_base_height_inches: float = Field(ge=48, le=72)
    cm_per_inch: float = Field(ge=2.5, le=2.6)
    ideal_up_to_ratio: float = Field(gt=1, le=2)
    adjusted_excess_fraction: float = Field(gt=0, lt=1)


class CkdEpi2021(Sourced):
    description: str = Field(min_length=1)
    constant: float = Field(ge=100, le=200)
    kappa_female: float = Field(ge=0.5, le=1.2)
    kappa_male: float = Field(ge=0.5, le=1.2)
    alpha_female: float = Field(ge=-1, le=0)
    alpha_male: float = Field(ge=-1, le=0)
    exponent_above_kappa: float = Field(ge=-2, le=0)
    age_base: float = Field(ge=0.9, lt=1)
    female_factor: float = Field(ge=1, le=1.1)


class KidneyBandRule(Sourced):
    id: Literal["normal", "mild", "moderate", "severe"]
    lower_ml_min: float = Field(ge=0, le=150)
    lower_inclusive: bool
    dose_fraction: str
    alert: AlertRule | None = None

    @field_validator("dose_fraction")
    @classmethod
    def _fraction(cls, value: str) -> str:
        try:
            fraction = Fraction(value)
        except (ValueError, ZeroDivisionError) as exc:
            raise ValueError(f"not a fraction: {value!r}") from exc
        if not 0 < fraction <= 1:
            raise ValueError("must be above 0 and at most 1")
        return value

    @property
    def fraction(self) -> Fraction:
        return Fraction(self.dose_fraction)

    def contains(self, crcl: float) -> bool:
        return crcl >= self.lower_ml_min if self.lower_inclusive else crcl > self.lower_ml_min


class CkdFirstStep(Sourced):
    egfr_below: float = Field(gt=0, le=120)
    first_step_below_daily_mg: float = Field(gt=0, le=60)
    min_age_years: float = Field(ge=0, le=120)
    alert: AlertRule
    description: str = Field(min_length=1)
    dialysis_basis: str = Field(min_length=1, description="Named in the alert on dialysis")


class DialysisRule(Sourced):
    start_daily_mg: float = Field(gt=0, le=5)
    max_daily_mg: float = Field(gt=0, le=10)
    description: str = Field(min_length=1)
    alert: AlertRule
    typed_contradicts_above: float = Field(gt=0, le=60)
    contradiction_alert: AlertRule
    lowering_alert: AlertRule


class BedsideSchwartz(Sourced):
    coefficient: float = Field(gt=0.3, lt=0.5)
    tallest_height_cm: float = Field(ge=150, le=250)
    description: str = Field(min_length=1)
    no_height_alert: AlertRule


class KidneyRules(Sourced):
    scr_umol_per_mg_dl: float = Field(ge=80, le=100)
    estimate_min_age_years: float = Field(gt=0, le=25)
    cockcroft_gault: CockcroftGault
    weight: WeightRule
    ckd_epi_2021: CkdEpi2021
    bands: tuple[KidneyBandRule, ...] = Field(min_length=1)
    band_description: str = Field(min_length=1)
    bedside_schwartz: BedsideSchwartz
    value_labels: dict[str, str]
    value_item: str = Field(min_length=1, description="One value in a list: {label} {value} {band}")
    upper_bound_value: str = Field(min_length=1, description="A value that is an upper bound")
    unknown_alert: AlertRule
    no_height_alert: AlertRule
    sex_missing_alert: AlertRule
    missing_for_estimate_alert: AlertRule
    measured_alert: AlertRule
    values_disagree_alert: AlertRule
    unstable_alert: AlertRule
    ckd_first_step: CkdFirstStep
    dialysis: DialysisRule

    @field_validator("bands")
    @classmethod
    def _descending(cls, value: tuple[KidneyBandRule, ...]) -> tuple[KidneyBandRule, ...]:
        lowers = [b.lower_ml_min for b in value]
        if lowers != sorted(lowers, reverse=True) or value[-1].lower_ml_min != 0:
            raise ValueError("bands must run from the highest lower bound down to 0")
        fractions = [b.fraction for b in value]
        if fractions != sorted(fractions, reverse=True):
            raise ValueError("worse kidney bands must never have a larger dose fraction")
        return value

    @field_validator("value_labels")
    @classmethod
    def _every_kind(cls, value: dict[str, str]) -> dict[str, str]:
        kinds = set(KidneyValueKind.__args__)  # type: ignore[attr-defined]
        if set(value) != kinds:
            raise ValueError(f"need a label for each of {', '.join(sorted(kinds))}")
        return value
