"""Which of the clinician's overrides still acknowledge an alert, and which have lapsed.

An override carries the alert's text as it was acknowledged; when the alert reads
differently (the patient's kidney function got worse) or is no longer raised, the
core lists the override as unmatched. Pure Python: the views only show the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from baclofen_desk.core.models import Alert, Override, Plan


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
