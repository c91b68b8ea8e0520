"""The one entry point of the core: `build_plan(request, knowledge) -> Plan`.

Same input, same output; no clock, no files, no randomness. Every number comes
from the knowledge base and every rule that shapes the plan is recorded with
its sources.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from baclofen_desk.core.alerts import Findings
from baclofen_desk.core.amounts import exact, floor_to_unit, fmt, largest_below
from baclofen_desk.core.drug_dictionary import MedicationContext, check_medications
from baclofen_desk.core.kidney import assess_kidney, gfr_for_ckd_rules
from baclofen_desk.core.levels import (
    limit_rises,
    taper_durations,
    taper_levels,
    titration_levels,
)
from baclofen_desk.core.models import Alert, DoseStep, KidneyEstimate, Plan, PlanRequest
from baclofen_desk.core.schedule import DoseShape, Level, dated_steps

if TYPE_CHECKING:
    from baclofen_desk.core.knowledge import Knowledge, Product, Profile


@dataclass
class _Context:
    """What the mode-specific planners share."""

    request: PlanRequest
    knowledge: Knowledge
    findings: Findings
    profile: Profile
    product: Product
    unit: Fraction
    kidney: KidneyEstimate
    fraction: Fraction
    max_daily: Fraction
    steps: tuple[DoseStep, ...] = ()
    target: Fraction | None = None
    refused: bool = False
    rounded: bool = False

    def shape(self, *, requested_doses: int | None = None, titration: bool = True) -> DoseShape:
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

    def dispensable(self, wanted: list[Fraction]) -> list[Fraction]:
        """Round amounts down to the product's units; flag rounding and zeros."""
        rounded = [floor_to_unit(amount, self.unit) for amount in wanted]
        self.rounded = self.rounded or rounded != wanted
        dropped = [w for w, r in zip(wanted, rounded, strict=True) if r == 0]
        if dropped:
            rule = self.knowledge.rules.dispensing
            self.findings.alert(
                rule.cannot_dispense_alert,
                rule.sources,
                product=self.product.name,
                amount=fmt(min(dropped)),
                unit=fmt(self.unit),
            )
        return [r for r in rounded if r > 0]


def _choose_product(request: PlanRequest, knowledge: Knowledge) -> Product:
    defaults = knowledge.rules.defaults
    if request.product is not None:
        return knowledge.products[request.product]
    child = request.patient.age_years < defaults.child_product_below_age_years
    return knowledge.products[defaults.child_product if child else defaults.adult_product]


def _max_daily(ctx: _Context) -> Fraction:
    if ctx.kidney.band == "dialysis":
        return floor_to_unit(exact(ctx.knowledge.rules.kidney.dialysis.max_daily_mg), ctx.unit)
    return floor_to_unit(exact(ctx.profile.max_daily_mg) * ctx.fraction, ctx.unit)


def _target(ctx: _Context) -> Fraction:
    """The titration target before kidney scaling: requested or default, capped at the maximum."""
    rules = ctx.knowledge.rules.target
    requested = ctx.request.target_daily_mg
    target = exact(requested if requested is not None else ctx.profile.default_target_daily_mg)
    ceiling = exact(ctx.profile.max_daily_mg)
    if target > ceiling:
        ctx.findings.alert(
            rules.capped_alert, rules.sources, requested=fmt(target), max=fmt(ctx.max_daily)
        )
        return ceiling
    rounded = floor_to_unit(target, ctx.unit)
    if requested is not None and ctx.fraction == 1 and 0 < rounded != target:
        ctx.findings.alert(
            rules.rounded_alert,
            rules.sources,
            requested=fmt(target),
            product=ctx.product.name,
            target=fmt(floor_to_unit(target, ctx.unit)),
        )
    return target


