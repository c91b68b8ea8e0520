"""What the medication check is given about the plan, and what it answers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field

from baclofen_desk.core.kb_io import Entry
from baclofen_desk.core.models import Alert, Interaction, MedicationMatch, Mode

if TYPE_CHECKING:
    from baclofen_desk.core.models import KidneyEstimate, PlanRequest


class MedicationContext(Entry):
    """The patient and plan facts the check needs (clinical policy P8).

    Age and kidney function escalate sedative interactions; the mode and whether a
    current dose was entered decide what a listed baclofen means for the plan.
    """

    age_years: float
    crcl_ml_min: float | None = Field(None, description="CrCl, else eGFR, else None")
    dialysis: bool = Field(False, description="Counts as kidney function below the threshold")
    mode: Mode = "titrate"
    current_daily_mg: float | None = Field(None, gt=0, description="Current dose as entered")

    @classmethod
    def for_plan(cls, request: PlanRequest, kidney: KidneyEstimate) -> MedicationContext:
        """The context of `request` with the kidney function the plan uses."""
        gfr = kidney.crcl_ml_min if kidney.crcl_ml_min is not None else kidney.egfr
        return cls(
            age_years=request.patient.age_years,
            crcl_ml_min=gfr,
            dialysis=request.patient.dialysis,
            mode=request.mode,
            current_daily_mg=request.current_daily_mg,
        )

    @property
    def restarts_from_start(self) -> bool:
        """A titration with no current dose begins at the starting dose."""
        return self.mode == "titrate" and self.current_daily_mg is None


class MedicationCheck(Entry):
    """Result of checking every typed medication line."""

    matches: tuple[MedicationMatch, ...] = ()
    interactions: tuple[Interaction, ...] = ()
    alerts: tuple[Alert, ...] = ()
    unrecognized: tuple[str, ...] = Field(
        (), description="Lines as typed that were not checked (unrecognised or ambiguous)"
    )
    complete: bool = Field(False, description="Every line recognised")
