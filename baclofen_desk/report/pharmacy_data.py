"""The pharmacy box: how much of the product the plan needs.

Steps with an end are added up (tablets with halves counted as ½, mL, or packets
per strength). An open-ended maintenance dose has no total: it is given per day
and per supply period instead.
"""

from __future__ import annotations

import math
from collections import Counter
from fractions import Fraction
from typing import TYPE_CHECKING

from baclofen_desk.report.model import Pharmacy
from baclofen_desk.report.patient_units import (
    liquid_ml,
    packet_counts,
    tablet_count,
    tablet_number,
)

if TYPE_CHECKING:
    from baclofen_desk.core.models import DoseStep
    from baclofen_desk.report.context import HandoutContext

Supply = Fraction | Counter[Fraction]


def daily_supply(ctx: HandoutContext, step: DoseStep) -> Supply:
    """One day of a step: tablets or mL (Fraction), or packets per strength (Counter)."""
    product = ctx.product
    if product.form == "tablet":
        assert product.strength_mg is not None
        return sum((tablet_count(d, product.strength_mg) for d in step.doses_mg), Fraction(0))
    if product.form == "liquid":
        assert product.concentration_mg_per_ml is not None
        return sum(
            (liquid_ml(d, product.concentration_mg_per_ml) for d in step.doses_mg), Fraction(0)
        )
    packets: Counter[Fraction] = Counter()
    for dose in step.doses_mg:
        packets.update(packet_counts(dose, product.packet_strengths_mg))
    return packets


def times(supply: Supply, days: int) -> Supply:
    if isinstance(supply, Counter):
        return Counter({strength: n * days for strength, n in supply.items()})
    return supply * days


def add(total: Supply, more: Supply) -> Supply:
    if isinstance(total, Counter) and isinstance(more, Counter):
        return total + more
    assert isinstance(total, Fraction) and isinstance(more, Fraction)
    return total + more


def supply_text(ctx: HandoutContext, supply: Supply, *, total: bool = True) -> str:
    """The amount as the pharmacy reads it: "27 tablets of 10 mg", "135 mL of 1 mg/mL".

    A total with a half tablet also says how many whole tablets to supply.
    """
    text, units, words, product = ctx.cat.pharmacy, ctx.cat.units, ctx.words, ctx.product
    if isinstance(supply, Counter):
        return text.list_join.join(
            text.packets.format(
                count=n,
                unit=units.packet_one if n == 1 else units.packet_many,
                strength=words.mg(strength),
            )
            for strength, n in sorted(supply.items(), reverse=True)
        )
    if product.form == "liquid":
        concentration = f"{words.number(product.concentration_mg_per_ml or 0)} mg/mL"
        return text.liquid.format(volume=words.ml(supply), concentration=concentration)
    amount = text.tablets.format(
        count=tablet_number(supply),
        unit=units.tablet_one if supply <= 1 else units.tablet_many,
        strength=words.mg(product.strength_mg or 0),
    )
    if total and supply.denominator != 1:
        return text.supply_whole.format(amount=amount, whole=math.ceil(supply))
    return amount


def _fixed_line(ctx: HandoutContext, fixed: list[DoseStep]) -> str:
    total: Supply = Counter() if ctx.product.form == "granules" else Fraction(0)
    for step in fixed:
        assert step.days is not None
        total = add(total, times(daily_supply(ctx, step), step.days))
    last_end = fixed[-1].end
    assert last_end is not None
    dates = ctx.words.date_range(fixed[0].start, last_end)
    return ctx.cat.pharmacy.total.format(dates=dates, amount=supply_text(ctx, total))


def _open_line(ctx: HandoutContext, step: DoseStep) -> str:
    days = ctx.rules.maintenance.supply_days
    daily = daily_supply(ctx, step)
    return ctx.cat.pharmacy.open_dose.format(
        dates=ctx.words.date_from(step.start),
        amount=supply_text(ctx, daily, total=False),
        supply=supply_text(ctx, times(daily, days)),
        days=days,
    )


def uses_halves(ctx: HandoutContext) -> bool:
    strength = ctx.product.strength_mg
    if ctx.product.form != "tablet" or strength is None:
        return False
    steps = ctx.dosing_steps()
    return any(tablet_count(d, strength).denominator != 1 for s in steps for d in s.doses_mg)


def build_pharmacy(ctx: HandoutContext) -> Pharmacy:
    steps = ctx.dosing_steps()
    fixed = [step for step in steps if step.end is not None]
    lines = [_fixed_line(ctx, fixed)] if fixed else []
    lines += [_open_line(ctx, step) for step in steps if step.end is None]
    if uses_halves(ctx):
        lines.append(ctx.cat.pharmacy.halves)
    return Pharmacy(heading=ctx.cat.pharmacy.heading, lines=tuple(lines))
