"""What the clinician answers to an alert or an interaction: an override or an acknowledgement.

An override of a critical alert lets a blocked plan be printed; an acknowledgement of a
warning or a major interaction only records that the clinician saw it and why it is
acceptable. Both lapse as soon as what they answered reads differently.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from baclofen_desk.core.plain_text import PlainText

if TYPE_CHECKING:
    from baclofen_desk.core.alert_models import Alert
    from baclofen_desk.core.medication_models import Interaction

#: Plain-text limit for anything free-typed (medication lines, reasons).
MAX_TEXT = 200
#: What an override or acknowledgement answers: a critical alert, a warning, a major interaction.
AcknowledgedSeverity = Literal["critical", "warning", "major"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)


class Override(_Frozen):
    """The clinician's answer, with the reason, to a critical alert (an override, which lets
    the plan be printed) or to a warning or major interaction (an acknowledgement, which
    changes nothing but the record)."""

    code: PlainText = Field(
        min_length=1,
        max_length=80,
        description="Code of the alert or interaction (interaction.CLASS.DRUG) acknowledged",
    )
    reason: PlainText = Field(min_length=1, max_length=MAX_TEXT, description="Why it is acceptable")
    acknowledged_message: PlainText | None = Field(
        None,
        description=(
            "The alert's text when it was acknowledged; when set, the override lapses as soon "
            "as the alert says something else (e.g. kidney function got worse)"
        ),
    )
    acknowledged_severity: AcknowledgedSeverity | None = Field(
        None,
        description=(
            "What was acknowledged: a critical alert, a warning or a major interaction; "
            "None: whatever the code names (the command line, files saved before)"
        ),
    )

    def covers(self, alert: Alert) -> bool:
        """Whether this override acknowledges the critical `alert` as it reads now."""
        return (
            alert.severity == "critical"
            and alert.overridable
            and self._names(alert.code, "critical", alert.message)
        )

    def acknowledges(self, alert: Alert) -> bool:
        """Whether this acknowledges the warning `alert` as it reads now (never a critical one)."""
        return alert.severity == "warning" and self._names(alert.code, "warning", alert.message)

    def acknowledges_interaction(self, interaction: Interaction) -> bool:
        """Whether this acknowledges the major `interaction` as it reads now."""
        return interaction.severity == "major" and self._names(
            interaction.code, "major", interaction.acknowledged_text
        )

    def _names(self, code: str, severity: str, message: str) -> bool:
        return (
            code == self.code
            and self.acknowledged_severity in (None, severity)
            and self.acknowledged_message in (None, message)
        )

    @field_validator("code", "reason")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("must not be blank")
        return value
