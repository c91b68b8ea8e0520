"""A dose in what the patient measures: whole or half tablets, mL of liquid, packets.

Pure arithmetic on a dose in mg and a product; the handout, the window's table and
the calendar export all use it, so they never disagree.
"""

from __future__ import annotations

from collections import Counter
from fractions import Fraction

from baclofen_desk.core.amounts import exact

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
