"""Titration: step up from the starting dose (or the current dose) to the target.

The kidney fraction scales only what the rules suggest (the steps, the start,
the default target and the maximum); a typed target or the current dose is never
scaled, only kept within the applicable maximum (P4 v2).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from baclofen_desk.core.alerts import Findings
from baclofen_desk.core.amounts import exact, floor_to_unit, fmt, largest_below
from baclofen_desk.core.kidney_adjustment import first_step_limit, plan_dialysis
from baclofen_desk.core.levels import limit_rises, titration_levels
from baclofen_desk.core.plan_basis import Stage, dispensable, refused_stage, typed_target
from baclofen_desk.core.schedule import Level, dated_steps

if TYPE_CHECKING:
    from fractions import Fraction

    from baclofen_desk.core.plan_basis import PlanBasis


def plan_titration(basis: PlanBasis) -> Stage:
    """The titration for `basis`: label steps scaled for the kidneys, up to the target."""
    if basis.kidney.band == "dialysis":
        return plan_dialysis(basis)
    findings = Findings(basis.knowledge, basis.request.mode)
    target = _target(basis, findings)
    current = basis.current
    if current is not None:
        return _titration_from(basis, findings, current, target)
    # The unscaled schedule runs to the target before scaling, so the last step is the target.
    base = titration_levels(basis.doses.start, rise_per_step(basis), target / basis.fraction)
    amounts, rounded = dispensable(basis, [level * basis.fraction for level in base], findings)
    amounts = [min(amount, target) for amount in amounts]
    limit = first_step_limit(basis, findings)
    if amounts and limit is not None and amounts[0] >= limit:
        amounts[0] = largest_below(limit, basis.unit)
    return _finish(basis, findings, amounts, first_is_start=True, rounded=rounded)


def rise_per_step(basis: PlanBasis) -> Fraction:
    """The rise per step before kidney scaling: the clinician's step size, else the profile's
    (under 12 limited by weight)."""
    chosen = basis.request.step_daily_mg
    return exact(chosen) if chosen is not None else basis.doses.increment


def _target(basis: PlanBasis, findings: Findings) -> Fraction:
    """The dose to reach: typed (never scaled), or the default scaled; within the maximum."""
    requested = basis.request.target_daily_mg
    if requested is None:
        suggested = floor_to_unit(basis.doses.default_target * basis.fraction, basis.unit)
        return min(suggested, basis.max_daily)
    return typed_target(basis, findings, requested)


def _titration_from(
    basis: PlanBasis, findings: Findings, current: Fraction, target: Fraction
) -> Stage:
    """Step up from the dose the patient already takes (never scaled)."""
    start = floor_to_unit(current, basis.unit)
    dispensing = basis.knowledge.rules.dispensing
    if current > basis.max_daily:
        findings.alert(
            dispensing.current_above_max_alert,
            dispensing.sources,
            current=fmt(current),
            max=fmt(basis.max_daily),
        )
        return refused_stage(findings)
    if start == 0:  # the product cannot give the dose the patient takes: say so
        dispensable(basis, [current], findings)
        return refused_stage(findings)
    if start >= target:
        # Within the maximum a current dose never blocks: the plan keeps it.
        kept = basis.knowledge.rules.target
        findings.alert(
            kept.kept_alert,
            kept.sources,
            current=fmt(current),
            target=fmt(target),
            max=fmt(basis.max_daily),
        )
        return _finish(basis, findings, [start] if start > 0 else [], False, start != current)
    scaled_increment = rise_per_step(basis) * basis.fraction
    increment = max(basis.unit, floor_to_unit(scaled_increment, basis.unit))
    amounts = [a for a in titration_levels(start, increment, target) if a > 0]
    return _finish(basis, findings, amounts, False, start != current)


def _finish(
    basis: PlanBasis,
    findings: Findings,
    amounts: list[Fraction],
    first_is_start: bool,
    rounded: bool,
) -> Stage:
    """Date the daily amounts, never rising faster than the profile after rounding."""
    if not amounts:
        return Stage(findings.found(), refused=True, rounded=rounded)
    days = basis.request.step_days or basis.profile.step_days
    # Rounding may only make a rise larger than the rule's when the product is coarse.
    paced = limit_rises(amounts, rise_per_step(basis), basis.unit)
    last = len(paced) - 1
    levels = [
        Level(amount, None if i == last else days * intervals, first_is_start and i == 0)
        for i, (amount, intervals) in enumerate(paced)
    ]
    steps = dated_steps(levels, basis.request.start, basis.shape())
    return Stage(findings.found(), steps, target=amounts[-1], rounded=rounded)
