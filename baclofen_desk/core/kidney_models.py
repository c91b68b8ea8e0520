"""Kidney function as a plan reports it: every value with its band, and the band used."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

KidneyBand = Literal["normal", "mild", "moderate", "severe", "dialysis", "unknown"]


class _Frozen(BaseModel):
    model_config = ConfigDict(defer_build=True, frozen=True, extra="forbid", allow_inf_nan=False)


KidneyValueKind = Literal[
    "crcl_entered", "egfr_entered", "crcl_cockcroft_gault", "egfr_ckd_epi_2021", "egfr_schwartz"
]


class KidneyValue(_Frozen):
    """One kidney value, typed or estimated, and the band it falls in."""

    kind: KidneyValueKind
    value: float = Field(description="mL/min (CrCl) or mL/min/1.73 m² (eGFR), one decimal")
    band: Literal["normal", "mild", "moderate", "severe"]
    upper_bound: bool = Field(False, description="The true value is at most this (no height)")

    @property
    def is_crcl(self) -> bool:
        return self.kind.startswith("crcl")


class KidneyEstimate(_Frozen):
    """Kidney function as used by the plan, with how it was obtained."""

    crcl_ml_min: float | None = None
    crcl_method: Literal["measured", "cockcroft-gault"] | None = None
    egfr: float | None = None
    egfr_method: Literal["entered", "ckd-epi-2021", "bedside-schwartz"] | None = None
    band: KidneyBand = "unknown"
    band_basis: Literal["crcl", "egfr", "dialysis"] | None = None
    band_value: float | None = Field(None, description="The value that decided the band")
    values: tuple[KidneyValue, ...] = Field((), description="Every value, each with its band")
    weight_used: Literal["actual", "ideal", "adjusted"] | None = None
    weight_used_kg: float | None = None
    ideal_weight_kg: float | None = None
    dose_fraction: str = Field("1", description="Applied to every dose and the maximum")
