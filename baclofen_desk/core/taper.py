"""Taper: step down from the current dose to 0, never abruptly (P6)."""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

from baclofen_desk.core.alerts import Findings
from baclofen_desk.core.amounts import exact, fmt
from baclofen_desk.core.levels import fall_levels, taper_durations
from baclofen_desk.core.plan_basis import Stage, dispensable, refused_stage
from baclofen_desk.core.schedule import Level, dated_steps

if TYPE_CHECKING:
    from baclofen_desk.core.plan_basis import PlanBasis


def max_fall(basis: PlanBasis) -> Fraction:
    """The largest fall per step: 15 mg/day; under 12 also at most the band's titration step."""
    largest = exact(basis.knowledge.rules.taper.max_decrease_daily_mg)
    if basis.child:
        return min(largest, exact(basis.profile.increment_daily_mg))
    return largest


def fall_per_step(basis: PlanBasis) -> Fraction:
    """The fall a generated step aims at: the clinician's step size, else `max_fall`.

    A chosen step above the rule's is planned as chosen; the guard rails, which
    check against `max_fall`, then raise the "faster than a safe taper" alert.
    """
    chosen = basis.request.step_daily_mg
    return exact(chosen) if chosen is not None else max_fall(basis)


def max_part(basis: PlanBasis) -> Fraction:
    """The largest part of the current daily dose one step may take away (a half)."""
    return exact(basis.knowledge.rules.taper.max_decrease_fraction)


def stop_from(basis: PlanBasis) -> Fraction:
    """The highest daily dose from which the step to 0 is taken."""
    rule = basis.knowledge.rules.taper
    return exact(rule.child_stop_from_daily_mg if basis.child else rule.stop_from_daily_mg)


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
    value = kidney.band_value
    if kidney.band == "dialysis":
        reasons.append(texts.dialysis)
    elif value is not None and value < rule.slow_below_crcl_ml_min:
        reasons.append(
            texts.low_crcl.format(
                basis="CrCl" if kidney.band_basis == "crcl" else "eGFR",
                value=fmt(value),
                crcl=fmt(rule.slow_below_crcl_ml_min),
            )
        )
    return reasons


def taper_days(basis: PlanBasis, current: Fraction) -> int:
    """The shortest the taper to 0 may last: longer when it must be slow."""
    rule = basis.knowledge.rules.taper
    return rule.slow_min_total_days if slow_reasons(basis, current) else rule.min_total_days


def step_days(basis: PlanBasis) -> int:
    """Days per falling step: the clinician's choice, else the rule's minimum."""
    chosen = basis.request.step_days
    return chosen if chosen is not None else basis.knowledge.rules.taper.min_step_days


def _first_fall_to(basis: PlanBasis, current: Fraction) -> Fraction:
    """The lowest daily dose the first step of the taper may go to (the current one when it
    is low enough to stop from)."""
    if current <= stop_from(basis):
        return current
    return max(current * max_part(basis), current - fall_per_step(basis))


def plan_taper(basis: PlanBasis) -> Stage:
    """The taper from the current dose: each fall at most half and 15 mg/day, ending at 0."""
    findings = Findings(basis.knowledge, basis.request.mode)
    rule = basis.knowledge.rules.taper
    current = basis.current
    assert current is not None  # guaranteed by PlanRequest
    if current > basis.max_daily:
        findings.alert(
            rule.above_max_alert, rule.sources, current=fmt(current), max=fmt(basis.max_daily)
        )
    amounts = fall_levels(
        current,
        basis.unit,
        fall_per_step(basis),
        max_part(basis),
        down_to=basis.unit,
        stop_from=stop_from(basis),
    )
    if not amounts:  # the product cannot give the first step down: say which amount
        dispensable(basis, [_first_fall_to(basis, current)], findings)
        return refused_stage(findings)
    reasons = slow_reasons(basis, current)
    total = taper_days(basis, current)
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
            max_decrease=fmt(fall_per_step(basis)),
            min_step_days=rule.min_step_days,
            stop_from=fmt(stop_from(basis)),
            total=total,
        ),
        rule.sources,
    )
    return Stage(findings.found(), steps)
