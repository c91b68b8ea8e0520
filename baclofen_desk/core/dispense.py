"""How much of the product a prescription dispenses, computed from the plan.

The fixed steps are supplied in full; an open-ended dose (the maintenance or
reduced dose) for `open_supply_days` days, and never for less than what lasts
until `after_review_days` after the next review date, so that a late review
never means running out and stopping abruptly. The review date is passed in
(`review_date`); without one, only the open-ended supply counts.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from baclofen_desk.core.product_units import Amount, total_amount

if TYPE_CHECKING:
    from baclofen_desk.core.handout_rules import Prescription
    from baclofen_desk.core.knowledge import Product
    from baclofen_desk.core.models import DoseStep, Plan


@dataclass(frozen=True)
class Dispense:
    """What the pharmacy hands out: the doses' amount, whole units and the days it lasts."""

    amount: Amount  # the doses added up (half tablets counted as ½)
    days: int  # expected supply duration, from the plan's first day
    refills: int

    @property
    def quantity(self) -> Fraction:
        """Whole tablets, whole mL, or the number of packets to hand out."""
        if self.amount.form == "granules":
            return Fraction(self.amount.packet_count)
        return Fraction(math.ceil(self.amount.count))


def open_days(step: DoseStep, rules: Prescription, review_date: dt.date | None) -> int:
    """Days of an open-ended step to supply: the supply period, or until after the review."""
    days = rules.open_supply_days
    if review_date is not None:
        last = review_date + dt.timedelta(days=rules.after_review_days)
        days = max(days, (last - step.start).days + 1)
    return days


def supplied_days(step: DoseStep, rules: Prescription, review_date: dt.date | None) -> int:
    return step.days if step.days is not None else open_days(step, rules, review_date)


def dispense(
    plan: Plan,
    product: Product,
    rules: Prescription,
    *,
    refills: int = 0,
    review_date: dt.date | None = None,
) -> Dispense:
    """The dispense quantity of `plan` (no doses after a taper's stop)."""
    amount = Amount(product.form)
    days = 0
    for step in plan.steps:
        if not step.doses_mg:
            continue
        step_days = supplied_days(step, rules, review_date)
        amount += total_amount(step.doses_mg, product).times(step_days)
        days += step_days
    return Dispense(amount=amount, days=days, refills=refills)
