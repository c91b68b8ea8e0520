"""A dose in what the patient measures: whole or half tablets, mL of liquid, packets.

`dose_amount` is the one place where mg become tablets, mL or packets; the
window's table, the handout, the pharmacy box, the prescription text and the
calendar export only format its `Amount`, so they never disagree.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Literal

from baclofen_desk.core.amounts import exact

if TYPE_CHECKING:
    from collections.abc import Iterable

    from baclofen_desk.core.knowledge import Product

HALF = Fraction(1, 2)
Form = Literal["tablet", "liquid", "granules"]


class NotDispensable(ValueError):
    """An amount the product cannot give (the plan and the product disagree)."""


@dataclass(frozen=True)
class Amount:
    """How much of one product: tablets (halves allowed) or mL in `count`, or packets.

    `packets` holds (strength in mg, number of packets), largest strength first.
    """

    form: Form
    count: Fraction = Fraction(0)
    packets: tuple[tuple[Fraction, int], ...] = ()

    def __add__(self, other: Amount) -> Amount:
        if other.form != self.form:
            raise ValueError(f"cannot add {other.form} to {self.form}")
        packets = Counter(dict(self.packets)) + Counter(dict(other.packets))
        return Amount(self.form, self.count + other.count, _ordered(packets))

    def times(self, days: int) -> Amount:
        """The amount of `days` days."""
        packets = tuple((strength, n * days) for strength, n in self.packets)
        return Amount(self.form, self.count * days, packets)

    @property
    def has_half(self) -> bool:
        """A tablet amount with a half tablet in it."""
        return self.form == "tablet" and self.count.denominator != 1

    @property
    def packet_count(self) -> int:
        return sum(n for _, n in self.packets)


def _ordered(counts: Counter[Fraction]) -> tuple[tuple[Fraction, int], ...]:
    return tuple(sorted(((s, n) for s, n in counts.items() if n), reverse=True))


def _tablets(mg: float, strength_mg: float) -> Fraction:
    count = exact(mg) / exact(strength_mg)
    if count % HALF:
        raise NotDispensable(f"{mg} mg is not a whole or half {strength_mg} mg tablet")
    return count


def _packets(mg: float, strengths: tuple[float, ...]) -> Counter[Fraction]:
    """The largest packets first (fewest packets to open)."""
    left = exact(mg)
    counts: Counter[Fraction] = Counter()
    for strength in sorted((exact(s) for s in strengths), reverse=True):
        whole = int(left // strength)
        if whole:
            counts[strength] = whole
            left -= whole * strength
    if left:
        raise NotDispensable(f"{mg} mg cannot be made of whole packets of {strengths} mg")
    return counts


def dose_amount(mg: float, product: Product) -> Amount:
    """One dose of `mg` in the product's units; raises `NotDispensable` if it cannot be given."""
    if product.form == "tablet":
        assert product.strength_mg is not None  # the knowledge model requires it
        return Amount("tablet", _tablets(mg, product.strength_mg))
    if product.form == "liquid":
        assert product.concentration_mg_per_ml is not None
        return Amount("liquid", exact(mg) / exact(product.concentration_mg_per_ml))
    return Amount("granules", packets=_ordered(_packets(mg, product.packet_strengths_mg)))


def total_amount(doses_mg: Iterable[float], product: Product) -> Amount:
    """Several doses (a day's, say) added up."""
    total = Amount(product.form)
    for mg in doses_mg:
        total += dose_amount(mg, product)
    return total


def tablet_number(count: Fraction) -> str:
    """Whole and half tablets as written: "½", "1", "1½", "27"."""
    whole, half = divmod(count, 1)
    return (str(int(whole)) if whole else "") + ("½" if half else "") or "0"
