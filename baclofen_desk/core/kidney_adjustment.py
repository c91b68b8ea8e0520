"""How kidney function limits a plan: the band's fraction and maximum, CKD, dialysis."""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

from baclofen_desk.core.alerts import Findings
from baclofen_desk.core.amounts import exact, floor_to_unit, fmt
from baclofen_desk.core.kidney import gfr_for_ckd_rules
from baclofen_desk.core.levels import fall_levels
from baclofen_desk.core.plan_basis import Stage, dispensable, refused_stage
from baclofen_desk.core.schedule import Level, dated_steps
from baclofen_desk.core.taper import max_fall, max_part

if TYPE_CHECKING:
    from baclofen_desk.core.alerts import Found
    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import KidneyEstimate
    from baclofen_desk.core.plan_basis import PlanBasis, ProfileDoses


def dose_fraction(kidney: KidneyEstimate, knowledge: Knowledge) -> Fraction:
    """The band's multiplier for the generated doses and the maximum (1 without a band)."""
    band = next((b for b in knowledge.rules.kidney.bands if b.id == kidney.band), None)
    return band.fraction if band is not None else Fraction(1)


def max_daily(
    doses: ProfileDoses, kidney: KidneyEstimate, knowledge: Knowledge, unit: Fraction
) -> Fraction:
    """The applicable daily maximum: the profile's (by weight for children), scaled for the
    band, or the dialysis one; rounded down."""
    if kidney.band == "dialysis":  # never more than the most impaired band would allow
        dialysis = exact(knowledge.rules.kidney.dialysis.max_daily_mg)
        severe = doses.max_daily * knowledge.rules.kidney.bands[-1].fraction
        return floor_to_unit(min(dialysis, severe), unit)
    return floor_to_unit(doses.max_daily * dose_fraction(kidney, knowledge), unit)


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
    if kidney.egfr_method == "bedside-schwartz":
        schwartz = rules.bedside_schwartz
        findings.rule("kidney.bedside_schwartz", schwartz.description, schwartz.sources)
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
            dialysis.description.format(
                start=fmt(dialysis.start_daily_mg), max=fmt(dialysis.max_daily_mg)
            ),
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


def dialysis_start(basis: PlanBasis) -> Fraction:
    """The fixed dialysis start, never above what the most impaired band would start with
    (a small child's weight-based start can be lower) nor above a lower typed target."""
    rules = basis.knowledge.rules.kidney
    severe = floor_to_unit(basis.doses.start * rules.bands[-1].fraction, basis.unit)
    start = min(exact(rules.dialysis.start_daily_mg), basis.max_daily, max(severe, basis.unit))
    typed = basis.request.target_daily_mg  # a lower target typed by the clinician is kept
    return start if typed is None else min(start, exact(typed))


def plan_dialysis(basis: PlanBasis) -> Stage:
    """One fixed low dose, never rounded up; a higher current dose is lowered step by step."""
    findings = Findings(basis.knowledge, basis.request.mode)
    start = dialysis_start(basis)
    current = basis.current
    if current is not None and current > start:
        return _lower_to(basis, findings, current, start)
    wanted = start if current is None else current
    amounts, rounded = dispensable(basis, [wanted], findings)
    if not amounts:
        return refused_stage(findings)
    steps = dated_steps(
        [Level(amounts[0], None, True)], basis.request.start, basis.shape(requested_doses=1)
    )
    return Stage(findings.found(), steps, target=amounts[0], rounded=rounded)


def _lower_to(basis: PlanBasis, findings: Findings, current: Fraction, start: Fraction) -> Stage:
    """From the current dose down to the dialysis dose by the taper's step rules (P6)."""
    rule = basis.knowledge.rules
    floor = floor_to_unit(start, basis.unit)
    if floor <= 0:
        dispensable(basis, [start], findings)
        return refused_stage(findings)
    amounts = fall_levels(current, basis.unit, max_fall(basis), max_part(basis), down_to=floor)
    days = rule.taper.min_step_days
    findings.alert(
        rule.kidney.dialysis.lowering_alert,
        rule.kidney.dialysis.sources,
        current=fmt(current),
        start=fmt(floor),
        max_fall=fmt(max_fall(basis)),
        days=days,
    )
    last = len(amounts) - 1
    levels = [Level(a, None if i == last else days) for i, a in enumerate(amounts)]
    steps = dated_steps(levels, basis.request.start, basis.shape(titration=False))
    return Stage(findings.found(), steps, target=floor)
