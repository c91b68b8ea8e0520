"""Names offered while typing a medication: the drug dictionary's names, when it has them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from baclofen_desk.core.knowledge import Knowledge


def completion_names(knowledge: Knowledge) -> list[str]:
    """Sorted dictionary names (generic and brand); empty when the dictionary has none."""
    names = getattr(knowledge.drugs, "names", None)
    if callable(names):
        names = names()
    if not names:
        return []
    return sorted({str(name) for name in names}, key=str.casefold)
