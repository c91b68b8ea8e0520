"""Alerts and rule records that depend on the patient, not on the schedule's shape."""

from __future__ import annotations

from typing import TYPE_CHECKING

from baclofen_desk.core.alerts import Findings
from baclofen_desk.core.amounts import exact, fmt
from baclofen_desk.core.kidney import gfr_for_ckd_rules

if TYPE_CHECKING:
    from baclofen_desk.core.alerts import Found
    from baclofen_desk.core.plan_basis import PlanBasis, Stage


def age_alerts(basis: PlanBasis) -> Found:
    """The profile's own alert and AGS Beers for older adults with low eGFR."""
    findings = Findings(basis.knowledge, basis.request.mode)
    profile = basis.profile
    titrates = basis.kidney.band != "dialysis"  # on dialysis: one fixed dose, no titration
    applies = basis.request.mode in profile.alert.modes if profile.alert else False
    if profile.alert is not None and applies and (titrates or "taper" in profile.alert.modes):
        findings.alert(
            profile.alert,
            profile.sources,
            max=fmt(basis.doses.max_daily),
            first_below=fmt(profile.first_step_below_daily_mg or 0),
        )
    beers = basis.knowledge.rules.beers
    if basis.request.patient.age_years < beers.min_age_years:
        return findings.found()
    gfr = gfr_for_ckd_rules(basis.kidney)
    if gfr is not None and gfr[0] < beers.egfr_below:
        number = fmt(round(gfr[0], 1))
        shown = number if gfr[1] == "eGFR" else beers.crcl_instead.format(crcl=number)
    elif basis.kidney.band == "dialysis":  # Beers 2023 names chronic dialysis with eGFR < 60
        shown = beers.dialysis_instead
    else:
        return findings.found()
    findings.alert(beers.alert, beers.sources, egfr_below=fmt(beers.egfr_below), egfr=shown)
    return findings.found()


def profile_rule(basis: PlanBasis) -> Found:
    """The titration profile the plan uses, as a rule record."""
    findings = Findings(basis.knowledge, basis.request.mode)
    profile = basis.profile
    findings.rule(
        f"profile.{profile.id}",
        basis.knowledge.rules.age.profile_description.format(
            label=profile.label,
            start=fmt(profile.start_daily_mg),
            increment=fmt(profile.increment_daily_mg),
            days=profile.step_days,
            max=fmt(profile.max_daily_mg),
        ),
        profile.sources,
    )
    return findings.found()


def after_schedule(basis: PlanBasis, stage: Stage) -> Found:
    """Follow-up, the product rule, rounding and the patient's conditions."""
    knowledge = basis.knowledge
    findings = Findings(knowledge, basis.request.mode)
    if basis.request.mode != "taper":
        followup = knowledge.rules.followup
        findings.alert(
            followup.alert,
            followup.sources,
            range=basis.profile.usual_range,
            weeks_min=followup.trial_weeks_min,
            weeks_max=followup.trial_weeks_max,
        )
        _by_weight(basis, stage, findings)
    dispensing = knowledge.rules.dispensing
    product = basis.product
    findings.rule(
        "product",
        dispensing.product_description.format(product=product.name, unit=fmt(basis.unit)),
        product.sources + dispensing.sources,
    )
    if stage.rounded and stage.steps:
        hint = "" if product.form == "liquid" else f" {dispensing.liquid_hint}"
        findings.alert(
            dispensing.rounded_alert,
            dispensing.sources,
            product=product.name,
            unit=fmt(basis.unit),
            hint=hint,
        )
    _condition_alerts(basis, findings)
    return findings.found()


def _by_weight(basis: PlanBasis, stage: Stage, findings: Findings) -> None:
    """Under 12: the weight-based limits and the target's mg/kg/day."""
    weight = basis.request.patient.weight_kg
    if not basis.doses.by_weight or weight is None or stage.target is None:
        return
    rule = basis.knowledge.rules.children_by_weight
    findings.alert(
        rule.alert,
        rule.sources,
        weight=fmt(weight),
        start_per_kg=fmt(rule.start_mg_per_kg),
        rise_per_kg=fmt(rule.rise_mg_per_kg),
        max_per_kg=fmt(rule.max_mg_per_kg),
        max=fmt(basis.max_daily),
        target=fmt(stage.target),
        target_per_kg=fmt(stage.target / exact(weight)),
    )


def _condition_alerts(basis: PlanBasis, findings: Findings) -> None:
    patient = basis.request.patient
    knowledge = basis.knowledge
    for condition in patient.conditions:
        rule = knowledge.conditions[condition]
        findings.fixed(f"condition.{rule.id}", rule.severity, rule.message, rule.sources)
    # An indication that repeats a condition already warned about adds nothing.
    if patient.indication is not None and patient.indication not in patient.conditions:
        indication = knowledge.indications[patient.indication]
        if indication.severity is not None and indication.message is not None:
            findings.fixed(
                f"indication.{indication.id}",
                indication.severity,
                indication.message,
                indication.sources,
            )
