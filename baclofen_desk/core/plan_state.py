"""What a plan's state allows and asks for: may it leave the program, which overrides lapsed.

Every surface (window, command line, handout, exports) asks these questions of the
plan in the same words, so a blocked plan is refused the same way everywhere and
the status line, the alerts list and the summary count the same things.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from baclofen_desk.core.models import Alert, Override, Plan


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


@dataclass(frozen=True)
class LapsedOverride:
    """An override that no longer applies, with its alert as it reads now (None: not raised)."""

    override: Override
    alert: Alert | None

    @property
    def code(self) -> str:
        return self.override.code

    @property
    def can_override_again(self) -> bool:
        return self.alert is not None and needs_override(self.alert)

    @property
    def alert_text(self) -> str | None:
        """The alert in words: as acknowledged, else as it reads now (None: neither known)."""
        if self.override.acknowledged_message:
            return self.override.acknowledged_message
        return self.alert.message if self.alert is not None else None


def lapsed_overrides(plan: Plan | None) -> tuple[LapsedOverride, ...]:
    """The plan's overrides that acknowledge none of its alerts, in the order they were given."""
    if plan is None:
        return ()
    by_code = {alert.code: alert for alert in plan.alerts}
    return tuple(
        LapsedOverride(override, by_code.get(override.code))
        for override in plan.request.overrides
        if override.code in plan.unmatched_overrides
    )


@dataclass(frozen=True)
class PlanAttention:
    """Counts of what a plan that is ready still asks the clinician to look at."""

    major_interactions: int = 0
    critical_overridden: int = 0
    warnings: int = 0
    lapsed_overrides: int = 0
    check_incomplete: bool = False

    def __bool__(self) -> bool:
        return self != PlanAttention()


def attention_of(plan: Plan) -> PlanAttention:
    """Count the plan's major interactions, warnings, overrides given and lapsed."""
    alerts = plan.alerts
    return PlanAttention(
        major_interactions=sum(1 for i in plan.interactions if i.severity == "major"),
        critical_overridden=sum(1 for a in alerts if a.override_reason is not None),
        warnings=sum(1 for a in alerts if a.severity == "warning"),
        lapsed_overrides=len(lapsed_overrides(plan)),
        check_incomplete=bool(plan.request.medications) and not plan.interaction_check_complete,
    )
