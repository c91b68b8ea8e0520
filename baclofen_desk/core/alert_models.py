"""Alerts and the rules that shaped a plan, as a plan reports them (each with its sources)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Severity = Literal["info", "caution", "warning", "critical"]
SEVERITY_ORDER: dict[str, int] = {"info": 0, "caution": 1, "warning": 2, "critical": 3}


class _Frozen(BaseModel):
    model_config = ConfigDict(defer_build=True, frozen=True, extra="forbid", allow_inf_nan=False)


class Alert(_Frozen):
    """A message for the clinician, with its rule's source."""

    code: str
    severity: Severity
    message: str
    source: str = Field(description="Short reference(s) of the rule's sources")
    source_keys: tuple[str, ...] = ()
    overridable: bool = True
    override_reason: str | None = Field(None, description="Set when the clinician overrode it")
    acknowledged_reason: str | None = Field(
        None, description="Set when the clinician acknowledged this warning (never blocks)"
    )

    @property
    def blocking(self) -> bool:
        """A critical alert blocks the handout until it is overridden."""
        return self.severity == "critical" and self.override_reason is None


class RuleApplied(_Frozen):
    """A rule that shaped the plan, with its sources."""

    id: str
    description: str
    source: str
    source_keys: tuple[str, ...] = ()
