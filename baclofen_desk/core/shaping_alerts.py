"""The `info`s of a shaped plan: the clinician chose it (policy P2a); the last visit found
no benefit at the highest tolerated dose, so a taper is suggested (policy P10)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from baclofen_desk.core.alerts import Findings
from baclofen_desk.core.amounts import fmt

if TYPE_CHECKING:
    from baclofen_desk.core.alerts import Found
    from baclofen_desk.core.plan_basis import PlanBasis


def chosen_parts(basis: PlanBasis) -> list[str]:
    """The clinician's shaping choices in this request, each named as the rules word it."""
    request = basis.request
    words = basis.knowledge.rules.shaping.chosen_parts
    parts: list[str] = []
    if request.schedule is not None:
        parts.append(words.schedule)
    if request.step_days is not None:
        parts.append(words.step_days.format(days=request.step_days))
    if request.step_daily_mg is not None:
        parts.append(words.step_size.format(mg=fmt(request.step_daily_mg)))
    if request.slow_taper:
        parts.append(words.slow)
    if request.mode == "titrate" and request.target_daily_mg is not None:
        parts.append(words.target.format(mg=fmt(request.target_daily_mg)))
    return parts


def chosen_alert(basis: PlanBasis) -> Found:
    """One `info` naming the choices; soft limits they cross raise their own alerts."""
    findings = Findings(basis.knowledge, basis.request.mode)
    parts = chosen_parts(basis)
    rule = basis.knowledge.rules.shaping
    if parts:
        findings.alert(rule.chosen_alert, rule.sources, choices="; ".join(parts))
    history = basis.request.history
    if history and history[-1].outcome == "no-benefit-at-max" and basis.request.mode != "taper":
        followup = basis.knowledge.rules.followup
        findings.alert(
            rule.no_benefit_alert,
            rule.sources,
            date=history[-1].visit_date.isoformat(),
            weeks_min=followup.trial_weeks_min,
            weeks_max=followup.trial_weeks_max,
        )
    return findings.found()
