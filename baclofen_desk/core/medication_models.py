"""What the medication check reports: each typed line as understood, and interactions."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

InteractionSeverity = Literal["minor", "moderate", "major"]
#: Codes of interactions start with this (alert codes never do).
INTERACTION_CODE_PREFIX = "interaction."


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
    acknowledged_reason: str | None = Field(
        None, description="Set when the clinician acknowledged this major interaction"
    )

    @computed_field  # type: ignore[prop-decorator]
    @property
    def code(self) -> str:
        """The code the clinician acknowledges it by (--override interaction.CLASS.DRUG=...)."""
        return f"{INTERACTION_CODE_PREFIX}{self.drug_class}.{self.drug}"

    @property
    def acknowledged_text(self) -> str:
        """What an acknowledgement answers: a change of any of it lets the acknowledgement lapse."""
        parts = (self.input, self.severity, self.effect, self.advice, self.escalated_because or "")
        return " | ".join(parts)


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
