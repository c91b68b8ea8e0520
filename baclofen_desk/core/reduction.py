"""Reduction: lower the daily dose to the clinician's target and keep it (policy P6 v2).

The same falls as a taper (at most the largest fall and at most half the dose per
step, each step long enough), but no total-duration minimum: those are for a
taper to 0. The last step is the target, open-ended. The kidney fraction never
scales a fall from the current dose; the target is checked against the maximum.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from baclofen_desk.core.alerts import Findings
from baclofen_desk.core.amounts import exact, floor_to_unit, fmt
from baclofen_desk.core.levels import fall_levels
from baclofen_desk.core.plan_basis import Stage, dispensable, refused_stage, typed_target
from baclofen_desk.core.schedule import Level, dated_steps
from baclofen_desk.core.taper import fall_per_step, max_part, step_days

if TYPE_CHECKING:
    from baclofen_desk.core.plan_basis import PlanBasis


def plan_reduction(basis: PlanBasis) -> Stage:
    """Falls from the current dose to the target, which is held open-ended."""
    findings = Findings(basis.knowledge, basis.request.mode)
    requested = basis.request.target_daily_mg
    assert requested is not None  # guaranteed by PlanRequest
    current, target = basis.current, typed_target(basis, findings, requested)
    assert current is not None  # guaranteed by PlanRequest
    rule = basis.knowledge.rules.taper
    if current > basis.max_daily:
        findings.alert(
            rule.above_max_alert, rule.sources, current=fmt(current), max=fmt(basis.max_daily)
        )
    if target <= 0:  # the product cannot give the target, or even the (capped) maximum
        dispensable(basis, [min(exact(requested), basis.max_daily)], findings)
        return refused_stage(findings)
    fall = fall_per_step(basis)
    amounts = fall_levels(current, basis.unit, fall, max_part(basis), down_to=target)
    days = step_days(basis)
    last = len(amounts) - 1
    levels = [Level(a, None if i == last else days) for i, a in enumerate(amounts)]
    steps = dated_steps(levels, basis.request.start, basis.shape(titration=False))
    findings.rule(
        "reduction",
        basis.knowledge.rules.shaping.reduction_description.format(
            max_decrease=fmt(fall), min_step_days=days, target=fmt(target)
        ),
        rule.sources,
    )
    rounded = floor_to_unit(current, basis.unit) != current
    return Stage(findings.found(), steps, target=target, rounded=rounded)
