"""Axis arithmetic of the timeline chart: tick values and the data-to-pixel mapping."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

#: Candidate spacings of date ticks, in days.
DAY_STEPS = (1, 2, 3, 7, 14, 28, 56, 91, 182, 364)


def nice_ticks(top: float, most: int = 6) -> list[float]:
    """Round tick values from 0 to at least `top` (at most `most` + 1 ticks)."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / most
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    count = math.ceil(top / step - 1e-9)
    return [round(i * step, 10) for i in range(count + 1)]


def date_ticks(first: dt.date, end: dt.date, most: int) -> list[dt.date]:
    """Dates from `first` at an even spacing, before `end`, at most `most` of them."""
    span = max((end - first).days, 1)
    step = next((s for s in DAY_STEPS if span / s <= max(most, 1)), DAY_STEPS[-1])
    return [first + dt.timedelta(days=d) for d in range(0, span + 1, step)]


@dataclass(frozen=True)
class Frame:
    """The plot rectangle and the data ranges it shows."""

    left: float
    top: float
    width: float
    height: float
    first: dt.date
    end: dt.date
    y_max: float

    def x(self, day: dt.date) -> float:
        span = max((self.end - self.first).days, 1)
        return self.left + self.width * (day - self.first).days / span

    def y(self, mg: float) -> float:
        return self.top + self.height * (1 - mg / self.y_max)

    def day_at(self, x: float) -> dt.date:
        """The day whose column contains pixel `x`."""
        span = max((self.end - self.first).days, 1)
        days = math.floor((x - self.left) / self.width * span)
        return self.first + dt.timedelta(days=days)
