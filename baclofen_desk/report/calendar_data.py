"""The day-by-day calendar: weeks as rows, a check box for every dose, changes marked."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from baclofen_desk.report.model import Calendar, CalendarDay, CalendarWeek, Change
from baclofen_desk.report.review_data import review_mark, review_notes
from baclofen_desk.report.schedule_data import dose_times, step_change

if TYPE_CHECKING:
    from baclofen_desk.core.models import DoseStep
    from baclofen_desk.report.context import HandoutContext

BOX = "☐"
#: Printed before the date of a day whose dose goes up or down.
ARROWS: dict[Change | None, str] = {"up": "▲", "down": "▼"}
ONE_DAY = dt.timedelta(days=1)


def step_by_day(ctx: HandoutContext) -> dict[dt.date, DoseStep]:
    """The step in force on every displayed day."""
    days: dict[dt.date, DoseStep] = {}
    for step in ctx.plan.steps:
        day = step.start
        last = ctx.until - ONE_DAY if step.end is None else min(step.end, ctx.until - ONE_DAY)
        while day <= last:
            days[day] = step
            day += ONE_DAY
    return days


def week_starts(ctx: HandoutContext) -> list[dt.date]:
    first_weekday = ctx.cat.dates.first_weekday
    first = ctx.start - dt.timedelta(days=(ctx.start.weekday() - first_weekday) % 7)
    weeks = []
    while first < ctx.until:
        weeks.append(first)
        first += dt.timedelta(days=7)
    return weeks


def day_change(steps: dict[dt.date, DoseStep], day: dt.date) -> Change | None:
    step = steps[day]
    if step.start != day:
        return None
    before = steps.get(day - ONE_DAY)
    return step_change(before, step)


def _mark(ctx: HandoutContext, change: Change | None) -> str:
    text = ctx.cat.calendar
    marks = {None: "", "start": text.start, "up": text.new_dose, "down": text.new_dose}
    return marks.get(change, text.stop)


def _day(
    ctx: HandoutContext, steps: dict[dt.date, DoseStep], day: dt.date, times: tuple[str, ...]
) -> CalendarDay:
    label = ctx.words.day_cell(day)
    step = steps.get(day)
    visit = review_mark(ctx, day)
    if step is None:
        return CalendarDay(label=label, in_plan=False, doses=(None,) * len(times), visit=visit)
    by_time = dict(zip(step.times, step.doses_mg, strict=True))
    doses = tuple(
        f"{BOX} {ctx.units.short(by_time[time], count_only=ctx.large_print)}"
        if time in by_time
        else None
        for time in times
    )
    change = day_change(steps, day)
    return CalendarDay(
        label=label,
        in_plan=True,
        doses=doses,
        change=change,
        mark=_mark(ctx, change),
        arrow=ARROWS.get(change, ""),
        visit=visit,
    )


def _week(
    ctx: HandoutContext, steps: dict[dt.date, DoseStep], first: dt.date, number: int
) -> CalendarWeek:
    days = [first + dt.timedelta(days=i) for i in range(7)]
    times = dose_times(tuple(steps[day] for day in days if day in steps))
    return CalendarWeek(
        label=ctx.cat.calendar.week.format(number=number),
        times=tuple(ctx.slot_heading(time) for time in times),
        days=tuple(_day(ctx, steps, day, times) for day in days),
    )


def _notes(ctx: HandoutContext) -> tuple[str, ...]:
    text = ctx.cat.calendar
    last = ctx.plan.steps[-1]
    if last.end is None and last.daily_mg > 0:
        amount = ctx.cat.units.per_day.format(amount=ctx.words.mg(last.daily_mg))
        shown_until = ctx.words.date_year(ctx.until - ONE_DAY)
        return (text.continues.format(date=shown_until, amount=amount),)
    dosing = ctx.dosing_steps()
    if ctx.plan.mode == "taper" and dosing and dosing[-1].end is not None:
        return (text.last_dose.format(date=ctx.words.date_year(dosing[-1].end)),)
    return ()


def _legend(ctx: HandoutContext) -> tuple[str, ...]:
    """What the shading means and, for tablets, how the amounts are written."""
    text = ctx.cat.calendar
    if ctx.product.form != "tablet":
        return (text.legend,)
    return (text.legend, text.count_legend if ctx.large_print else text.abbreviation)


def build_calendar(ctx: HandoutContext) -> Calendar:
    steps = step_by_day(ctx)
    weeks = tuple(_week(ctx, steps, first, n) for n, first in enumerate(week_starts(ctx), 1))
    text = ctx.cat.calendar
    return Calendar(
        heading=text.heading,
        intro=text.intro,
        legend=_legend(ctx),
        weeks=weeks,
        notes=_notes(ctx) + review_notes(ctx),
        box=BOX,
        box_count=sum(dose is not None for w in weeks for d in w.days for dose in d.doses),
    )
