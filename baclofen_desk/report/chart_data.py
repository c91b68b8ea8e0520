"""The timeline chart's data: the shared step-corner points, in days from the first day."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from baclofen_desk.core.chart_points import dose_changes, step_corner_points
from baclofen_desk.report.model import ChartData

if TYPE_CHECKING:
    import datetime as dt

    from baclofen_desk.report.context import HandoutContext

#: Candidate spacings of the mg axis; the first that needs at most MAX_TICKS wins.
Y_STEPS = (5.0, 10.0, 20.0, 25.0, 50.0, 100.0)
MAX_TICKS = 6


def y_axis(highest: float) -> tuple[float, float]:
    """(top, step) of a mg axis that shows `highest` with a little room above it."""
    for step in Y_STEPS:
        top = step * (math.floor(highest / step) + 1)
        if top / step <= MAX_TICKS:
            return top, step
    step = Y_STEPS[-1]
    return step * (math.floor(highest / step) + 1), step


def _x(ctx: HandoutContext, day: dt.date) -> int:
    return (day - ctx.start).days


def build_chart(ctx: HandoutContext) -> ChartData:
    plan, words, text = ctx.plan, ctx.words, ctx.cat.chart
    corners = step_corner_points(plan, ctx.until)
    changes = dose_changes(plan, ctx.until)
    highest = max([p.mg for p in corners] + [plan.max_daily_mg or 0.0])
    top, step = y_axis(highest)
    ticks = [0.0 + step * i for i in range(int(top / step) + 1)]
    maximum = plan.max_daily_mg
    if maximum is not None and any(step.daily_mg > maximum for step in plan.steps):
        # A taper from above the maximum: a "safety limit" line below it would contradict the plan.
        maximum = None
    return ChartData(
        heading=text.heading,
        caption=(
            text.caption.format(max=words.mg(maximum))
            if maximum is not None
            else text.caption_no_max
        ),
        axis_label=text.axis,
        points=tuple((_x(ctx, p.day), p.mg) for p in corners),
        changes=tuple((_x(ctx, p.day), p.mg) for p in changes),
        x_max=_x(ctx, ctx.until),
        x_labels=tuple(
            (_x(ctx, day), words.date_short(day)) for day in [ctx.start, *(p.day for p in changes)]
        ),
        y_max=top,
        y_step=step,
        y_labels=tuple((value, words.number(value)) for value in ticks),
        max_mg=maximum,
        max_label="" if maximum is None else text.max.format(max=words.mg(maximum)),
    )
