"""What a plan that is ready still asks the clinician to look at, counted for the status line.

A plan can be printed with warnings, major interactions or overridden critical
alerts; "ready" must not hide them. Pure Python, so the counting is tested alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from baclofen_desk.ui.overrides import lapsed_overrides

if TYPE_CHECKING:
    from baclofen_desk.core.models import Plan


@dataclass(frozen=True)
class Findings:
    """Counts of what matters in a plan (warning level and above)."""

    major_interactions: int = 0
    critical_overridden: int = 0
    warnings: int = 0
    lapsed_overrides: int = 0
    check_incomplete: bool = False

    def __bool__(self) -> bool:
        return self != Findings()


def findings_of(plan: Plan) -> Findings:
    """Count the plan's major interactions, warnings, overrides given and lapsed."""
    alerts = plan.alerts
    return Findings(
        major_interactions=sum(1 for i in plan.interactions if i.severity == "major"),
        critical_overridden=sum(1 for a in alerts if a.override_reason is not None),
        warnings=sum(1 for a in alerts if a.severity == "warning"),
        lapsed_overrides=len(lapsed_overrides(plan)),
        check_incomplete=bool(plan.request.medications) and not plan.interaction_check_complete,
    )
