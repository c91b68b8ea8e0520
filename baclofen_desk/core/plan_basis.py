"""What every planning stage starts from, and the frozen result each stage returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from baclofen_desk.core.amounts import exact, floor_to_unit, fmt
from baclofen_desk.core.schedule import DoseShape

if TYPE_CHECKING:
    from fractions import Fraction

    from baclofen_desk.core.alerts import Findings, Found
    from baclofen_desk.core.knowledge import Knowledge, Product, Profile
    from baclofen_desk.core.models import DoseStep, KidneyEstimate, Patient, PlanRequest


@dataclass(frozen=True)
class ProfileDoses:
    """The profile's doses for this patient: under 12 also limited by weight (P5)."""

    start: Fraction
    increment: Fraction
    default_target: Fraction
    max_daily: Fraction
    by_weight: bool = False


def profile_doses(profile: Profile, patient: Patient, knowledge: Knowledge) -> ProfileDoses:
    """The band's start, rise, default target and maximum; the lower per-kg ones for children."""
    band = ProfileDoses(
        exact(profile.start_daily_mg),
        exact(profile.increment_daily_mg),
        exact(profile.default_target_daily_mg),
        exact(profile.max_daily_mg),
    )
    rule = knowledge.rules.children_by_weight
    if patient.age_years >= rule.below_age_years or patient.weight_kg is None:
        return band
    kg = exact(patient.weight_kg)
    return ProfileDoses(
        start=min(band.start, exact(rule.start_mg_per_kg) * kg),
        increment=min(band.increment, exact(rule.rise_mg_per_kg) * kg),
        default_target=min(band.default_target, exact(rule.target_mg_per_kg) * kg),
        max_daily=min(band.max_daily, exact(rule.max_mg_per_kg) * kg),
        by_weight=True,
    )


@dataclass(frozen=True)
class PlanBasis:
    """The request with the profile, product and kidney limits that apply to it."""

    request: PlanRequest
    knowledge: Knowledge
    profile: Profile
    product: Product
    unit: Fraction
    kidney: KidneyEstimate
    fraction: Fraction
    max_daily: Fraction
    doses: ProfileDoses

    @property
    def child(self) -> bool:
        """Under 12: children's taper steps and weight-based limits."""
        age = self.request.patient.age_years
        return age < self.knowledge.rules.children_by_weight.below_age_years

    @property
    def current(self) -> Fraction | None:
        """The daily dose the patient takes now, exactly as typed."""
        current = self.request.current_daily_mg
        return None if current is None else exact(current)

    @property
    def max_single(self) -> Fraction | None:
        """The per-dose maximum, as the product can give it."""
        max_single = self.profile.max_single_dose_mg
        return None if max_single is None else floor_to_unit(exact(max_single), self.unit)

    def shape(self, *, requested_doses: int | None = None, titration: bool = True) -> DoseShape:
        """How this plan splits a daily amount into doses."""
        profile = self.profile
        max_single = profile.max_single_dose_mg
        four = profile.four_doses_above_daily_mg
        return DoseShape(
            rules=self.knowledge.rules,
            product=self.product,
            unit=self.unit,
            requested_doses=requested_doses or self.request.chosen_doses_per_day,
            start_doses=profile.start_doses_per_day if titration else profile.doses_per_day,
            usual_doses=profile.doses_per_day,
            max_single=None if max_single is None else exact(max_single),
            four_doses_above=None if four is None else exact(four),
            dose_times=self.request.dose_times,
        )


@dataclass(frozen=True)
class Stage:
    """What one planning stage made: its steps, the dose they reach, and what it found."""

    found: Found
    steps: tuple[DoseStep, ...] = ()
    target: Fraction | None = None
    refused: bool = False
    rounded: bool = False


def choose_product(request: PlanRequest, knowledge: Knowledge) -> Product:
    """The product the clinician chose, else the default: a liquid for children and dialysis."""
    defaults = knowledge.rules.defaults
    if request.product is not None:
        return knowledge.products[request.product]
    if request.patient.dialysis:  # the 2.5 mg/day dialysis start needs it
        return knowledge.products[defaults.dialysis_product]
    child = request.patient.age_years < defaults.child_product_below_age_years
    return knowledge.products[defaults.child_product if child else defaults.adult_product]


def dispensable(
    basis: PlanBasis, wanted: list[Fraction], findings: Findings
) -> tuple[list[Fraction], bool]:
    """Amounts rounded down to the product's units (zeros left out), and whether any changed."""
    rounded = [floor_to_unit(amount, basis.unit) for amount in wanted]
    dropped = [w for w, r in zip(wanted, rounded, strict=True) if r == 0]
    if dropped:
        rule = basis.knowledge.rules.dispensing
        findings.alert(
            rule.cannot_dispense_alert,
            rule.sources,
            product=basis.product.name,
            amount=fmt(min(dropped)),
            unit=fmt(basis.unit),
        )
    return [r for r in rounded if r > 0], rounded != wanted


def refused_stage(findings: Findings) -> Stage:
    """No steps: nothing the rules allow could be planned."""
    return Stage(findings.found(), refused=True)


def typed_target(basis: PlanBasis, findings: Findings, requested: float) -> Fraction:
    """A typed target (never scaled), capped at the maximum and rounded down to the product;
    an alert says which of the two happened."""
    rules = basis.knowledge.rules.target
    typed = exact(requested)
    if typed > basis.max_daily:
        findings.alert(
            rules.capped_alert, rules.sources, requested=fmt(typed), max=fmt(basis.max_daily)
        )
        return basis.max_daily
    rounded = floor_to_unit(typed, basis.unit)
    if 0 < rounded != typed:
        findings.alert(
            rules.rounded_alert,
            rules.sources,
            requested=fmt(typed),
            product=basis.product.name,
            target=fmt(rounded),
        )
    return rounded
