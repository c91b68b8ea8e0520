"""How kidney function limits a plan: the band's fraction and maximum, CKD, dialysis."""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

from baclofen_desk.core.alerts import Findings
from baclofen_desk.core.amounts import exact, floor_to_unit, fmt
from baclofen_desk.core.kidney import gfr_for_ckd_rules
from baclofen_desk.core.plan_basis import Stage, dispensable, refused_stage
from baclofen_desk.core.schedule import Level, dated_steps

if TYPE_CHECKING:
    from baclofen_desk.core.alerts import Found
    from baclofen_desk.core.knowledge import Knowledge, Profile
    from baclofen_desk.core.models import KidneyEstimate
    from baclofen_desk.core.plan_basis import PlanBasis


def dose_fraction(kidney: KidneyEstimate, knowledge: Knowledge) -> Fraction:
    """The band's multiplier for the generated doses and the maximum (1 without a band)."""
    band = next((b for b in knowledge.rules.kidney.bands if b.id == kidney.band), None)
    return band.fraction if band is not None else Fraction(1)


def max_daily(
    profile: Profile, kidney: KidneyEstimate, knowledge: Knowledge, unit: Fraction
) -> Fraction:
    """The applicable daily maximum: the profile's, scaled for the band, or the dialysis one."""
    if kidney.band == "dialysis":
        return floor_to_unit(exact(knowledge.rules.kidney.dialysis.max_daily_mg), unit)
    return floor_to_unit(exact(profile.max_daily_mg) * dose_fraction(kidney, knowledge), unit)


def ckd_first_below(basis: PlanBasis) -> Fraction | None:
    """The CKD first-step limit (Muanda 2019) when it applies to this patient."""
    ckd = basis.knowledge.rules.kidney.ckd_first_step
    gfr = gfr_for_ckd_rules(basis.kidney)
    adult = basis.request.patient.age_years >= ckd.min_age_years
    dialysis = basis.kidney.band == "dialysis"
    if adult and (dialysis or (gfr is not None and gfr[0] < ckd.egfr_below)):
        return exact(ckd.first_step_below_daily_mg)
    return None


def first_step_limit(basis: PlanBasis, findings: Findings) -> Fraction | None:
    """The strictest 'first step below' rule that applies (older adults, CKD)."""
    limits: list[Fraction] = []
    if basis.profile.first_step_below_daily_mg is not None:
        limits.append(exact(basis.profile.first_step_below_daily_mg))
    ckd = basis.knowledge.rules.kidney.ckd_first_step
    gfr = gfr_for_ckd_rules(basis.kidney)
    dialysis = basis.kidney.band == "dialysis"
    ckd_limit = ckd_first_below(basis)
    if ckd_limit is not None:
        limits.append(ckd_limit)
        findings.alert(
            ckd.alert,
            ckd.sources,
            basis=ckd.dialysis_basis if dialysis or gfr is None else gfr[1],
            egfr_below=fmt(ckd.egfr_below),
            first_below=fmt(ckd.first_step_below_daily_mg),
        )
        findings.rule(
            "kidney.ckd_first_step",
            ckd.description.format(
                first_below=fmt(ckd.first_step_below_daily_mg), egfr_below=fmt(ckd.egfr_below)
            ),
            ckd.sources,
        )
    return min(limits) if limits else None


def kidney_rules(basis: PlanBasis) -> Found:
    """The kidney rules that shape this plan, and the dialysis alert."""
    findings = Findings(basis.knowledge, basis.request.mode)
    kidney = basis.kidney
    rules = basis.knowledge.rules.kidney
    if kidney.weight_used is not None:
        findings.rule(
            "kidney.cockcroft_gault",
            rules.cockcroft_gault.description.format(
                weight=kidney.weight_used, kg=fmt(kidney.weight_used_kg or 0)
            ),
            rules.cockcroft_gault.sources + rules.weight.sources,
        )
    if kidney.egfr_method == "ckd-epi-2021":
        findings.rule(
            "kidney.ckd_epi_2021", rules.ckd_epi_2021.description, rules.ckd_epi_2021.sources
        )
    if kidney.band == "dialysis":
        dialysis = rules.dialysis
        findings.alert(
            dialysis.alert,
            dialysis.sources,
            start=fmt(dialysis.start_daily_mg),
            max=fmt(dialysis.max_daily_mg),
        )
        findings.rule(
            "kidney.dialysis",
            dialysis.description.format(max=fmt(dialysis.max_daily_mg)),
            dialysis.sources,
        )
    elif kidney.band != "unknown":
        band = next(b for b in rules.bands if b.id == kidney.band)
        findings.rule(
            f"kidney.{band.id}",
            rules.band_description.format(band=band.id, fraction=band.dose_fraction),
            band.sources,
        )
    return findings.found()


def plan_dialysis(basis: PlanBasis) -> Stage:
    """One fixed low dose, no automatic titration."""
    findings = Findings(basis.knowledge, basis.request.mode)
    current = basis.current
    if current is not None and current > basis.max_daily:
        # Dropping straight to the dialysis dose would be an abrupt withdrawal.
        dispensing = basis.knowledge.rules.dispensing
        findings.alert(
            dispensing.current_above_max_alert,
            dispensing.sources,
            current=fmt(current),
            max=fmt(basis.max_daily),
        )
        return refused_stage(findings)
    rule = basis.knowledge.rules.kidney.dialysis
    start = exact(rule.start_daily_mg)
    preferred = -(-start // basis.unit) * basis.unit  # smallest dispensable amount >= start
    amount = preferred if preferred <= basis.max_daily else basis.max_daily
    if amount <= 0:
        dispensable(basis, [start], findings)
        return refused_stage(findings)
    if amount > start:
        findings.alert(
            rule.start_raised_alert,
            rule.sources,
            product=basis.product.name,
            start=fmt(start),
            amount=fmt(amount),
            max=fmt(rule.max_daily_mg),
        )
    steps = dated_steps(
        [Level(amount, None, True)], basis.request.start, basis.shape(requested_doses=1)
    )
    return Stage(findings.found(), steps, target=amount)
