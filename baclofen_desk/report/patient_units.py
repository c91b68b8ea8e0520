"""Doses in the patient's own units: tablets (halves as ½), mL of liquid, or packets.

The plan holds mg; how many tablets, mL or packets that is depends on the
product and is worked out here, exactly (Fractions), once for every printed amount.
"""

from __future__ import annotations

from collections import Counter
from fractions import Fraction
from typing import TYPE_CHECKING

from baclofen_desk.core.amounts import exact

if TYPE_CHECKING:
    from baclofen_desk.core.knowledge import Product
    from baclofen_desk.report.wording import Wording

HALF = Fraction(1, 2)


class NotDispensable(ValueError):
    """An amount the product cannot give (the plan and the product disagree)."""


def tablet_count(mg: float, strength_mg: float) -> Fraction:
    """Tablets for `mg`: whole or half tablets only."""
    count = exact(mg) / exact(strength_mg)
    if count % HALF:
        raise NotDispensable(f"{mg} mg is not a whole or half {strength_mg} mg tablet")
    return count


def packet_counts(mg: float, strengths: tuple[float, ...]) -> Counter[Fraction]:
    """Packets for `mg`: the largest packets first (fewest packets to open)."""
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


def tablet_number(count: Fraction) -> str:
    """Whole and half tablets as written: "½", "1", "1½", "27"."""
    whole, half = divmod(count, 1)
    return (str(int(whole)) if whole else "") + ("½" if half else "") or "0"


def liquid_ml(mg: float, concentration_mg_per_ml: float) -> Fraction:
    return exact(mg) / exact(concentration_mg_per_ml)


class PatientUnits:
    """Writes amounts of one product in one language."""

    def __init__(self, product: Product, words: Wording) -> None:
        self.product = product
        self.words = words

    def tablets(self, count: Fraction) -> str:
        """A count with the right noun: "½ tablet", "1 tablet", "1½ tablets"."""
        units = self.words.cat.units
        noun = units.tablet_one if count <= 1 else units.tablet_many
        return units.count.format(count=tablet_number(count), unit=noun)

    def packets(self, counts: Counter[Fraction]) -> str:
        """Packets largest first: "1 packet of 10 mg + 1 packet of 5 mg"."""
        units = self.words.cat.units
        parts = [
            units.packet_part.format(
                count=n,
                unit=units.packet_one if n == 1 else units.packet_many,
                strength=self.words.mg(strength),
            )
            for strength, n in sorted(counts.items(), reverse=True)
        ]
        return units.packet_join.join(parts)

    def amount(self, mg: float) -> str:
        """The amount alone, in the product's unit ("1½ tablets", "7,5 mL", packets)."""
        product = self.product
        if product.form == "tablet":
            assert product.strength_mg is not None
            return self.tablets(tablet_count(mg, product.strength_mg))
        if product.form == "liquid":
            assert product.concentration_mg_per_ml is not None
            return self.words.ml(liquid_ml(mg, product.concentration_mg_per_ml))
        return self.packets(packet_counts(mg, product.packet_strengths_mg))

    def dose(self, mg: float) -> str:
        """An amount with its mg: "1 tablet (10 mg)", "5 mL (5 mg)"."""
        return self.words.cat.units.with_mg.format(amount=self.amount(mg), mg=self.words.mg(mg))

    def short(self, mg: float, *, count_only: bool = False) -> str:
        """What fits a calendar cell: "1½ tab." (or "1½" with `count_only`), "7.5 mL";
        packets as mg (the packets are listed in the schedule)."""
        product = self.product
        if product.form == "tablet":
            assert product.strength_mg is not None
            count = tablet_number(tablet_count(mg, product.strength_mg))
            return count if count_only else f"{count} {self.words.cat.units.tablet_short}"
        if product.form == "granules":
            return self.words.mg(mg)
        return self.amount(mg)
