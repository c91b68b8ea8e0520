"""A step's doses in the product's own units, for the schedule's Give column.

The schedule works in mg; the patient measures tablets, mL or packets. Showing
both side by side guards against the mg/mL mix-up with liquids. The amounts
come from the same arithmetic as the handout's (`core.product_units`), so the window
and the printed handout never disagree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from baclofen_desk.core.product_units import NotDispensable, dose_amount, tablet_number
from baclofen_desk.ui.numbers import number

if TYPE_CHECKING:
    from collections.abc import Sequence

    from baclofen_desk.core.knowledge import Product
    from baclofen_desk.core.product_units import Amount


def _tr(text: str) -> str:
    """Module-level texts: lupdate files `_tr` calls outside a class under the empty context."""
    return QCoreApplication.translate("", text)


def give_text(doses_mg: Sequence[float], product: Product) -> str:
    """ "½ + ½ + 1 tablet", "5 + 5 + 5 mL", "packets: 10+5 mg, 20 mg"; "—" for no dose."""
    if not doses_mg:
        return "—"
    try:
        amounts = [dose_amount(dose, product) for dose in doses_mg]
    except NotDispensable:
        return _tr("cannot be measured with this product")
    if product.form == "tablet":
        return _tablets(amounts)
    if product.form == "liquid":
        counts = " + ".join(number(float(a.count)) for a in amounts)
        return _tr("%1 mL").replace("%1", counts)
    return _packets(amounts)


def _tablets(amounts: Sequence[Amount]) -> str:
    """Counts per dose, the noun once: singular while no dose is more than one tablet."""
    noun = _tr("tablet") if max(a.count for a in amounts) <= 1 else _tr("tablets")
    return " + ".join(tablet_number(a.count) for a in amounts) + " " + noun


def _packets(amounts: Sequence[Amount]) -> str:
    """Each dose as the packets it is made of, largest first ("10+5 mg")."""
    doses = []
    for amount in amounts:
        sizes = [number(float(size)) for size, n in amount.packets for _ in range(n)]
        doses.append(_tr("%1 mg").replace("%1", "+".join(sizes)))
    return _tr("packets: %1").replace("%1", ", ".join(doses))
