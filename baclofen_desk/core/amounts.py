"""Exact dose arithmetic: amounts are Fractions of mg, rounded to what a product can give."""

from __future__ import annotations

import math
from fractions import Fraction


def exact(value: float | int | str) -> Fraction:
    """A float from a model or a TOML file as the exact decimal it was written as."""
    return Fraction(str(value))


def floor_to_unit(amount: Fraction, unit: Fraction) -> Fraction:
    """Round down to a whole number of units (never up)."""
    return math.floor(amount / unit) * unit


def ceil_to_unit(amount: Fraction, unit: Fraction) -> Fraction:
    """The smallest whole number of units at or above `amount` (for choosing a level)."""
    return math.ceil(amount / unit) * unit


def largest_below(limit: Fraction, unit: Fraction) -> Fraction:
    """The largest whole number of units strictly below `limit`."""
    return (math.ceil(limit / unit) - 1) * unit


def fmt(amount: Fraction | float) -> str:
    """A dose as people write it: 80, 7.5, 26.67."""
    value = round(float(amount), 2)
    return f"{value:.2f}".rstrip("0").rstrip(".")


def split_daily(daily: Fraction, wanted: int, unit: Fraction) -> tuple[Fraction, ...]:
    """Spread a daily total over at most `wanted` doses, each a whole number of units.

    Doses differ by at most one unit and the larger ones come later in the day.
    When there are fewer units than wanted doses, fewer doses are given.
    """
    units = int(daily / unit)
    if units * unit != daily:
        raise ValueError(f"{daily} mg is not a whole number of {unit} mg units")
    count = min(wanted, units)
    if count == 0:
        return ()
    base, extra = divmod(units, count)
    return tuple([base * unit] * (count - extra) + [(base + 1) * unit] * extra)


def pick_times(times: tuple[str, ...], count: int) -> tuple[str, ...]:
    """Choose `count` of the day's clock times, spread out (one dose: the last time)."""
    if count >= len(times):
        return times[:count]
    if count == 1:
        return (times[-1],)
    last = len(times) - 1
    return tuple(times[round(i * last / (count - 1))] for i in range(count))
