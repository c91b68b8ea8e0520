"""The daily dose over time as the corners of a step line, for every chart of a plan.

The printed handout and the window draw the same line from these points, so
paper and screen cannot disagree. Pure Python: no Qt, no ReportLab.

A step covers whole days: its dose holds from the morning of `start` until the
night of `end`, so its line runs from `start` to the day after `end`. An
open-ended last step (a maintenance dose, or 0 after a taper) is drawn until a
display horizon chosen by the caller.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from baclofen_desk.core.models import DoseStep, Plan

ONE_DAY = dt.timedelta(days=1)


class ChartPoint(NamedTuple):
    """One corner of the step line: the daily dose (mg) from this day on."""

    day: dt.date
    mg: float


def display_end(plan: Plan, open_days: int) -> dt.date:
    """The first day after the period to display (exclusive end).

    A fixed last step ends with it. An open-ended dose is shown for `open_days`
    days from its start; an open-ended 0 (the end of a taper) is shown for its
    first day only, where the medicine stops.
    """
    if not plan.steps:
        return plan.request.start
    last = plan.steps[-1]
    if last.end is not None:
        return last.end + ONE_DAY
    if last.daily_mg == 0:
        return last.start + ONE_DAY
    return last.start + dt.timedelta(days=open_days)


def _step_end(step: DoseStep, until: dt.date) -> dt.date:
    return until if step.end is None else min(step.end + ONE_DAY, until)


def step_corner_points(plan: Plan, until: dt.date) -> tuple[ChartPoint, ...]:
    """Corners of the daily-dose step line from the plan's first day to `until` (exclusive).

    Each step gives its left and right corner; a change of dose is a vertical
    segment between the right corner of one step and the left corner of the next.
    """
    points: list[ChartPoint] = []
    for step in plan.steps:
        if step.start >= until:
            break
        points.append(ChartPoint(step.start, step.daily_mg))
        points.append(ChartPoint(_step_end(step, until), step.daily_mg))
    return tuple(points)


def dose_changes(plan: Plan, until: dt.date) -> tuple[ChartPoint, ...]:
    """The first day of every new dose after the first step (where the line jumps)."""
    return tuple(
        ChartPoint(step.start, step.daily_mg)
        for previous, step in pairwise(plan.steps)
        if step.start < until and step.daily_mg != previous.daily_mg
    )
