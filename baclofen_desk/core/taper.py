"""Taper: step down from the current dose to 0, never abruptly."""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

from baclofen_desk.core.alerts import Findings
from baclofen_desk.core.amounts import exact, floor_to_unit, fmt
from baclofen_desk.core.falls import fall_levels
from baclofen_desk.core.levels import taper_durations
from baclofen_desk.core.plan_basis import Stage, dispensable, refused_stage
from baclofen_desk.core.schedule import Level, dated_steps

if TYPE_CHECKING:
    from baclofen_desk.core.plan_basis import PlanBasis


def slow_reasons(basis: PlanBasis, current: Fraction) -> list[str]:
    """Why this taper must be slow (one sentence each); empty when it need not be."""
    rule = basis.knowledge.rules.taper
    texts = rule.slow_reasons
    reasons: list[str] = [texts.chosen] if basis.request.slow_taper else []
    if current > exact(rule.slow_above_current_daily_mg):
        reasons.append(texts.current_high.format(dose=fmt(rule.slow_above_current_daily_mg)))
    if basis.request.patient.age_years >= rule.slow_from_age_years:
        reasons.append(texts.older.format(age=fmt(rule.slow_from_age_years)))
    kidney = basis.kidney
    below = fmt(rule.slow_below_crcl_ml_min)
    if kidney.band == "dialysis":
        reasons.append(texts.dialysis)
    elif kidney.crcl_ml_min is not None and kidney.crcl_ml_min < rule.slow_below_crcl_ml_min:
        reasons.append(texts.low_crcl.format(crcl=below))
    elif (
        kidney.crcl_ml_min is None
        and kidney.egfr is not None
        and kidney.egfr < rule.slow_below_crcl_ml_min
    ):
        reasons.append(texts.low_egfr.format(egfr=below))
    return reasons


def max_fall(basis: PlanBasis) -> Fraction:
    """The largest fall per step: the clinician's step size, else the rule's."""
    chosen = basis.request.step_daily_mg
    return exact(
        chosen if chosen is not None else basis.knowledge.rules.taper.max_decrease_daily_mg
    )


def step_days(basis: PlanBasis) -> int:
    """Days per falling step: the clinician's choice, else the rule's minimum."""
    chosen = basis.request.step_days
    return chosen if chosen is not None else basis.knowledge.rules.taper.min_step_days


def zero_from(basis: PlanBasis) -> Fraction:
    """The daily dose a taper steps to 0 from: one starting single dose (one unit at least)."""
    profile = basis.profile
    single_start = exact(profile.start_daily_mg) / profile.start_doses_per_day
    return max(basis.unit, floor_to_unit(single_start, basis.unit))


def plan_taper(basis: PlanBasis) -> Stage:
    """The taper from the current dose: even falls, each step long enough, ending at 0."""
    findings = Findings(basis.knowledge, basis.request.mode)
    rule = basis.knowledge.rules.taper
    current = basis.current
    assert current is not None  # guaranteed by PlanRequest
    if current > basis.max_daily:
        findings.alert(
            rule.above_max_alert, rule.sources, current=fmt(current), max=fmt(basis.max_daily)
        )
    last = zero_from(basis)
    amounts = fall_levels(current, last, basis.unit, max_fall(basis))
    if not amounts:
        dispensable(basis, [current], findings)
        return refused_stage(findings)
    reasons = slow_reasons(basis, current)
    total = rule.slow_min_total_days if reasons else rule.min_total_days
    if reasons:
        findings.alert(rule.slow_alert, rule.sources, days=total, reasons=" ".join(reasons))
    chosen = basis.request.step_days
    # The clinician's step length is kept exactly; the guard rails say if it is too short.
    durations = (
        [chosen] * len(amounts)
        if chosen is not None
        else taper_durations(len(amounts), rule.min_step_days, total)
    )
    levels = [Level(a, d) for a, d in zip(amounts, durations, strict=True)]
    levels.append(Level(Fraction(0), None))
    steps = dated_steps(levels, basis.request.start, basis.shape(titration=False))
    findings.alert(rule.withdrawal_alert, rule.sources)
    findings.rule(
        "taper",
        rule.description.format(
            max_decrease=fmt(rule.max_decrease_daily_mg),
            min_step_days=rule.min_step_days,
            total=total,
        ),
        rule.sources,
    )
    return Stage(findings.found(), steps, rounded=floor_to_unit(current, basis.unit) != current)
