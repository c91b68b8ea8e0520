"""The one entry point of the core: `build_plan(request, knowledge) -> Plan`.

Same input, same output; no clock, no files, no randomness. Each stage (kidney,
the schedule for the mode, the guard rails, the medication check) returns a
frozen result; this module only composes them. Every number comes from the
knowledge base and every rule that shaped the plan is recorded with its sources.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from baclofen_desk.core.alerts import Findings
from baclofen_desk.core.amounts import exact, floor_to_unit, fmt
from baclofen_desk.core.drug_dictionary import MedicationContext, check_medications
from baclofen_desk.core.guard_rails import Limits, breach_alerts, check_steps
from baclofen_desk.core.kidney import assess_kidney
from baclofen_desk.core.kidney_adjustment import (
    ckd_first_below,
    dose_fraction,
    kidney_rules,
    max_daily,
)
from baclofen_desk.core.models import Alert, KidneyEstimate, Plan, PlanRequest
from baclofen_desk.core.own_schedule import plan_own_schedule
from baclofen_desk.core.plan_alerts import after_schedule, age_alerts, profile_rule
from baclofen_desk.core.plan_basis import PlanBasis, Stage, choose_product
from baclofen_desk.core.reduction import plan_reduction
from baclofen_desk.core.review import review_date
from baclofen_desk.core.shaping_alerts import chosen_alert
from baclofen_desk.core.taper import plan_taper, slow_reasons, zero_from
from baclofen_desk.core.titration import plan_titration

if TYPE_CHECKING:
    from baclofen_desk.core.knowledge import Knowledge


def build_plan(request: PlanRequest, knowledge: Knowledge) -> Plan:
    """Plan a titration or a taper for `request` with the rules in `knowledge`."""
    findings = Findings(knowledge, request.mode)
    patient = request.patient
    kidney = assess_kidney(patient, knowledge, findings)
    profile = knowledge.profile_for(patient.age_years)
    if patient.age_years < knowledge.rules.age.minimum_years or profile is None:
        rule = knowledge.rules.age
        findings.alert(rule.refused_alert, rule.sources, minimum=fmt(rule.minimum_years))
        return _refused_plan(request, knowledge, findings, kidney)
    product = choose_product(request, knowledge)
    unit = product.unit_mg(request.allow_half_tablets)
    basis = PlanBasis(
        request=request,
        knowledge=knowledge,
        profile=profile,
        product=product,
        unit=unit,
        kidney=kidney,
        fraction=dose_fraction(kidney, knowledge),
        max_daily=max_daily(profile, kidney, knowledge, unit),
    )
    findings.merge(age_alerts(basis))
    findings.merge(kidney_rules(basis))
    findings.merge(profile_rule(basis))
    stage = guarded(_stage_for(basis), basis)
    findings.merge(stage.found)
    findings.merge(chosen_alert(basis))
    findings.merge(after_schedule(basis, stage))
    return _assemble(basis, findings, stage)


def _stage_for(basis: PlanBasis) -> Stage:
    """The steps for the request: the clinician's own, else the planner of the mode."""
    if basis.request.schedule is not None:
        return plan_own_schedule(basis)
    planners = {"taper": plan_taper, "reduce": plan_reduction, "titrate": plan_titration}
    return planners[basis.request.mode](basis)


def guarded(stage: Stage, basis: PlanBasis) -> Stage:
    """The stage with every guard-rail breach as an alert; a hard breach refuses the plan."""
    breaches = check_steps(stage.steps, limits_for(basis))
    if not breaches:
        return stage
    found = breach_alerts(breaches, stage.steps, basis.knowledge, basis.request.mode)
    merged = replace(
        stage.found,
        alerts=stage.found.alerts + found.alerts,
        rules=stage.found.rules + found.rules,
    )
    hard = any(b.hard for b in breaches)
    return replace(
        stage, found=merged, refused=stage.refused or hard, steps=() if hard else stage.steps
    )


