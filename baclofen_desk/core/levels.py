"""Daily amounts of a titration, a reduction or a taper, before they are dated and split.

`next_fall` is the one choice of a lower level (policy P1 v2), used by the taper,
the reduction and the lowering of a dialysis patient's dose.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from baclofen_desk.core.amounts import ceil_to_unit, floor_to_unit, largest_below

if TYPE_CHECKING:
    from fractions import Fraction


def titration_levels(start: Fraction, increment: Fraction, target: Fraction) -> list[Fraction]:
    """start, start + increment, ... up to the target (the last rise may be smaller)."""
    levels: list[Fraction] = []
    amount = start
    while amount < target:
        levels.append(amount)
        amount += increment
    levels.append(target)
    return levels


def next_fall(level: Fraction, unit: Fraction, max_fall: Fraction, max_part: Fraction) -> Fraction:
    """The next lower level: the lowest dispensable dose >= max(level x (1 - max_part),
    level - max_fall), i.e. at most half and at most 15 mg/day lower with the usual rules.

    This chooses a level (P1 v2), it does not round a dose up. When the product is
    too coarse to fall that gently, the next lower dispensable amount is returned.
    """
    gentle = ceil_to_unit(max(level * (1 - max_part), level - max_fall), unit)
    return gentle if gentle < level else largest_below(level, unit)


def fall_levels(
    current: Fraction,
    unit: Fraction,
    max_fall: Fraction,
    max_part: Fraction,
    *,
    down_to: Fraction,
    stop_from: Fraction | None = None,
) -> list[Fraction]:
    """The levels after `current`, each by `next_fall`, down to `down_to`.

    For a taper (`stop_from` set) the levels stop once one is at or below
    `stop_from`, the dose from which the step to 0 is taken; the current dose
    itself is the only level when it already is that low.
    """
    if stop_from is not None and current <= stop_from:
        start = floor_to_unit(current, unit)
        return [start] if start > 0 else []
    levels: list[Fraction] = []
    level = current
    while level > down_to and not (stop_from is not None and levels and level <= stop_from):
        following = max(next_fall(level, unit, max_fall, max_part), down_to)
        if following <= 0 or following >= level:
            break
        levels.append(following)
        level = following
    return levels


def taper_durations(count: int, min_step_days: int, min_total_days: int) -> list[int]:
    """Days per level: at least `min_step_days` each and `min_total_days` in all.

    Extra days go to the later (lower) steps.
    """
    total = max(min_total_days, count * min_step_days)
    base, extra = divmod(total, count)
    return [base] * (count - extra) + [base + 1] * extra


def limit_rises(
    amounts: list[Fraction], increment: Fraction, unit: Fraction
) -> list[tuple[Fraction, int]]:
    """Keep a titration from rising faster than its rule after rounding.

    Returns (amount, length in rule intervals). A rise larger than the rule's
    increment gets intermediate steps; when the product's smallest amount is
    itself larger than the increment, the step before the rise lasts as many
    intervals as the rise needs instead.
    """
    cap = floor_to_unit(increment, unit)
    out: list[tuple[Fraction, int]] = []
    for amount in amounts:
        if out:
            previous, _ = out[-1]
            while cap > 0 and amount - previous > cap:
                previous += cap
                out.append((previous, 1))
            if cap == 0:
                intervals = math.ceil((amount - previous) / increment)
                out[-1] = (previous, max(1, intervals))
        out.append((amount, 1))
    return out
