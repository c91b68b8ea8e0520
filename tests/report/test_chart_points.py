"""The shared plan -> step-corner points function (used by the PDF and the window)."""

from __future__ import annotations

import datetime as dt

from baclofen_desk.core.chart_points import (
    ChartPoint,
    display_end,
    dose_changes,
    step_corner_points,
)
from tests.report.conftest import ADULT, make_plan


def d(month: int, day: int, year: int = 2026) -> dt.date:
    return dt.date(year, month, day)


def test_corners_of_the_adult_titration(adult_plan):
    until = display_end(adult_plan, 28)
    assert until == d(1, 7, 2027)  # maintenance from Dec 10, shown for 28 days
    assert step_corner_points(adult_plan, until) == (
        ChartPoint(d(12, 1), 15.0),
        ChartPoint(d(12, 4), 15.0),
        ChartPoint(d(12, 4), 30.0),
        ChartPoint(d(12, 7), 30.0),
        ChartPoint(d(12, 7), 45.0),
        ChartPoint(d(12, 10), 45.0),
        ChartPoint(d(12, 10), 60.0),
        ChartPoint(d(1, 7, 2027), 60.0),
    )


def test_changes_are_the_first_days_of_new_doses(adult_plan):
    until = display_end(adult_plan, 28)
    assert dose_changes(adult_plan, until) == (
        ChartPoint(d(12, 4), 30.0),
        ChartPoint(d(12, 7), 45.0),
        ChartPoint(d(12, 10), 60.0),
    )


def test_taper_line_drops_to_zero_on_the_stop_day(taper_plan):
    until = display_end(taper_plan, 28)
    assert until == d(12, 23)  # the stop day (Dec 22) is the last day shown
    points = step_corner_points(taper_plan, until)
    assert points[0] == ChartPoint(d(12, 1), 65.0)
    assert points[-2:] == (ChartPoint(d(12, 22), 0.0), ChartPoint(d(12, 23), 0.0))
    assert [p.mg for p in dose_changes(taper_plan, until)] == [50.0, 35.0, 20.0, 10.0, 5.0, 0.0]


def test_horizon_cuts_the_line(adult_plan):
    points = step_corner_points(adult_plan, d(12, 5))
    assert points == (
        ChartPoint(d(12, 1), 15.0),
        ChartPoint(d(12, 4), 15.0),
        ChartPoint(d(12, 4), 30.0),
        ChartPoint(d(12, 5), 30.0),
    )
    assert dose_changes(adult_plan, d(12, 5)) == (ChartPoint(d(12, 4), 30.0),)


def test_every_day_of_the_line_has_the_plan_dose(older_plan):
    until = display_end(older_plan, 28)
    points = step_corner_points(older_plan, until)
    for left, right in zip(points[::2], points[1::2], strict=True):
        assert left.mg == right.mg
        step = next(s for s in older_plan.steps if s.start == left.day)
        assert step.daily_mg == left.mg
        assert right.day == (step.end + dt.timedelta(days=1) if step.end else until)


def test_a_refused_plan_has_no_points():
    plan = make_plan({**ADULT, "age_years": 1, "weight_kg": 10})
    assert plan.steps == ()
    assert display_end(plan, 28) == plan.request.start
    assert step_corner_points(plan, display_end(plan, 28)) == ()
