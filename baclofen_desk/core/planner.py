"""The one entry point of the core: `build_plan(request, knowledge) -> Plan`.

Same input, same output; no clock, no files, no randomness. Each stage (kidney,
the schedule for the mode, the guard rails, the medication check) returns a
frozen result; this module only composes them. Every number comes from the
knowledge base and every rule that shaped the plan is recorded with its sources.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from baclofen_desk.core.acknowledgements import answer
from baclofen_desk.core.alerts import Findings
from baclofen_desk.core.amounts import fmt
from baclofen_desk.core.drug_dictionary import MedicationContext, check_medications
from baclofen_desk.core.kidney import assess_kidney
from baclofen_desk.core.kidney_adjustment import (
    dose_fraction,
    kidney_rules,
    max_daily,
)
from baclofen_desk.core.models import KidneyEstimate, Plan, PlanRequest
from baclofen_desk.core.own_schedule import plan_own_schedule
from baclofen_desk.core.plan_alerts import after_schedule, age_alerts, profile_rule
from baclofen_desk.core.plan_basis import PlanBasis, Stage, choose_product, profile_doses
from baclofen_desk.core.plan_limits import guarded
from baclofen_desk.core.reduction import plan_reduction
from baclofen_desk.core.review import review_date
from baclofen_desk.core.shaping_alerts import chosen_alert
from baclofen_desk.core.taper import plan_taper
from baclofen_desk.core.titration import plan_titration

if TYPE_CHECKING:
    from collections.abc import Callable

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import Mode

#: One planner per mode; each returns a frozen Stage that `guarded` then checks.
PLANNERS: dict[Mode, Callable[[PlanBasis], Stage]] = {
    "titrate": plan_titration,
    "reduce": plan_reduction,
    "taper": plan_taper,
}


def build_plan(request: PlanRequest, knowledge: Knowledge) -> Plan:
    """Plan a titration, a reduction or a taper for `request` with the rules in `knowledge`."""
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
    doses = profile_doses(profile, patient, knowledge)
    basis = PlanBasis(
        request=request,
        knowledge=knowledge,
        profile=profile,
        product=product,
        unit=unit,
        kidney=kidney,
        fraction=dose_fraction(kidney, knowledge),
        max_daily=max_daily(doses, kidney, knowledge, unit),
        doses=doses,
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
    return PLANNERS[basis.request.mode](basis)


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
    check = check_medications(
        request.medications,
        knowledge.drugs,
        MedicationContext.for_plan(request, kidney),
        knowledge.cite,
    )
    findings.add(check.alerts)
    answered = answer(findings.sorted_alerts(), check.interactions, request.overrides)
    return {
        "request": request,
        "rules_version": knowledge.version,
        "mode": request.mode,
        "kidney": kidney,
        "alerts": answered.alerts,
        "interactions": answered.interactions,
        "medications": check.matches,
        "unrecognized_medications": check.unrecognized,
        "interaction_check_complete": check.complete,
        "rules_applied": tuple(findings.rules),
        "unmatched_overrides": answered.unmatched,
    }
