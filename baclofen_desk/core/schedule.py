"""Turning a list of daily amounts into dated, dispensable dose steps."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from baclofen_desk.core.amounts import fmt, pick_times, split_daily
from baclofen_desk.core.models import DoseStep

if TYPE_CHECKING:
    from fractions import Fraction

    from baclofen_desk.core.knowledge import Product, Rules


@dataclass(frozen=True)
class Level:
    """A daily amount held for `days` days (None: open-ended)."""

    daily: Fraction
    days: int | None
    first_of_titration: bool = False


@dataclass(frozen=True)
class DoseShape:
    """How a daily amount is split into doses for this plan."""

    rules: Rules
    product: Product
    unit: Fraction
    requested_doses: int | None
    start_doses: int
    usual_doses: int
    max_single: Fraction | None
    four_doses_above: Fraction | None
    dose_times: tuple[str, ...] | None

    def wanted(self, daily: Fraction, first: bool) -> int:
        """Doses a day for this amount, before small amounts force fewer."""
        wanted = self.requested_doses or (self.start_doses if first else self.usual_doses)
        if self.four_doses_above is not None and daily > self.four_doses_above:
            wanted = max(wanted, 4)
        if self.max_single is not None:
            wanted = max(wanted, min(4, math.ceil(daily / self.max_single)))
        return wanted

    def times(self, count: int) -> tuple[str, ...]:
        """Typed times when there are enough of them; the rules' times for `count` otherwise."""
        if count == 0:
            return ()
        if self.dose_times is None or len(self.dose_times) < count:
            return self.rules.times_for(count)
        return pick_times(self.dose_times, count)

    def note(self, daily: Fraction, wanted: int, given: int) -> str | None:
        """Why a step has fewer or more doses than the clinician or the rules asked for."""
        dispensing = self.rules.dispensing
        asked = self.requested_doses or self.usual_doses
        if 0 < given < wanted:
            return dispensing.fewer_doses_note.message.format(
                daily=fmt(daily),
                wanted=wanted,
                product=self.product.name,
                given="1 dose" if given == 1 else f"{given} doses",
            )
        if given > asked and self.max_single is not None and daily > asked * self.max_single:
            return dispensing.more_doses_note.message.format(
                daily=fmt(daily), count=given, max_single=fmt(self.max_single)
            )
        return None

    def checked_note(self, daily: Fraction, wanted: int, doses: tuple[Fraction, ...]) -> str | None:
        """The note, never contradicting the doses: above the per-dose maximum it says so."""
        largest = max(doses, default=daily)
        if self.max_single is not None and largest > self.max_single:
            return self.rules.dispensing.above_single_note.message.format(
                daily=fmt(daily),
                count=len(doses),
                largest=fmt(largest),
                max_single=fmt(self.max_single),
            )
        return self.note(daily, wanted, len(doses))

    def step(self, level: Level, start: dt.date) -> DoseStep:
        wanted = self.wanted(level.daily, level.first_of_titration)
        doses = split_daily(level.daily, wanted, self.unit)
        note = self.checked_note(level.daily, wanted, doses)
        end = None if level.days is None else start + dt.timedelta(days=level.days - 1)
        return DoseStep(
            start=start,
            end=end,
            daily_mg=float(level.daily),
            doses_mg=tuple(float(d) for d in doses),
            times=self.times(len(doses)),
            note=note,
        )


def merge_equal(levels: list[Level]) -> list[Level]:
    """Join neighbouring levels with the same amount (rounding can make them equal)."""
    merged: list[Level] = []
    for level in levels:
        if merged and merged[-1].daily == level.daily:
            previous = merged[-1]
            days = (
                None if previous.days is None or level.days is None else previous.days + level.days
            )
            merged[-1] = Level(previous.daily, days, previous.first_of_titration)
        else:
            merged.append(level)
    return merged


def dated_steps(levels: list[Level], start: dt.date, shape: DoseShape) -> tuple[DoseStep, ...]:
    """Lay the levels end to end from `start`."""
    steps: list[DoseStep] = []
    day = start
    for level in merge_equal(levels):
        step = shape.step(level, day)
        steps.append(step)
        if step.end is not None:
            day = step.end + dt.timedelta(days=1)
    return tuple(steps)
