"""Doses in the patient's own units, worded: tablets (halves as ½), mL of liquid, or packets.

The plan holds mg; `core.product_units.dose_amount` turns them into an `Amount`
of the product, exactly, and this class only writes that amount in one language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from baclofen_desk.core.product_units import dose_amount, tablet_number

if TYPE_CHECKING:
    from fractions import Fraction

    from baclofen_desk.core.knowledge import Product
    from baclofen_desk.core.product_units import Amount
    from baclofen_desk.report.wording import Wording


class PatientUnits:
    """Writes amounts of one product in one language."""

    def __init__(self, product: Product, words: Wording) -> None:
        self.product = product
        self.words = words
        #: A calendar writes the same few doses into hundreds of cells: each is worked out once.
        self._short: dict[tuple[float, bool], str] = {}

    def tablets(self, count: Fraction) -> str:
        """A count with the right noun: "½ tablet", "1 tablet", "1½ tablets"."""
        units = self.words.cat.units
        noun = units.tablet_one if count <= 1 else units.tablet_many
        return units.count.format(count=tablet_number(count), unit=noun)

    def packets(self, amount: Amount) -> str:
        """Packets largest first: "1 packet of 10 mg + 1 packet of 5 mg"."""
        units = self.words.cat.units
        parts = [
            units.packet_part.format(
                count=n,
                unit=units.packet_one if n == 1 else units.packet_many,
                strength=self.words.mg(strength),
            )
            for strength, n in amount.packets
        ]
        return units.packet_join.join(parts)

    def written(self, amount: Amount) -> str:
        """An amount as written: "1½ tablets", "7,5 mL", or its packets."""
        if amount.form == "tablet":
            return self.tablets(amount.count)
        if amount.form == "liquid":
            return self.words.ml(amount.count)
        return self.packets(amount)

    def amount(self, mg: float) -> str:
        """The amount alone, in the product's unit ("1½ tablets", "7,5 mL", packets)."""
        return self.written(dose_amount(mg, self.product))

    def dose(self, mg: float) -> str:
        """An amount with its mg: "1 tablet (10 mg)", "5 mL (5 mg)"."""
        return self.words.cat.units.with_mg.format(amount=self.amount(mg), mg=self.words.mg(mg))

    def short(self, mg: float, *, count_only: bool = False) -> str:
        """What fits a calendar cell: "1½ tab." (or "1½" with `count_only`), "7.5 mL";
        packets as mg (the packets are listed in the schedule)."""
        key = (mg, count_only)
        if key not in self._short:
            self._short[key] = self._short_text(mg, count_only=count_only)
        return self._short[key]

    def _short_text(self, mg: float, *, count_only: bool) -> str:
        amount = dose_amount(mg, self.product)
        if amount.form == "tablet":
            count = tablet_number(amount.count)
            return count if count_only else f"{count} {self.words.cat.units.tablet_short}"
        if amount.form == "granules":
            return self.words.mg(mg)
        return self.written(amount)
