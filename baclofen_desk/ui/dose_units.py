"""A step's doses in the product's own units, for the schedule's Give column.

The schedule works in mg; the patient measures tablets, mL or packets. Showing
both side by side guards against the mg/mL mix-up with liquids. The amounts
come from the same arithmetic as the handout's (`core.product_units`), so the window
and the printed handout never disagree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from baclofen_desk.core.product_units import (
    NotDispensable,
    liquid_ml,
    packet_counts,
    tablet_count,
    tablet_number,
)
from baclofen_desk.ui.numbers import number

if TYPE_CHECKING:
    from collections.abc import Sequence

    from baclofen_desk.core.knowledge import Product


def _tr(text: str) -> str:
    return QCoreApplication.translate("DoseUnits", text)


def give_text(doses_mg: Sequence[float], product: Product) -> str:
    """ "½ + ½ + 1 tablet", "5 mL + 5 mL + 5 mL", "packets: 10+5 mg, 20 mg"; "—" for no dose."""
    if not doses_mg:
        return "—"
    try:
        if product.form == "tablet":
            assert product.strength_mg is not None
            return _tablets(doses_mg, product.strength_mg)
        if product.form == "liquid":
            assert product.concentration_mg_per_ml is not None
            return _liquid(doses_mg, product.concentration_mg_per_ml)
        return _packets(doses_mg, product.packet_strengths_mg)
    except NotDispensable:
        return _tr("cannot be measured with this product")


def _tablets(doses_mg: Sequence[float], strength_mg: float) -> str:
    """Counts per dose, the noun once: singular while no dose is more than one tablet."""
    counts = [tablet_count(dose, strength_mg) for dose in doses_mg]
    noun = _tr("tablet") if max(counts) <= 1 else _tr("tablets")
    return " + ".join(tablet_number(count) for count in counts) + " " + noun


def _liquid(doses_mg: Sequence[float], concentration_mg_per_ml: float) -> str:
    volumes = (liquid_ml(dose, concentration_mg_per_ml) for dose in doses_mg)
    return " + ".join(_tr("%1 mL").replace("%1", number(float(ml))) for ml in volumes)


def _packets(doses_mg: Sequence[float], strengths_mg: tuple[float, ...]) -> str:
    """Each dose as the packets it is made of, largest first ("10+5 mg")."""
    doses = []
    for dose in doses_mg:
        counts = packet_counts(dose, strengths_mg)
        sizes = [
            number(float(size))
            for size, n in sorted(counts.items(), reverse=True)
            for _ in range(n)
        ]
        doses.append(_tr("%1 mg").replace("%1", "+".join(sizes)))
    return _tr("packets: %1").replace("%1", ", ".join(doses))
