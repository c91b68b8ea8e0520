"""The pharmacy box: how much of the product the plan needs.

Steps with an end are added up (tablets with halves counted as ½, mL, or packets
per strength). An open-ended maintenance dose has no total: it is given per day
and per supply period instead.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from baclofen_desk.core.product_units import Amount, dose_amount, tablet_number, total_amount
from baclofen_desk.report.model import Pharmacy

if TYPE_CHECKING:
    from baclofen_desk.core.models import DoseStep
    from baclofen_desk.report.context import HandoutContext


def daily_supply(ctx: HandoutContext, step: DoseStep) -> Amount:
    """One day of a step in the product's units."""
    return total_amount(step.doses_mg, ctx.product)


def supply_text(ctx: HandoutContext, supply: Amount, *, total: bool = True) -> str:
    """The amount as the pharmacy reads it: "27 tablets of 10 mg", "135 mL of 1 mg/mL".

    A total with a half tablet also says how many whole tablets to supply.
    """
    text, units, words, product = ctx.cat.pharmacy, ctx.cat.units, ctx.words, ctx.product
    if supply.form == "granules":
        return text.list_join.join(
            text.packets.format(
                count=n,
                unit=units.packet_one if n == 1 else units.packet_many,
                strength=words.mg(strength),
            )
            for strength, n in supply.packets
        )
    if supply.form == "liquid":
        concentration = f"{words.number(product.concentration_mg_per_ml or 0)} mg/mL"
        return text.liquid.format(volume=words.ml(supply.count), concentration=concentration)
    amount = text.tablets.format(
        count=tablet_number(supply.count),
        unit=units.tablet_one if supply.count <= 1 else units.tablet_many,
        strength=words.mg(product.strength_mg or 0),
    )
    if total and supply.has_half:
        return text.supply_whole.format(amount=amount, whole=math.ceil(supply.count))
    return amount


def _fixed_line(ctx: HandoutContext, fixed: list[DoseStep]) -> str:
    total = Amount(ctx.product.form)
    for step in fixed:
        assert step.days is not None
        total += daily_supply(ctx, step).times(step.days)
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
        supply=supply_text(ctx, daily.times(days)),
        days=days,
    )


def uses_halves(ctx: HandoutContext) -> bool:
    steps = ctx.dosing_steps()
    return any(dose_amount(d, ctx.product).has_half for s in steps for d in s.doses_mg)


def build_pharmacy(ctx: HandoutContext) -> Pharmacy:
    steps = ctx.dosing_steps()
    fixed = [step for step in steps if step.end is not None]
    lines = [_fixed_line(ctx, fixed)] if fixed else []
    lines += [_open_line(ctx, step) for step in steps if step.end is None]
    if uses_halves(ctx):
        lines.append(ctx.cat.pharmacy.halves)
    return Pharmacy(heading=ctx.cat.pharmacy.heading, lines=tuple(lines))
