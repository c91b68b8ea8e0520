"""What the medication check reports: each typed line as understood, and interactions."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

InteractionSeverity = Literal["minor", "moderate", "major"]


class _Frozen(BaseModel):
    model_config = ConfigDict(defer_build=True, frozen=True, extra="forbid", allow_inf_nan=False)


class Interaction(_Frozen):
    """A medication that interacts with baclofen."""

    model_config = ConfigDict(populate_by_name=True)

    input: str = Field(description="The medication line as typed")
    drug: str = Field(description="Ingredient that interacts")
    drug_class: str = Field(alias="class", description="Interaction class id")
    class_label: str = ""
    severity: InteractionSeverity
    effect: str = ""
    advice: str
    source: str
    escalated_because: str | None = None


class MedicationMatch(_Frozen):
    """How one typed medication line was understood."""

    input: str
    status: Literal["matched", "close", "ambiguous", "unrecognized", "duplicate", "intrathecal"]
    matched_name: str | None = Field(None, description="Dictionary name it matched")
    ingredients: tuple[str, ...] = ()
    candidates: tuple[str, ...] = Field((), description="Names it could be, when ambiguous")
    note: str | None = None
    daily_mg: float | None = Field(
        None, gt=0, description='Oral baclofen mg/day the line gives ("20 mg TID": 60)'
    )
    offered_current_mg: float | None = Field(
        None,
        gt=0,
        description="Current dose to offer at this line: every oral baclofen line's mg/day",
    )
