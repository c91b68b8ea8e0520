"""The invariants of design.md ("Safety invariants"), checked on one plan from its own numbers.

Each check recomputes its limit from the knowledge base rather than from the
planner's guard rails, so a planner that forgets a rule is caught. A rule may be
crossed only where the clinician shaped the plan (own steps, a chosen step size or
length), and then only with the `critical` alert of that rule.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import random

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import Plan, PlanRequest

#: Worse kidney function for the comparison of invariant 4: a lower CrCl, or dialysis.
SEVERE_CRCL = 20.0
RISE, FALL, STOP, SHORT = (
    "plan.rise_too_fast",
    "plan.fall_too_fast",
    "plan.stop_too_high",
    "plan.taper_too_short",
)

#: Alerts of limits never crossed (and of an age below every profile): these refuse a plan.
HARD_CODES = frozenset(
    {
        "age.under_minimum",
        "plan.above_max",
        "plan.single_above_max",
        "plan.not_dispensable",
        "plan.bad_length",
        "plan.not_contiguous",
        "plan.too_many_doses",
    }
)

#: Why the rules could make no steps (the age is in HARD_CODES).
GENERATED_REFUSALS = frozenset({"dose.cannot_dispense", "dose.current_above_max"})


def _x(value: float) -> Fraction:
    return Fraction(str(value))


def plan_violations(plan: Plan, knowledge: Knowledge) -> list[str]:
    """The invariants (1, 2, 3, 5, 7 of design.md) that this plan breaks."""
    if plan.refused:
        if plan.steps or not plan.blocked:
            return ["a refused plan has steps"]
        return _refusal_said(plan)
    if not plan.steps:
        return ["a plan that is not refused has no steps"]
    found = _maximum(plan, knowledge) + _dispensable(plan) + _medications(plan)
    found += _typed_kept(plan)
    return found + _pace(plan, knowledge)


def applicable_maximum(plan: Plan, knowledge: Knowledge) -> Fraction | None:
    """The profile's maximum (by weight under 12), scaled for the kidney band, or dialysis's."""
    patient = plan.request.patient
    profile = knowledge.profile_for(patient.age_years)
    if profile is None:
        return None
    top = _x(profile.max_daily_mg)
    by_weight = knowledge.rules.children_by_weight
    if patient.age_years < by_weight.below_age_years and patient.weight_kg is not None:
        top = min(top, _x(by_weight.max_mg_per_kg) * _x(patient.weight_kg))
    bands = knowledge.rules.kidney.bands
    band = next((b for b in bands if b.id == plan.kidney.band), None)
    if plan.kidney.band == "dialysis":
        dialysis = _x(knowledge.rules.kidney.dialysis.max_daily_mg)
        top = min(dialysis, top * bands[-1].fraction)
    elif band is not None:
        top *= band.fraction
    unit = _x(plan.unit_mg)
    return (top // unit) * unit


def _maximum(plan: Plan, knowledge: Knowledge) -> list[str]:
    """Invariant 1: no step above the applicable maximum (a fall from today's dose above it
    excepted), no single dose above the per-dose maximum; for any plan, shaped or not."""
    top = applicable_maximum(plan, knowledge)
    if plan.max_daily_mg is None or top is None:
        return ["a plan without a maximum"]
    found = []
    if _x(plan.max_daily_mg) > top:
        found.append(f"1: maximum {plan.max_daily_mg} above the applicable {float(top):g}")
    current = _x(plan.request.current_daily_mg or 0)
    previous = current
    single = plan.max_single_dose_mg
    for step in plan.steps:
        daily = _x(step.daily_mg)
        falling = daily <= current and daily <= previous  # lowering today's dose to the maximum
        if daily > top and not falling:
            found.append(f"1: {step.daily_mg} mg/day above the maximum {float(top):g}")
        if single is not None and daily <= top and step.doses_mg and max(step.doses_mg) > single:
            found.append(f"1: a single dose {max(step.doses_mg)} above {single}")
        previous = daily
    return found


def _dispensable(plan: Plan) -> list[str]:
    """Invariant 2: whole units of the product, at most 4 doses a day, adding up."""
    unit = _x(plan.unit_mg)
    found = []
    for step in plan.steps:
        if len(step.doses_mg) != len(step.times) or len(step.doses_mg) > 4:
            found.append(f"2: {len(step.doses_mg)} doses a day at {len(step.times)} times")
        if sum(_x(d) for d in step.doses_mg) != _x(step.daily_mg):
            found.append(f"2: doses {step.doses_mg} do not add up to {step.daily_mg}")
        if step.daily_mg > 0 and not step.doses_mg:
            found.append(f"2: {step.daily_mg} mg/day without doses")
        for dose in step.doses_mg:
            if dose <= 0 or _x(dose) % unit != 0:
                found.append(f"2: dose {dose} mg not dispensable in units of {plan.unit_mg}")
    return found


def _refusal_said(plan: Plan) -> list[str]:
    """Invariant 7: a plan is refused only with a critical alert that says why: a limit never
    crossed (typed steps), or a dose the product cannot give, or nothing to titrate."""
    said = HARD_CODES if plan.request.schedule is not None else HARD_CODES | GENERATED_REFUSALS
    if any(a.code in said and a.severity == "critical" for a in plan.alerts):
        return []
    return ["7: refused without a critical alert that says why"]


def _typed_kept(plan: Plan) -> list[str]:
    """Invariant 7: the clinician's steps are planned exactly as typed or refused, never
    corrected (a step above the maximum or one the product cannot give is refused)."""
    typed = plan.request.schedule
    if typed is None:
        return []
    planned = [(s.daily_mg, s.days) for s in plan.steps]
    wanted = [(s.daily_mg, s.days) for s in typed]
    if planned != wanted or not all(s.edited for s in plan.steps):
        return [f"7: typed steps {wanted} planned as {planned}"]
    return []


def _critical(plan: Plan, code: str) -> bool:
    return any(a.code == code and a.severity == "critical" for a in plan.alerts)


def _shaped(request: PlanRequest) -> bool:
    return request.schedule is not None or bool(request.step_days or request.step_daily_mg)


def _pace(plan: Plan, knowledge: Knowledge) -> list[str]:
    """Invariant 3: every rule of pace kept, or (shaped plans only) its critical alert raised."""
    found = []
    unit = _x(plan.unit_mg)
    for code, text, limit in _pace_breaches(plan, knowledge):
        if limit is not None and unit > limit and _critical(plan, code):
            continue  # the product's unit is above the rule's step: the alert names a finer one
        if not _shaped(plan.request):
            found.append(f"3: {text}")
        elif not _critical(plan, code):
            found.append(f"3: {text}, without the critical alert {code}")
    steps = plan.steps
    if plan.mode == "taper" and (steps[-1].daily_mg != 0 or steps[-1].end is not None):
        found.append("3: a taper does not end at 0 mg/day")
    if plan.mode != "taper" and steps[-1].end is not None:
        found.append("3: a titration's or reduction's last step is not open-ended")
    return found


def _stop_from(plan: Plan, knowledge: Knowledge) -> Fraction:
    """The highest daily dose from which the step to 0 is taken (lower for children)."""
    rule = knowledge.rules.taper
    child = plan.request.patient.age_years < knowledge.rules.children_by_weight.below_age_years
    return _x(rule.child_stop_from_daily_mg if child else rule.stop_from_daily_mg)


def _pace_breaches(plan: Plan, knowledge: Knowledge) -> list[tuple[str, str, Fraction | None]]:
    """(alert code, what happened, the largest change allowed) for each rise or fall faster
    than its rule (no limit: a step held too briefly)."""
    request = plan.request
    profile = knowledge.profile_for(request.patient.age_years)
    assert profile is not None  # _maximum reported it otherwise
    child = request.patient.age_years < knowledge.rules.children_by_weight.below_age_years
    rule = knowledge.rules.taper
    rise = _x(profile.increment_daily_mg)
    by_weight = knowledge.rules.children_by_weight
    if child and request.patient.weight_kg is not None:
        rise = min(rise, _x(by_weight.rise_mg_per_kg) * _x(request.patient.weight_kg))
    fall = min(_x(rule.max_decrease_daily_mg), _x(profile.increment_daily_mg) if child else 99)
    stop = _stop_from(plan, knowledge)
    unit = _x(plan.unit_mg)
    found: list[tuple[str, str, Fraction | None]] = []
    before: Fraction | None = None
    held: int | None = None
    if request.current_daily_mg is not None:
        before = _x(request.current_daily_mg)
    for step in plan.steps:
        after = _x(step.daily_mg)
        if before is not None and after > before:
            up = after - before
            needed = profile.step_days * math.ceil(up / rise)
            if up > max(rise, unit) or (held is not None and held < needed):
                text = f"rises {float(before):g} -> {float(after):g} mg/day after {held} days"
                found.append((RISE, text, None))
        if before is not None and after < before:
            down = before - after
            if after == 0 and before > stop:
                found.append(
                    (STOP, f"stops from {float(before):g} mg/day (at most {float(stop):g})", stop)
                )
            elif after > 0 and down > (
                largest := min(fall, before * _x(rule.max_decrease_fraction))
            ):
                found.append(
                    (
                        FALL,
                        f"falls {float(before):g} -> {float(after):g} mg/day in one step",
                        largest,
                    )
                )
            elif held is not None and held < rule.min_step_days:
                text = f"falls {float(before):g} -> {float(after):g} mg/day after {held} days"
                found.append((FALL, text, None))
        before, held = after, step.days
    if plan.mode == "taper" and plan.steps[-1].daily_mg == 0:
        days = sum(step.days or 0 for step in plan.steps[:-1])
        slow = request.slow_taper or _x(request.current_daily_mg or 0) > _x(
            rule.slow_above_current_daily_mg
        )
        shortest = rule.slow_min_total_days if slow else rule.min_total_days
        if days < shortest:
            found.append((SHORT, f"a taper of {days} days (at least {shortest})", None))
    return found


def _medications(plan: Plan) -> list[str]:
    understood = {m.input for m in plan.medications if m.status != "unrecognized"}
    listed = understood | set(plan.unrecognized_medications)
    missing = [line for line in plan.request.medications if line not in listed]
    return [f"5: {line!r} neither matched nor listed" for line in missing]


def worse_kidney(request: PlanRequest, product: str, rng: random.Random) -> PlanRequest | None:
    """The same generated request with worse kidney function (lower CrCl, severe, dialysis).

    The product is the one the better plan used (with a default, dialysis picks a
    liquid): the comparison is of kidney function, not of products' units.
    """
    patient = request.patient
    if patient.dialysis or request.schedule is not None:
        return None
    better = patient.crcl_ml_min
    choice = rng.random()
    if choice < 0.4 and better is not None:
        update: dict[str, object] = {"crcl_ml_min": round(rng.uniform(3, better), 1)}
    elif choice < 0.7:
        update = {"dialysis": True}
    else:
        update = {"crcl_ml_min": SEVERE_CRCL, "egfr": None, "scr": None}
    worse = patient.model_copy(update=update)
    return request.model_copy(update={"patient": worse, "product": product})


def kidney_violations(good: Plan, bad: Plan) -> list[str]:
    """Invariant 4: worse kidney function never yields a higher dose at any step."""
    if bad.refused or good.refused:
        return []
    found = []
    if (bad.max_daily_mg or 0) > (good.max_daily_mg or 0):
        found.append(f"4: worse kidney, maximum {bad.max_daily_mg} > {good.max_daily_mg}")
    top_bad = max(s.daily_mg for s in bad.steps)
    top_good = max(s.daily_mg for s in good.steps)
    if top_bad > top_good:
        found.append(f"4: worse kidney ({bad.kidney.band}) reaches {top_bad} > {top_good} mg/day")
    if (bad.target_daily_mg or 0) > (good.target_daily_mg or 0):
        found.append(f"4: worse kidney, target {bad.target_daily_mg} > {good.target_daily_mg}")
    return found