def _first_step_limit(ctx: _Context) -> Fraction | None:
    """The strictest 'first step below' rule that applies (older adults, CKD)."""
    limits: list[Fraction] = []
    if ctx.profile.first_step_below_daily_mg is not None:
        limits.append(exact(ctx.profile.first_step_below_daily_mg))
    ckd = ctx.knowledge.rules.kidney.ckd_first_step
    gfr = gfr_for_ckd_rules(ctx.kidney)
    adult = ctx.request.patient.age_years >= ckd.min_age_years
    dialysis = ctx.kidney.band == "dialysis"
    if adult and (dialysis or (gfr is not None and gfr[0] < ckd.egfr_below)):
        limits.append(exact(ckd.first_step_below_daily_mg))
        ctx.findings.alert(
            ckd.alert,
            ckd.sources,
            basis="Kidney function (dialysis)" if dialysis or gfr is None else gfr[1],
            egfr_below=fmt(ckd.egfr_below),
            first_below=fmt(ckd.first_step_below_daily_mg),
        )
        ctx.findings.rule(
            "kidney.ckd_first_step",
            f"First step below {fmt(ckd.first_step_below_daily_mg)} mg/day with eGFR below "
            f"{fmt(ckd.egfr_below)}",
            ckd.sources,
        )
    return min(limits) if limits else None


def _plan_titration(ctx: _Context) -> None:
    if ctx.kidney.band == "dialysis":
        _plan_dialysis(ctx)
        return
    profile = ctx.profile
    target = _target(ctx)
    scaled_target = min(floor_to_unit(target * ctx.fraction, ctx.unit), ctx.max_daily)
    current = ctx.request.current_daily_mg
    if current is not None:
        _plan_titration_from(ctx, exact(current), scaled_target)
        return
    base = titration_levels(
        exact(profile.start_daily_mg), exact(profile.increment_daily_mg), target
    )
    amounts = ctx.dispensable([level * ctx.fraction for level in base])
    amounts = [min(amount, ctx.max_daily) for amount in amounts]
    limit = _first_step_limit(ctx)
    if amounts and limit is not None and amounts[0] >= limit:
        amounts[0] = largest_below(limit, ctx.unit)
    _finish_titration(ctx, amounts, first_is_start=True)


def _plan_titration_from(ctx: _Context, current: Fraction, target: Fraction) -> None:
    """Step up from the dose the patient already takes."""
    start = floor_to_unit(current, ctx.unit)
    if start >= target:
        rule = ctx.knowledge.rules.dispensing
        ctx.findings.alert(
            rule.current_above_max_alert, rule.sources, current=fmt(current), max=fmt(target)
        )
        ctx.refused = True
        return
    scaled_increment = exact(ctx.profile.increment_daily_mg) * ctx.fraction
    increment = max(ctx.unit, floor_to_unit(scaled_increment, ctx.unit))
    amounts = [a for a in titration_levels(start, increment, target) if a > 0]
    ctx.rounded = ctx.rounded or start != current
    _finish_titration(ctx, amounts, first_is_start=False)


def _finish_titration(ctx: _Context, amounts: list[Fraction], *, first_is_start: bool) -> None:
    if not amounts:
        ctx.refused = True
        return
    days = ctx.profile.step_days
    # Each day's dose is the unscaled schedule's dose x the kidney fraction, rounded down;
    # rounding may only make a rise larger than the rule's when the product is coarse.
    paced = limit_rises(amounts, exact(ctx.profile.increment_daily_mg), ctx.unit)
    last = len(paced) - 1
    levels = [
        Level(amount, None if i == last else days * intervals, first_is_start and i == 0)
        for i, (amount, intervals) in enumerate(paced)
    ]
    ctx.steps = dated_steps(levels, ctx.request.start, ctx.shape())
    ctx.target = amounts[-1]


