"""What the rules would choose for a request where the clinician leaves a choice open
(policy P2a, P6, P10): shown beside each shaping control as its suggestion."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from baclofen_desk.core.amounts import exact
from baclofen_desk.core.plan_basis import profile_doses
from baclofen_desk.core.planner import build_plan

if TYPE_CHECKING:
    import datetime as dt

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import Plan

#: The request fields a clinician's shaping sets; cleared, the rules decide them.
SHAPING_FIELDS = ("step_days", "step_daily_mg", "schedule", "target_daily_mg")


@dataclass(frozen=True)
class RuleChoices:
    """The rules' days per step, change per step (mg/day), target and review date.

    For a taper or a reduction `step_days` is the shortest step: the rules lengthen
    the steps where the whole taper must last longer (`step_days_at_least`).
    """

    step_days: int
    step_daily_mg: float
    target_daily_mg: float | None
    review_date: dt.date | None
    step_days_at_least: bool = False
    slow_taper: bool = False  # the rules make this taper slow without being asked


def rule_choices(plan: Plan, knowledge: Knowledge) -> RuleChoices | None:
    """The rules' choices for `plan`'s request; None where no profile applies (too young)."""
    request = plan.request
    profile = knowledge.profile_for(request.patient.age_years)
    if profile is None:
        return None
    if request.mode == "titrate":
        doses = profile_doses(profile, request.patient, knowledge)
        days, step = profile.step_days, float(doses.increment)
    else:
        taper = knowledge.rules.taper
        days, step = taper.min_step_days, _largest_fall(plan, knowledge)
    target, review = _rules_target(plan, knowledge), _rules_review(plan, knowledge)
    return RuleChoices(
        days,
        step,
        target,
        review,
        step_days_at_least=request.mode != "titrate",
        slow_taper=_rules_slow(plan, knowledge),
    )


def _rules_slow(plan: Plan, knowledge: Knowledge) -> bool:
    """Whether the rules alone make this taper slow (its patient needs it)."""
    request = plan.request
    if request.mode != "taper":
        return False
    if request.slow_taper:
        plan = build_plan(request.model_copy(update={"slow_taper": False}), knowledge)
    code = knowledge.rules.taper.slow_alert.code
    return any(alert.code == code for alert in plan.alerts)


def _largest_fall(plan: Plan, knowledge: Knowledge) -> float:
    """As core/taper.py `max_fall`: under 12 at most the band's titration step."""
    taper = knowledge.rules.taper
    largest = exact(taper.max_decrease_daily_mg)
    request = plan.request
    profile = knowledge.profile_for(request.patient.age_years)
    child = request.patient.age_years < knowledge.rules.children_by_weight.below_age_years
    if child and profile is not None:
        largest = min(largest, exact(profile.increment_daily_mg))
    return float(largest)


def _rules_target(plan: Plan, knowledge: Knowledge) -> float | None:
    """The titration's target by the rules (a reduction has none: it is always typed)."""
    request = plan.request
    if request.mode != "titrate":
        return None
    if all(getattr(request, name) is None for name in SHAPING_FIELDS):
        return plan.target_daily_mg
    cleared = dict.fromkeys(SHAPING_FIELDS)
    return build_plan(request.model_copy(update=cleared), knowledge).target_daily_mg


def _rules_review(plan: Plan, knowledge: Knowledge) -> dt.date | None:
    """The review the rules would set for these steps."""
    request = plan.request
    if request.review_date is None:
        return plan.review_date
    unset = request.model_copy(update={"review_date": None})
    return build_plan(unset, knowledge).review_date
