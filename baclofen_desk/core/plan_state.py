"""What a plan's state allows and asks for: may it leave the program, which overrides or
acknowledgements lapsed.

Every surface (window, command line, handout, exports) asks these questions of the
plan in the same words, so a blocked plan is refused the same way everywhere and
the status line, the alerts list and the summary count the same things.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from baclofen_desk.core.medication_models import INTERACTION_CODE_PREFIX

if TYPE_CHECKING:
    from baclofen_desk.core.models import Alert, Interaction, Override, Plan


class PlanNotExportable(ValueError):
    """The plan may not leave the program (no handout, no export): blocked or refused."""


def ensure_exportable(plan: Plan) -> None:
    """Raise `PlanNotExportable` (naming the blocking alerts) unless the plan may leave."""
    if plan.exportable:
        return
    blocking = [f"{a.code} ({a.message})" for a in plan.alerts if a.blocking]
    reason = "; ".join(blocking) or "no plan could be made"
    raise PlanNotExportable(f"the plan may not leave the program: {reason}")


def needs_override(alert: Alert) -> bool:
    """A critical alert that blocks the handout until the clinician overrides it."""
    return alert.blocking and alert.overridable


def needs_acknowledgement(alert: Alert) -> bool:
    """A warning the clinician has not acknowledged yet (acknowledging never unblocks)."""
    return alert.severity == "warning" and alert.acknowledged_reason is None


def interaction_needs_acknowledgement(interaction: Interaction) -> bool:
    """A major interaction the clinician has not acknowledged yet."""
    return interaction.severity == "major" and interaction.acknowledged_reason is None


@dataclass(frozen=True)
class LapsedOverride:
    """An override or acknowledgement that no longer applies, with what it answered as that
    reads now (None: no longer raised)."""

    override: Override
    alert: Alert | None
    interaction: Interaction | None = None

    @property
    def code(self) -> str:
        return self.override.code

    @property
    def about_interaction(self) -> bool:
        return self.code.startswith(INTERACTION_CODE_PREFIX)

    @property
    def is_acknowledgement(self) -> bool:
        """It acknowledged a warning or a major interaction (it never unblocked anything)."""
        severity = self.override.acknowledged_severity
        return severity in ("warning", "major") or self.about_interaction

    @property
    def can_override_again(self) -> bool:
        return not self.is_acknowledgement and self.alert is not None and needs_override(self.alert)

    @property
    def can_acknowledge_again(self) -> bool:
        if not self.is_acknowledgement:
            return False
        if self.interaction is not None:
            return interaction_needs_acknowledgement(self.interaction)
        return self.alert is not None and needs_acknowledgement(self.alert)

    @property
    def alert_text(self) -> str | None:
        """The alert in words: as acknowledged, else as it reads now (None: neither known)."""
        if self.override.acknowledged_message and not self.about_interaction:
            return self.override.acknowledged_message
        return self.alert.message if self.alert is not None else None


def lapsed_overrides(plan: Plan | None) -> tuple[LapsedOverride, ...]:
    """The plan's overrides and acknowledgements that answer none of its alerts or
    interactions, in the order they were given."""
    if plan is None:
        return ()
    by_code = {alert.code: alert for alert in plan.alerts}
    interactions = {i.code: i for i in plan.interactions}
    return tuple(
        LapsedOverride(override, by_code.get(override.code), interactions.get(override.code))
        for override in plan.request.overrides
        if override.code in plan.unmatched_overrides
    )


@dataclass(frozen=True)
class PlanAttention:
    """Counts of what a plan that is ready still asks the clinician to look at.

    `major_interactions` and `warnings` count all of them, acknowledged or not.
    """

    major_interactions: int = 0
    majors_acknowledged: int = 0
    critical_overridden: int = 0
    warnings: int = 0
    warnings_acknowledged: int = 0
    lapsed_overrides: int = 0
    lapsed_acknowledgements: int = 0
    check_incomplete: bool = False

    def __bool__(self) -> bool:
        return self != PlanAttention()

    @property
    def majors_unacknowledged(self) -> int:
        return self.major_interactions - self.majors_acknowledged


def attention_of(plan: Plan) -> PlanAttention:
    """Count the plan's major interactions, warnings (and how many are acknowledged), the
    overrides given and the overrides and acknowledgements that lapsed."""
    alerts = plan.alerts
    majors = [i for i in plan.interactions if i.severity == "major"]
    warnings = [a for a in alerts if a.severity == "warning"]
    lapsed = lapsed_overrides(plan)
    acknowledgements = sum(1 for item in lapsed if item.is_acknowledgement)
    return PlanAttention(
        major_interactions=len(majors),
        majors_acknowledged=sum(1 for i in majors if i.acknowledged_reason is not None),
        critical_overridden=sum(1 for a in alerts if a.override_reason is not None),
        warnings=len(warnings),
        warnings_acknowledged=sum(1 for a in warnings if a.acknowledged_reason is not None),
        lapsed_overrides=len(lapsed) - acknowledgements,
        lapsed_acknowledgements=acknowledgements,
        check_incomplete=bool(plan.request.medications) and not plan.interaction_check_complete,
    )
