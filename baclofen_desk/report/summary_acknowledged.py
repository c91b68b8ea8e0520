"""Clinician summary: the warnings and major interactions the clinician acknowledged.

An acknowledgement is listed apart from the overrides of critical alerts: it records
that the clinician saw the finding and why it is acceptable, and it never let a
blocked plan be printed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from baclofen_desk.report.model import SummaryPart, Table

if TYPE_CHECKING:
    from baclofen_desk.core.models import Alert, Interaction, Override, Plan

HEADING = "Acknowledged warnings and interactions"
NOTE = (
    "The clinician acknowledged these with a reason. An acknowledgement changes nothing in "
    "the plan; only an override of a critical alert lets a blocked plan be printed."
)
#: How the alerts and interactions tables mark an acknowledged one.
ACKNOWLEDGED = "Acknowledged"
ACKNOWLEDGED_MARK = f" ({ACKNOWLEDGED.lower()})"


def _alert_row(alert: Alert) -> tuple[str, ...]:
    return (f"Warning {alert.code}", alert.message, alert.acknowledged_reason or "")


def _interaction_row(interaction: Interaction) -> tuple[str, ...]:
    label = interaction.class_label or interaction.drug_class
    what = f"Major interaction: {interaction.drug} ({label}) — {interaction.input}"
    return (what, interaction.advice, interaction.acknowledged_reason or "")


def acknowledged_part(plan: Plan) -> SummaryPart | None:
    """The acknowledged ones with their reasons (None: nothing was acknowledged)."""
    rows = (
        *(_alert_row(a) for a in plan.alerts if a.acknowledged_reason is not None),
        *(_interaction_row(i) for i in plan.interactions if i.acknowledged_reason is not None),
    )
    if not rows:
        return None
    return SummaryPart(
        heading=HEADING,
        paragraphs=(NOTE,),
        table=Table(
            columns=("Acknowledged", "As it read", "Reason"),
            widths=(0.3, 0.45, 0.25),
            rows=rows,
        ),
    )


def is_acknowledgement(override: Override, plan: Plan) -> bool:
    """Whether a given override acknowledged a warning or interaction (not a critical alert)."""
    if override.acknowledged_severity is not None:
        return override.acknowledged_severity != "critical"
    answered = [a.code for a in plan.alerts if a.acknowledged_reason is not None]
    answered += [i.code for i in plan.interactions if i.acknowledged_reason is not None]
    return override.code in answered
