"""Names offered while typing a medication: every name in the drug dictionary."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from baclofen_desk.core.knowledge import Knowledge


def completion_names(knowledge: Knowledge) -> list[str]:
    """Generic, brand and product names, sorted."""
    return list(knowledge.drugs.names())
