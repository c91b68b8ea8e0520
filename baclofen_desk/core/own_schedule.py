"""The clinician's own schedule (policy P2a): their steps, dose-split by the rules, marked edited.

Nothing here decides whether the steps are safe: the guard rails check them
exactly like a generated schedule. A daily dose the product cannot give keeps no
doses, so the guard rails refuse it as not dispensable instead of it being rounded.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from baclofen_desk.core.alerts import Findings
from baclofen_desk.core.amounts import exact
from baclofen_desk.core.models import DoseStep
from baclofen_desk.core.plan_basis import Stage
from baclofen_desk.core.schedule import Level

if TYPE_CHECKING:
    from baclofen_desk.core.plan_basis import PlanBasis
    from baclofen_desk.core.schedule import DoseShape
    from baclofen_desk.core.visit_models import ScheduleStep


def plan_own_schedule(basis: PlanBasis) -> Stage:
    """Exactly the clinician's steps, laid end to end from the start, each marked edited."""
    request = basis.request
    assert request.schedule is not None  # only called for a request with a schedule
    titrating = request.mode == "titrate"
    shape = basis.shape(titration=titrating)
    steps: list[DoseStep] = []
    day = request.start
    for index, typed in enumerate(request.schedule):
        first = titrating and index == 0 and request.current_daily_mg is None
        step = _step(typed, day, shape, basis, first=first)
        steps.append(step)
        if step.end is not None:
            day = step.end + dt.timedelta(days=1)
    last = exact(request.schedule[-1].daily_mg)
    target = None if request.mode == "taper" else last
    found = Findings(basis.knowledge, request.mode).found()
    return Stage(found, tuple(steps), target=target)


def _step(
    typed: ScheduleStep, day: dt.date, shape: DoseShape, basis: PlanBasis, *, first: bool
) -> DoseStep:
    daily = exact(typed.daily_mg)
    if daily % basis.unit != 0:
        end = None if typed.days is None else day + dt.timedelta(days=typed.days - 1)
        return DoseStep(
            start=day, end=end, daily_mg=typed.daily_mg, doses_mg=(), times=(), edited=True
        )
    step = shape.step(Level(daily, typed.days, first), day)
    return step.model_copy(update={"edited": True})
