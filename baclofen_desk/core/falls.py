"""The levels of a fall (a taper or a reduction step): one choice shared by both (policy P1, P6).

The next level is the lowest dispensable daily dose that is at least
max(half the current daily dose, current - the largest fall): choosing a level,
not rounding a dose up, so a fall is never more than half the dose nor more than
the largest fall (25 -> 15 -> 10 -> 5 with 5 mg units).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from baclofen_desk.core.amounts import floor_to_unit

if TYPE_CHECKING:
    from fractions import Fraction


def next_fall_level(current: Fraction, unit: Fraction, max_fall: Fraction) -> Fraction:
    """The lowest dispensable daily dose at least max(current / 2, current - max_fall)."""
    lowest = max(current / 2, current - max_fall)
    return math.ceil(lowest / unit) * unit


def fall_levels(
    current: Fraction, stop: Fraction, unit: Fraction, max_fall: Fraction
) -> list[Fraction]:
    """The daily doses below `current` down to `stop` (inclusive), one level per step.

    A current dose the product cannot give starts at the largest amount below it
    that it can; `stop` must itself be dispensable and above 0.
    """
    level = floor_to_unit(current, unit)
    if level <= stop:  # already there: the one level is the dose the product can give
        return [level] if level > 0 else []
    levels = [level] if level < current else []
    while level > stop:
        lower = max(next_fall_level(level, unit, max_fall), stop)
        if lower >= level:  # a single unit cannot fall by half: go one unit down
            lower = max(level - unit, stop)
        levels.append(lower)
        level = lower
    return levels
