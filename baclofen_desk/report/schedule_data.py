"""The "Your schedule" table: one row per step, one column per time of day."""

from __future__ import annotations

from typing import TYPE_CHECKING

from baclofen_desk.report.model import Change, ScheduleRow, ScheduleTable
from baclofen_desk.report.review_data import review_line

if TYPE_CHECKING:
    from baclofen_desk.core.models import DoseStep
    from baclofen_desk.report.context import HandoutContext


def dose_times(steps: tuple[DoseStep, ...]) -> tuple[str, ...]:
    """Every clock time used by any step, in order through the day."""
    return tuple(sorted({time for step in steps for time in step.times}))


def step_change(previous: DoseStep | None, step: DoseStep) -> Change | None:
    """How a step differs from the one before it (None: the same dose)."""
    if step.daily_mg == 0 and step.end is None:
        return "stop"
    if previous is None:
        return "start"
    if step.daily_mg == previous.daily_mg:
        return None
    return "up" if step.daily_mg > previous.daily_mg else "down"


def step_dates(ctx: HandoutContext, step: DoseStep) -> str:
    if step.end is None:
        return ctx.words.date_from(step.start)
    return ctx.words.date_range(step.start, step.end, cell=True)


def slot_columns(ctx: HandoutContext, steps: tuple[DoseStep, ...]) -> dict[str, set[str]]:
    """Parts of the day used by any step (in order) and the clock times seen in each."""
    seen: dict[str, set[str]] = {}
    for time in dose_times(steps):
        seen.setdefault(ctx.rules.time_of_day.slot(time), set()).add(time)
    order = [name for name, _ in ctx.rules.time_of_day.boundaries()]
    return {name: seen[name] for name in order if name in seen}


def _heading(ctx: HandoutContext, slot: str, times: set[str]) -> str:
    label: str = getattr(ctx.cat.slots, slot)
    return f"{label}\n{ctx.words.clock(next(iter(times)))}" if len(times) == 1 else label


def _cell(ctx: HandoutContext, step: DoseStep, slot: str, show_time: bool) -> str:
    doses = [
        (time, mg)
        for time, mg in zip(step.times, step.doses_mg, strict=True)
        if ctx.rules.time_of_day.slot(time) == slot
    ]
    if not doses:
        return ctx.cat.schedule.none
    show_time = show_time or len(doses) > 1
    return "\n".join(
        f"{ctx.units.dose(mg)}\n{ctx.words.clock(time)}" if show_time else ctx.units.dose(mg)
        for time, mg in doses
    )


def _row(
    ctx: HandoutContext, columns: dict[str, set[str]], step: DoseStep, change: Change | None
) -> ScheduleRow:
    dates, total = step_dates(ctx, step), ctx.words.mg(step.daily_mg)
    if change == "stop":
        message = ctx.cat.schedule.stop
        return ScheduleRow(dates=dates, amounts=(), total=total, change=change, message=message)
    amounts = tuple(_cell(ctx, step, slot, len(times) > 1) for slot, times in columns.items())
    return ScheduleRow(dates=dates, amounts=amounts, total=total, change=change)


def build_schedule(ctx: HandoutContext) -> ScheduleTable:
    steps = ctx.plan.steps
    columns = slot_columns(ctx, steps)
    previous: tuple[DoseStep | None, ...] = (None, *steps[:-1])
    rows = tuple(
        _row(ctx, columns, step, step_change(before, step))
        for before, step in zip(previous, steps, strict=True)
    )
    text = ctx.cat.schedule
    open_dose = steps[-1].end is None and steps[-1].daily_mg > 0
    return ScheduleTable(
        heading=text.heading,
        intro=text.intro,
        dates_label=text.dates,
        total_label=text.total,
        times=tuple(_heading(ctx, slot, times) for slot, times in columns.items()),
        rows=rows,
        note=text.continues if open_dose else "",
        review=review_line(ctx),
    )