def _plan_dialysis(ctx: _Context) -> None:
    """One fixed low dose, no automatic titration."""
    current = ctx.request.current_daily_mg
    if current is not None and exact(current) > ctx.max_daily:
        # Dropping straight to the dialysis dose would be an abrupt withdrawal.
        dispensing = ctx.knowledge.rules.dispensing
        ctx.findings.alert(
            dispensing.current_above_max_alert,
            dispensing.sources,
            current=fmt(current),
            max=fmt(ctx.max_daily),
        )
        ctx.refused = True
        return
    rule = ctx.knowledge.rules.kidney.dialysis
    start = exact(rule.start_daily_mg)
    preferred = -(-start // ctx.unit) * ctx.unit  # smallest dispensable amount at or above start
    amount = preferred if preferred <= ctx.max_daily else ctx.max_daily
    if amount <= 0:
        ctx.dispensable([start])
        ctx.refused = True
        return
    if amount > start:
        ctx.findings.alert(
            rule.start_raised_alert,
            rule.sources,
            product=ctx.product.name,
            start=fmt(start),
            amount=fmt(amount),
            max=fmt(rule.max_daily_mg),
        )
    ctx.steps = dated_steps(
        [Level(amount, None, True)], ctx.request.start, ctx.shape(requested_doses=1)
    )
    ctx.target = amount


def _slow_reasons(ctx: _Context, current: Fraction) -> list[str]:
    rule = ctx.knowledge.rules.taper
    reasons: list[str] = []
    if current > exact(rule.slow_above_current_daily_mg):
        reasons.append(f"the current dose is above {fmt(rule.slow_above_current_daily_mg)} mg/day")
    if ctx.request.patient.age_years >= rule.slow_from_age_years:
        reasons.append(f"the patient is {fmt(rule.slow_from_age_years)} or older")
    kidney = ctx.kidney
    if kidney.band == "dialysis":
        reasons.append("the patient is on dialysis")
    elif kidney.crcl_ml_min is not None and kidney.crcl_ml_min < rule.slow_below_crcl_ml_min:
        reasons.append(f"CrCl is below {fmt(rule.slow_below_crcl_ml_min)} mL/min")
    elif (
        kidney.crcl_ml_min is None
        and kidney.egfr is not None
        and kidney.egfr < rule.slow_below_crcl_ml_min
    ):
        reasons.append(f"eGFR is below {fmt(rule.slow_below_crcl_ml_min)} (no CrCl known)")
    return reasons


def _plan_taper(ctx: _Context) -> None:
    rule = ctx.knowledge.rules.taper
    assert ctx.request.current_daily_mg is not None  # guaranteed by PlanRequest
    current = exact(ctx.request.current_daily_mg)
    if current > ctx.max_daily:
        ctx.findings.alert(
            rule.above_max_alert, rule.sources, current=fmt(current), max=fmt(ctx.max_daily)
        )
    profile = ctx.profile
    single_start = exact(profile.start_daily_mg) / profile.start_doses_per_day
    last = max(ctx.unit, floor_to_unit(single_start, ctx.unit))
    amounts = taper_levels(current, last, ctx.unit, exact(rule.max_decrease_daily_mg))
    if not amounts:
        ctx.dispensable([current])
        ctx.refused = True
        return
    ctx.rounded = ctx.rounded or floor_to_unit(current, ctx.unit) != current
    reasons = _slow_reasons(ctx, current)
    total = rule.slow_min_total_days if reasons else rule.min_total_days
    if reasons:
        ctx.findings.alert(rule.slow_alert, rule.sources, days=total, reasons=", ".join(reasons))
    durations = taper_durations(len(amounts), rule.min_step_days, total)
    levels = [Level(a, d) for a, d in zip(amounts, durations, strict=True)]
    levels.append(Level(Fraction(0), None))
    ctx.steps = dated_steps(levels, ctx.request.start, ctx.shape(titration=False))
    ctx.findings.alert(rule.withdrawal_alert, rule.sources)
    ctx.findings.rule(
        "taper",
        f"Taper: each step at most {fmt(rule.max_decrease_daily_mg)} mg/day lower and at least "
        f"{rule.min_step_days} days long; at least {total} days in all; ends at 0",
        rule.sources,
    )


def _condition_alerts(ctx: _Context) -> None:
    patient = ctx.request.patient
    for condition in patient.conditions:
        rule = ctx.knowledge.conditions[condition]
        ctx.findings.fixed(f"condition.{rule.id}", rule.severity, rule.message, rule.sources)
    # An indication that repeats a condition already warned about adds nothing.
    if patient.indication is not None and patient.indication not in patient.conditions:
        indication = ctx.knowledge.indications[patient.indication]
        if indication.severity is not None and indication.message is not None:
            ctx.findings.fixed(
                f"indication.{indication.id}",
                indication.severity,
                indication.message,
                indication.sources,
            )


def _age_alerts(ctx: _Context) -> None:
    profile = ctx.profile
    titrates = ctx.kidney.band != "dialysis"  # on dialysis: one fixed dose, no titration
    applies = ctx.request.mode in profile.alert.modes if profile.alert else False
    if profile.alert is not None and applies and (titrates or "taper" in profile.alert.modes):
        ctx.findings.alert(
            profile.alert,
            profile.sources,
            max=fmt(profile.max_daily_mg),
            first_below=fmt(profile.first_step_below_daily_mg or 0),
        )
    beers = ctx.knowledge.rules.beers
    if ctx.request.patient.age_years < beers.min_age_years:
        return
    gfr = gfr_for_ckd_rules(ctx.kidney)
    if gfr is not None and gfr[0] < beers.egfr_below:
        number = fmt(round(gfr[0], 1))
        shown = number if gfr[1] == "eGFR" else f"not known; CrCl {number}"
    elif ctx.kidney.band == "dialysis":  # Beers 2023 names chronic dialysis with eGFR < 60
        shown = "not known; on dialysis"
    else:
        return
    ctx.findings.alert(beers.alert, beers.sources, egfr_below=fmt(beers.egfr_below), egfr=shown)


def _kidney_rules(ctx: _Context) -> None:
    kidney = ctx.kidney
    rules = ctx.knowledge.rules.kidney
    if kidney.weight_used is not None:
        ctx.findings.rule(
            "kidney.cockcroft_gault",
            f"CrCl by Cockcroft-Gault with {kidney.weight_used} body weight "
            f"({fmt(kidney.weight_used_kg or 0)} kg)",
            rules.cockcroft_gault.sources + rules.weight.sources,
        )
    if kidney.egfr_method == "ckd-epi-2021":
        ctx.findings.rule(
            "kidney.ckd_epi_2021", "eGFR by CKD-EPI 2021 (race-free)", rules.ckd_epi_2021.sources
        )
    if kidney.band == "dialysis":
        dialysis = rules.dialysis
        ctx.findings.alert(
            dialysis.alert,
            dialysis.sources,
            start=fmt(dialysis.start_daily_mg),
            max=fmt(dialysis.max_daily_mg),
        )
        ctx.findings.rule(
            "kidney.dialysis",
            f"Dialysis: one fixed dose of at most {fmt(dialysis.max_daily_mg)} mg/day",
            dialysis.sources,
        )
    elif kidney.band != "unknown":
        band = next(b for b in rules.bands if b.id == kidney.band)
        ctx.findings.rule(
            f"kidney.{band.id}",
            f"Kidney band {band.id}: every dose and the maximum x {band.dose_fraction}",
            band.sources,
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
    product = _choose_product(request, knowledge)
    rule = knowledge.rules.age
    findings.alert(rule.refused_alert, rule.sources, minimum=fmt(rule.minimum_years))
    return _assemble(
        request,
        knowledge,
        findings,
        kidney,
        product=product,
        unit=product.unit_mg(),
        profile=None,
        steps=(),
        max_daily=None,
        max_single=None,
        target=None,
        refused=True,
    )


def _assemble(
    request: PlanRequest,
    knowledge: Knowledge,
    findings: Findings,
    kidney: KidneyEstimate,
    *,
    product: Product,
    unit: Fraction,
    profile: str | None,
    steps: tuple[DoseStep, ...],
    max_daily: Fraction | None,
    max_single: Fraction | None,
    target: Fraction | None,
    refused: bool,
) -> Plan:
    check = check_medications(
        request.medications,
        knowledge.drugs,
        MedicationContext.for_plan(request, kidney),
        knowledge.cite,
    )
    findings.add(check.alerts)
    alerts = _apply_overrides(findings.sorted_alerts(), request)
    return Plan(
        request=request,
        rules_version=knowledge.version,
        mode=request.mode,
        profile=profile,
        product=product.id,  # type: ignore[arg-type]  # validated against PRODUCT_IDS at load
        product_name=product.name,
        unit_mg=float(unit),
        steps=steps,
        max_daily_mg=None if max_daily is None else float(max_daily),
        max_single_dose_mg=None if max_single is None else float(max_single),
        target_daily_mg=None if target is None else float(target),
        kidney=kidney,
        alerts=alerts,
        interactions=check.interactions,
        medications=check.matches,
        unrecognized_medications=check.unrecognized,
        interaction_check_complete=check.complete,
        rules_applied=tuple(findings.rules),
        refused=refused,
        unmatched_overrides=tuple(
            o.code for o in request.overrides if not any(o.covers(a) for a in alerts)
        ),
    )


def build_plan(request: PlanRequest, knowledge: Knowledge) -> Plan:
    """Plan a titration or a taper for `request` with the rules in `knowledge`."""
    findings = Findings(knowledge, request.mode)
    patient = request.patient
    kidney = assess_kidney(patient, knowledge, findings)
    profile = knowledge.profile_for(patient.age_years)
    if patient.age_years < knowledge.rules.age.minimum_years or profile is None:
        return _refused_plan(request, knowledge, findings, kidney)
    product = _choose_product(request, knowledge)
    unit = product.unit_mg(request.allow_half_tablets)
    band = next((b for b in knowledge.rules.kidney.bands if b.id == kidney.band), None)
    ctx = _Context(
        request=request,
        knowledge=knowledge,
        findings=findings,
        profile=profile,
        product=product,
        unit=unit,
        kidney=kidney,
        fraction=band.fraction if band is not None else Fraction(1),
        max_daily=Fraction(0),
    )
    ctx.max_daily = _max_daily(ctx)
    _age_alerts(ctx)
    _kidney_rules(ctx)
    findings.rule(
        f"profile.{profile.id}",
        f"{profile.label}: start {fmt(profile.start_daily_mg)} mg/day, "
        f"+{fmt(profile.increment_daily_mg)} mg/day every {profile.step_days} days, "
        f"maximum {fmt(profile.max_daily_mg)} mg/day",
        profile.sources,
    )
    if request.mode == "taper":
        _plan_taper(ctx)
    else:
        _plan_titration(ctx)
        followup = knowledge.rules.followup
        findings.alert(
            followup.alert,
            followup.sources,
            weeks_min=followup.trial_weeks_min,
            weeks_max=followup.trial_weeks_max,
        )
    dispensing = knowledge.rules.dispensing
    findings.rule(
        "product",
        f"{product.name}: every dose is a multiple of {fmt(unit)} mg; rounding is always down",
        product.sources + dispensing.sources,
    )
    if ctx.rounded and ctx.steps:
        hint = "" if product.form == "liquid" else " A liquid gives finer steps."
        findings.alert(
            dispensing.rounded_alert,
            dispensing.sources,
            product=product.name,
            unit=fmt(unit),
            hint=hint,
        )
    _condition_alerts(ctx)
    max_single = profile.max_single_dose_mg
    return _assemble(
        request,
        knowledge,
        findings,
        kidney,
        product=product,
        unit=unit,
        profile=profile.id,
        steps=ctx.steps,
        max_daily=ctx.max_daily,
        max_single=None if max_single is None else floor_to_unit(exact(max_single), unit),
        target=ctx.target,
        refused=ctx.refused or not ctx.steps,
    )
