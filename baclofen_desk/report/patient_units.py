"""Doses in the patient's own units: tablets (halves as ½), mL of liquid, or packets.

The plan holds mg; how many tablets, mL or packets that is depends on the
product and is worked out here, exactly (Fractions), once for every printed amount.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from baclofen_desk.core.product_units import (
    NotDispensable,
    liquid_ml,
    packet_counts,
    tablet_count,
    tablet_number,
)

if TYPE_CHECKING:
    from collections import Counter
    from fractions import Fraction

    from baclofen_desk.core.knowledge import Product
    from baclofen_desk.report.wording import Wording

__all__ = [
    "NotDispensable",
    "PatientUnits",
    "liquid_ml",
    "packet_counts",
    "tablet_count",
    "tablet_number",
]


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
