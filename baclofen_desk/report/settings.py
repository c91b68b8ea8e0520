"""What the clinic adds to every handout (from the window's preferences)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

MAX_SETTING = 120


class HandoutSettings(BaseModel):
    """Clinic and people named on the handout; all optional, never put in PDF metadata."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    clinic_name: str | None = Field(None, max_length=MAX_SETTING)
    clinic_phone: str | None = Field(None, max_length=MAX_SETTING)
    patient_name: str | None = Field(None, max_length=MAX_SETTING)
    prescriber: str | None = Field(None, max_length=MAX_SETTING)

    @field_validator("clinic_name", "clinic_phone", "patient_name", "prescriber")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        if value is None:
            return None
        return " ".join(value.split()) or None