def limits_for(basis: PlanBasis) -> Limits:
    """Every limit that applies to `basis`, for steps made by the rules or by the clinician."""
    profile = basis.profile
    taper = basis.knowledge.rules.taper
    current = basis.current
    taper_days = None
    if basis.request.mode == "taper" and current is not None:
        slow = slow_reasons(basis, current)
        taper_days = taper.slow_min_total_days if slow else taper.min_total_days
    start = floor_to_unit(exact(profile.start_daily_mg) * basis.fraction, basis.unit)
    if basis.kidney.band == "dialysis":
        start = basis.max_daily
    return Limits(
        unit=basis.unit,
        max_daily=basis.max_daily,
        max_single=basis.max_single,
        rise_daily=exact(profile.increment_daily_mg),
        rise_days=profile.step_days,
        fall_daily=exact(taper.max_decrease_daily_mg),
        fall_days=taper.min_step_days,
        taper_days=taper_days,
        start=max(start, basis.unit),
        ckd_first_below=ckd_first_below(basis),
        current=current,
        zero_from=zero_from(basis),
    )


def _apply_overrides(alerts: tuple[Alert, ...], request: PlanRequest) -> tuple[Alert, ...]:
    """Mark each critical alert an override acknowledges (as it reads now) with the reason."""
    out = []
    for alert in alerts:
        override = next((o for o in request.overrides if o.covers(alert)), None)
        out.append(
            alert
            if override is None
            else alert.model_copy(update={"override_reason": override.reason})
        )
    return tuple(out)


def _refused_plan(
    request: PlanRequest, knowledge: Knowledge, findings: Findings, kidney: KidneyEstimate
) -> Plan:
    """No profile applies (too young): the plan carries only the alerts."""
    product = choose_product(request, knowledge)
    fields = _checked_fields(request, knowledge, findings, kidney)
    return Plan(
        profile=None,
        product=product.id,  # type: ignore[arg-type]  # validated against PRODUCT_IDS at load
        product_name=product.name,
        unit_mg=float(product.unit_mg()),
        steps=(),
        max_daily_mg=None,
        max_single_dose_mg=None,
        target_daily_mg=None,
        refused=True,
        **fields,
    )


def _assemble(basis: PlanBasis, findings: Findings, stage: Stage) -> Plan:
    max_single = basis.max_single
    fields = _checked_fields(basis.request, basis.knowledge, findings, basis.kidney)
    return Plan(
        profile=basis.profile.id,
        product=basis.product.id,  # type: ignore[arg-type]  # validated against PRODUCT_IDS
        product_name=basis.product.name,
        unit_mg=float(basis.unit),
        steps=stage.steps,
        max_daily_mg=float(basis.max_daily),
        max_single_dose_mg=None if max_single is None else float(max_single),
        target_daily_mg=None if stage.target is None else float(stage.target),
        refused=stage.refused or not stage.steps,
        review_date=review_date(basis, stage.steps),
        **fields,
    )


def _checked_fields(
    request: PlanRequest, knowledge: Knowledge, findings: Findings, kidney: KidneyEstimate
) -> dict[str, Any]:
    """The medication check, the overrides and everything else every plan carries."""
    gfr = kidney.crcl_ml_min if kidney.crcl_ml_min is not None else kidney.egfr
    check = check_medications(
        request.medications,
        knowledge.drugs,
        MedicationContext(
            age_years=request.patient.age_years, crcl_ml_min=gfr, dialysis=request.patient.dialysis
        ),
        knowledge.cite,
    )
    findings.add(check.alerts)
    alerts = _apply_overrides(findings.sorted_alerts(), request)
    return {
        "request": request,
        "rules_version": knowledge.version,
        "mode": request.mode,
        "kidney": kidney,
        "alerts": alerts,
        "interactions": check.interactions,
        "medications": check.matches,
        "unrecognized_medications": check.unrecognized,
        "interaction_check_complete": check.complete,
        "rules_applied": tuple(findings.rules),
        "unmatched_overrides": tuple(
            o.code for o in request.overrides if not any(o.covers(a) for a in alerts)
        ),
    }
