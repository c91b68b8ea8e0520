"""Offline drug dictionary and interaction checker (interface).

`check_medications` is the single entry point the planner calls. Until the full
dictionary is loaded, every medication comes back as unrecognised: a medication
the user typed is never dropped and "no interactions" is never claimed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from pydantic import Field

from baclofen_desk.core.kb_io import Entry
from baclofen_desk.core.models import Alert, Interaction, MedicationMatch

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


class DrugKnowledge(Entry):
    """Interaction classes and the name dictionary (empty until loaded)."""

    loaded: bool = False


class MedicationContext(Entry):
    """Patient facts that escalate interaction severity (P8)."""

    age_years: float
    crcl_ml_min: float | None = None


class MedicationCheck(Entry):
    """Result of checking every typed medication line."""

    matches: tuple[MedicationMatch, ...] = ()
    interactions: tuple[Interaction, ...] = ()
    alerts: tuple[Alert, ...] = ()
    unrecognized: tuple[str, ...] = Field((), description="Lines as typed")
    complete: bool = Field(False, description="Every line recognised and dictionary loaded")


def load_drug_knowledge(directory: Traversable) -> DrugKnowledge:
    """Load the interaction classes and the drug dictionary."""
    del directory
    return DrugKnowledge()


def check_medications(
    lines: Sequence[str],
    knowledge: DrugKnowledge,
    context: MedicationContext,
    cite: Callable[[tuple[str, ...]], str],
) -> MedicationCheck:
    """Match every line; list what is not understood as unrecognised."""
    del knowledge, context, cite
    matches = tuple(MedicationMatch(input=line, status="unrecognized") for line in lines)
    return MedicationCheck(
        matches=matches, unrecognized=tuple(lines), complete=False
    )
