"""Edits of a plan's steps made in the window's table (policy P2a).

Every edit starts from the steps the plan shows and gives the clinician's own
schedule, exactly as `--schedule` would: the window puts it into the request
and the guard rails check it like any other. A hard limit crossed refuses the
edit; `refusal` finds the alert that says why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from baclofen_desk.core.amounts import exact
from baclofen_desk.core.guard_rails import HARD
from baclofen_desk.core.visit_models import ScheduleStep

if TYPE_CHECKING:
    import datetime as dt

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import Alert, DoseStep, Plan

Schedule = tuple[ScheduleStep, ...]


def own_steps(steps: tuple[DoseStep, ...]) -> Schedule:
    """The plan's steps as the clinician's schedule (daily dose and days; the last open)."""
    return tuple(ScheduleStep(daily_mg=step.daily_mg, days=step.days) for step in steps)


def with_dose(schedule: Schedule, row: int, daily_mg: float) -> Schedule:
    """Step `row` at another daily dose (refused by ScheduleStep when implausible)."""
    return _replaced(schedule, row, ScheduleStep(daily_mg=daily_mg, days=schedule[row].days))


def with_days(schedule: Schedule, row: int, days: int | None) -> Schedule:
    """Step `row` held for another number of days."""
    return _replaced(schedule, row, ScheduleStep(daily_mg=schedule[row].daily_mg, days=days))


def held(schedule: Schedule, row: int, more_days: int) -> Schedule:
    """Step `row` held `more_days` longer; the steps after it start later."""
    days = schedule[row].days
    if days is None:
        raise ValueError("the last step is open-ended: it needs no hold")
    return with_days(schedule, row, days + more_days)


def inserted_after(schedule: Schedule, row: int, days: int) -> Schedule:
    """A copy of step `row` after it; an open-ended step copied keeps `days` itself."""
    step = schedule[row]
    first = step if step.days is not None else ScheduleStep(daily_mg=step.daily_mg, days=days)
    return (*schedule[:row], first, step, *schedule[row + 1 :])


def removed(schedule: Schedule, row: int) -> Schedule:
    """The schedule without step `row`; the step before a removed last one becomes open."""
    if len(schedule) == 1:
        raise ValueError("a schedule keeps at least one step")
    rest = (*schedule[:row], *schedule[row + 1 :])
    if row < len(schedule) - 1:
        return rest
    return with_days(rest, len(rest) - 1, None)


def refusal(plan: Plan, knowledge: Knowledge) -> Alert | None:
    """The alert of the hard limit that refused `plan`, or None when it was not refused so."""
    if not plan.refused:
        return None
    rules = knowledge.rules.guard_rails
    hard = {getattr(rules, kind).code for kind in HARD}
    return next((alert for alert in plan.alerts if alert.code in hard), None)


def _replaced(schedule: Schedule, row: int, step: ScheduleStep) -> Schedule:
    return (*schedule[:row], step, *schedule[row + 1 :])


def dispensable_doses(plan: Plan) -> tuple[float, ...]:
    """Every daily dose the plan's product gives up to its maximum (0 too for a taper)."""
    if plan.max_daily_mg is None or plan.unit_mg <= 0:
        return ()
    unit, top = exact(plan.unit_mg), exact(plan.max_daily_mg)
    count = int(top // unit)
    first = 0 if plan.mode == "taper" else 1
    return tuple(float(unit * n) for n in range(first, count + 1))


def changed_cells(
    steps: tuple[DoseStep, ...], rules: tuple[DoseStep, ...] | None
) -> tuple[tuple[bool, bool], ...]:
    """Per step: (daily dose, days) set otherwise than the rules' schedule would set them.

    Each step is compared with the rules' step on its first day: a held step changes
    its days only, and the steps it moves keep their marks off while the rules give
    the same dose then. Without the rules' schedule every edited step counts as changed.
    """
    if rules is None:
        return tuple((step.edited, step.edited) for step in steps)
    out = []
    for step in steps:
        rule = _covering(rules, step.start)
        if rule is None or not step.edited:
            out.append((step.edited, step.edited))
        else:
            out.append((step.daily_mg != rule.daily_mg, step.days != rule.days))
    return tuple(out)


def _covering(steps: tuple[DoseStep, ...], day: dt.date) -> DoseStep | None:
    return next((s for s in steps if s.start <= day and (s.end is None or day <= s.end)), None)
