"""The limits that apply to one plan, and the guard rails run on any stage's steps.

Every schedule passes through `guarded`, whoever made its steps: the rules
(titration, taper) or the clinician (typed steps, table edits).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from baclofen_desk.core.amounts import floor_to_unit
from baclofen_desk.core.guard_rails import Limits, breach_alerts, check_steps
from baclofen_desk.core.kidney_adjustment import ckd_first_below, dialysis_start
from baclofen_desk.core.taper import max_fall, max_part, stop_from, taper_days

if TYPE_CHECKING:
    from baclofen_desk.core.plan_basis import PlanBasis, Stage


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
    taper = basis.knowledge.rules.taper
    current = basis.current
    minimum_days = None
    if basis.request.mode == "taper" and current is not None:
        minimum_days = taper_days(basis, current)
    start = floor_to_unit(basis.doses.start * basis.fraction, basis.unit)
    if basis.kidney.band == "dialysis":
        start = floor_to_unit(dialysis_start(basis), basis.unit)
    return Limits(
        unit=basis.unit,
        max_daily=basis.max_daily,
        max_single=basis.max_single,
        rise_daily=basis.doses.increment,
        rise_days=basis.profile.step_days,
        fall_daily=max_fall(basis),
        fall_part=max_part(basis),
        fall_days=taper.min_step_days,
        stop_from=stop_from(basis),
        taper_days=minimum_days,
        start=max(start, basis.unit),
        ckd_first_below=ckd_first_below(basis),
        current=current,
    )
