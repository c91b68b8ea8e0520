"""Taper: step down from the current dose to 0, never abruptly."""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

from baclofen_desk.core.alerts import Findings
from baclofen_desk.core.amounts import exact, floor_to_unit, fmt
from baclofen_desk.core.levels import taper_durations, taper_levels
from baclofen_desk.core.plan_basis import Stage, dispensable, refused_stage
from baclofen_desk.core.schedule import Level, dated_steps

if TYPE_CHECKING:
    from baclofen_desk.core.plan_basis import PlanBasis


def slow_reasons(basis: PlanBasis, current: Fraction) -> list[str]:
    """Why this taper must be slow (one sentence each); empty when it need not be."""
    rule = basis.knowledge.rules.taper
    texts = rule.slow_reasons
    reasons: list[str] = []
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
    profile = basis.profile
    single_start = exact(profile.start_daily_mg) / profile.start_doses_per_day
    last = max(basis.unit, floor_to_unit(single_start, basis.unit))
    amounts = taper_levels(current, last, basis.unit, exact(rule.max_decrease_daily_mg))
    if not amounts:
        dispensable(basis, [current], findings)
        return refused_stage(findings)
    reasons = slow_reasons(basis, current)
    total = rule.slow_min_total_days if reasons else rule.min_total_days
    if reasons:
        findings.alert(rule.slow_alert, rule.sources, days=total, reasons=" ".join(reasons))
    durations = taper_durations(len(amounts), rule.min_step_days, total)
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
