"""What the timeline chart draws, taken from the same step-corner points as the printed chart."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from baclofen_desk.core.chart_points import (
    ONE_DAY,
    ChartPoint,
    display_end,
    dose_changes,
    step_corner_points,
)

if TYPE_CHECKING:
    import datetime as dt

    from baclofen_desk.core.models import Plan


@dataclass(frozen=True)
class ChartSeries:
    """The step line's corners, the dose changes, the maximum and the dates shown."""

    points: tuple[ChartPoint, ...]
    changes: tuple[ChartPoint, ...]
    maximum: float | None
    first: dt.date
    end: dt.date  # exclusive
    edited: tuple[tuple[dt.date, dt.date, float], ...] = ()  # (first, end exclusive, mg)
    review: dt.date | None = None

    def dose_on(self, day: dt.date) -> float | None:
        """The daily dose on `day`, or None outside the line."""
        for left, right in zip(self.points[::2], self.points[1::2], strict=True):
            if left.day <= day < right.day:
                return left.mg
        return None

    @property
    def top(self) -> float:
        """The largest value drawn (dose or maximum)."""
        return max([p.mg for p in self.points] + [self.maximum or 0.0])


def chart_series(
    plan: Plan, days_open: int, edited: tuple[bool, ...] | None = None
) -> ChartSeries | None:
    """The series of `plan` (open-ended doses drawn for `days_open`), or None without steps.

    `days_open` is what the printed chart shows (`HandoutRules.open_days`), so the
    window and the handout draw the same line.
    """
    if not plan.steps:
        return None
    until = display_end(plan, days_open)
    points = step_corner_points(plan, until)
    end = max(until, points[-1].day)
    review = plan.review_date
    if review is not None and plan.steps[0].start <= review:
        end = max(end, review + ONE_DAY)
    return ChartSeries(
        points=points,
        changes=dose_changes(plan, until),
        maximum=plan.max_daily_mg,
        first=plan.steps[0].start,
        end=end,
        edited=_edited_spans(plan, until, edited),
        review=review,
    )


def _edited_spans(
    plan: Plan, until: dt.date, edited: tuple[bool, ...] | None
) -> tuple[tuple[dt.date, dt.date, float], ...]:
    """The days of each step the clinician set (`edited`, else the step's own flag), as drawn
    (open-ended ones up to `until`)."""
    marks = edited if edited is not None else tuple(step.edited for step in plan.steps)
    return tuple(
        (step.start, until if step.end is None else min(step.end + ONE_DAY, until), step.daily_mg)
        for step, mark in zip(plan.steps, marks, strict=True)
        if mark and step.start < until
    )
