"""Titration: step up from the starting dose (or the current dose) to the target."""

from __future__ import annotations

from typing import TYPE_CHECKING

from baclofen_desk.core.alerts import Findings
from baclofen_desk.core.amounts import exact, floor_to_unit, fmt, largest_below
from baclofen_desk.core.kidney_adjustment import first_step_limit, plan_dialysis
from baclofen_desk.core.levels import limit_rises, titration_levels
from baclofen_desk.core.plan_basis import Stage, dispensable, refused_stage
from baclofen_desk.core.schedule import Level, dated_steps

if TYPE_CHECKING:
    from fractions import Fraction

    from baclofen_desk.core.plan_basis import PlanBasis


def plan_titration(basis: PlanBasis) -> Stage:
    """The titration for `basis`: label steps scaled for the kidneys, up to the target."""
    if basis.kidney.band == "dialysis":
        return plan_dialysis(basis)
    findings = Findings(basis.knowledge, basis.request.mode)
    profile = basis.profile
    target = _target(basis, findings)
    scaled_target = min(floor_to_unit(target * basis.fraction, basis.unit), basis.max_daily)
    current = basis.current
    if current is not None:
        return _titration_from(basis, findings, current, scaled_target)
    base = titration_levels(exact(profile.start_daily_mg), rise_per_step(basis), target)
    amounts, rounded = dispensable(basis, [level * basis.fraction for level in base], findings)
    amounts = [min(amount, basis.max_daily) for amount in amounts]
    limit = first_step_limit(basis, findings)
    if amounts and limit is not None and amounts[0] >= limit:
        amounts[0] = largest_below(limit, basis.unit)
    return _finish(basis, findings, amounts, first_is_start=True, rounded=rounded)


def rise_per_step(basis: PlanBasis) -> Fraction:
    """The rise per step before kidney scaling: the clinician's step size, else the profile's."""
    chosen = basis.request.step_daily_mg
    return exact(chosen if chosen is not None else basis.profile.increment_daily_mg)


def _target(basis: PlanBasis, findings: Findings) -> Fraction:
    """The titration target before kidney scaling: requested or default, capped at the maximum."""
    rules = basis.knowledge.rules.target
    requested = basis.request.target_daily_mg
    target = exact(requested if requested is not None else basis.profile.default_target_daily_mg)
    ceiling = exact(basis.profile.max_daily_mg)
    if target > ceiling:
        findings.alert(
            rules.capped_alert, rules.sources, requested=fmt(target), max=fmt(basis.max_daily)
        )
        return ceiling
    rounded = floor_to_unit(target, basis.unit)
    if requested is not None and basis.fraction == 1 and 0 < rounded != target:
        findings.alert(
            rules.rounded_alert,
            rules.sources,
            requested=fmt(target),
            product=basis.product.name,
            target=fmt(rounded),
        )
    return target


def _titration_from(
    basis: PlanBasis, findings: Findings, current: Fraction, target: Fraction
) -> Stage:
    """Step up from the dose the patient already takes."""
    start = floor_to_unit(current, basis.unit)
    if start >= target:
        rule = basis.knowledge.rules.dispensing
        findings.alert(
            rule.current_above_max_alert, rule.sources, current=fmt(current), max=fmt(target)
        )
        return refused_stage(findings)
    scaled_increment = rise_per_step(basis) * basis.fraction
    increment = max(basis.unit, floor_to_unit(scaled_increment, basis.unit))
    amounts = [a for a in titration_levels(start, increment, target) if a > 0]
    return _finish(basis, findings, amounts, first_is_start=False, rounded=start != current)


def _finish(
    basis: PlanBasis,
    findings: Findings,
    amounts: list[Fraction],
    *,
    first_is_start: bool,
    rounded: bool,
) -> Stage:
    """Date the daily amounts, never rising faster than the profile after rounding."""
    if not amounts:
        return Stage(findings.found(), refused=True, rounded=rounded)
    days = basis.request.step_days or basis.profile.step_days
    # Each day's dose is the unscaled schedule's dose x the kidney fraction, rounded down;
    # rounding may only make a rise larger than the rule's when the product is coarse.
    paced = limit_rises(amounts, rise_per_step(basis), basis.unit)
    last = len(paced) - 1
    levels = [
        Level(amount, None if i == last else days * intervals, first_is_start and i == 0)
        for i, (amount, intervals) in enumerate(paced)
    ]
    steps = dated_steps(levels, basis.request.start, basis.shape())
    return Stage(findings.found(), steps, target=amounts[-1], rounded=rounded)
